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
        // The scrypt cost is not taken from the environment: GIAMSAT_SCRYPT_LOG_N once lowered it for a real
        // database (issue 19); only the tests choose it, through the library (docs/security.md).
        if changePassphrase {
            guard let old = Passphrase.read(SafetyText.currentPassphrase, lang: lang) else {
                throw CLIError(text: SafetyText.passphraseNoTerminal("GIAMSAT_PASSPHRASE"), isUsage: true)
            }
            let new = try Passphrase.new(lang: lang, variable: "GIAMSAT_NEW_PASSPHRASE")
            try database.changePassphrase(from: old, to: new, by: global.user(database))
            print(SafetyText.passphraseChanged.text(lang))
            return
        }
        if try database.isProtected() {
            // Already on: what is left to do is finishing a rewrite a full disk stopped, and the old backups.
            var didSomething = false
            if try database.protectionUnfinished() {
                do { try database.finishProtection() } catch GiamSatError.diskFull {
                    throw GiamSatError.protectedNotScrubbed(count: 0)
                }
                print(SafetyText.protectionFinished.text(lang))
                didSomething = true
            }
            if deleteOldBackups {
                deleteBackupsInClear(lang)
                didSomething = true
            }
            if !didSomething { throw GiamSatError.alreadyProtected }
            return
        }
        print(SafetyText.lostPassphraseWarning.text(lang))
        let passphrase = try Passphrase.new(lang: lang, variable: "GIAMSAT_PASSPHRASE")
        let count = try database.protect(passphrase: passphrase, by: global.user(database))
        print(SafetyText.protected(count).text(lang))
        if deleteOldBackups {
            deleteBackupsInClear(lang)
        } else {
            let old = AppDatabase.backupsInClear(in: global.directory)
            if !old.isEmpty { print(SafetyText.oldBackupsInClear(old.count, global.directory.path + "/backups").text(lang)) }
        }
    }

    /// Backups made before `protect` hold identities in clear: judged by their content, so this works any day after.
    private func deleteBackupsInClear(_ lang: Lang) {
        let old = AppDatabase.backupsInClear(in: global.directory)
        var deleted = 0
        for path in old where AppDatabase.removeBackup(at: path) { deleted += 1 }
        print(SafetyText.oldBackupsDeleted(deleted).text(lang))
        if deleted < old.count { print(SafetyText.oldBackupsInClear(old.count - deleted, global.directory.path + "/backups").text(lang)) }
    }
}
