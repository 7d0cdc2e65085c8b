import GiamSatCore

/// The kinds of document the office sends, with the symbol each takes in its number (Nghị định 30/2020/NĐ-CP,
/// appendix III: a công văn has no kind in its symbol, "12/MTTQ-BTT", the others do, "12/BC-MTTQ-BTT").
public enum DocumentKind: String, CaseIterable, Sendable {
    case report = "BC", plan = "KH", decision = "QĐ", notice = "TB", letter = "CV", forwarding = "PC", receipt = "GBN"

    public var symbol: String { rawValue }

    /// "12/BC-MTTQ-BTT"; a letter "12/MTTQ-BTT". A document not numbered yet leaves room for the number.
    public func number(_ number: Int?, suffix: String) -> String {
        // Numbers below 10 take a leading zero (Nghị định 30/2020/NĐ-CP, appendix I): "05/BC-MTTQ-BTT".
        let n = number.map(OutgoingDocument.numberText) ?? "      "
        return self == .letter ? "\(n)/\(suffix)" : "\(n)/\(symbol)-\(suffix)"
    }

    public var label: Localized {
        switch self {
        case .report: return DocumentText.kindReport
        case .plan: return DocumentText.kindPlan
        case .decision: return DocumentText.kindDecision
        case .notice: return DocumentText.kindNotice
        case .letter: return DocumentText.kindLetter
        case .forwarding: return DocumentText.kindForwarding
        case .receipt: return DocumentText.kindReceipt
        }
    }
}

/// How dates and numbers stand in a Vietnamese administrative document.
public enum DocumentFormat {
    /// "Tân Hòa, ngày 02 tháng 12 năm 2026": days 1–9 and months 1–2 with a leading zero (Nghị định 30/2020/NĐ-CP).
    public static func placeAndDate(_ place: String, _ date: LocalDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "\(place.isEmpty ? "" : place + ", ")ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// "25.208": thousands grouped with dots, as Vietnamese documents write them.
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "." }
            out.append(character)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "02/12/2026", or "" for no date.
    public static func date(_ date: LocalDate?) -> String { date?.vietnamese ?? "" }
}
