import GRDB

extension Entity {
    public static let residenceReview = Entity(declaring: "residence-review")
}

extension ResidenceReview: KindRecord {
    /// No code of its own: the year and the official identify a review ("2024/DT-0007"), in two columns.
    static let kind = RecordKind(
        entity: .residenceReview, singular: KindText.residenceReviewNames.0, plural: KindText.residenceReviewNames.1,
        bundleKey: "residenceReviews", table: ResidenceReview.table, codeIsColumn: false,
        auditLabels: ["locality": KindText.locality, "assessment": KindText.assessment, "opinions": KindText.opinions],
        auditValue: RecordKind.slugLabels(["assessment": Assessment.self]),
        listing: KindListing(name: "reviews", header: CLIText.reviewsHeader, maxWidths: [1: 20, 3: 24, 5: 40], options: [.yearAndLocality],
                             showsFormerVillage: true) { database, request, row in
            // A commune's reviews of a year are a few hundred rows: one statement.
            for r in try database.residenceReviewLines(year: request.year, locality: request.locality, limit: request.filter.limit) {
                try row(.init([String(r.review.year), r.localityName, r.review.official, r.officialName, r.review.assessment.label(request.lang),
                               r.review.opinions], json: BundleWriter.residenceReview(r.review), locality: r.review.locality))
            }
        },
        record: ResidenceReview.self)

    /// Its code is made of its year and official: a merge maps the official, which gives the code.
    mutating func recode(_ code: String) {}

    static var readsCode: Bool { false }
    static func read(_ reader: inout FieldReader, dueDays: Int) throws -> ResidenceReview { try BundleReader.readResidenceReview(&reader) }
    func json(includeIdentities: Bool) -> JSONValue { BundleWriter.residenceReview(self) }
    var references: [RecordReference] { [RecordReference("locality", .locality, locality), RecordReference("official", .official, official)] }

    /// By year, then official.
    static func forEachInBundleOrder(_ db: Database, _ body: (ResidenceReview) throws -> Void) throws {
        let keys = try Row.fetchCursor(db, sql: "SELECT year, official FROM residence_review ORDER BY year, official")
        while let row = try keys.next() {
            if let review = try fetch(db, code: "\(try row.integer(at: 0))/\(try row.text(at: 1))") { try body(review) }
        }
    }

    /// Not walked by `check` (as before this description): the foreign keys hold its references.
    static func checkAll(_ db: Database) throws -> [CheckProblem] { [] }

    mutating func remapReferences(_ map: CodeMap, unknown: (String, Entity, String) -> Void) {
        remap(&locality, .locality, map, "locality", unknown)
        remap(&official, .official, map, "official", unknown)
    }
}

extension CaseBundle {
    public var residenceReviews: [ResidenceReview] {
        get { self[ResidenceReview.self] }
        set { self[ResidenceReview.self] = newValue }
    }
}
