import GiamSatCore
import TerminalUI

extension AppState {
    /// The one entry point: a message in, the state changed, effects out.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return handle(key)
        case .resized(let width, let height):
            self.width = width
            self.height = height
            _ = list.select(list.selection, pageSize: pageSize)
            return [.loadList]
        case .listLoaded(let rows, let total, let moreThanTotal):
            list.rows = rows
            list.total = total
            list.moreThanTotal = moreThanTotal
            if list.selection >= total { _ = list.select(total - 1, pageSize: pageSize) }
            return []
        case .detailLoaded(let state):
            detail = state
            return []
        case .formReady(let state):
            form = state
            return []
        case .officialsFound(let items):
            guard case .picker(.officials, var picker)? = overlay else { return [] }
            // Keep the ones already chosen at the top, then what matched.
            let chosen = picker.items.filter { picker.chosen.contains($0.id) }
            picker.items = chosen + items.filter { !picker.chosen.contains($0.id) }
            picker.selection = min(picker.selection, max(0, picker.items.count - 1))
            overlay = .picker(.officials, picker)
            return []
        case .saved(let code, let text):
            form = nil
            if case .status? = overlay { overlay = nil }
            message = Message(text: text, isError: false)
            // Show the record as saved, and the list as it now is behind it.
            return [.loadList, .openDetail(code)]
        case .failed(let text):
            // The form and its edits stay on screen: nothing typed is lost.
            message = Message(text: text, isError: true)
            return []
        case .revealed(let reporter):
            detail?.revealed = reporter
            return []
        case .reportLoaded(let tallies, let months):
            report?.tallies = tallies
            report?.months = months
            if let count = report?.figures.count, let selection = report?.selection, selection >= count { report?.selection = max(0, count - 1) }
            return []
        case .drillLoaded(let title, let records):
            report?.drill = ReportState.DrillState(title: title, records: records)
            return []
        case .exported(let path):
            message = Message(text: "\(text(T.exportedTo)) \(path)", isError: false)
            return []
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        message = nil
        if let overlay { return handleOverlay(key, overlay) }
        if isTooSmall {
            if key == .char("q") || key == .ctrl("c") || key == .function(10) { return quit() }
            return []
        }
        let context = self.context
        let typing = (context == .list && list.filtering) || context == .form
        // Global keys; letters are text while typing, so only F-keys and Ctrl count then.
        switch Commands.command(for: key, in: .everywhere) {
        case .help? where !(typing && key == .char("?")):
            overlay = .help(scroll: 0)
            return []
        case .toggleInput?:
            inputMethod = inputMethod.next
            return []
        case .quit? where !(typing && key == .char("q")):
            return quit()
        default: break
        }
        switch context {
        case .list: return updateList(key)
        case .report: return updateReport(key)
        case .detail: return updateDetail(key)
        case .form: return updateForm(key)
        case .everywhere: return []
        }
    }

    mutating func quit() -> [Effect] {
        if form?.dirty == true {
            overlay = .confirm(.quit)
        } else {
            running = false
        }
        return []
    }

    mutating func handleOverlay(_ key: Key, _ overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help(let scroll):
            switch key {
            case .up: self.overlay = .help(scroll: max(0, scroll - 1))
            case .down, .char(" "): self.overlay = .help(scroll: scroll + 1)
            default: self.overlay = nil
            }
            return []
        case .confirm(let question):
            if key == .char("y") || key == .char("Y") || key == .char("c") {
                self.overlay = nil
                switch question {
                case .discardForm: form = nil
                case .quit: running = false
                }
            } else if key == .char("n") || key == .char("N") || key == .escape || key == .char("k") {
                self.overlay = nil
            }
            return []
        case .picker(let purpose, var picker):
            let fold = VietnameseText.fold
            let before = picker.filter.text
            switch picker.handle(key, method: inputMethod, fold: fold) {
            case .cancelled:
                self.overlay = nil
            case .chose(let ids):
                self.overlay = nil
                if purpose == .exportFormat { return ids.first.flatMap(TallyFormat.init(rawValue:)).map { [.exportReport($0)] } ?? [] }
                applyPick(purpose, ids, labels: Dictionary(picker.items.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
            case .none:
                self.overlay = .picker(purpose, picker)
                if purpose == .officials && picker.filter.text != before { return [.searchOfficials(picker.filter.text)] }
            }
            return []
        case .status(let dialog):
            return updateStatusChange(key, dialog)
        }
    }
}
