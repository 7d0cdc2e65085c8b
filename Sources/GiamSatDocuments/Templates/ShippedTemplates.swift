/// The documents' prose as shipped (docs/formats.md "Templates"). On first use each is copied to `templates/NAME.mustache`
/// in the data folder, where the office may reword it; the app reads that copy. Mustache: `{{name}}` a value,
/// `{{#list}}…{{/list}}` repeated or shown when set, `{{^x}}…{{/x}}` when not set, `{{! … }}` a comment.
public enum DocumentTemplate: String, CaseIterable, Sendable {
    case report = "bao-cao-124"
    case plan = "ke-hoach-giam-sat"
    case team = "quyet-dinh-doan-giam-sat"
    case results = "bao-cao-ket-qua-giam-sat"
    case recommendation = "van-ban-kien-nghi"
    case reminder = "van-ban-don-doc"
    /// A recommendation unanswered past `answer-days`: reported to the Front one level up (issue 21).
    case reportUpward = "bao-cao-cap-tren"
    case forward = "phieu-chuyen-don"
    case receipt = "giay-bien-nhan"
    case reply = "van-ban-tra-loi"
    /// A residence review meeting's summary, and its letter to a member's workplace party cell (issue 21).
    case meetingSummary = "bao-cao-hoi-nghi-gop-y"
    case meetingLetter = "nhan-xet-dang-vien-noi-cu-tru"

    public var fileName: String { rawValue + ".mustache" }

    public var kind: DocumentKind {
        switch self {
        case .report, .results, .meetingSummary, .reportUpward: return .report
        case .plan: return .plan
        case .team: return .decision
        case .recommendation, .reminder, .reply, .meetingLetter: return .letter
        case .forward: return .forwarding
        case .receipt: return .receipt
        }
    }

    /// What the register calls the purpose of a document made from a record: a second `doc plan` for the same plan is a
    /// reprint of the same purpose.
    public var purpose: String { rawValue }

    public var shipped: String {
        switch self {
        case .report: return Self.reportText
        case .plan: return Self.planText
        case .team: return Self.teamText
        case .results: return Self.resultsText
        case .recommendation: return Self.recommendationText
        case .reminder: return Self.reminderText
        case .reportUpward: return Self.reportUpwardText
        case .forward: return Self.forwardText
        case .receipt: return Self.receiptText
        case .reply: return Self.replyText
        case .meetingSummary: return Self.meetingSummaryText
        case .meetingLetter: return Self.meetingLetterText
        }
    }

    static let guide = """
        {{! Dòng đầu: loại văn bản; đến dòng "---": tiêu đề. Sau đó: "# " đề mục, "## " mục nhỏ, "- " gạch đầu dòng,
            "> " dòng giữa trang, "[…]" gợi ý cần viết thay, "[[BẢNG]]" chỗ đặt bảng. Xem docs/formats.md. }}
        """

