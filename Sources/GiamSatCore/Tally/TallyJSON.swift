import Foundation

/// The `giamsat-tally` v1 contract (DOMAIN.md): what communes send to the province (or any level above),
/// and what `tally merge` adds up.
public enum TallyJSON {
    public static let format = "giamsat-tally"
    public static let version = 1

    public static func json(_ tally: Tally) -> JSONValue {
        func keyed<E: Slugged>(_ counts: [String: Int], _ type: E.Type) -> JSONValue {
            var pairs = E.allSlugs.map { ($0, JSONValue.int(counts[$0] ?? 0)) }
            for key in counts.keys.filter({ E(rawValue: $0) == nil }).sorted() { pairs.append((key, .int(counts[key]!))) }
            return .object(pairs)
        }
        func measures(_ counts: [String: Int], _ cases: [OutcomeMeasure] = OutcomeMeasure.partyDisciplineCases) -> JSONValue {
            .object(cases.map { ($0.slug, .int(counts[$0.slug] ?? 0)) })
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
            ("discipline", .object([("total", .int(tally.disciplineTotal)), ("byMeasure", measures(tally.disciplineByMeasure)),
                                    ("heads", .object([("total", .int(tally.headsTotal)), ("byMeasure", measures(tally.headsByMeasure))]))])),
            ("administrativeDiscipline", .object([("total", .int(tally.administrativeTotal)),
                                                  ("byMeasure", measures(tally.administrativeByMeasure, OutcomeMeasure.administrativeCases))])),
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
        guard case .int(version)? = json["version"] else {
            if case .int(let other)? = json["version"] { throw GiamSatError.unsupportedVersion(file: file, version: other) }
            throw GiamSatError.notATally(file: file)
        }
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
        let discipline = json["discipline"]
        tally.disciplineTotal = try int(discipline?["total"], "discipline.total")
        tally.disciplineByMeasure = try counts(discipline?["byMeasure"], "discipline.byMeasure")
        tally.headsTotal = try int(discipline?["heads"]?["total"], "discipline.heads.total")
        tally.headsByMeasure = try counts(discipline?["heads"]?["byMeasure"], "discipline.heads.byMeasure")
        if let administrative = json["administrativeDiscipline"] {
            tally.administrativeTotal = try int(administrative["total"], "administrativeDiscipline.total")
            tally.administrativeByMeasure = try counts(administrative["byMeasure"], "administrativeDiscipline.byMeasure")
        } else {
            // A file written before buộc thôi việc was counted apart (docs/formats.md): it is moved out of party
            // discipline (and its heads) into administrative discipline, so every file adds up by the same rule.
            for measure in OutcomeMeasure.administrativeCases {
                let all = tally.disciplineByMeasure.removeValue(forKey: measure.slug) ?? 0
                let heads = tally.headsByMeasure.removeValue(forKey: measure.slug) ?? 0
                tally.disciplineTotal -= all
                tally.headsTotal -= heads
                tally.administrativeTotal += all
                if all > 0 { tally.administrativeByMeasure[measure.slug] = all }
            }
        }
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
