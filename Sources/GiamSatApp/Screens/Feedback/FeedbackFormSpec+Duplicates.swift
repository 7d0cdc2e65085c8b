import GiamSatCore

/// Saving a new record (issue 21): F2 first asks the store for likely duplicates; with none it saves at once, else the
/// screen of candidates opens and its choice comes back here to be saved — as a new record, or as a duplicate of one.
extension FeedbackFormSpec {
    mutating func answered(_ result: EffectResult, _ env: ScreenEnv) -> Outcome? {
        guard let (request, found) = result.answer(to: FindDuplicates.self) else { return nil }
        if found.isEmpty { return .effects(.write(SaveNew(record: request.record))) }
        return .navigate(.push(DuplicatesScreen(record: request.record, suggestions: found)))
    }

    mutating func delivered(_ delivery: Delivery, _ env: ScreenEnv) -> Outcome? {
        guard case .duplicate(let decision) = delivery else { return nil }
        switch decision {
        case .saveAnyway(let record): return .effects(.write(SaveNew(record: record)))
        case .saveAsDuplicate(let record, let original): return .effects(.write(SaveNewDuplicate(record: record, original: original)))
        }
    }
}
