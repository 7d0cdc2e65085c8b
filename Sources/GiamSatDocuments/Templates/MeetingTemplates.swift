/// The residence review meeting's documents (issue 21, docs/formats.md "Templates"): the village's summary of the
/// meeting, and the letter carrying one member's review to the party cell where they work (QĐ 213-QĐ/TW).
extension DocumentTemplate {
    static let meetingSummaryText = guide + """

        BÁO CÁO
        Tổng hợp kết quả hội nghị góp ý đảng viên nơi cư trú năm {{year}}
        {{localityName}}
        ---
        Thực hiện Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú, ngày {{heldOn}} Ban Công tác Mặt trận {{localityName}} phối hợp với chi bộ nơi cư trú tổ chức hội nghị góp ý đảng viên năm {{year}}{{#chair}} do {{chair}} chủ trì{{/chair}}. Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} tổng hợp kết quả như sau:
        # I. TÌNH HÌNH HỘI NGHỊ
        Số người dự: {{present}}/{{invited}} người được triệu tập. Số đảng viên được góp ý: {{reviewCount}}. Số đảng viên được miễn sinh hoạt nơi cư trú: {{exemptCount}}.
        {{#minutes}}
        {{.}}
        {{/minutes}}
        # II. KẾT QUẢ GÓP Ý TỪNG ĐẢNG VIÊN
        {{#reviews}}
        ## {{index}}. {{name}}{{#position}}, {{position}}{{/position}}{{#unit}}, {{unit}}{{/unit}}
        - Nhận xét: {{assessment}}{{#opinions}}. Ý kiến: {{opinions}}{{/opinions}}
        {{/reviews}}
        {{^reviews}}
        [Chưa ghi kết quả góp ý đảng viên nào.]
        {{/reviews}}
        {{#exempt}}
        # III. ĐẢNG VIÊN ĐƯỢC MIỄN
        {{/exempt}}
        {{#exempt}}
        - {{name}}{{#reason}}: {{reason}}{{/reason}}
        {{/exempt}}
        # KIẾN NGHỊ
        [Các kiến nghị của hội nghị với chi bộ, chính quyền.]
        """

    static let meetingLetterText = guide + """

        V/v nhận xét đảng viên nơi cư trú năm {{year}}
        ---
        > Kính gửi: {{to}}
        Thực hiện Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị, ngày {{heldOn}} Ban Công tác Mặt trận {{localityName}}, {{communeName}} phối hợp với chi bộ nơi cư trú tổ chức hội nghị góp ý đảng viên năm {{year}}. Ban Thường trực Ủy ban MTTQ Việt Nam {{communeName}} thông báo ý kiến nhận xét của Nhân dân nơi cư trú đối với đồng chí {{name}}{{#position}}, {{position}}{{/position}}{{#unit}}, {{unit}}{{/unit}}, như sau:
        - Nhận xét chung: {{assessment}}.
        {{#opinions}}
        - Ý kiến góp ý: {{opinions}}
        {{/opinions}}
        Đề nghị {{to}} quan tâm, xem xét ý kiến trên khi nhận xét, đánh giá, xếp loại đảng viên cuối năm.
        Trân trọng./.
        """
}
