import GiamSatCore
import TerminalUI

extension AppState {
    /// Opens the app on a section (the dashboard unless told otherwise).
    public mutating func start(on section: Section = .dashboard) -> [Request] { showSection(section) }

    /// Opens the setup of an empty data folder (`FirstRun`) as the only screen.
    mutating func startFirstRun(_ setup: any Screen) -> [Request] {
        firstRun = true
        stack.removeAll()
        return push(setup)
    }

    /// The one entry point: a message in, the state changed, effects out (addressed to their screens).
    public mutating func update(_ msg: Msg) -> [Request] {
        switch msg {
        case .key(let key):
            return handle(key)
        case .resized(let width, let height):
            self.width = width
            self.height = height
            return refreshTop()
        case .result(let id, let result):
            return deliver(result, to: id)
        case .tick:
            guard var entry = stack.last else { return [] }
            entry.screen.hideBriefThings()
            stack[stack.count - 1] = entry
            return []
        }
    }

    mutating func handle(_ key: Key) -> [Request] {
        if key == .resize { return [] }
        message = nil
        guard let top = stack.last?.screen else { return [] }
        if isTooSmall {
            return [.char("q"), .ctrl("c"), .function(10)].contains(key) ? quit() : []
        }
        let command = Commands.command(for: key, keymaps: top.keymaps, typing: top.isTyping)
        if let command, let requests = runGlobal(command, overOverlay: top.isOverlay) { return requests }
        return run(command, key: key)
    }

    /// Commands that belong to the app rather than a screen. Nil: not one of them.
    mutating func runGlobal(_ command: CommandID, overOverlay: Bool) -> [Request]? {
        if overOverlay && command != .toggleInput { return nil }
        // Before there is a commune there are no sections, records or settings to go to.
        if firstRun && ![.help, .toggleInput, .quit].contains(command) { return nil }
        switch command {
        case .help:
            return push(HelpScreen(keymaps: top?.keymaps ?? []))
        case .palette:
            return push(PaletteScreen(keymaps: top?.keymaps ?? [], lang: lang) { [settings] in Commands.applies($0, settings) })
        case .toggleInput:
            inputMethod = inputMethod.next
            return []
        case .quit:
            return quit()
        case .undo:
            guard let id = stack.last?.id, let (step, here) = takeUndoStep().map({ ($0.step, $0.here) }) else {
                message = .error(T.nothingToUndo)
                return []
            }
            // Made on another screen: said first (issue 17).
            if !here {
                putBack(step, screen: -1)
                return push(ConfirmScreen(question: .undo(step)))
            }
            return [request(.undo(step), for: id)]
        case .nextSection: return switchSection(section.next)
        case .previousSection: return switchSection(section.previous)
        case .section(let target): return switchSection(target)
        case .backup:
            return stack.last.map { [request(.ask(BackupNow()), for: $0.id)] } ?? []
        case .settings:
            if top is SettingsScreen { return [] }
            return push(Registry.settings(env))
        case .outgoingRegister:
            return top is RegisterScreen ? [] : push(RegisterScreen())
        default: return nil
        }
    }

    mutating func quit() -> [Request] {
        if hasUnsavedWork { return push(ConfirmScreen(question: .quit)) }
        running = false
        return []
    }

    mutating func switchSection(_ target: Section) -> [Request] {
        if hasUnsavedWork { return push(ConfirmScreen(question: .switchSection(target))) }
        return showSection(target)
    }

    /// Hands a command (and the key that caused it) to the top screen.
    mutating func run(_ command: CommandID?, key: Key) -> [Request] {
        guard var entry = stack.last else { return [] }
        let outcome = entry.screen.handle(command, key: key, env)
        stack[stack.count - 1] = entry
        return apply(outcome, from: entry.id)
    }

