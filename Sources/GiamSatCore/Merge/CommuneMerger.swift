import GRDB

/// Brings former communes' records into this commune inside one transaction (docs/formats.md, "Merging former
/// communes"). First every record gets its code here — its own when free, the next of this commune's series
/// when taken, the one given before when an earlier merge of the same unit brought it in — then each is written
/// with its references mapped, its origin kept and one audit row. Problems are collected, not thrown, so the dry
/// run lists them all; the caller writes nothing while any is left.
struct CommuneMerger {
    let db: Database
    let user: String
    let now: String
    let options: AppDatabase.MergeOptions
    private(set) var plan: MergePlan
    /// Sources that can be merged (a file of this commune itself, or a unit given twice, is left out).
    private var sources: [(source: MergeSource, unit: String)] = []
    private var maps: [String: CodeMap] = [:]
    /// Codes given out in this run, per kind: not yet in the table, but taken.
    private var taken: [Entity: Set<String>] = [:]
    /// The last number given per code stem ("PA-2024-" → 7).
    private var lastNumbers: [String: Int] = [:]
    /// Records brought in by an earlier merge: left as they are.
    private var alreadyMerged: Set<String> = []
    /// unit → official code → the mapping line that joins it.
    private var joins: [String: [String: OfficialJoin]] = [:]

    init(db: Database, options: AppDatabase.MergeOptions, user: String, path: String?) throws {
        guard let commune = try AppDatabase.commune(db) else { throw GiamSatError.notInitialized(path: path ?? ":memory:") }
        self.db = db
        self.user = user
        self.options = options
        now = AppDatabase.timestamp()
        plan = MergePlan(commune: commune)
        plan.refused = options.joinProblems
    }

    mutating func run(_ given: [MergeSource]) throws -> MergePlan {
        try admit(given)
        for (source, unit) in sources {
            for entity in CaseBundle.mergeOrder where entity != .residenceReview {
                for record in source.bundle.records(entity) { try place(record, unit: unit) }
            }
        }
        try resolveJoins()
        try findCandidates()
        for (source, unit) in sources {
            for entity in CaseBundle.mergeOrder {
                for record in source.bundle.records(entity) { try write(record, unit: unit, file: source.file) }
            }
        }
        // The mapping file's problems first, in the order of its lines (they were found in three passes).
        let mapping = plan.refused.enumerated().filter { $0.element.mappingLine != nil }
            .sorted { ($0.element.mappingLine!, $0.offset) < ($1.element.mappingLine!, $1.offset) }.map(\.element)
        plan.refused = mapping + plan.refused.filter { $0.mappingLine == nil }
        return plan
    }

    // MARK: Units

    /// Each source is a former unit: its commune becomes one (kept if listed already, with its date and resolution).
    private mutating func admit(_ given: [MergeSource]) throws {
        let known = Dictionary(uniqueKeysWithValues: try AppDatabase.formerUnits(db).map { ($0.code, $0) })
        var files: [String: String] = [:]
        for source in given {
            guard let commune = source.bundle.commune else { plan.refused.append(.noCommune(file: source.file)); continue }
            if commune.code == plan.commune.code { plan.refused.append(.ownCommune(file: source.file)); continue }
            if let other = files[commune.code] {
                plan.refused.append(.unitTwice(file: source.file, other: other, unit: commune.code))
                continue
            }
            files[commune.code] = source.file
            var unit = FormerUnit(code: commune.code, name: commune.name, district: commune.district,
                                  mergedOn: options.mergedOn, resolution: options.resolution)
            if let listed = known[commune.code] {
                unit.mergedOn = options.mergedOn ?? listed.mergedOn
                if options.resolution.isEmpty { unit.resolution = listed.resolution }
            }
            try AppDatabase.saveFormerUnit(unit, by: user, at: now, in: db)
            plan.units.append(unit)
            sources.append((source, commune.code))
        }
        for join in options.joins { joins[join.unit, default: [:]][join.code] = join }
        for join in options.joins where !sources.contains(where: { $0.unit == join.unit && $0.source.bundle.officials.contains { $0.code == join.code } }) {
            // A line about an official merged by an earlier run (the same mapping file, one more former commune's file
            // now) was done then, as the records of a file merged again are: nothing to do.
            if try AppDatabase.mergedCode(.official, unit: join.unit, formerCode: join.code, db) != nil { continue }
            plan.refused.append(.noSuchJoinOfficial(line: join.line, text: join.text, official: "\(join.unit)/\(join.code)",
                                                    unitKnown: sources.contains { $0.unit == join.unit }))
        }
    }

