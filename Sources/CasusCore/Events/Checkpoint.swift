import Crypto
import Foundation

/// A board's signature over the chains at one moment: the event chain's head and the audit log's
/// head, signed with an Ed25519 key that is kept outside the database. Whoever holds the
/// database file can rewrite both chains and recompute every SHA-256, but without the key cannot
/// sign the rewritten heads: `casus verify --key` checks the latest checkpoint against the
/// chains, so a rewrite or a cut tail before it is found. Events after it are covered only by
/// the next checkpoint. The checkpoint is itself an event (so it travels with the chain), and
/// `casus checkpoint sign` prints its line for the board to keep elsewhere too.
public struct Checkpoint: Sendable, Hashable {
    public var event: ChainHead
    public var audit: ChainHead
    /// On a server, the head of its own log of reads (`access_log`): signed too, so a tail cut by
    /// the database's administrator is found (a review cut it unnoticed). nil where the store keeps
    /// no such log (personal mode), and in a checkpoint signed before (its message is v1).
    public var access: ChainHead?
    public var at: Timestamp
    /// The signer's public key: 32 bytes, base64.
    public var publicKey: String
    /// The Ed25519 signature over `message`, base64.
    public var signature: String

    public init(
        event: ChainHead, audit: ChainHead, access: ChainHead? = nil, at: Timestamp, publicKey: String,
        signature: String
    ) {
        self.event = event
        self.audit = audit
        self.access = access
        self.at = at
        self.publicKey = publicKey
        self.signature = signature
    }

    /// What is signed (docs/EVENTS.md): fixed lines, no free text; v2 with the log of reads' head.
    public var message: [UInt8] {
        let heads = "event:\(event.seq):\(event.hash)\naudit:\(audit.seq):\(audit.hash)\n"
        let tail = "at:\(at.iso)\nkey:\(publicKey)\n"
        guard let access else { return Array(("casus-checkpoint-v1\n" + heads + tail).utf8) }
        return Array(("casus-checkpoint-v2\n" + heads + "access:\(access.seq):\(access.hash)\n" + tail).utf8)
    }

    public static func sign(
        event: ChainHead, audit: ChainHead, access: ChainHead? = nil, at: Timestamp, with key: CheckpointKey.Private
    ) throws -> Checkpoint {
        var c = Checkpoint(
            event: event, audit: audit, access: access, at: at, publicKey: key.publicKey, signature: "")
        c.signature = Data(try key.key.signature(for: c.message)).base64EncodedString()
        return c
    }

    /// Whether the signature is this key's, over these heads.
    public func isSigned(by key: CheckpointKey.Public) -> Bool {
        guard key.base64 == publicKey, let sig = Data(base64Encoded: signature) else { return false }
        return key.key.isValidSignature(sig, for: message)
    }

    /// Whether the signature is the key's it names, over these heads: what anybody can check
    /// without the board's key file. casus never writes one that is not: one that is not was made
    /// outside casus (a director's own client put one under the board's public key with a
    /// signature of nothing, and `verify --key` then checked that one instead of the board's).
    public var isSignedByItsKey: Bool { ownKey.map(isSigned(by:)) ?? false }

    /// The public key the checkpoint names (nil: none that is a key).
    public var ownKey: CheckpointKey.Public? {
        guard let data = Data(base64Encoded: publicKey),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: data)
        else { return nil }
        return CheckpointKey.Public(key: key)
    }

    /// The line the board keeps (and `verify --against` reads back).
    public var line: Phrase {
        let heads = "\(event.seq) \(event.hash), audit \(audit.seq) \(audit.hash), "
        let tail = "\(at.iso), \(publicKey), \(signature)"
        let nl = access.map { "toegang \($0.seq) \($0.hash), " } ?? ""
        let en = access.map { "access \($0.seq) \($0.hash), " } ?? ""
        return Phrase("casus-ijkpunt: gebeurtenis " + heads + nl + tail, "casus checkpoint: event " + heads + en + tail)
    }

    public static func find(in text: String) -> [Checkpoint] {
        let flat = Seal.flattened(text)
        let pattern =
            "casus(?:-ijkpunt| checkpoint): (?:gebeurtenis|event) (\\d+) ([0-9a-f]{64}), audit (\\d+) ([0-9a-f]{64}), (?:(?:toegang|access) (\\d+) ([0-9a-f]{64}), )?(\\S+), ([A-Za-z0-9+/=]{44}), ([A-Za-z0-9+/=]{88})"
        guard let regex = try? Regex(pattern) else { return [] }
        return flat.matches(of: regex).compactMap { m in
            func part(_ i: Int) -> String { m.output[i].substring.map(String.init) ?? "" }
            guard let e = Int64(part(1)), let a = Int64(part(3)), let at = Timestamp(iso: part(7)) else { return nil }
            return Checkpoint(
                event: ChainHead(seq: e, hash: part(2)), audit: ChainHead(seq: a, hash: part(4)),
                access: Int64(part(5)).map { ChainHead(seq: $0, hash: part(6)) }, at: at, publicKey: part(8),
                signature: part(9))
        }
    }
}