    mutating func deliver(_ result: EffectResult, to id: Int) -> [Request] {
        var extra: [Request] = []
        switch result {
        case .saved(_, _, let undo?): remember(undo, screen: id)
        case .undone(let entity, let code):
            message = .info(T.undone, "\(entity.label.text(lang)) \(code)")
            return refreshTop()
        case .answer where result.answer(to: BackupNow.self) != nil:
            message = .info(T.backedUpTo, result.answer(to: BackupNow.self)!.answer)
            return []
        case .answer where result.answer(to: SaveGeneralSettings.self) != nil:
            // The app takes the new settings at once (the staff name too); the form that asked sees an ordinary save.
            let saved = result.answer(to: SaveGeneralSettings.self)!.answer
            adopt(saved)
            return deliver(.saved(entity: .commune, code: saved.communeName, undo: nil), to: id)
        case .answer:
            if let (_, holidays) = result.answer(to: ChangeHolidays.self) { settings.holidays = holidays }
            // A merge run from the command line while the app was open shows in the lists once settings are seen.
            if let (_, overview) = result.answer(to: LoadSettings.self) { settings.formerUnits = overview.formerUnits }
        case .page(_, let page as any OriginBearing)
            where !page.originUnits.isSubset(of: Set(settings.formerUnits.map(\.code))):
            // A page names a former commune the app does not know yet (merge-commune ran while it was open):
            // read the settings again, so the column, the filter and the names come at once.
            extra = [request(.ask(LoadSettings()), for: id)]
        default: break
        }
        guard let index = stack.firstIndex(where: { $0.id == id }) else { return [] }
        var outcome = stack[index].screen.receive(result, env)
        if case .failed(let failure) = result, outcome.message == nil { outcome.message = .failure(failure) }
        // Only the screen on top may move the app; a result for one below just updates it.
        if index != stack.count - 1 { outcome.navigation = nil }
        return apply(outcome, from: id) + extra
    }

    mutating func apply(_ outcome: Outcome, from id: Int) -> [Request] {
        if let message = outcome.message { self.message = message }
        var requests = outcome.effects.map { request($0, for: id) }
        switch outcome.navigation {
        case nil: break
        case .push(let screen)?: requests += push(screen)
        case .pop?: requests += pop()
        case .replace(let screen)?:
            if stack.count > 1 { stack.removeLast() } else { stack.removeAll() }
            requests += push(screen)
        case .popDelivering(let delivery)?:
            if stack.count > 1 { stack.removeLast() }
            requests += deliverDown(delivery)
        case .section(let target)?: requests += switchSection(target)
        case .quit?: requests += quit()
        }
        return requests
    }

    /// A dialog closed with a value: answers about the app are the app's; the rest go to the screen below.
    mutating func deliverDown(_ delivery: Delivery) -> [Request] {
        switch delivery {
        case .confirmed(.quit):
            running = false
            return []
        case .confirmed(.switchSection(let target)):
            return showSection(target)
        case .confirmed(.undo(let step)):
            // The step put back when asked is still the newest (nothing is saved while the question is open).
            guard let id = stack.last?.id, let newest = takeUndoStep()?.step, newest == step else { return [] }
            return [request(.undo(step), for: id)]
        case .command(let command):
            let key = Commands.table.first { $0.id == command }?.keys.first ?? .escape
            if let requests = runGlobal(command, overOverlay: false) { return requests }
            // A command of another section's screen (the palette's export): that section first, then the command there.
            if let target = Commands.reachedThrough[command], !Commands.commands(for: top?.keymaps ?? []).contains(where: { $0.id == command }) {
                if hasUnsavedWork { return switchSection(target) }
                return showSection(target) + run(command, key: key)
            }
            return run(command, key: key)
        default:
            guard var entry = stack.last else { return [] }
            let outcome = entry.screen.receive(delivery, env)
            stack[stack.count - 1] = entry
            return apply(outcome, from: entry.id)
        }
    }
}

/// A list page that says which former communes its rows came from.
protocol OriginBearing { var originUnits: Set<String> { get } }
extension ListPage: OriginBearing {
    var originUnits: Set<String> { Set(origins.values.flatMap { $0.map(\.formerUnit) }) }
}
