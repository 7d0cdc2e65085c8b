import GiamSatCore
import TerminalUI

/// The clock's flags on the feedback form (issue 21): a complaint may be complex and/or in a remote area, a
/// denunciation's checks may span several places. Shown only for the kind they change.
extension FeedbackFormSpec {
    enum ClockID {
        static let complex = "complex", remote = "remote", severalPlaces = "severalPlaces"
        static let all: [(id: String, flag: Feedback.ClockFlags, label: Localized)] = [
            (complex, .complex, T.flagComplex), (remote, .remote, T.flagRemote), (severalPlaces, .severalPlaces, T.flagSeveralPlaces),
        ]
    }

    func clockFields(_ values: FormValues) -> [FormField] {
        let kind = values.choice(ID.kind).flatMap(FeedbackKind.init(rawValue:))
        let meaningful = kind.map(Feedback.ClockFlags.meaningful(for:)) ?? []
        return ClockID.all.filter { meaningful.contains($0.flag) }.map { FormField(id: $0.id, label: $0.label, kind: .toggle) }
    }

    static func clockValues(_ f: Feedback, into values: inout FormValues) {
        for (id, flag, _) in ClockID.all { values[id] = .flag(f.clockFlags.contains(flag)) }
    }

    /// The flags the form shows for the chosen kind (a flag of another kind, left set, is not kept).
    static func clockFlags(_ values: FormValues) -> Feedback.ClockFlags {
        let kind = values.choice(ID.kind).flatMap(FeedbackKind.init(rawValue:))
        let meaningful = kind.map(Feedback.ClockFlags.meaningful(for:)) ?? []
        var flags: Feedback.ClockFlags = []
        for (id, flag, _) in ClockID.all where meaningful.contains(flag) && values.flag(id) { flags.insert(flag) }
        return flags
    }
}