/// Ed25519 keys for checkpoints, as text files: one line, a word that says which key it is and the
/// base64 of the raw 32 bytes. Both keys are 32 bytes: with base64 alone, `sign --key k.pub` signed
/// with the public key read as a secret one, and the board kept a line no key of theirs checks (a
/// review). Files of one bare base64 line (made before) are still read.
public enum CheckpointKey {
    static let secretWord = "casus-ed25519-geheim"
    static let publicWord = "casus-ed25519-publiek"

    /// A key file's line.
    public static func secretFileText(_ key: Private) -> String { "\(secretWord) \(key.base64)\n" }
    public static func publicFileText(_ key: Private) -> String { "\(publicWord) \(key.publicKey)\n" }

    public struct Private: Sendable {
        let key: Curve25519.Signing.PrivateKey
        public var publicKey: String { key.publicKey.rawRepresentation.base64EncodedString() }
        public var base64: String { key.rawRepresentation.base64EncodedString() }
        public static func generate() -> Private { Private(key: .init()) }
    }

    public struct Public: Sendable {
        let key: Curve25519.Signing.PublicKey
        public var base64: String { key.rawRepresentation.base64EncodedString() }
    }

    public static func privateKey(text: String, file: String) throws -> Private {
        let line = text.trimmed
        if line.hasPrefix(publicWord) || (!line.hasPrefix(secretWord) && file.hasSuffix(".pub")) {
            throw CasusError.invalid(
                "\(file) is de publieke sleutel; tekenen gaat met de geheime",
                "\(file) is the public key; signing takes the secret one",
                hint: Phrase(
                    "Geef het geheime bestand uit `casus checkpoint keygen --out BESTAND` (BESTAND, zonder .pub). Er is niets getekend.",
                    "Give the secret file from `casus checkpoint keygen --out FILE` (FILE, without .pub). Nothing was signed."
                ))
        }
        guard let data = Data(base64Encoded: String(line.dropPrefix(secretWord)).trimmed),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data)
        else { throw bad(file, "geheime", "private") }
        return Private(key: key)
    }

    public static func publicKey(text: String, file: String) throws -> Public {
        let line = text.trimmed
        if line.hasPrefix(secretWord) {
            throw CasusError.invalid(
                "\(file) is de geheime sleutel; controleren gaat met de publieke (\(file).pub)",
                "\(file) is the secret key; checking takes the public one (\(file).pub)",
                hint: Phrase(
                    "Geef BESTAND.pub. De geheime sleutel hoort niet op de computer met de database.",
                    "Give FILE.pub. The secret key does not belong on the computer with the database."))
        }
        guard let data = Data(base64Encoded: String(line.dropPrefix(publicWord)).trimmed),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: data)
        else { throw bad(file, "publieke", "public") }
        return Public(key: key)
    }

    static func bad(_ file: String, _ nl: String, _ en: String) -> CasusError {
        CasusError.invalid(
            "\(file) is geen \(nl) Ed25519-sleutel (één regel base64 van 32 bytes)",
            "\(file) is not an Ed25519 \(en) key (one line of base64 of 32 bytes)",
            hint: Phrase(
                "Maak een sleutelpaar met `casus checkpoint keygen --out BESTAND`.",
                "Make a key pair with `casus checkpoint keygen --out FILE`."))
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> Substring {
        hasPrefix(prefix) ? dropFirst(prefix.count) : Substring(self)
    }
}