    static let reportText = guide + """

        BÁO CÁO
        Kết quả thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018
        của Ban Bí thư {{periodLabel}}
        ---
        Thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} báo cáo kết quả thực hiện {{periodLabel}}{{#periodIsNamed}} ({{periodSpan}}){{/periodIsNamed}} như sau:
        {{#merged}}
        Số liệu trong báo cáo gồm cả hồ sơ của các xã cũ đã sáp nhập vào {{communeName}}: {{formerUnits}}.
        {{/merged}}
        # I. ĐẶC ĐIỂM TÌNH HÌNH
        [Nêu khái quát đặc điểm tình hình của địa phương: số ấp, khu dân cư, số đảng viên, thuận lợi, khó khăn.]
        # II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI
        [Nêu việc quán triệt, xây dựng chương trình, kế hoạch giám sát; phối hợp với cấp ủy, chính quyền.]
        # III. KẾT QUẢ THỰC HIỆN
        ## 1. Công tác giám sát
        {{periodSentence}}, Ban Thường trực đã triển khai {{plans.n}} cuộc giám sát ({{plans.compare}}){{#hasPlansByForm}}, trong đó {{#plansByForm}}{{label}} {{n}}{{^last}}, {{/last}}{{/plansByForm}}{{/hasPlansByForm}}; giám sát {{supervised.n}} cá nhân ({{supervised.compare}}), trong đó {{heads.n}} người đứng đầu, {{keyOfficials.n}} cán bộ chủ chốt và {{members.n}} cán bộ, đảng viên.
        ## 2. Tiếp nhận, xử lý phản ánh, đơn thư
        {{periodSentence}}, Ban Thường trực đã tiếp nhận {{received.n}} phản ánh, đơn thư ({{received.compare}}), trong đó {{anonymous.n}} ẩn danh; theo loại: {{#byKind}}{{label}} {{n}}{{^last}}, {{/last}}{{/byKind}}. Đã giải quyết {{resolved.n}} ({{resolved.compare}}), đang giải quyết {{pending.n}}, quá hạn {{overdue.n}}.
        {{#hasByChannel}}
        Theo kênh tiếp nhận: {{#byChannel}}{{label}} {{n}}{{^last}}; {{/last}}{{/byChannel}}.
        {{/hasByChannel}}
        ## 3. Kiến nghị và kết quả xử lý
        Ban Thường trực đã gửi {{recommendations.n}} kiến nghị đến cấp ủy, chính quyền, cơ quan có thẩm quyền ({{recommendations.compare}}); đã được trả lời {{answered.n}}, chưa được trả lời {{unanswered.n}}.
        Qua giám sát và kiến nghị, đã có {{discipline.n}} đảng viên bị xử lý kỷ luật đảng ({{discipline.compare}}): {{#disciplineByMeasure}}{{label}} {{n}}{{^last}}, {{/last}}{{/disciplineByMeasure}}; trong đó {{headsDiscipline.n}} người đứng đầu ({{headsDiscipline.compare}}): {{#headsByMeasure}}{{label}} {{n}}{{^last}}, {{/last}}{{/headsByMeasure}}.
        {{#tracks}}
        {{label}}: {{n}} trường hợp bị xử lý kỷ luật ({{compare}}){{#hasMeasures}}: {{#byMeasure}}{{label}} {{n}}{{^last}}, {{/last}}{{/byMeasure}}{{/hasMeasures}}{{#hasHeads}}; trong đó {{heads}} người đứng đầu{{/hasHeads}}.
        {{/tracks}}
        ## 4. Góp ý đảng viên nơi cư trú
        {{reviewLocalities.n}}/{{reviewLocalitiesTotal.n}} địa bàn khu dân cư đã tổ chức góp ý cho {{reviewOfficials.n}} đảng viên nơi cư trú ({{reviewOfficials.compare}}).
        # IV. ĐÁNH GIÁ CHUNG
        ## 1. Ưu điểm
        [Nêu ưu điểm.]
        ## 2. Hạn chế và nguyên nhân
        [Nêu hạn chế, nguyên nhân khách quan và chủ quan.]
        ## 3. Bài học kinh nghiệm
        [Nêu bài học kinh nghiệm.]
        # V. PHƯƠNG HƯỚNG, KIẾN NGHỊ
        [Nêu phương hướng, nhiệm vụ kỳ tới và kiến nghị, đề xuất với cấp trên.]
        Trên đây là báo cáo kết quả thực hiện Quy định số 124-QĐ/TW {{periodLabel}} của Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}}.
        # PHỤ LỤC: SỐ LIỆU {{periodTitleUpper}}
        [[BẢNG]]
        """

    static let planText = guide + """

        KẾ HOẠCH
        {{title}}
        ---
        {{#basis}}
        {{.}}
        {{/basis}}
        Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} xây dựng kế hoạch giám sát như sau:
        # I. MỤC ĐÍCH, YÊU CẦU
        - Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên theo Quy định số 124-QĐ/TW; kịp thời phát hiện, kiến nghị khắc phục hạn chế, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh.
        - Việc giám sát bảo đảm khách quan, công khai, dân chủ, đúng quy định, không làm ảnh hưởng đến hoạt động bình thường của đơn vị được giám sát.
        # II. NỘI DUNG GIÁM SÁT
        {{#contents}}
        - {{.}}.
        {{/contents}}
        {{^contents}}
        [Nêu nội dung giám sát.]
        {{/contents}}
        # III. ĐỐI TƯỢNG GIÁM SÁT
        {{#targetUnits}}
        - {{.}}.
        {{/targetUnits}}
        {{#supervised}}
        - {{name}}{{#position}}, {{position}}{{/position}}{{#unit}}, {{unit}}{{/unit}}.
        {{/supervised}}
        # IV. HÌNH THỨC GIÁM SÁT
        {{form}} ({{type}}).
        # V. THỜI GIAN
        {{#startOn}}Từ ngày {{startOn}}{{/startOn}}{{#endOn}} đến ngày {{endOn}}{{/endOn}}{{^startOn}}[Ghi thời gian giám sát.]{{/startOn}}.
        # VI. THÀNH PHẦN ĐOÀN GIÁM SÁT
        {{#lead}}
        - Trưởng đoàn: {{lead}}.
        {{/lead}}
        {{#members}}
        - {{name}}{{#organization}}, {{organization}}{{/organization}}.
        {{/members}}
        {{^hasTeam}}
        [Thành phần đoàn do Ban Thường trực quyết định.]
        {{/hasTeam}}
        # VII. TỔ CHỨC THỰC HIỆN
        - Đoàn giám sát xây dựng lịch làm việc, thông báo cho đơn vị được giám sát chậm nhất 15 ngày trước khi giám sát.
        - Đơn vị được giám sát chuẩn bị báo cáo theo nội dung trên, bố trí thời gian, địa điểm làm việc với đoàn.
        - Sau giám sát, đoàn báo cáo kết quả và đề xuất kiến nghị với Ban Thường trực.
        """

