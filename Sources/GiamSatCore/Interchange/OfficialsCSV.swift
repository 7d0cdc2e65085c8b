import Foundation

/// The officials list as communes keep it in spreadsheets (docs/formats.md).
/// Headers may be the English keys or the Vietnamese column names, with or without accents;
/// values may be slugs or labels ("Người đứng đầu", "Nữ", "có").
public enum OfficialsCSV {
    /// Column key → accepted header names (folded).
    static let columns: [(key: String, names: [String])] = [
        ("code", ["code", "ma", "ma doi tuong", "ma so"]),
        ("fullName", ["fullname", "ho va ten", "ho ten"]),
        ("familyName", ["familyname", "ho"]),
        ("middleName", ["middlename", "ten dem", "dem", "ten lot"]),
        ("givenName", ["givenname", "ten"]),
        ("gender", ["gender", "gioi tinh"]),
        ("birthYear", ["birthyear", "nam sinh"]),
        ("position", ["position", "chuc vu"]),
        ("unit", ["unit", "co quan", "don vi", "co quan don vi"]),
        ("category", ["category", "doi tuong", "nhom", "loai doi tuong"]),
        ("partyMember", ["partymember", "dang vien"]),
        ("partyCell", ["partycell", "chi bo"]),
        ("residence", ["residence", "noi cu tru", "dia ban"]),
        ("status", ["status", "tinh trang"]),
    ]

    public static func read(_ data: Data, file: String) throws -> [Official] {
        let rows = try CSV.parse(data, file: file)
        guard let header = rows.first else { return [] }
        var index: [String: Int] = [:]
        for (position, name) in header.cells.enumerated() {
            let folded = VietnameseText.searchTokens(name).joined(separator: " ")
            guard let column = columns.first(where: { $0.names.contains(folded) }) else {
                throw GiamSatError.csv(file: file, line: header.line, problem: .unknownColumn(name))
            }
            // Two headers for one field ("code" twice, or "code" and "Mã"): which one holds the value is a guess.
            guard index[column.key] == nil else {
                throw GiamSatError.csv(file: file, line: header.line, problem: .duplicateColumn(name))
            }
            index[column.key] = position
        }
        for required in ["code", "category"] where index[required] == nil {
            throw GiamSatError.csv(file: file, line: header.line, problem: .missingColumn(required))
        }
        if index["fullName"] == nil && (index["familyName"] == nil || index["givenName"] == nil) {
            throw GiamSatError.csv(file: file, line: header.line, problem: .missingColumn("fullName | familyName + givenName"))
        }
        var errors: [RecordError] = []
        var officials: [Official] = []
        var codes: Set<String> = []
        for row in rows.dropFirst() {
            guard row.cells.count == header.cells.count else {
                throw GiamSatError.csv(file: file, line: row.line, problem: .wrongColumnCount(expected: header.cells.count, found: row.cells.count))
            }
            func cell(_ key: String) -> String { index[key].map { row.cells[$0] } ?? "" }
            let code = cell("code")
            func fail(_ field: String, _ problem: RecordProblem) {
                errors.append(RecordError(file: "\(file):\(row.line)", entity: .official, code: code.isEmpty ? nil : code, field: field, problem: problem))
            }
            if code.isEmpty { fail("code", .empty); continue }
            // As in a bundle: one code twice is refused, not imported as "added 1, updated 1" (issue 19).
            guard codes.insert(code).inserted else { fail("code", .duplicateCode); continue }
            var (family, middle, given) = (cell("familyName"), cell("middleName"), cell("givenName"))
            if index["fullName"] != nil && family.isEmpty && given.isEmpty {
                (family, middle, given) = splitFullName(cell("fullName"))
            }
            if family.isEmpty { fail("familyName", .empty); continue }
            if given.isEmpty { fail("givenName", .empty); continue }
            guard let category: OfficialCategory = value(cell("category")) else {
                fail("category", .unknownSlug(cell("category"), allowed: OfficialCategory.allSlugs)); continue
            }
            var gender: Gender?
            if !cell("gender").isEmpty {
                gender = value(cell("gender"))
                if gender == nil { fail("gender", .unknownSlug(cell("gender"), allowed: Gender.allSlugs)); continue }
            }
            var birthYear: Int?
            if !cell("birthYear").isEmpty {
                birthYear = Int(cell("birthYear"))
                guard let year = birthYear, Official.birthYears.contains(year) else { fail("birthYear", .wrongType(expected: "integer")); continue }
            }
            var status = OfficialStatus.dangCongTac
            if !cell("status").isEmpty {
                guard let parsed: OfficialStatus = value(cell("status")) else {
                    fail("status", .unknownSlug(cell("status"), allowed: OfficialStatus.allSlugs)); continue
                }
                status = parsed
            }
            let partyText = VietnameseText.fold(cell("partyMember"))
            let official = Official(code: code, familyName: family, middleName: middle, givenName: given, gender: gender,
                                      birthYear: birthYear, position: cell("position"), unit: cell("unit"), category: category,
                                      partyMember: ["true", "yes", "co", "x", "1", "dang vien"].contains(partyText),
                                      partyCell: cell("partyCell"), residence: cell("residence").isEmpty ? nil : cell("residence"),
                                      status: status)
            let invalid = official.validationErrors(file: "\(file):\(row.line)")
            if invalid.isEmpty { officials.append(official) } else { errors += invalid }
        }
        if !errors.isEmpty { throw GiamSatError.invalidRecords(errors) }
        return officials
    }

    /// A slug, or a Vietnamese or English label typed with or without accents.
    static func value<E: Slugged>(_ text: String) -> E? {
        if let exact = E(rawValue: text) { return exact }
        let folded = VietnameseText.searchTokens(text).joined(separator: " ")
        return E.allCases.first { item in
            [item.label.vi, item.label.en, item.rawValue].contains { VietnameseText.searchTokens($0).joined(separator: " ") == folded }
        }
    }

    /// "Nguyễn Văn Đình" → ("Nguyễn", "Văn", "Đình"): first word family, last word given.
    public static func splitFullName(_ name: String) -> (String, String, String) {
        let words = name.split(separator: " ").map(String.init)
        switch words.count {
        case 0: return ("", "", "")
        case 1: return ("", "", words[0])
        default: return (words[0], words.dropFirst().dropLast().joined(separator: " "), words[words.count - 1])
        }
    }
}
