import GiamSatCore
import TerminalUI

/// Everything a key can do. One table binds the keys, fills the F-key bar and writes the help screen,
/// so the three never disagree (as in tig and htop).
enum CommandID: Equatable {
    case help, toggleInput, quit
    case open, new, filter, cycleStatus, cycleChannel, toggleOverdue, cycleOrder, clearFilters, refresh
    case up, down, pageUp, pageDown, top, bottom
    case back, changeStatus, edit, reveal
    case reports, previousYear, nextYear, cyclePeriod, bars, years, drillDown, export
    case save, nextField, previousField, cancel
}

enum Context: CaseIterable {
    case everywhere, list, report, detail, form

    var title: Localized {
        switch self {
        case .everywhere: return T.everywhere
        case .list: return T.inList
        case .report: return T.inReport
        case .detail: return T.inDetail
        case .form: return T.inForm
        }
    }
}

struct Command {
    let id: CommandID
    let keys: [Key]
    let context: Context
    let label: Localized
    /// Shown in the bottom bar (the most used ones); all appear in the help screen.
    let inBar: Bool
}

enum Commands {
    static let table: [Command] = [
        Command(id: .help, keys: [.function(1), .char("?")], context: .everywhere, label: Localized("Trợ giúp", "Help"), inBar: true),
        Command(id: .toggleInput, keys: [.function(4), .ctrl("t")], context: .everywhere,
                label: Localized("Bộ gõ Telex/VNI/EN", "Input Telex/VNI/EN"), inBar: false),
        Command(id: .quit, keys: [.char("q"), .function(10), .ctrl("c")], context: .everywhere, label: Localized("Thoát", "Quit"), inBar: true),

        Command(id: .open, keys: [.enter], context: .list, label: Localized("Mở", "Open"), inBar: true),
        Command(id: .new, keys: [.char("n"), .function(3)], context: .list, label: Localized("Mới", "New"), inBar: true),
        Command(id: .filter, keys: [.char("/")], context: .list, label: Localized("Lọc", "Filter"), inBar: true),
        Command(id: .cycleStatus, keys: [.char("s")], context: .list, label: Localized("Trạng thái", "Status"), inBar: true),
        Command(id: .cycleChannel, keys: [.char("c")], context: .list, label: Localized("Kênh", "Channel"), inBar: true),
        Command(id: .toggleOverdue, keys: [.char("o")], context: .list, label: Localized("Quá hạn", "Overdue"), inBar: true),
        Command(id: .cycleOrder, keys: [.char("t")], context: .list, label: Localized("Sắp xếp", "Sort"), inBar: true),
        Command(id: .reports, keys: [.char("r"), .function(8)], context: .list, label: Localized("Báo cáo", "Report"), inBar: true),
        Command(id: .clearFilters, keys: [.escape], context: .list, label: Localized("Bỏ mọi bộ lọc", "Clear filters"), inBar: false),
        Command(id: .refresh, keys: [.function(5), .ctrl("l")], context: .list, label: Localized("Tải lại", "Reload"), inBar: false),
        Command(id: .up, keys: [.up, .char("k")], context: .list, label: Localized("Lên", "Up"), inBar: false),
        Command(id: .down, keys: [.down, .char("j")], context: .list, label: Localized("Xuống", "Down"), inBar: false),
        Command(id: .pageUp, keys: [.pageUp], context: .list, label: Localized("Trang trước", "Page up"), inBar: false),
        Command(id: .pageDown, keys: [.pageDown, .char(" ")], context: .list, label: Localized("Trang sau", "Page down"), inBar: false),
        Command(id: .top, keys: [.home, .char("g")], context: .list, label: Localized("Đầu danh sách", "First"), inBar: false),
        Command(id: .bottom, keys: [.end, .char("G")], context: .list, label: Localized("Cuối danh sách", "Last"), inBar: false),

        Command(id: .back, keys: [.escape], context: .report, label: Localized("Quay lại", "Back"), inBar: true),
        Command(id: .drillDown, keys: [.enter], context: .report, label: Localized("Xem các bản ghi", "Records"), inBar: true),
        Command(id: .previousYear, keys: [.left], context: .report, label: Localized("Năm trước", "Previous year"), inBar: false),
        Command(id: .nextYear, keys: [.right], context: .report, label: Localized("Năm sau", "Next year"), inBar: false),
        Command(id: .cyclePeriod, keys: [.char("p")], context: .report, label: Localized("Kỳ", "Period"), inBar: true),
        Command(id: .bars, keys: [.char("b")], context: .report, label: Localized("Biểu đồ", "Bars"), inBar: true),
        Command(id: .years, keys: [.char("y")], context: .report, label: Localized("So sánh năm", "Years"), inBar: true),
        Command(id: .export, keys: [.char("x"), .function(9)], context: .report, label: Localized("Xuất", "Export"), inBar: true),
        Command(id: .up, keys: [.up, .char("k")], context: .report, label: Localized("Lên", "Up"), inBar: false),
        Command(id: .down, keys: [.down, .char("j")], context: .report, label: Localized("Xuống", "Down"), inBar: false),
        Command(id: .pageUp, keys: [.pageUp], context: .report, label: Localized("Trang trước", "Page up"), inBar: false),
        Command(id: .pageDown, keys: [.pageDown], context: .report, label: Localized("Trang sau", "Page down"), inBar: false),

        Command(id: .back, keys: [.escape, .left], context: .detail, label: Localized("Quay lại", "Back"), inBar: true),
        Command(id: .changeStatus, keys: [.char("s"), .function(6)], context: .detail, label: Localized("Chuyển trạng thái", "Status"), inBar: true),
        Command(id: .edit, keys: [.char("e"), .function(3)], context: .detail, label: Localized("Sửa", "Edit"), inBar: true),
        Command(id: .reveal, keys: [.char("v"), .function(7)], context: .detail, label: Localized("Xem người PA", "Show reporter"), inBar: true),
        Command(id: .up, keys: [.up], context: .detail, label: Localized("Cuộn lên", "Scroll up"), inBar: false),
        Command(id: .down, keys: [.down], context: .detail, label: Localized("Cuộn xuống", "Scroll down"), inBar: false),

        Command(id: .save, keys: [.function(2), .ctrl("s")], context: .form, label: Localized("Lưu", "Save"), inBar: true),
        Command(id: .nextField, keys: [.tab, .down], context: .form, label: Localized("Trường sau", "Next field"), inBar: true),
        Command(id: .previousField, keys: [.backTab, .up], context: .form, label: Localized("Trường trước", "Previous field"), inBar: false),
        Command(id: .cancel, keys: [.escape], context: .form, label: Localized("Thôi", "Cancel"), inBar: true),
    ]