    static let teamText = guide + """

        QUYẾT ĐỊNH
        Về việc thành lập Đoàn giám sát
        ---
        > BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM {{communeNameUpper}}
        Căn cứ Luật Mặt trận Tổ quốc Việt Nam;
        Căn cứ Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên;
        {{#planNumber}}
        Căn cứ Kế hoạch số {{planNumber}}{{#planIssuedOn}} ngày {{planIssuedOn}}{{/planIssuedOn}} của Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} về {{titleLower}};
        {{/planNumber}}
        > QUYẾT ĐỊNH:
        Điều 1. Thành lập Đoàn giám sát {{subject}}{{#startOn}} từ ngày {{startOn}}{{/startOn}}{{#endOn}} đến ngày {{endOn}}{{/endOn}}, gồm các ông (bà) có tên sau:
        {{#lead}}
        - {{lead}}, Trưởng đoàn.
        {{/lead}}
        {{#members}}
        - {{name}}{{#organization}}, đại diện {{organization}}{{/organization}}, thành viên.
        {{/members}}
        Điều 2. Đoàn giám sát có nhiệm vụ thực hiện các nội dung theo Kế hoạch giám sát{{#planNumber}} số {{planNumber}}{{/planNumber}}; báo cáo kết quả và đề xuất kiến nghị với Ban Thường trực. Đoàn tự giải thể sau khi hoàn thành nhiệm vụ.
        Điều 3. Các ông (bà) có tên tại Điều 1 và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký.
        """

    static let resultsText = guide + """

        BÁO CÁO
        Kết quả giám sát {{subject}}
        ---
        {{#planNumber}}
        Thực hiện Kế hoạch số {{planNumber}}{{#planIssuedOn}} ngày {{planIssuedOn}}{{/planIssuedOn}}, {{/planNumber}}{{#teamNumber}}Quyết định số {{teamNumber}} thành lập Đoàn giám sát, {{/teamNumber}}Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} đã tiến hành giám sát{{#startOn}} từ ngày {{startOn}}{{/startOn}}{{#endOn}} đến ngày {{endOn}}{{/endOn}}. Kết quả như sau:
        # I. KHÁI QUÁT
        Hình thức giám sát: {{form}}. Nội dung: {{contentsText}}. Số cá nhân được giám sát: {{supervisedCount}}.
        # II. KẾT QUẢ GIÁM SÁT ĐỐI VỚI TỪNG CÁ NHÂN
        {{#supervised}}
        ## {{index}}. {{name}}{{#position}}, {{position}}{{/position}}{{#unit}}, {{unit}}{{/unit}}
        {{#strengths}}
        - Ưu điểm: {{strengths}}
        {{/strengths}}
        {{#shortcomings}}
        - Hạn chế: {{shortcomings}}
        {{/shortcomings}}
        {{^hasFindings}}
        [Chưa ghi kết quả giám sát đối với người này.]
        {{/hasFindings}}
        {{/supervised}}
        # III. KIẾN NGHỊ
        {{#recommendations}}
        - Kiến nghị {{to}}{{#sentOn}} (ngày {{sentOn}}){{/sentOn}}: {{content}}
        {{/recommendations}}
        {{^recommendations}}
        [Nêu các kiến nghị của Đoàn giám sát.]
        {{/recommendations}}
        # IV. ĐÁNH GIÁ CHUNG
        [Đánh giá chung về kết quả giám sát.]
        """

