import Foundation

/// The `giamsat-tally` contract (DOMAIN.md; version 2 since outcomes have tracks, docs/formats.md): what communes
/// send to the province (or any level above), and what `tally merge` adds up. Version 1 files are still read.
public enum TallyJSON {
    public static let format = "giamsat-tally"
    public static let version = 2
    public static let readableVersions = 1...2

    public static func json(_ tally: Tally) -> JSONValue {
        func keyed<E: Slugged>(_ counts: [String: Int], _ type: E.Type) -> JSONValue {
            var pairs = E.allSlugs.map { ($0, JSONValue.int(counts[$0] ?? 0)) }
            for key in counts.keys.filter({ E(rawValue: $0) == nil }).sorted() { pairs.append((key, .int(counts[key]!))) }
            return .object(pairs)
        }
        func measures(_ counts: [String: Int], _ cases: [OutcomeMeasure]) -> JSONValue {
            .object(cases.map { ($0.slug, .int(counts[$0.slug] ?? 0)) })
        }
        // One line: as version 1 wrote the Party's `discipline`, with the line's own measures.
        func line(_ line: DisciplineLine) -> JSONValue {
            let counts = tally.discipline(line)
            return .object([("total", .int(counts.total)), ("byMeasure", measures(counts.byMeasure, line.measures)),
                            ("heads", .object([("total", .int(counts.headsTotal)), ("byMeasure", measures(counts.headsByMeasure, line.measures))]))])
        }
        return .object([
            ("format", .string(format)), ("version", .int(version)),
            ("scope", .object(scope(tally))),
            ("plans", .object([("total", .int(tally.plansTotal)), ("byForm", keyed(tally.plansByForm, PlanForm.self)),
                               ("byType", keyed(tally.plansByType, PlanType.self))])),
            ("supervisedOfficials", .object([("total", .int(tally.supervisedTotal)),
                                             ("byCategory", keyed(tally.supervisedByCategory, OfficialCategory.self))])),
            ("feedback", .object([
                ("received", .int(tally.feedbackReceived)), ("anonymous", .int(tally.feedbackAnonymous)),
                ("byChannel", keyed(tally.feedbackByChannel, FeedbackChannel.self)),
                ("byKind", keyed(tally.feedbackByKind, FeedbackKind.self)),
                ("byContent", keyed(tally.feedbackByContent, ContentArea.self)),
                ("resolved", .int(tally.feedbackResolved)), ("pending", .int(tally.feedbackPending)),
                ("overdue", .int(tally.feedbackOverdue)), ("byStatus", keyed(tally.feedbackByStatus, FeedbackStatus.self)),
            ])),
            ("recommendations", .object([("total", .int(tally.recommendationsTotal)), ("answered", .int(tally.recommendationsAnswered))])),
            // The Party's line keeps its version-1 key; the other tracks and the unplaced follow, by slug.
            ("discipline", line(.track(.dang))),
            ("disciplineByTrack", .object(DisciplineLine.all.filter { $0 != .track(.dang) }.map { ($0.slug, line($0)) })),
            ("residenceReviews", .object([("localities", .int(tally.reviewLocalities)),
                                          ("localitiesTotal", .int(tally.reviewLocalitiesTotal)),
                                          ("officials", .int(tally.reviewOfficials))])),
        ])
    }