    /// The command a key means in a context (the context's own bindings first).
    static func command(for key: Key, in context: Context) -> CommandID? {
        (table.first { $0.context == context && $0.keys.contains(key) }
            ?? table.first { $0.context == .everywhere && $0.keys.contains(key) })?.id
    }

    static func bar(_ context: Context, _ lang: Lang) -> [(key: String, label: String)] {
        let own = table.filter { $0.context == context && $0.inBar }
        let global = table.filter { $0.context == .everywhere && $0.inBar }
        // Help and quit first: they must show even when the line is too short for the rest.
        // In a form letters are text, so show the F-key or Ctrl key that works there.
        return (global + own).map { command in
            let key = command.keys.first { key in
                guard context == .form, case .char = key else { return true }
                return false
            } ?? command.keys[0]
            return (key.name, command.label.text(lang))
        }
    }

    static func helpLines(_ lang: Lang) -> [(String, Role)] {
        var lines: [(String, Role)] = []
        for context in Context.allCases {
            lines.append((context.title.text(lang), .title))
            for command in table where command.context == context {
                let keys = command.keys.map(\.name).joined(separator: ", ")
                lines.append(("  " + DisplayWidth.pad(keys, to: 20) + command.label.text(lang), .dialog))
            }
            lines.append(("", .dialog))
        }
        lines.append((lang == .vi
            ? "Trong ô nhập: Telex (aa â, aw ă, ow ơ, uw ư, dd đ; s f r x j dấu, z xóa dấu) hoặc VNI (1–5 dấu, 6 ^, 7 móc, 8 trăng, 9 đ, 0 xóa)."
            : "In text fields: Telex (aa â, aw ă, ow ơ, uw ư, dd đ; s f r x j tones, z removes) or VNI (1–5 tones, 6 ^, 7 horn, 8 breve, 9 đ, 0 removes).", .muted))
        lines.append((lang == .vi ? "Ctrl-U xóa đến đầu dòng, Ctrl-W xóa từ trước, Home/End đầu/cuối."
                                  : "Ctrl-U clears to the start, Ctrl-W deletes a word, Home/End.", .muted))
        return lines
    }
}
