import GiamSatCore

/// The words of the plans, recommendations and residence-review screens, and of the feedback page's
/// links: part of the one table `T`, kept in a file of their own so that screens added in parallel
/// do not edit the same lines.
extension T {
    // Plans
    static let newPlanTitle = Localized("Kế hoạch mới", "New plan")
    static let editPlanTitle = Localized("Sửa kế hoạch", "Edit plan")
    static let internalCode = Localized("Mã nội bộ", "Internal code")
    static let documentNumber = KindText.documentNumber
    static let issuedOn = KindText.issuedOn
    static let basis = KindText.basis
    static let planType = KindText.planType
    static let planForm = KindText.planForm
    static let contentAreas = KindText.contentAreas
    static let teamDecision = KindText.teamDecision
    static let teamLead = KindText.teamLead
    static let teamMembers = KindText.teamMembers
    static let memberName = Localized("Họ và tên", "Name")
    static let organization = Localized("Đơn vị, tổ chức", "Organisation")
    static let targetUnits = KindText.targetUnits
    static let targetUnit = Localized("Đơn vị", "Unit")
    static let supervisedOfficials = KindText.supervised
    static let startOn = KindText.startOn
    static let endOn = KindText.endOn
    static let reportedOn = KindText.reportedOn
    static let badYear = Localized("năm có 4 chữ số", "a four-digit year")
    static let endBeforeStart = Localized("kết thúc trước bắt đầu", "ends before it starts")
    static let badCode = Localized("mã dạng KH-2026-01", "a code like KH-2026-01")
    static let team = Localized("Đoàn giám sát", "Supervision team")
    static let findingsTitle = Localized("Đối tượng được giám sát và kết quả", "Officials supervised and findings")
    static let noSupervised = Localized("Chưa có đối tượng nào.", "No officials yet.")
    static let noFindingsYet = Localized("(chưa ghi kết quả — f để ghi)", "(no findings yet — f to record them)")
    static let strengths = Localized("Ưu điểm", "Strengths")
    static let shortcomings = Localized("Hạn chế", "Shortcomings")
    static let findingsFor = Localized("Kết quả giám sát:", "Findings:")
    static let linkedRecommendations = Localized("Kiến nghị phát sinh", "Recommendations arising")
    static let linkedFeedback = Localized("Phản ánh gắn với kế hoạch", "Feedback linked to the plan")
    static let noneYet = Localized("(chưa có)", "(none yet)")
    static let planEnded = Localized("Kế hoạch đã kết thúc, không còn bước nào.", "This plan has ended; no further steps.")
    static let pickOfficialForFindings = Localized("Ghi kết quả cho đối tượng", "Record findings for")
    static let allYears = Localized("mọi năm", "all years")

    // Recommendations
    static let newRecommendationTitle = Localized("Kiến nghị mới", "New recommendation")
    static let editRecommendationTitle = Localized("Sửa kiến nghị", "Edit recommendation")
    static let source = KindText.source
    static let standalone = Localized("(không có — kiến nghị độc lập)", "(none — standalone)")
    static let respondedOn = KindText.respondedOn
    static let outcomes = KindText.outcomes
    static let measure = Localized("Hình thức", "Measure")
    static let track = Localized("Diện xử lý", "Track")
    static let decisionNumber = Localized("Số quyết định", "Decision no.")
    static let decisionNumberShort = Localized("QĐ số", "decision")
    static let confirmTrack = Localized("sửa (e) dòng kết quả để chọn diện", "edit (e) the outcome row to set its track")
    static let chooseTrackFirst = Localized("(chọn diện xử lý trước)", "(choose the track first)")
    static let measureNotOnTrack = Localized("hình thức này không thuộc diện đã chọn: chọn lại hình thức",
                                             "this measure is not one of the chosen track's: pick the measure again")
    static let decidedOn = Localized("Ngày quyết định", "Decided on")
    /// Fits the form's label column at 80 columns ("Cơ quan quyết định" was cut); "QĐ" as in "QĐ số".
    static let decidingBody = Localized("Cơ quan ra QĐ", "Decided by")
    static let noOutcomes = Localized("(chưa có kết quả xử lý)", "(no outcome yet)")
    static let answeredBeforeSent = Localized("trả lời trước ngày gửi", "answered before sent")
    static let outcomeRow = Localized("dòng", "row")
    /// "dòng 2: …": a problem of one outcome row (`row` counts from 0).
    static func onOutcomeRow(_ row: Int, _ problem: Localized) -> Localized {
        Localized("\(outcomeRow.vi) \(row + 1): \(problem.vi)", "\(outcomeRow.en) \(row + 1): \(problem.en)")
    }
    static let outcomeIncomplete = Localized("chọn đối tượng và hình thức (hoặc xóa dòng)", "choose the official and the measure (or remove the row)")
    static let fromPlan = Localized("kế hoạch", "plan")
    static let fromFeedback = Localized("phản ánh", "feedback")

