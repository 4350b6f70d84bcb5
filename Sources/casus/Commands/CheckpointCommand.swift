import ArgumentParser
import CasusCore
import Foundation

/// `casus checkpoint`: a board signs the chains' heads with a key kept outside the database.
struct CheckpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: .nl(
            "Ondertekende ijkpunten: de koppen van de ketens getekend met een sleutel buiten de database.",
            en: "Signed checkpoints: the chains' heads signed with a key kept outside the database."),
        subcommands: [Keygen.self, Sign.self, List.self])

    /// `casus checkpoint keygen --out FILE`: FILE (0600, secret) and FILE.pub.
    struct Keygen: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "keygen",
            abstract: .nl(
                "Maak een Ed25519-sleutelpaar: BESTAND (geheim, 0600) en BESTAND.pub (publiek).",
                en: "Make an Ed25519 key pair: FILE (secret, 0600) and FILE.pub (public)."))
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl(
                "Het geheime sleutelbestand; de publieke sleutel komt in BESTAND.pub.",
                en: "The secret key file; the public key goes into FILE.pub.")) var out: String

        func run(_ ctx: Context) throws {
            try PrivateFile.checkCanCreate(out + ".pub")
            let key = CheckpointKey.Private.generate()
            try PrivateFile.write(CheckpointKey.secretFileText(key), to: out)
            try PrivateFile.write(CheckpointKey.publicFileText(key), to: out + ".pub")
            _ = try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: out + ".pub")
            Output.line(
                Phrase(
                    "Sleutelpaar gemaakt. Geheim: \(out) (bewaar het buiten deze computer). Publiek: \(out).pub",
                    "Key pair made. Secret: \(out) (keep it off this computer). Public: \(out).pub")(ctx.lang))
            Output.line(key.publicKey)
        }
    }

    struct Sign: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "sign",
            abstract: .nl(
                "Teken de koppen van de gebeurtenisketen en het auditlog nu; de regel die het toont bewaart het bestuur elders.",
                en:
                    "Sign the heads of the event chain and the audit log now; the board keeps the line it shows elsewhere."
            ))
        @OptionGroup var global: GlobalOptions
        @Option(
            help: .nl(
                "Het geheime sleutelbestand (uit `casus checkpoint keygen`).",
                en: "The secret key file (from `casus checkpoint keygen`).")) var key: String

        func run(_ ctx: Context) throws {
            let k = try CheckpointKey.privateKey(text: try readKeyFile(key), file: key)
            try requireSecretKeyFile(key)
            let c = try ctx.service().integrity.signCheckpoint(with: k).value
            Output.line(c.line(ctx.lang))
        }
    }

    struct List: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: .nl("De ijkpunten in de keten, oudste eerst.", en: "The checkpoints in the chain, oldest first."))
        @OptionGroup var global: GlobalOptions
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        /// A checkpoint as `--json` gives it: the event that keeps it, when, the two heads it signs,
        /// the key and the signature (what a board's own check of its signatures needs).
        struct CheckpointJSON: Encodable {
            var keptAtEvent: Int64
            var at: String
            var eventHead: ChainHead
            var auditHead: ChainHead
            var publicKey: String
            var signature: String
            /// Whether the signature is the named key's (false: made outside casus; counts for nothing).
            var signatureHolds: Bool
            var savedBy: String
        }

        func run(_ ctx: Context) throws {
            let all = try ctx.service().integrity.checkpoints()
            if json {
                return try Output.json(
                    all.map { seq, c, account in
                        CheckpointJSON(
                            keptAtEvent: seq, at: c.at.iso, eventHead: c.event, auditHead: c.audit,
                            publicKey: c.publicKey, signature: c.signature, signatureHolds: c.isSignedByItsKey,
                            savedBy: account)
                    })
            }
            if all.isEmpty {
                Output.line(Phrase("Er zijn nog geen ijkpunten.", "There are no checkpoints yet.")(ctx.lang))
            }
            for (seq, c, account) in all {
                guard c.isSignedByItsKey else {
                    Output.line(CheckpointText.falseOne(seq: seq, c, account: account)(ctx.lang))
                    continue
                }
                Output.line(
                    Phrase("gebeurtenis \(seq), \(c.at.dutch()): ", "event \(seq), \(c.at.dutch()): ")(ctx.lang)
                        + c.line(ctx.lang))
            }
        }
    }
}

/// A key file's text.
func readKeyFile(_ path: String) throws -> String {
    // What is wrong said plainly, as for every file a command reads (random bytes said "kan het
    // sleutelbestand niet lezen" with no hint, a review).
    do { return try InputFile.text(path, kind: .key) } catch let e as CasusError {
        throw CasusError(
            e.kind, Phrase("sleutelbestand: ", "key file: ") + e.message,
            hint: Phrase(
                "Een sleutelbestand is wat `casus checkpoint keygen` maakte. Er is niets veranderd.",
                "A key file is what `casus checkpoint keygen` made. Nothing was changed."))
    }
}

/// A secret key others may read is refused (one readable by everyone on the machine was used
/// without a word, a review).
func requireSecretKeyFile(_ path: String) throws {
    guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
        mode & 0o077 != 0
    else { return }
    throw CasusError(
        .refused,
        Phrase(
            "de geheime sleutel \(path) is door anderen te lezen (rechten \(String(mode & 0o777, radix: 8))); er is niets getekend",
            "the secret key \(path) can be read by others (mode \(String(mode & 0o777, radix: 8))); nothing was signed"),
        hint: Phrase(
            "Maak hem alleen voor u leesbaar: `chmod 600 \(path)`. Heeft iemand hem kunnen lezen, maak dan een nieuw sleutelpaar.",
            "Make it readable to you alone: `chmod 600 \(path)`. If anyone may have read it, make a new key pair."))
}
