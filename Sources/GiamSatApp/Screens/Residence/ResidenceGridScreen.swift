import GiamSatCore
import TerminalUI

/// One locality's residence meeting for one year: the party members living there, each with the
/// assessment and opinions of the residents, entered fast — a single letter sets the assessment (saved at
/// once; never a digit, which switches sections as everywhere), Enter or ↓ goes to the next person, o/Tab opens the opinions box (it wraps; Enter saves and
/// goes down). Members exempt from residence activities are listed apart and are not missing. Someone
/// who lives elsewhere can be reviewed here after a confirmation.
struct ResidenceGridScreen: Screen {
    let year: Int
    let locality: Locality
    /// Members living here, then those living elsewhere reviewed here.
    private(set) var rows: [ResidenceMember] = []
    private(set) var exempt: [ResidenceMember] = []
    private(set) var loaded = false
    private(set) var table = TableState()
    /// The opinions being typed for the selected row (nil: the grid has the keys).
    private(set) var opinions: TextArea?
    /// An official picked to add, waiting for the answer to "lives elsewhere, review here anyway?".
    private(set) var pendingVisitor: ResidenceMember?
    /// The village's meeting of the year, which these reviews belong to (nil: none recorded; `m` records it).
    private(set) var meeting: ResidenceMeeting?

    static let addField = "residence-add"

    init(year: Int, locality: Locality) {
        self.year = year
        self.locality = locality
    }

    var keymaps: [Keymap] { opinions == nil ? [.residenceGrid, .navigation] : [.opinionsBox] }
    var isTyping: Bool { opinions != nil }
    var isDirty: Bool { opinions != nil }
    var acceptsKeys: Bool { loaded }
    func title(_ env: ScreenEnv) -> String { "\(env.text(T.sectionResidence)) \(year) — \(locality.name)" }
    func refresh(_ env: ScreenEnv) -> [Effect] { [.ask(LoadResidenceGrid(year: year, locality: locality.code))] }

    static let boxHeight = 5
    func exemptLines(_ env: ScreenEnv) -> Int { exempt.isEmpty ? 0 : 2 }
    func pageSize(_ env: ScreenEnv) -> Int { max(1, env.bodyHeight - 2 - Self.boxHeight - exemptLines(env)) }
    var selected: ResidenceMember? { rows[safe: table.selection] }
    var reviewedCount: Int { rows.filter { $0.residence == locality.code && $0.review != nil }.count }
    var memberCount: Int { rows.filter { $0.residence == locality.code }.count }

    mutating func handle(_ command: CommandID?, key: Key, _ env: ScreenEnv) -> Outcome {
        table.setPageSize(pageSize(env))
        if var area = opinions {
            switch command {
            case .cancel?:
                opinions = nil
            case .save?:
                return saveOpinions(area.text, env)
            default:
                if area.handle(key, method: env.inputMethod, width: max(10, env.width - 6)) { opinions = area }
            }
            return .none
        }
        switch command {
        case let command? where command.move != nil: table.move(command.move!)
        case .back?: return .navigate(.pop)
        case .assessGood?: return assess(.tot, env)
        case .assessShortcomings?: return assess(.coHanChe, env)
        case .assessNone?: return assess(.khongYKien, env)
        case .opinions?:
            guard let selected else { return .none }
            guard selected.review != nil else { return .say(.error(T.assessFirst)) }
            opinions = TextArea(selected.review?.opinions ?? "")
        case .void?:
            // A review entered by mistake (issue 17): voided with a reason; the person waits for an assessment again.
            guard let review = selected?.review else { return .none }
            return .navigate(.push(PromptScreen(field: Self.voidField + review.code, title: T.voidTitle, label: T.voidReasonLabel,
                                                hint: T.voidReasonHint, telex: true)))
        case .meeting?:
            return .navigate(.push(MeetingNavigation.open(meeting: meeting?.code, year: year, locality: locality, today: env.today)))
        case .addReview?:
            let picker = Picker(title: env.text(T.addReviewer), items: [], fold: { VietnameseText.fold($0) })
            return .navigate(.push(PickerScreen(field: Self.addField, picker: picker, search: .officials)))
        default: break
        }
        return .none
    }

