import GiamSatCore

// What the residence-review screens ask of the store (see `Shell/StoreRequest.swift`).

struct LoadResidenceProgress: StoreRequest {
    let year: Int
    func run(_ context: StoreContext) throws -> [ResidenceProgress] { try context.database.residenceProgress(year: year) }
}

struct LoadResidenceGrid: StoreRequest {
    let year: Int
    let locality: String
    func run(_ context: StoreContext) throws -> ResidenceGrid { try context.database.residenceGrid(year: year, locality: locality) }
}

/// One review, saved as soon as its assessment or opinions are entered (new: version 0).
struct SaveReview: SaveRequest {
    let review: ResidenceReview
    let expectedVersion: Int
    var entity: Entity { .residenceReview }
    func run(_ context: StoreContext) throws -> (code: String, undo: UndoStep?) {
        (review.code, try context.database.saveReview(review, expectedVersion: expectedVersion, by: context.user))
    }
}

/// An official picked to be reviewed here: where they live and whether they are a party member.
struct LoadOfficial: StoreRequest {
    let code: String
    func run(_ context: StoreContext) throws -> Official {
        guard let official = try context.database.fetch(Official.self, code: code) else {
            throw GiamSatError.notFound(entity: .official, code: code)
        }
        return official
    }
}
