import GRDB

extension AppDatabase {
    /// What a merge takes besides the files: when and by which resolution the units were merged (for units not
    /// listed yet), and which officials are the same person.
    public struct MergeOptions: Sendable {
        public var mergedOn: LocalDate?
        public var resolution: String
        public var joins: [OfficialJoin]
        /// Lines of the mapping file that could not be read: refused with the rest.
        public var joinProblems: [MergeProblem]

        public init(mergedOn: LocalDate? = nil, resolution: String = "", joins: [OfficialJoin] = [], joinProblems: [MergeProblem] = []) {
            self.mergedOn = mergedOn
            self.resolution = resolution
            self.joins = joins
            self.joinProblems = joinProblems
        }
    }

    /// Merges former communes into this one, all or nothing. A dry run writes everything inside a transaction it
    /// then rolls back, so it finds every problem a real run would. With problems, nothing is written and the plan
    /// lists them (`applied` false).
    public func mergeCommunes(_ sources: [MergeSource], options: MergeOptions, by user: String, dryRun: Bool) throws -> MergePlan {
        struct Refused: Error { let plan: MergePlan }
        let files = dryRun ? nil : try? attachmentFiles()
        var written: Set<String> = []
        let body = { (db: Database) throws -> MergePlan in
            var merger = try CommuneMerger(db: db, options: options, user: user, path: self.path)
            let plan = try merger.run(sources)
            if !plan.refused.isEmpty { throw Refused(plan: plan) }
            // Attachments follow their records to the codes the merge gave them (issue 21).
            for source in sources {
                guard let index = source.attachments, let unit = source.bundle.commune?.code else { continue }
                _ = try Self.importAttachments(index, into: files, by: user, file: source.file, code: { entity, former in
                    try Self.mergedCode(entity, unit: unit, formerCode: former, db)
                }, written: &written, db)
            }
            return plan
        }
        do {
            var plan = dryRun ? try self.dryRun(body) : try write(body)
            if dryRun { removeUnwritten(written) }
            plan.applied = !dryRun
            return plan
        } catch let refused as Refused {
            removeUnwritten(written)
            return refused.plan
        } catch {
            removeUnwritten(written)
            throw error
        }
    }
}