    /// Sets the selected person's assessment and saves it at once. The version is counted here as the
    /// save is sent, so quick keys on one row each carry the version the one before leaves.
    private mutating func assess(_ assessment: Assessment, _ env: ScreenEnv) -> Outcome {
        guard let index = rows.indices.firstIndex(of: table.selection) else { return .none }
        let current = rows[index].review
        let review = ResidenceReview(year: year, locality: current?.locality ?? locality.code, official: rows[index].code,
                                     assessment: assessment, opinions: current?.opinions ?? "", version: current?.version ?? 0)
        return save(review, at: index, env)
    }

    private mutating func saveOpinions(_ text: String, _ env: ScreenEnv) -> Outcome {
        opinions = nil
        guard let index = rows.indices.firstIndex(of: table.selection), var review = rows[index].review else { return .none }
        review.opinions = VietnameseText.clean(text)
        let outcome = save(review, at: index, env)
        table.move(.down)
        return outcome
    }

    private mutating func save(_ review: ResidenceReview, at index: Int, _ env: ScreenEnv) -> Outcome {
        if let current = rows[index].review, current.assessment == review.assessment, current.opinions == review.opinions { return .none }
        var stored = review
        stored.version = review.version + 1
        rows[index].review = stored
        let name = rows[index].name
        return Outcome(effects: [.write(SaveReview(review: review, expectedVersion: review.version))],
                       // A key that writes says what it wrote, and how to take it back at once (issue 17).
                       message: .info(T.reviewSaved, "\(name) — \(env.text(review.assessment.label)) · \(env.text(T.undoHint))"))
    }

    mutating func receive(_ result: EffectResult, _ env: ScreenEnv) -> Outcome {
        if let (request, grid) = result.answer(to: LoadResidenceGrid.self), request.year == year {
            rows = grid.members + grid.visitors + (pendingVisitor.map { visitor in
                grid.visitors.contains { $0.code == visitor.code } ? [] : [visitor]
            } ?? [])
            exempt = grid.exempt
            meeting = grid.meeting
            loaded = true
            table.setPageSize(pageSize(env))
            table.setCount(rows.count)
            return .none
        }
        if let (_, official) = result.answer(to: LoadOfficial.self) {
            let member = ResidenceMember(code: official.code, name: official.fullName, position: official.position,
                                         residence: official.residence, exempt: false, review: nil)
            if official.residence == locality.code {
                // Lives here after all (not a party member, or not serving): reviewed like the others.
                add(member)
                return .none
            }
            pendingVisitor = member
            // "Lò Thị Mai (DT-0003) does not live in this locality. Record a review here anyway?" — y / n.
            return .navigate(.push(ConfirmScreen(question: .reviewElsewhere(official: official.code, name: official.fullName))))
        }
        if case .saved(.residenceReview, let code, let step?) = result, step.change == .void {
            // Said with the step, and how to take it back; the grid shows the person waiting again.
            return Outcome(effects: refresh(env), message: .info(T.voided, "\(Entity.residenceReview.label.text(env.lang)) \(code) · \(env.text(T.undoHint))"))
        }
        if case .failed = result, loaded {
            // A save refused (someone else changed that review): show the store's state again.
            return Outcome(effects: refresh(env))
        }
        return .none
    }

    private mutating func add(_ member: ResidenceMember) {
        rows.append(member)
        table.setCount(rows.count)
        table.select(rows.count - 1)
    }

    static let voidField = "void:"

