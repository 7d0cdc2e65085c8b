import GiamSatCore

/// How the screens name where a merged record came from (issue 12): a former unit's short name and initials
/// for a list's narrow column, and the whole line for a record's page and a list's footer.
struct OriginLabels {
    let units: [FormerUnit]

    init(_ units: [FormerUnit]) { self.units = units }
    init(_ env: ScreenEnv) { units = env.settings.formerUnits }

    /// The database has former units: only then do lists get the column and the filter, so a commune never
    /// merged looks exactly as before.
    var isEmpty: Bool { units.isEmpty }

    func unit(_ code: String) -> FormerUnit? { units.first { $0.code == code } }

    /// "Xã Tân Phú" → "Tân Phú": the kind of unit is the same for all and takes room a column does not have.
    func shortName(_ code: String) -> String {
        guard let name = unit(code)?.name else { return code }
        for prefix in ["Thị trấn ", "Phường ", "Đặc khu ", "Xã "] where name.hasPrefix(prefix) && name.count > prefix.count {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// "TP" for Tân Phú. Where two units' initials are the same, the last word gives two letters (Vị Thắng "VTh",
    /// Vĩnh Tường "VTư"), and a digit is added if that is not enough.
    func initials(_ code: String) -> String {
        func letters(_ code: String, long: Bool) -> String {
            let words = shortName(code).split(separator: " ")
            let heads = words.compactMap(\.first).map { String($0).uppercased() }
            guard long, let last = words.last, last.count > 1 else { return heads.joined() }
            return heads.dropLast().joined() + String(last.prefix(2))
        }
        for long in [false, true] {
            let mine = letters(code, long: long)
            let same = units.filter { letters($0.code, long: long) == mine }
            if same.count == 1 { return mine }
            if long, let index = same.firstIndex(where: { $0.code == code }) { return mine + String(index + 1) }
        }
        return letters(code, long: false)
    }

    /// A list's cell: the short names (wide) or initials of the units a record came from; empty for the commune's own.
    func cell(_ origins: [RecordOrigin], wide: Bool) -> String {
        origins.map { wide ? shortName($0.formerUnit) : initials($0.formerUnit) }.joined(separator: ",")
    }

    /// "Xã Tân Phú (mã cũ PA-2024-0001)"; a locality adds the name it had ("tên cũ Ấp 1").
    func line(_ origin: RecordOrigin, _ env: ScreenEnv) -> String {
        var details = ["\(env.text(T.formerCode)) \(origin.formerCode)"]
        if !origin.formerName.isEmpty { details.append("\(env.text(T.formerName)) \(origin.formerName)") }
        return "\(unit(origin.formerUnit)?.name ?? origin.formerUnit) (\(details.joined(separator: ", ")))"
    }

    /// What the list's origin filter is set to: "Xã cũ: tất cả", "Xã cũ: của xã nay", "Xã cũ: Tân Phú".
    func summary(_ filter: OriginFilter?, _ env: ScreenEnv) -> String {
        let value: String
        switch filter {
        case nil: value = env.text(T.all)
        case .own?: value = env.text(T.ownRecords)
        case .unit(let code)?: value = shortName(code)
        }
        return "\(env.text(T.formerUnitColumn)): \(value)"
    }
}