    // MARK: Codes

    private mutating func place(_ record: any KindRecord, unit: String) throws {
        let entity = type(of: record).entity
        if let code = try AppDatabase.mergedCode(entity, unit: unit, formerCode: record.code, db) {
            maps[unit, default: CodeMap()][entity, record.code] = code
            alreadyMerged.insert(key(entity, unit, record.code))
            plan.count(entity) { $0.alreadyMerged += 1 }
            return
        }
        if entity == .official, joins[unit]?[record.code] != nil { return } // placed with its target, below
        var code = record.code
        if try isTaken(entity, code) {
            code = try freshCode(for: record)
            plan.recoded.append(MergePlan.Recode(unit: unit, entity: entity, from: record.code, to: code))
            plan.count(entity) { $0.recoded += 1 }
        }
        taken[entity, default: []].insert(code)
        maps[unit, default: CodeMap()][entity, record.code] = code
        plan.count(entity) { $0.added += 1 }
    }

    private func isTaken(_ entity: Entity, _ code: String) throws -> Bool {
        if taken[entity]?.contains(code) == true { return true }
        return try AppDatabase.exists(entity, code: code, db)
    }

    /// The next free code of this commune's series for the record (`KindRecord.renumbering`): DT-, KH-year-, PA-year-,
    /// KN-year-; a locality, which has no series, gets its own code with "-2", "-3" … ("AP1-2"); a kind without
    /// either keeps its own.
    private mutating func freshCode(for record: any KindRecord) throws -> String {
        let entity = type(of: record).entity
        guard let series = try record.renumbering(db) else { return record.code }
        var number = try lastNumbers[series.key] ?? series.first()
        var code: String
        repeat {
            number += 1
            code = series.code(number)
        } while try isTaken(entity, code)
        lastNumbers[series.key] = number
        return code
    }

    /// A joined official takes the code of the one it is joined into (a mapping line names it).
    private mutating func resolveJoins() throws {
        for (unit, lines) in joins.sorted(by: { $0.key < $1.key }) {
            guard sources.contains(where: { $0.unit == unit }) else { continue }
            for (code, join) in lines.sorted(by: { $0.key < $1.key }) {
                if alreadyMerged.contains(key(.official, unit, code)) { continue }
                guard sources.first(where: { $0.unit == unit })?.source.bundle.officials.contains(where: { $0.code == code }) == true else { continue }
                let target: String?
                switch join.target {
                case .current(let c):
                    target = try AppDatabase.exists(.official, code: c, db) ? c : nil
                case .former(let u, let c):
                    if joins[u]?[c] != nil, !alreadyMerged.contains(key(.official, u, c)) {
                        plan.refused.append(.joinChain(line: join.line, text: join.text))
                        unresolved(unit, code)
                        continue
                    }
                    target = try maps[u]?[.official, c] ?? AppDatabase.mergedCode(.official, unit: u, formerCode: c, db)
                }
                guard let target else {
                    let official: String, unitKnown: Bool
                    switch join.target {
                    case .current(let c): (official, unitKnown) = (c, true)
                    case .former(let u, let c):
                        let merged = try AppDatabase.formerUnits(db).contains { $0.code == u }
                        (official, unitKnown) = ("\(u)/\(c)", merged || sources.contains { $0.unit == u })
                    }
                    plan.refused.append(.noSuchJoinOfficial(line: join.line, text: join.text, official: official, unitKnown: unitKnown))
                    unresolved(unit, code)
                    continue
                }
                maps[unit, default: CodeMap()][.official, code] = target
                plan.joins.append(MergePlan.Join(unit: unit, code: code, into: target))
                plan.count(.official) { $0.joined += 1 }
            }
        }
    }

    /// An official whose mapping line was refused still stands for itself, so the records naming it are not
    /// reported as naming no one: the mapping line is the one problem (and a refused merge writes nothing).
    private mutating func unresolved(_ unit: String, _ code: String) {
        maps[unit, default: CodeMap()][.official, code] = "\(unit)/\(code)" // no code of this commune looks like it
    }

    // MARK: Same person?