    // Feedback links
    static let plan = KindText.plan
    static let linkPlanTitle = Localized("Gắn với kế hoạch", "Link to a plan")
    static let noPlan = Localized("(không gắn kế hoạch)", "(no plan)")
    static let pickOriginal = Localized("Chọn đơn gốc", "Choose the original")
    static let originalHint = Localized("Enter: chọn đơn gốc trong danh sách (hoặc gõ mã)", "Enter: choose the original from a list (or type its code)")

    // Residence reviews
    static let residenceTitle = Localized("Góp ý đảng viên nơi cư trú", "Residence reviews of party members")
    static let members = Localized("Đảng viên", "Members")
    static let reviewed = Localized("Đã góp ý", "Reviewed")
    static let exemptShort = Localized("Miễn", "Exempt")
    static let done = Localized("xong", "done")
    static let missing = Localized("còn thiếu", "missing")
    static let residenceYearHint = Localized("← → đổi năm · Enter mở địa bàn để nhập góp ý", "← → change year · Enter opens a locality to enter reviews")
    static let localitiesDoneOf = Localized("địa bàn xong", "localities done")
    static let noLocalitiesYet = Localized("Chưa có địa bàn nào (thêm trong Cài đặt).", "No localities yet (add them in settings).")
    static let assessment = KindText.assessment
    static let opinions = KindText.opinions
    static let notReviewed = Localized("— chưa góp ý", "— not reviewed")
    static let livesElsewhere = Localized("(ở nơi khác)", "(lives elsewhere)")
    static let exemptTitle = Localized("Miễn sinh hoạt nơi cư trú (không tính là thiếu)", "Exempt from residence activities (not counted as missing)")
    static let gridHint = Localized("t tốt · h có hạn chế · n không ý kiến · o/Tab ý kiến · Enter/↓ xuống · a người ở nơi khác",
                                    "t good · h shortcomings · n no opinion · o/Tab opinions · Enter/↓ down · a someone from elsewhere")
    /// After the grid's hint: "1–7 / Shift-Tab sang mục khác" (its Tab is the opinions box).
    static let otherSections = Localized("sang mục khác", "other sections")
    static let opinionsHint = Localized("gõ ý kiến (tự xuống dòng) · Enter/F2 lưu và xuống · Esc thôi",
                                        "type the opinions (they wrap) · Enter/F2 save and go down · Esc cancel")
    static let noMembers = Localized("Không có đảng viên nào cư trú ở địa bàn này.", "No party members live in this locality.")
    static let reviewElsewhereTitle = Localized("Người ở nơi khác", "Lives elsewhere")
    static let reviewElsewhereQuestion = Localized("không cư trú ở địa bàn này. Vẫn ghi góp ý ở đây?",
                                                   "does not live in this locality. Record a review here anyway?")
    static let reviewSaved = Localized("Đã ghi góp ý:", "Review saved:")
    static let assessFirst = Localized("Chọn đánh giá trước (t tốt · h có hạn chế · k không ý kiến), rồi ghi ý kiến.",
                                       "Choose the assessment first (t good · h shortcomings · k no opinion), then the opinions.")
    static let alreadyInGrid = Localized("Đã có trong danh sách:", "Already in the list:")
    static let addReviewer = Localized("Thêm góp ý cho người ở nơi khác", "Review someone living elsewhere")

    // Commands
    static let cmdCycleYear = Localized("Năm", "Year")
    static let cmdFindings = Localized("Ghi kết quả", "Findings")
    static let cmdNewRecommendation = Localized("Tạo kiến nghị", "New recommendation")
    static let cmdLinkPlan = Localized("Gắn kế hoạch", "Link plan")
    static let cmdOpenLinked = Localized("Mở bản ghi liên quan", "Open a linked record")
    static let cmdOpenSource = Localized("Mở nguồn", "Open the source")
    static let linkedTitle = Localized("Bản ghi liên quan", "Linked records")
    static let cmdAssessGood = Localized("Tốt", "Good")
    static let cmdAssessShortcomings = Localized("Có hạn chế", "Shortcomings")
    static let cmdAssessNone = Localized("Không ý kiến", "No opinion")
    static let cmdOpinions = Localized("Ý kiến", "Opinions")
    static let cmdAddReview = Localized("Thêm người", "Add person")
    static let keysPlanDetail = Localized("Xem kế hoạch", "A plan")
    static let keysRecommendationDetail = Localized("Xem kiến nghị", "A recommendation")
    static let keysResidence = Localized("Góp ý nơi cư trú", "Residence reviews")
    static let keysResidenceGrid = Localized("Nhập góp ý của một địa bàn", "Entering a locality's reviews")
    static let keysOpinions = Localized("Ô ý kiến", "Opinions box")
}
