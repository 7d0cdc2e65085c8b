import ArgumentParser
import Foundation
import GiamSatCore

/// `protect`: seals reporters' identities under a passphrase; `--change-passphrase` changes it.
struct ProtectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protect",
        abstract: "Mã hóa danh tính người phản ánh bằng mật khẩu / encrypt reporters' identities with a passphrase.",
        discussion: """
            Tên, địa chỉ, điện thoại người phản ánh được mã hóa trong tệp dữ liệu và các bản sao lưu sau đó; danh sách, \
            tìm kiếm, số liệu vẫn dùng được không cần mật khẩu; chỉ khi xem danh tính hoặc xuất kèm danh tính mới hỏi. \
            QUÊN MẬT KHẨU LÀ MẤT DANH TÍNH: không ai khôi phục được. Mật khẩu lấy từ GIAMSAT_PASSPHRASE \
            (mật khẩu mới khi đổi: GIAMSAT_NEW_PASSPHRASE) hoặc gõ khi được hỏi.
            Reporters' names, addresses and phones are encrypted in the data file and in later backups; lists, search \
            and tallies work without the passphrase, which is asked only to reveal or export identities. \
            A LOST PASSPHRASE MEANS LOST IDENTITIES: nobody can recover them. The passphrase comes from \
            GIAMSAT_PASSPHRASE (the new one when changing: GIAMSAT_NEW_PASSPHRASE) or is typed when asked.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Đổi mật khẩu / change the passphrase.") var changePassphrase = false
    @Flag(help: "Xóa các bản sao lưu cũ còn danh tính chưa mã hóa / delete older backups that hold identities in clear.")
    var deleteOldBackups = false

    func run() throws {
        let lang = global.language
        let database = try global.open()
        let logN = ProcessInfo.processInfo.environment["GIAMSAT_SCRYPT_LOG_N"].flatMap(Int.init).map { min(max($0, 10), 22) }
            ?? ProtectionHeader.defaultLogN
        if changePassphrase {
            guard let old = Passphrase.read(SafetyText.currentPassphrase, lang: lang) else {
                throw CLIError(text: SafetyText.passphraseNoTerminal("GIAMSAT_PASSPHRASE"), isUsage: true)
            }
            let new = try Passphrase.new(lang: lang, variable: "GIAMSAT_NEW_PASSPHRASE")
            try database.changePassphrase(from: old, to: new, by: global.user(database), logN: logN)
            print(SafetyText.passphraseChanged.text(lang))
            return
        }
        if try database.isProtected() { throw GiamSatError.alreadyProtected }
        print(SafetyText.lostPassphraseWarning.text(lang))
        let passphrase = try Passphrase.new(lang: lang, variable: "GIAMSAT_PASSPHRASE")
        let before = Date()
        let count = try database.protect(passphrase: passphrase, by: global.user(database), logN: logN)
        print(SafetyText.protected(count).text(lang))
        // Backups made before hold identities in clear.
        let folder = global.directory.path + "/backups"
        let old = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".sqlite") }.sorted().filter {
            let modified = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.modificationDate] as? Date) ?? nil
            return (modified ?? .distantPast) < before
        }
        guard !old.isEmpty else { return }
        if deleteOldBackups {
            for name in old { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
            print(SafetyText.oldBackupsDeleted(old.count).text(lang))
        } else {
            print(SafetyText.oldBackupsInClear(old.count, folder).text(lang))
        }
    }
}
