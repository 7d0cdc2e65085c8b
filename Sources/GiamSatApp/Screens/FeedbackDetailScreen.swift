import GiamSatCore
import TerminalUI

/// One feedback record with its history and audit trail. The reporter stays masked
/// until the user asks (and the asking is audited by the store).
public struct FeedbackDetailState: Equatable {
    public var feedback: Feedback
    public var officialNames: [String: String]
    public var localityName: String?
    public var audit: [AuditEntry]
    public var revealed: Feedback.Reporter?
    public var scroll = 0

    public init(feedback: Feedback, officialNames: [String: String], localityName: String?, audit: [AuditEntry]) {
        self.feedback = feedback
        self.officialNames = officialNames
        self.localityName = localityName
        self.audit = audit
    }
}

extension AppState {
    mutating func updateDetail(_ key: Key) -> [Effect] {
        guard let detail else { return [] }
        switch Commands.command(for: key, in: .detail) {
        case .back?: return closeDetail()
        case .up?: self.detail?.scroll = max(0, detail.scroll - 1)
        case .down?:
            // The box shows height − 5 lines (status bar, frame, message line, key bar).
            let lastStart = max(0, detailLines(detail, width: width - 6).count - (height - 5))
            self.detail?.scroll = min(lastStart, detail.scroll + 1)
        case .edit?: return [.editForm(detail.feedback.code)]
        case .reveal?:
            if detail.feedback.anonymous || detail.revealed != nil { return [] }
            return [.reveal(detail.feedback.code)]
        case .changeStatus?:
            let options = detail.feedback.status.allowedNext
            if options.isEmpty {
                message = Message(text: text(T.ended), isError: true)
                return []
            }
            overlay = .status(StatusChangeState(feedback: detail.feedback, options: options, today: today))
        default: break
        }
        return []
    }

    /// Leaving the record: back to the list or the report, reloaded (a status may have changed).
    mutating func closeDetail() -> [Effect] {
        detail = nil
        return report == nil ? [.loadList] : [.loadList, .loadReport]
    }

    func detailLines(_ detail: FeedbackDetailState, width: Int) -> [(String, Role)] {
        let f = detail.feedback
        var lines: [(String, Role)] = []
        func field(_ label: Localized, _ value: String, _ role: Role = .normal) {
            lines.append((DisplayWidth.pad(text(label), to: 16) + value, role))
        }
        let overdue = f.isOverdue(on: today)
        field(T.receivedOn, f.receivedOn.vietnamese)
        field(T.channel, f.channel.label(lang))
        field(T.kind, f.kind.label(lang))
        field(T.content, f.content?.label(lang) ?? "—")
        field(T.officials, f.officials.isEmpty ? "—" : f.officials.map { "\(detail.officialNames[$0] ?? $0) (\($0))" }.joined(separator: ", "))
        field(T.locality, detail.localityName ?? "—")
        if f.anonymous {
            field(T.reporter, text(T.anonymous))
        } else if let reporter = detail.revealed {
            field(T.reporter, [reporter.name, reporter.address, reporter.phone].filter { !$0.isEmpty }.joined(separator: " · "), .overdue)
        } else {
            field(T.reporter, f.reporter == nil ? text(T.withheld) : text(T.masked), .muted)
        }
        field(T.status, f.status.label(lang))
        field(T.dueOn, f.dueOn.vietnamese + (overdue ? "  " + text(T.overdue) : ""), overdue ? .overdue : .normal)
        if f.status == .tiepNhan {
            field(T.classifyBy, f.classifyBy(settings.calendar).vietnamese)
        }
        lines.append(("", .normal))
        lines.append((text(T.summary), .title))
        for line in wrap(f.summary, width: width) { lines.append(("  " + line, .normal)) }
        if !f.notes.isEmpty {
            lines.append((text(T.notes), .title))
            for line in wrap(f.notes, width: width) { lines.append(("  " + line, .normal)) }
        }
        lines.append(("", .normal))
        lines.append((text(T.history), .title))
        for change in f.history {
            var line = "  \(change.on.vietnamese)  \(change.status.label(lang))"
            if !change.to.isEmpty { line += " — \(text(T.forwardedTo)) \(change.to)" }
            if let original = change.duplicateOf { line += " — \(text(T.duplicateOf)) \(original)" }
            if !change.by.isEmpty { line += " (\(change.by))" }
            lines.append((line, .normal))
            if !change.note.isEmpty { lines.append(("      " + change.note, .muted)) }
        }
        lines.append(("", .normal))
        lines.append((text(T.audit), .title))
        for entry in detail.audit {
            let what: String
            switch entry.field {
            case AuditEntry.createdField: what = text(T.created)
            case AuditEntry.revealField: what = text(T.revealedLog)
            default: what = "\(entry.field): “\(entry.old)” → “\(entry.new)”"
            }
            lines.append(("  \(entry.at.prefix(16).replacingOccurrences(of: "T", with: " ")) \(entry.by): \(what)", .muted))
        }
        return lines
    }

    func renderDetail(into canvas: inout Canvas, _ area: Rect, _ detail: FeedbackDetailState) {
        let lines = detailLines(detail, width: area.width - 6)
        let scroll = min(detail.scroll, max(0, lines.count - (area.height - 2)))
        let title = "\(text(T.detailTitle)) \(detail.feedback.code) · \(text(T.version)) \(detail.feedback.version)"
        TextBox.render(into: &canvas, area, title: title, lines: lines, scroll: scroll)
    }

    /// Soft-wraps text to `width` cells at spaces (never inside a word unless it is longer than a line).
    func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) > width && !line.isEmpty {
                    result.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            result.append(line)
        }
        return result
    }
}
