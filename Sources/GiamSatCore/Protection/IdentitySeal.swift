import Crypto
import _CryptoExtras
import Foundation

/// How reporters' identities are sealed at rest once `protect` is on (docs/security.md).
///
/// A key pair per database: the public key seals (so saving and importing need no
/// passphrase), the private key opens and is itself sealed under a key derived from the
/// passphrase with scrypt and a random salt. ChaChaPoly's tag on the private key is the
/// key check: a wrong passphrase fails to open it, and says so.
public struct ProtectionHeader: Codable, Equatable, Sendable {
    public var version = 1
    public var kdf = "scrypt"
    /// scrypt cost: N = 2^logN, r, p. 2^15 × 8 needs 32 MiB and about a tenth of a second.
    public var logN: Int
    public var r: Int
    public var p: Int
    public var salt: String
    public var publicKey: String
    public var sealedPrivateKey: String

    public static let settingKey = "identity-protection"
    public static let defaultLogN = 15
    public static let minimumPassphrase = 10
    static let keyContext = Data("giamsat identity key v1".utf8)

    /// A new key pair, its private half sealed under `passphrase`.
    static func create(passphrase: String, logN: Int = defaultLogN) throws -> (ProtectionHeader, Curve25519.KeyAgreement.PrivateKey) {
        let privateKey = Curve25519.KeyAgreement.PrivateKey()
        let header = try sealing(privateKey, passphrase: passphrase, logN: logN)
        return (header, privateKey)
    }

    static func sealing(_ privateKey: Curve25519.KeyAgreement.PrivateKey, passphrase: String, logN: Int) throws -> ProtectionHeader {
        try PassphraseStrength.check(passphrase)
        let salt = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        var header = ProtectionHeader(logN: logN, r: 8, p: 1, salt: salt.base64EncodedString(),
                                      publicKey: privateKey.publicKey.rawRepresentation.base64EncodedString(), sealedPrivateKey: "")
        let box = try ChaChaPoly.seal(privateKey.rawRepresentation, using: try header.keyEncryptionKey(passphrase),
                                      authenticating: Self.keyContext + privateKey.publicKey.rawRepresentation)
        header.sealedPrivateKey = box.combined.base64EncodedString()
        return header
    }

    func keyEncryptionKey(_ passphrase: String) throws -> SymmetricKey {
        guard kdf == "scrypt", (10...22).contains(logN), let saltData = Data(base64Encoded: salt) else {
            throw GiamSatError.badStoredValue(column: "setting.\(Self.settingKey)", value: kdf, expected: "scrypt")
        }
        return try KDF.Scrypt.deriveKey(from: Data(VietnameseText.nfc(passphrase).utf8), salt: saltData, outputByteCount: 32,
                                        rounds: 1 << logN, blockSize: r, parallelism: p)
    }

    var publicKeyValue: Curve25519.KeyAgreement.PublicKey {
        get throws {
            guard let raw = Data(base64Encoded: publicKey) else {
                throw GiamSatError.badStoredValue(column: "setting.\(Self.settingKey)", value: "publicKey", expected: "base64")
            }
            return try Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
        }
    }

    /// The private key, or `wrongPassphrase`.
    func unlock(_ passphrase: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        guard let combined = Data(base64Encoded: sealedPrivateKey), let box = try? ChaChaPoly.SealedBox(combined: combined) else {
            throw GiamSatError.badStoredValue(column: "setting.\(Self.settingKey)", value: "sealedPrivateKey", expected: "base64")
        }
        let kek = try keyEncryptionKey(passphrase)
        guard let raw = try? ChaChaPoly.open(box, using: kek, authenticating: Self.keyContext + (try publicKeyValue).rawRepresentation) else {
            throw GiamSatError.wrongPassphrase
        }
        return try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    static func parse(_ text: String) throws -> ProtectionHeader {
        guard let header = try? JSONDecoder().decode(ProtectionHeader.self, from: Data(text.utf8)), header.version == 1 else {
            throw GiamSatError.badStoredValue(column: "setting.\(settingKey)", value: text, expected: "giamsat protection v1")
        }
        return header
    }
}

/// The least a passphrase must be: long enough, and not a sequence nobody has to guess (12345678, abcdefgh,
/// a key held down, a well-known password). scrypt makes each guess cost a tenth of a second; that is worth
/// little if the first guesses of every list are accepted (issue 19).
public enum PassphraseStrength {
    static let common: Set<String> = ["password", "matkhau", "mat khau", "qwerty", "qwertyuiop", "asdfghjkl", "iloveyou",
                                      "admin", "giamsat", "matkhau123", "password123", "12345678", "123456789", "1234567890"]

    static let runs = [String(repeating: "0123456789", count: 4), "qwertyuiopasdfghjklzxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm",
                       "1qaz2wsx3edc4rfv5tgb", "qazwsxedcrfvtgbyhnujmikolp"]

    public static func check(_ passphrase: String) throws {
        let text = VietnameseText.nfc(passphrase)
        guard text.count >= ProtectionHeader.minimumPassphrase else {
            throw GiamSatError.passphraseTooShort(minimum: ProtectionHeader.minimumPassphrase)
        }
        if isWeak(text) { throw GiamSatError.passphraseTooWeak }
    }

