import Foundation
import GiamSatCore

// What the officials screens ask of the store (see `Shell/StoreRequest.swift`).

/// An official's page: one read of everything on file about them.
struct LoadOfficialPage: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> OfficialPage { try context.database.officialPage(code: code) }
}

/// The units and localities the officials list filters by.
struct OfficialFilters: StoreRequest {
    func run(_ context: StoreContext) throws -> OfficialFilterChoices { try context.database.officialFilterChoices() }
}

/// Officials whose name or code matches what is typed (the officials picker), as typed when asked.
struct SearchOfficials: StoreRequest {
    let query: String
    func run(_ context: StoreContext) throws -> [OfficialRow] {
        var request = OfficialListRequest()
        request.query = query
        request.limit = 50
        return try request.page(in: context.database).rows
    }
}

/// A blank official: the next free code and the localities to choose from.
struct OfficialDraft: StoreRequest {
    func run(_ context: StoreContext) throws -> WithLocalities<String> {
        WithLocalities(value: try context.database.nextOfficialCode(), localities: try context.database.localities())
    }
}

/// An official to edit, with the localities to choose from.
struct OfficialToEdit: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> WithLocalities<Official> {
        guard let official = try context.database.fetch(Official.self, code: code) else {
            throw GiamSatError.notFound(entity: .official, code: code)
        }
        return WithLocalities(value: official, localities: try context.database.localities())
    }
}

/// An official is saved through the officials' own writes, which check the residence.
extension Official: FormRecord {
    static func saveNew(_ record: Official, in database: AppDatabase, by user: String) throws -> String {
        try database.saveNew(record, by: user)
    }
    static func saveEdit(_ record: Official, expectedVersion: Int, in database: AppDatabase, by user: String) throws -> UndoStep? {
        try database.saveEdit(record, expectedVersion: expectedVersion, by: user)
    }
}

/// Archives an official (or restores one): they leave lists and pickers, their records stay.
struct ArchiveOfficial: SaveRequest {
    let code: String
    let version: Int
    let archived: Bool
    var entity: Entity { .official }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (code, try context.database.setArchived(archived, official: code, version: version, by: context.user))
    }
}

/// An officials CSV (docs/formats.md) at `path` (as `PastedPath` cleaned it): checked with nothing written when
/// `dryRun`, else imported in one transaction.
struct ImportOfficials: StoreRequest {
    let path: String
    let dryRun: Bool
    func run(_ context: StoreContext) throws -> ImportReport {
        guard (path as NSString).pathExtension.lowercased() == "csv" else { throw GiamSatError.unknownFileType(file: path) }
        var bundle = CaseBundle()
        bundle.officials = try context.database.keepingStoredFlags(try OfficialsCSV.read(try Files.read(path), file: path))
        return try context.database.importBundles([(path, bundle)], by: context.user, dryRun: dryRun)
    }
}