    /// Officials with the same full name and birth year, here and in the files or in two files, that no line joins.
    private mutating func findCandidates() throws {
        struct Person: Hashable { let name: String; let birthYear: Int? }
        var groups: [Person: [(label: String, target: OfficialJoin.Target?, name: String, unit: String?, code: String)]] = [:]
        var order: [Person] = []
        func add(_ person: Person, _ entry: (label: String, target: OfficialJoin.Target?, name: String, unit: String?, code: String)) {
            if groups[person] == nil { order.append(person) }
            groups[person, default: []].append(entry)
        }
        for row in try Row.fetchAll(db, sql: "SELECT code, family_name, middle_name, given_name, birth_year FROM official ORDER BY code") {
            let name = [try row.text("family_name"), try row.text("middle_name"), try row.text("given_name")].filter { !$0.isEmpty }.joined(separator: " ")
            let code = try row.text("code")
            add(Person(name: VietnameseText.fold(name), birthYear: row["birth_year"]), (code, .current(code: code), name, nil, code))
        }
        for (source, unit) in sources {
            for official in source.bundle.officials
            where !alreadyMerged.contains(key(.official, unit, official.code)) && joins[unit]?[official.code] == nil {
                add(Person(name: VietnameseText.fold(official.fullName), birthYear: official.birthYear),
                    ("\(unit)/\(official.code)", .former(unit: unit, code: official.code), official.fullName, unit, official.code))
            }
        }
        for person in order {
            guard let entries = groups[person], entries.count > 1, entries.contains(where: { $0.unit != nil }) else { continue }
            let into = entries.first { $0.unit == nil } ?? entries[0]
            let lines = entries.compactMap { entry -> String? in
                guard let unit = entry.unit, entry.label != into.label, let target = into.target else { return nil }
                return OfficialJoin.line(unit: unit, code: entry.code, into: target)
            }
            plan.candidates.append(MergePlan.Candidate(name: into.name, birthYear: person.birthYear,
                                                       officials: entries.map(\.label), suggestedLines: lines))
        }
    }

    // MARK: Writing

    private mutating func write(_ record: any KindRecord, unit: String, file: String) throws {
        let entity = type(of: record).entity
        if alreadyMerged.contains(key(entity, unit, record.code)) { return }
        let map = maps[unit] ?? CodeMap()
        if entity == .official, let join = joins[unit]?[record.code] {
            guard let target = map[.official, record.code] else { return } // refused above
            try AppDatabase.addOrigin(RecordOrigin(formerUnit: unit, formerCode: record.code), entity: .official, code: target, db)
            // The official was saved before this origin: index it again, so this former code finds it in lists too.
            try AppDatabase.reindex(Official.self, code: target, db)
            try AppDatabase.audit(db, AuditEntry(at: now, by: user, entity: .official, code: target, field: AuditEntry.joinedField,
                                                 old: "", new: "\(unit)/\(join.code)"))
            return
        }
        var unknown: [RecordError] = []
        let code = entity == .residenceReview ? "" : (map[entity, record.code] ?? record.code)
        let merged = record.merged(as: code, through: map) { field, target, missing in
            unknown.append(RecordError(file: file, entity: entity, code: record.code, field: field,
                                       problem: .unknownReference(entity: target, code: missing)))
        }
        if !unknown.isEmpty { return plan.refused += unknown.map(MergeProblem.unknownReference) }
        if let review = merged as? ResidenceReview {
            // Reviews are placed here, not with the others: their code is made of the official's, mapped above.
            if try AppDatabase.mergedCode(.residenceReview, unit: unit, formerCode: record.code, db) != nil {
                return plan.count(.residenceReview) { $0.alreadyMerged += 1 }
            }
            let reviewed = try ResidenceReview.fetch(db, code: review.code) != nil
            if reviewed || taken[.residenceReview]?.contains(review.code) == true {
                return plan.refused.append(.reviewTwice(unit: unit, year: review.year, official: review.official))
            }
            taken[.residenceReview, default: []].insert(review.code)
            plan.count(.residenceReview) { $0.added += 1 }
        }
        // The origin first: the record's search text includes its former code.
        try AppDatabase.addOrigin(RecordOrigin(formerUnit: unit, formerCode: record.code, formerName: record.originName),
                                  entity: entity, code: merged.code, db)
        do {
            try merged.saveNew(by: user, at: now, in: db)
        } catch let error as RecordError {
            var error = error
            error.file = file
            return plan.refused.append(.record(error))
        } catch GiamSatError.record(var error) {
            error.file = file
            return plan.refused.append(.record(error))
        }
        try AppDatabase.audit(db, AuditEntry(at: now, by: user, entity: entity, code: merged.code,
                                             field: AuditEntry.mergedFromField, old: "", new: "\(unit)/\(record.code)"))
    }

    private func key(_ entity: Entity, _ unit: String, _ code: String) -> String { "\(entity.rawValue) \(unit) \(code)" }
}
