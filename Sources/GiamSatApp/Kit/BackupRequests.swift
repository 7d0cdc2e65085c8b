import Foundation
import GiamSatCore

/// "Sao lưu ngay" from the palette, on any screen (issue 17): the same backup as `giamsat-tui backup`, beside the
/// database, never over an earlier one. Answered with its path.
struct BackupNow: StoreRequest {
    func run(_ context: StoreContext) throws -> String {
        guard let file = context.database.path else { throw GiamSatError.notInitialized(path: ":memory:") }
        return try context.database.backupNow(in: DataDirectory(path: (file as NSString).deletingLastPathComponent), today: context.today)
    }
}
