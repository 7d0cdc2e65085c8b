import Foundation

/// The `giamsat-tally` v1 contract (DOMAIN.md): what communes send to the district,
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
            ("scope", .object([("communes", .array(tally.communes.map { .string($0) })),
                               ("from", .string(tally.period.from.iso)), ("to", .string(tally.period.to.iso))])),
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

    /// Reads a tally file; every problem names the file and the key.
    public static func read(_ data: Data, file: String) throws -> Tally {
        let json: JSONValue
        do { json = try JSONValue.parse(data) } catch let error as JSONStream.SyntaxError {
            throw GiamSatError.notJSON(file: file, line: error.line, column: error.column)
        }
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
        guard let scope = json["scope"], case .array(let communes)? = scope["communes"] else { throw bad("scope.communes") }
        guard case .string(let fromText)? = scope["from"], let from = LocalDate(iso: fromText) else { throw bad("scope.from") }
        guard case .string(let toText)? = scope["to"], let to = LocalDate(iso: toText), from <= to else { throw bad("scope.to") }
        var tally = Tally(communes: try communes.enumerated().map { index, value in
            guard case .string(let code) = value else { throw bad("scope.communes[\(index)]") }
            return code
        }, period: TallyPeriod(from: from, to: to))
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

    /// Adds tallies of several communes into a district's. Refuses different periods and a
    /// commune counted twice, naming the file.
    public static func merge(_ files: [(file: String, tally: Tally)]) throws -> Tally {
        guard var sum = files.first?.tally else { throw GiamSatError.invalidPeriod("no files") }
        var seen = Dictionary(uniqueKeysWithValues: sum.communes.map { ($0, files[0].file) })
        for (file, tally) in files.dropFirst() {
            if tally.period != sum.period {
                throw GiamSatError.periodMismatch(file: file, period: "\(tally.period.from.iso)…\(tally.period.to.iso)",
                                                  expected: "\(sum.period.from.iso)…\(sum.period.to.iso)")
            }
            for commune in tally.communes {
                if let other = seen[commune] { throw GiamSatError.communeTwice(file: file, commune: commune, other: other) }
                seen[commune] = file
            }
            sum = sum + tally
        }
        return sum
    }
}