    /// One character repeated, a run up or down the alphabet or the digits (with a repeat of it: "abcabcabc"),
    /// a common password with digits around it, or fewer than four different characters.
    static func isWeak(_ text: String) -> Bool {
        let folded = text.lowercased()
        let scalars = folded.unicodeScalars.map(\.value)
        if Set(scalars).count < 4 { return true }
        let steps = zip(scalars.dropFirst(), scalars).map { Int($0) - Int($1) }
        if steps.allSatisfy({ abs($0) == 1 || $0 == 0 }) { return true }
        // Along the digits (wrapping: 7890123) or a keyboard row, forwards or backwards.
        let compact = String(folded.filter { $0 != " " })
        if runs.contains(where: { $0.contains(compact) || $0.contains(String(compact.reversed())) }) { return true }
        // A short run repeated: "abcabcabc", "123123123".
        for period in 1...4 where scalars.count % period == 0 && scalars.count > period {
            if (period..<scalars.count).allSatisfy({ scalars[$0] == scalars[$0 - period] }) { return true }
        }
        let letters = String(folded.unicodeScalars.filter { !CharacterSet.decimalDigits.contains($0) && $0 != " " })
        return common.contains(folded) || common.contains(letters) || common.contains(VietnameseText.fold(folded))
    }
}

/// One reporter sealed to the database's public key: `gs1:` + base64(ephemeral public key ‖ ChaChaPoly box).
/// Each seal uses a fresh ephemeral key, so the same identity never seals to the same text.
public enum IdentitySeal {
    public static let prefix = "gs1:"
    static let info = Data("giamsat reporter v1".utf8)

    public static func isSealed(_ text: String?) -> Bool { text?.hasPrefix(prefix) ?? false }

    static func seal(_ reporter: Feedback.Reporter, to publicKey: Curve25519.KeyAgreement.PublicKey) throws -> String {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let key = try derive(ephemeral.sharedSecretFromKeyAgreement(with: publicKey), ephemeral.publicKey, publicKey)
        let plain = try JSONSerialization.data(withJSONObject: [reporter.name, reporter.address, reporter.phone])
        let box = try ChaChaPoly.seal(plain, using: key)
        return prefix + (ephemeral.publicKey.rawRepresentation + box.combined).base64EncodedString()
    }

    static func open(_ sealed: String, with privateKey: Curve25519.KeyAgreement.PrivateKey) throws -> Feedback.Reporter {
        let bad = GiamSatError.badStoredValue(column: "reporter_name", value: String(sealed.prefix(12)), expected: "gs1:…")
        guard sealed.hasPrefix(prefix), let data = Data(base64Encoded: String(sealed.dropFirst(prefix.count))), data.count > 32 + 28,
              let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: data.prefix(32)),
              let box = try? ChaChaPoly.SealedBox(combined: data.dropFirst(32)) else { throw bad }
        let key = try derive(privateKey.sharedSecretFromKeyAgreement(with: ephemeral), ephemeral, privateKey.publicKey)
        guard let plain = try? ChaChaPoly.open(box, using: key),
              let fields = try? JSONSerialization.jsonObject(with: plain) as? [String], fields.count == 3 else { throw bad }
        return Feedback.Reporter(name: fields[0], address: fields[1], phone: fields[2])
    }

    /// The box key of one seal; `info` tells identities from attachments (`AttachmentSeal`).
    static func derive(_ secret: SharedSecret, _ ephemeral: Curve25519.KeyAgreement.PublicKey,
                       _ recipient: Curve25519.KeyAgreement.PublicKey, info: Data = info) throws -> SymmetricKey {
        secret.hkdfDerivedSymmetricKey(using: SHA256.self, salt: ephemeral.rawRepresentation + recipient.rawRepresentation,
                                       sharedInfo: info, outputByteCount: 32)
    }
}

/// Unlocked private keys of this process, by public key, so one passphrase opens many identities.
/// The passphrase comes from the caller (a prompt) or from `GIAMSAT_PASSPHRASE` (scripts, tests).
public final class Keyring: @unchecked Sendable {
    public static let shared = Keyring()
    private let lock = NSLock()
    private var keys: [String: Curve25519.KeyAgreement.PrivateKey] = [:]

    func cached(_ header: ProtectionHeader) -> Curve25519.KeyAgreement.PrivateKey? {
        lock.lock()
        defer { lock.unlock() }
        return keys[header.publicKey]
    }

    /// The private key: cached, or unlocked with `passphrase`, else with `GIAMSAT_PASSPHRASE`, else `passphraseNeeded`.
    func privateKey(_ header: ProtectionHeader, passphrase: String?,
                    environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Curve25519.KeyAgreement.PrivateKey {
        if let key = cached(header) { return key }
        guard let passphrase = passphrase ?? environment["GIAMSAT_PASSPHRASE"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw GiamSatError.passphraseNeeded
        }
        let key = try header.unlock(passphrase)
        lock.lock()
        keys[header.publicKey] = key
        lock.unlock()
        return key
    }

    func remember(_ key: Curve25519.KeyAgreement.PrivateKey, for header: ProtectionHeader) {
        lock.lock()
        keys[header.publicKey] = key
        lock.unlock()
    }

    /// Forgets every unlocked key (after a passphrase change, and in tests).
    public func forget() {
        lock.lock()
        keys = [:]
        lock.unlock()
    }
}