    mutating func receive(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome {
        switch delivery {
        case .picked(Self.addField, let ids, let names):
            guard let code = ids.first else { return .none }
            if let index = rows.firstIndex(where: { $0.code == code }) {
                table.select(index)
                return .say(.info(T.alreadyInGrid, names[code] ?? code))
            }
            return .effects(.ask(LoadOfficial(code: code)))
        case .entered(let field, let reason) where field.hasPrefix(Self.voidField):
            return .effects(.write(VoidRecord(entity: .residenceReview, code: String(field.dropFirst(Self.voidField.count)), reason: reason)))
        case .confirmed(.reviewElsewhere(let code, _)):
            guard let visitor = pendingVisitor, visitor.code == code else { return .none }
            pendingVisitor = nil
            add(visitor)
            return .none
        default: return .none
        }
    }

    /// The grid's keys, and how to reach the other sections (Tab is taken by the opinions box here).
    func footer(_ env: ScreenEnv) -> String? {
        opinions == nil ? "\(env.text(T.gridHint)) · \(Section.switchKeys) \(env.text(T.otherSections))" : env.text(T.opinionsHint)
    }

    func render(into canvas: inout Canvas, _ area: Rect, _ env: ScreenEnv) -> (x: Int, y: Int)? {
        let (head, rest) = area.splitTop(1)
        canvas.fill(head, .normal)
        let summary = "\(locality.name) · \(env.text(T.yearLabel)) \(year) · \(env.text(T.reviewed)) \(reviewedCount)/\(memberCount)"
            + (exempt.isEmpty ? "" : " · \(env.text(T.exemptShort)) \(exempt.count)")
            + (loaded ? " · " + (meeting.map { "\(env.text(T.gridMeeting)) \($0.heldOn.vietnamese)" } ?? env.text(T.gridNoMeeting)) : "")
        canvas.put(summary, x: head.x, y: head.y, width: head.width, .title)
        let (tableArea, below) = rest.splitTop(max(2, rest.height - Self.boxHeight - exemptLines(env)))
        let columns = [Column(env.text(T.fullName), width: 22), Column(env.text(T.position), width: 16),
                       Column(env.text(T.assessment), width: 15), Column(env.text(T.opinions), flex: 1)]
        let window = table.visible.map { rows[$0] }
        let cells = window.map { m -> [String] in
            let name = m.residence == locality.code ? m.name : "\(m.name) \(env.text(T.livesElsewhere))"
            return [name, m.position, m.review.map { env.text($0.assessment.label) } ?? env.text(T.notReviewed),
                    m.review?.opinions.replacingOccurrences(of: "\n", with: " ") ?? ""]
        }
        TableView.render(into: &canvas, tableArea, columns: columns, rows: cells,
                         roles: window.map { $0.review == nil ? .overdue : .normal },
                         selected: rows.isEmpty ? nil : table.selectedRowInWindow)
        if loaded && rows.isEmpty {
            canvas.put(env.text(T.noMembers), x: tableArea.x + 2, y: tableArea.y + 2, width: tableArea.width - 4, .muted)
        }
        var y = below.y
        if !exempt.isEmpty {
            canvas.put(env.text(T.exemptTitle), x: below.x, y: y, width: below.width, .title)
            canvas.put(exempt.map(\.name).joined(separator: ", "), x: below.x + 2, y: y + 1, width: below.width - 2, .muted)
            y += 2
        }
        let box = Rect(x: below.x, y: y, width: below.width, height: max(3, below.maxY - y))
        let boxTitle = env.text(T.opinions) + (selected.map { " — \($0.name)" } ?? "")
        canvas.box(box, title: boxTitle, opinions == nil ? .normal : .title)
        let inner = box.inset(by: 1)
        if let opinions {
            return opinions.render(into: &canvas, inner, focused: true)
        }
        let text = selected?.review?.opinions ?? ""
        for (offset, line) in wrap(text, width: inner.width).prefix(inner.height).enumerated() {
            canvas.put(line, x: inner.x, y: inner.y + offset, width: inner.width, .normal)
        }
        return nil
    }
}
