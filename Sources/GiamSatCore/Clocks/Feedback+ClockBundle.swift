/// The clock in bundles (docs/formats.md, "Version 2" — "Clocks"): `complex`, `remote` and `severalPlaces` written
/// only when true, `extensions` only when there are some; all optional on read, so version 1 files import as before.
/// The file's `dueOn` is read as ever, but the store computes the due date again from the clock on save.
extension BundleReader {
    /// An extension dated after today (`GIAMSAT_TODAY` pins it) is refused as the page's `g` refuses it
    /// (`Feedback.extend`): an extension is a step already decided, never a planned one.
    /// Today is asked for only when the record has extensions (most have none; a million records read it once each).
    static func readClock(_ r: inout FieldReader, into feedback: inout Feedback) throws {
        for (key, flag) in [("complex", Feedback.ClockFlags.complex), ("remote", .remote), ("severalPlaces", .severalPlaces)] {
            if try r.bool(key) == true { feedback.clockFlags.insert(flag) }
        }
        let items = try r.array("extensions")
        guard !items.isEmpty else { return }
        let today = LocalDate.today()
        feedback.extensions = try items.enumerated().map { index, item in
            var e = try r.nested("extensions[\(index)]", item)
            let step = Feedback.Extension(on: try e.requiredDate("on"), days: try e.int("days", required: true) ?? 0,
                                          reason: try e.string("reason", required: true), by: try e.string("by"))
            if !ClockRules.daysRange.contains(step.days) { throw e.error("days", .outOfRange(step.days, ClockRules.daysRange)) }
            if step.on > today { throw e.error("on", .extensionRefused(.afterToday(today))) }
            try e.finish()
            return step
        }
        if feedback.extensions.count > Feedback.maxExtensions {
            throw r.error("extensions[\(Feedback.maxExtensions)]", .extensionRefused(.tooMany(Feedback.maxExtensions)))
        }
    }
}

extension BundleWriter {
    static func clockPairs(_ f: Feedback) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        for (key, flag) in [("complex", Feedback.ClockFlags.complex), ("remote", .remote), ("severalPlaces", .severalPlaces)]
        where f.clockFlags.contains(flag) {
            pairs.append((key, .bool(true)))
        }
        if !f.extensions.isEmpty {
            pairs.append(("extensions", .array(f.extensions.map {
                .object([("on", .string($0.on.iso)), ("days", .int($0.days)), ("reason", .string($0.reason)), ("by", .string($0.by))])
            })))
        }
        return pairs
    }
}