    /// The scope: communes and period, then the optional keys only when set, so a tally of a commune with no former
    /// communes is written byte for byte as before them (docs/formats.md).
    static func scope(_ tally: Tally) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [("communes", .array(tally.communes.map { .string($0) })),
                                            ("from", .string(tally.period.from.iso)), ("to", .string(tally.period.to.iso))]
        if !tally.formerUnits.isEmpty { pairs.append(("formerUnits", .array(tally.formerUnits.map { .string($0) }))) }
        if let merged = tally.mergedInto { pairs.append(("mergedInto", .string(merged))) }
        if let level = tally.level { pairs.append(("level", .string(level.rawValue))) }
        return pairs
    }

    /// Reads a tally file; every problem names the file and the key.
    public static func read(_ data: Data, file: String) throws -> Tally {
        try read(json: try parse(data, file: file), file: file)
    }

    /// Reads a file of one tally, or of several (`tally --years … --format json`, `tally --by-former-unit --format
    /// json` write an array): each with its file's name and its place in it ("so-lieu.json [2]") when there are several.
    public static func readAll(_ data: Data, file: String) throws -> [(file: String, tally: Tally)] {
        let json = try parse(data, file: file)
        guard case .array(let items) = json, !items.isEmpty else { return [(file, try read(json: json, file: file))] }
        return try items.enumerated().map { index, item in
            let name = "\(file) [\(index + 1)]"
            return (name, try read(json: item, file: name))
        }
    }

    private static func parse(_ data: Data, file: String) throws -> JSONValue {
        do { return try JSONValue.parse(data) } catch let error as JSONStream.SyntaxError {
            throw error.error(file: file)
        }
    }

    static func read(json: JSONValue, file: String) throws -> Tally {
        guard case .string(format)? = json["format"] else { throw GiamSatError.notATally(file: file) }
        guard case .int(let fileVersion)? = json["version"] else { throw GiamSatError.notATally(file: file) }
        guard readableVersions.contains(fileVersion) else { throw GiamSatError.unsupportedVersion(file: file, version: fileVersion) }
        func bad(_ path: String) -> GiamSatError { .badTallyField(file: file, field: path) }
        func int(_ value: JSONValue?, _ path: String) throws -> Int {
            guard case .int(let n)? = value, n >= 0 else { throw bad(path) }
            return n
        }
        func counts(_ value: JSONValue?, _ path: String) throws -> [String: Int] {
            guard case .object(let pairs)? = value else { throw bad(path) }
            var result: [String: Int] = [:]
            for (key, item) in pairs { result[key] = try int(item, "\(path).\(key)") }
            return result
        }
        func codes(_ value: JSONValue?, _ path: String) throws -> [String] {
            guard case .array(let items)? = value else { throw bad(path) }
            return try items.enumerated().map { index, value in
                guard case .string(let code) = value else { throw bad("\(path)[\(index)]") }
                return code
            }
        }
        guard let scope = json["scope"] else { throw bad("scope.communes") }
        guard case .string(let fromText)? = scope["from"], let from = LocalDate(iso: fromText) else { throw bad("scope.from") }
        guard case .string(let toText)? = scope["to"], let to = LocalDate(iso: toText), from <= to else { throw bad("scope.to") }
        var tally = Tally(communes: try codes(scope["communes"], "scope.communes"), period: TallyPeriod(from: from, to: to))
        // Optional since former communes (docs/formats.md): a file without them reads as before.
        if scope["formerUnits"] != nil { tally.formerUnits = try codes(scope["formerUnits"], "scope.formerUnits") }
        if let merged = scope["mergedInto"] {
            guard case .string(let code) = merged else { throw bad("scope.mergedInto") }
            tally.mergedInto = code
        }
        if let level = scope["level"] {
            guard case .string(let slug) = level, let known = RollUpLevel(rawValue: slug) else { throw bad("scope.level") }
            tally.level = known
        }
        let plans = json["plans"], supervised = json["supervisedOfficials"], feedback = json["feedback"]
        tally.plansTotal = try int(plans?["total"], "plans.total")
        tally.plansByForm = try counts(plans?["byForm"], "plans.byForm")
        tally.plansByType = try counts(plans?["byType"], "plans.byType")
        tally.supervisedTotal = try int(supervised?["total"], "supervisedOfficials.total")
        tally.supervisedByCategory = try counts(supervised?["byCategory"], "supervisedOfficials.byCategory")
        tally.feedbackReceived = try int(feedback?["received"], "feedback.received")
        tally.feedbackAnonymous = try int(feedback?["anonymous"], "feedback.anonymous")
        tally.feedbackByChannel = try counts(feedback?["byChannel"], "feedback.byChannel")
        tally.feedbackByKind = try counts(feedback?["byKind"], "feedback.byKind")
        tally.feedbackByContent = try counts(feedback?["byContent"], "feedback.byContent")
        tally.feedbackResolved = try int(feedback?["resolved"], "feedback.resolved")
        tally.feedbackPending = try int(feedback?["pending"], "feedback.pending")
        tally.feedbackOverdue = try int(feedback?["overdue"], "feedback.overdue")
        tally.feedbackByStatus = try counts(feedback?["byStatus"], "feedback.byStatus")
        tally.recommendationsTotal = try int(json["recommendations"]?["total"], "recommendations.total")
        tally.recommendationsAnswered = try int(json["recommendations"]?["answered"], "recommendations.answered")
        func line(_ value: JSONValue?, _ path: String) throws -> DisciplineCounts {
            DisciplineCounts(total: try int(value?["total"], "\(path).total"), byMeasure: try counts(value?["byMeasure"], "\(path).byMeasure"),
                             headsTotal: try int(value?["heads"]?["total"], "\(path).heads.total"),
                             headsByMeasure: try counts(value?["heads"]?["byMeasure"], "\(path).heads.byMeasure"))
        }
        var party = try line(json["discipline"], "discipline")
        if fileVersion >= 2 {
            guard case .object(let pairs)? = json["disciplineByTrack"] else { throw bad("disciplineByTrack") }
            for (slug, value) in pairs {
                guard let known = DisciplineLine(slug: slug), known != .track(.dang) else { throw bad("disciplineByTrack.\(slug)") }
                tally.disciplineLines[known] = try line(value, "disciplineByTrack.\(slug)")
            }
        } else {
            // Version 1 counted no track: its `discipline` is the Party's, and buộc thôi việc — counted apart in
            // `administrativeDiscipline`, or inside `discipline` before that — has no track, as migration
            // v7-outcome-tracks leaves it (docs/formats.md): it goes to the unplaced line, so every file adds up alike.
            var unplaced = DisciplineCounts()
            let administrative = json["administrativeDiscipline"]
            if let administrative {
                unplaced.total = try int(administrative["total"], "administrativeDiscipline.total")
                unplaced.byMeasure = try counts(administrative["byMeasure"], "administrativeDiscipline.byMeasure")
            }
            for measure in OutcomeMeasure.allCases where !OutcomeTrack.dang.allows(measure) {
                let all = party.byMeasure.removeValue(forKey: measure.slug) ?? 0
                let heads = party.headsByMeasure.removeValue(forKey: measure.slug) ?? 0
                party.total -= all
                party.headsTotal -= heads
                if administrative == nil && all > 0 { unplaced.add(measure.slug, head: false, all) }
                if heads > 0 {
                    unplaced.headsTotal += heads
                    unplaced.headsByMeasure[measure.slug, default: 0] += heads
                }
            }
            if !unplaced.isEmpty { tally.disciplineLines[.unplaced] = unplaced }
        }
        tally.disciplineLines[.track(.dang)] = party
        let reviews = json["residenceReviews"]
        tally.reviewLocalities = try int(reviews?["localities"], "residenceReviews.localities")
        tally.reviewLocalitiesTotal = try int(reviews?["localitiesTotal"], "residenceReviews.localitiesTotal")
        tally.reviewOfficials = try int(reviews?["officials"], "residenceReviews.officials")
        return tally
    }

    /// Adds the tallies of several communes into one of `level`. Refuses different periods, and any commune counted
    /// twice: the same commune in two files, or a former commune's own tally together with the tally of the commune it
    /// was merged into (which lists it in `formerUnits`); the error names both files and the commune.
    public static func merge(_ files: [(file: String, tally: Tally)], level: RollUpLevel = .province) throws -> Tally {
        guard var sum = files.first?.tally else { throw GiamSatError.invalidPeriod("no files") }
        var communes: [String: String] = [:], formerUnits: [String: String] = [:]
        for (index, (file, tally)) in files.enumerated() {
            if index > 0 && tally.period != sum.period {
                throw GiamSatError.periodMismatch(file: file, period: "\(tally.period.from.iso)…\(tally.period.to.iso)",
                                                  expected: "\(sum.period.from.iso)…\(sum.period.to.iso)")
            }
            for commune in tally.communes {
                if let other = communes[commune] { throw GiamSatError.communeTwice(file: file, commune: commune, other: other) }
                if let other = formerUnits[commune] { throw GiamSatError.formerCommuneTwice(commune: commune, ownFile: file, mergedFile: other) }
                communes[commune] = file
            }
            // Two new communes may both list a former commune that was split between them: only its own tally is refused.
            for unit in tally.formerUnits {
                if let other = communes[unit] { throw GiamSatError.formerCommuneTwice(commune: unit, ownFile: other, mergedFile: file) }
                formerUnits[unit] = formerUnits[unit] ?? file
            }
            if index > 0 { sum = sum + tally }
        }
        sum.level = level
        return sum
    }
}
