import Crypto
import Foundation

/// An attachment's content sealed to the database's public key, the same scheme as identities (`IdentitySeal`:
/// a fresh ephemeral X25519 key, HKDF-SHA256, ChaChaPoly), in bytes rather than text: `gsa1` ‖ ephemeral public key ‖
/// ChaChaPoly box. Sealing needs no passphrase; opening needs the unlocked private key.
enum AttachmentSeal {
    static let magic = Data("gsa1".utf8)
    static let info = Data("giamsat attachment v1".utf8)

    static func seal(_ plain: Data, to publicKey: Curve25519.KeyAgreement.PublicKey) throws -> Data {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let key = try IdentitySeal.derive(ephemeral.sharedSecretFromKeyAgreement(with: publicKey), ephemeral.publicKey, publicKey, info: info)
        return magic + ephemeral.publicKey.rawRepresentation + (try ChaChaPoly.seal(plain, using: key)).combined
    }

    static func open(_ sealed: Data, with privateKey: Curve25519.KeyAgreement.PrivateKey) throws -> Data {
        let bad = GiamSatError.badStoredValue(column: "attachment", value: "gsa1", expected: "sealed attachment")
        let body = sealed.dropFirst(magic.count)
        guard sealed.prefix(magic.count) == magic, body.count > 32 + 28,
              let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: body.prefix(32)),
              let box = try? ChaChaPoly.SealedBox(combined: body.dropFirst(32)) else { throw bad }
        let key = try IdentitySeal.derive(privateKey.sharedSecretFromKeyAgreement(with: ephemeral), ephemeral, privateKey.publicKey, info: info)
        guard let plain = try? ChaChaPoly.open(box, using: key) else { throw bad }
        return plain
    }
}
