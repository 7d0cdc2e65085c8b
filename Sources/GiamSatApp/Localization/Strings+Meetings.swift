import GiamSatCore

/// The words of the residence review meeting's screens (issue 21).
extension T {
    static let meetingHeading = Localized("Hội nghị góp ý", "Review meeting")
    static let cmdMeeting = Localized("Hội nghị của địa bàn", "The village's meeting")
    static let cmdMeetingReviews = Localized("Nhập góp ý (bảng)", "Enter reviews (grid)")
    static let keysMeetingDetail = Localized("Trang hội nghị góp ý", "Review meeting page")
    static let meetingColumn = Localized("Hội nghị", "Meeting")
    static let noMeetingShort = Localized("chưa họp", "not held")
    static let noMeetingRecorded = Localized("! chưa ghi HN", "! no meeting")
    static let localitiesHeldOf = Localized("địa bàn đã tổ chức hội nghị góp ý", "localities held their review meeting")
    static let meetingYearHint = Localized("← → đổi năm · Enter nhập góp ý · m hội nghị của địa bàn",
                                           "← → change year · Enter enters reviews · m the village's meeting")
    static func newMeetingTitle(_ year: Int, _ locality: String) -> Localized {
        Localized("Ghi hội nghị góp ý năm \(year) — \(locality)", "Record the \(year) review meeting — \(locality)")
    }
    static func meetingFirstTitle(_ year: Int, _ locality: String) -> Localized {
        Localized("Ghi hội nghị trước khi nhập góp ý — \(locality) \(year)", "Record the meeting before the reviews — \(locality) \(year)")
    }
    static let editMeetingTitle = Localized("Sửa hội nghị góp ý", "Edit review meeting")
    static let meetingLocality = KindText.locality
    static let meetingHeldOn = MeetingText.heldOn
    static let meetingChair = MeetingText.chair
    static let meetingPresent = MeetingText.present
    static let meetingInvited = MeetingText.invited
    static let meetingMinutes = MeetingText.minutes
    /// The form's label (short, beside the field) and the page's section title.
    static let meetingExempt = Localized("Được miễn", "Exempt")
    static let meetingExemptTitle = MeetingText.exempt
    static let meetingExemptReason = MeetingText.exemptReason
    static let meetingAttendance = Localized("Số dự / triệu tập", "Present / invited")
    static let meetingCount = Localized("Góp ý", "Reviews")
    static func meetingCountText(_ reviews: Int, missing: Int, exempt: Int) -> Localized {
        Localized("\(reviews) đảng viên được góp ý · còn thiếu \(missing) · miễn \(exempt)",
                  "\(reviews) members reviewed · \(missing) missing · \(exempt) exempt")
    }
    static let meetingReviews = Localized("Góp ý đảng viên (Enter: nhập trong bảng)", "Reviews (Enter: enter them in the grid)")
    static let noExempt = Localized("Không có đảng viên được miễn.", "No member exempt.")
    static let notANumber = Localized("phải là số", "must be a number")
    static let presentOverInvited = Localized("số dự nhiều hơn số triệu tập", "more present than invited")
    static let gridMeeting = Localized("Hội nghị", "Meeting")
    static let gridNoMeeting = Localized("chưa ghi hội nghị (m)", "no meeting recorded (m)")
}