    static let recommendationText = guide + """

        V/v kiến nghị qua giám sát
        ---
        > Kính gửi: {{to}}
        {{#sourceText}}
        Qua {{sourceText}}, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} kiến nghị {{to}} như sau:
        {{/sourceText}}
        {{^sourceText}}
        Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} kiến nghị {{to}} như sau:
        {{/sourceText}}
        {{#content}}
        {{.}}
        {{/content}}
        Đề nghị {{to}} xem xét, giải quyết và trả lời bằng văn bản cho Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} trong thời hạn {{answerDays}} ngày kể từ ngày nhận được văn bản này.
        Trân trọng./.
        """

    static let reminderText = guide + """

        V/v đôn đốc trả lời kiến nghị
        ---
        > Kính gửi: {{to}}
        Ngày {{sentOn}}, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} đã có văn bản kiến nghị{{#letterNumber}} số {{letterNumber}}{{/letterNumber}} gửi {{to}} với nội dung:
        {{#content}}
        {{.}}
        {{/content}}
        Đến nay đã {{daysWaiting}} ngày, Ban Thường trực chưa nhận được văn bản trả lời. Đề nghị {{to}} quan tâm xem xét, giải quyết và trả lời bằng văn bản; quá thời hạn trên, Ban Thường trực sẽ báo cáo Ủy ban MTTQ Việt Nam cấp trên theo quy định.
        Trân trọng./.
        """

    static let forwardText = guide + """

        PHIẾU CHUYỂN ĐƠN
        ---
        > Kính gửi: {{to}}
        Ngày {{receivedOn}}, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} tiếp nhận {{kindLower}} (mã hồ sơ {{code}}), qua {{channelLower}}{{#hasOfficials}}, liên quan đến {{#officials}}{{name}}{{#position}}, {{position}}{{/position}}{{^last}}; {{/last}}{{/officials}}{{/hasOfficials}}.
        Nội dung: {{summary}}
        Xét thấy nội dung thuộc thẩm quyền giải quyết của {{to}}, Ban Thường trực chuyển đến {{to}} để xem xét, giải quyết theo quy định của pháp luật và thông báo kết quả cho Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} biết.
        {{#isDenunciation}}
        Đề nghị giữ bí mật thông tin về người tố cáo theo quy định của Luật Tố cáo.
        {{/isDenunciation}}
        """

    static let receiptText = guide + """

        GIẤY BIÊN NHẬN
        Đơn, tài liệu
        ---
        Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} đã nhận của:
        - Ông (bà): {{name}}
        - Địa chỉ: {{address}}
        - Số điện thoại: {{phone}}
        {{kindCapitalized}} đề ngày {{receivedOn}}, mã hồ sơ {{code}}, nội dung: {{summary}}
        Hạn thông báo việc thụ lý, chuyển đơn hoặc hướng dẫn: trước ngày {{classifyBy}}.
        Thông tin của người gửi đơn được giữ bí mật theo quy định của pháp luật.
        """

    static let replyText = guide + """

        V/v trả lời đơn
        ---
        > Kính gửi: Ông (bà) {{name}}, {{address}}
        Ngày {{receivedOn}}, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} nhận được {{kindLower}} của ông (bà) (mã hồ sơ {{code}}) với nội dung: {{summary}}
        {{#forwardedTo}}
        Ngày {{forwardedOn}}, Ban Thường trực đã chuyển đơn đến {{forwardedTo}} để xem xét, giải quyết theo thẩm quyền.
        {{/forwardedTo}}
        Tình trạng giải quyết: {{statusLower}}.
        [Nêu kết quả giải quyết và hướng dẫn ông (bà) nếu cần.]
        Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} trả lời để ông (bà) được biết./.
        """
}

extension DocumentTemplate {
    static let reportUpwardText = guide + """

        BÁO CÁO
        Về việc kiến nghị chưa được trả lời bằng văn bản
        ---
        > Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam {{upperLevel}}
        Ngày {{sentOn}}, Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} đã có văn bản kiến nghị{{#letterNumber}} số {{letterNumber}}{{/letterNumber}} gửi {{to}} (mã hồ sơ {{code}}) với nội dung:
        {{#content}}
        {{.}}
        {{/content}}
        {{#reminderNumber}}
        Ngày {{reminderOn}}, Ban Thường trực đã có văn bản đôn đốc số {{reminderNumber}}.
        {{/reminderNumber}}
        Đến nay đã {{daysWaiting}} ngày, quá thời hạn {{answerDays}} ngày, Ban Thường trực chưa nhận được văn bản trả lời của {{to}}.
        Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam {{upperLevel}} và đề nghị quan tâm, đôn đốc {{to}} xem xét, trả lời kiến nghị theo quy định.
        """
}
