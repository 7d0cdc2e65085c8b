import GiamSatCore

/// The first run's one write: the database of the empty data folder, created and filled from the setup (or the
/// sample bundle imported) only when the user confirms. The setup screen runs before there is a database, so this
/// request names its folder rather than using the runner's store; a refusal leaves the folder empty.
struct CreateCommuneData: SaveRequest {
    let directory: String
    let setup: CommuneSetup?
    /// A bundle to import instead (the sample commune).
    let sample: String?

    var entity: Entity { .commune }

    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        let folder = DataDirectory(path: directory)
        let code = try AppDatabase.create(in: folder) { database -> String in
            if let sample {
                _ = try database.importFiles([sample], by: context.user)
            } else if let setup {
                try database.setUp(setup, by: setup.staffName.isEmpty ? context.user : VietnameseText.line(setup.staffName))
            }
            return try database.commune()?.name ?? ""
        }
        return (code, nil)
    }
}
