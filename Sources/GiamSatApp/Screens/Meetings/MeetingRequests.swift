import GiamSatCore

// What the meeting screens ask of the store (see `Shell/StoreRequest.swift`).

/// A meeting's page and its audit trail.
struct MeetingPageAnswer: Equatable, Sendable {
    var page: MeetingPage
    var audit: [AuditEntry]
}

struct LoadMeetingPage: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> MeetingPageAnswer {
        MeetingPageAnswer(page: try context.database.meetingPage(code: code),
                          audit: try context.database.auditTrail(.residenceMeeting, code: code))
    }
}

/// A blank meeting of a village and year: the next code, held today, those invited counted as its members.
struct MeetingDraft: StoreRequest {
    let year: Int
    let locality: String
    let heldOn: LocalDate
    func run(_ context: StoreContext) throws -> ResidenceMeeting {
        try context.database.meetingDraft(year: year, locality: locality, heldOn: heldOn)
    }
}

extension ResidenceMeeting: FormRecord {
    static func saveNew(_ record: ResidenceMeeting, in database: AppDatabase, by user: String) throws -> String {
        try database.saveNewMeeting(record, by: user)
    }
}
