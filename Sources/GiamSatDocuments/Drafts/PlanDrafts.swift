import GiamSatCore

/// The plan, the decision forming its team and the results report, from a plan's record.
extension AppDatabase {
    public func planDraft(_ template: DocumentTemplate, code: String, today: LocalDate = .today()) throws -> Draft {
        let record = try planRecord(code: code)
        let plan = record.plan
        let communeName = try commune()?.name ?? ""
        var officials: [String: Official] = [:]
        for s in plan.supervised { officials[s.official] = try fetch(Official.self, code: s.official) }
        var c: [String: Any] = [
            "communeName": communeName,
            "code": plan.code,
            "title": plan.title,
            "titleLower": Values.lowerFirst(plan.title),
            // What is supervised, for "Đoàn giám sát …" and "Kết quả giám sát …": a title that starts "Giám sát" already
            // says it ("Giám sát việc …" → "việc …").
            "subject": Self.subject(plan.title),
            "basis": Values.paragraphs(plan.basis),
            "planNumber": plan.documentNumber,
            "planIssuedOn": DocumentFormat.date(plan.issuedOn),
            "teamNumber": plan.team.decisionNumber,
            "type": Values.lowerFirst(plan.type.label.vi),
            "form": Values.upperFirst(plan.form.label.vi),
            "contents": plan.contents.map { Values.upperFirst($0.label.vi) },
            "contentsText": plan.contents.map { Values.lowerFirst($0.label.vi) }.joined(separator: "; "),
            "targetUnits": plan.targetUnits,
            "startOn": DocumentFormat.date(plan.startOn),
            "endOn": DocumentFormat.date(plan.endOn),
            "lead": plan.team.lead,
            "members": Values.list(plan.team.members.map { ["name": $0.name, "organization": $0.organization] }),
            "hasTeam": !plan.team.lead.isEmpty || !plan.team.members.isEmpty,
            "supervisedCount": plan.supervised.count,
        ]
        c["supervised"] = Values.list(plan.supervised.map { s in
            let official = officials[s.official]
            let parts = s.parts
            return ["name": official?.fullName ?? record.officialNames[s.official] ?? s.official,
                    "position": official?.position ?? "", "unit": official?.unit ?? "",
                    "strengths": parts.strengths, "shortcomings": parts.shortcomings,
                    "hasFindings": !s.findings.isEmpty] as [String: Any]
        })
        var recommendations: [[String: Any]] = []
        for linked in record.recommendations {
            guard let r = try fetch(Recommendation.self, code: linked.code) else { continue }
            recommendations.append(["to": r.to, "sentOn": r.sentOn.vietnamese, "content": r.content, "code": r.code])
        }
        c["recommendations"] = Values.list(recommendations)
        let stem: String
        let title: String
        var recipients: [String] = []
        switch template {
        case .team:
            stem = "quyet-dinh-doan-" + plan.code
            title = "Quyết định thành lập Đoàn giám sát " + Self.subject(plan.title)
            recipients = ["Như Điều 3"]
        case .results:
            stem = "bao-cao-ket-qua-" + plan.code
            title = "Báo cáo kết quả giám sát " + Self.subject(plan.title)
            recipients = plan.targetUnits
        default:
            stem = "ke-hoach-" + plan.code
            title = "Kế hoạch " + Values.lowerFirst(plan.title)
            recipients = plan.targetUnits
        }
        return Draft(template: template, context: c, tables: [], recipients: recipients, title: title, source: plan.code,
                     date: today, fileStem: stem)
    }

    static func subject(_ title: String) -> String {
        let lower = Values.lowerFirst(title)
        return lower.hasPrefix("giám sát ") ? String(lower.dropFirst("giám sát ".count)) : lower
    }
}
