import Crypto

/// The hash chain of one dossier: `hash = SHA-256(prev_hash ‖ canonical entry)`.
/// The canonical form is defined here, once, so every backend hashes the same bytes.
public enum DossierChain {
    /// The `prev_hash` of a dossier's first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The fields that are hashed, in a fixed order; texts are length-prefixed so no
    /// choice of title or body can make two different entries hash alike.
    ///
    /// An entry written since the forty-ninth stop is salted (`EntrySalt`): `casus-entry-v2`, its
    /// salt first. Its hash then tells nothing to whoever reads part of it: an IB reads a letter
    /// without its head and a parent an export with other pupils' names replaced, and both read a
    /// hash of the whole; trying addresses or classmates' names against a plain SHA-256 found
    /// them (a review). An entry without a salt (written before) hashes as it always did.
    public static func canonical(
        dossierID: PersonID, seq: Int64, kind: EntryKind, title: String, body: String,
        author: String, authorName: String, at: Timestamp, caseID: CaseID?,
        corrects: EntryID?, heard: [HeardParty], evidence: [String], salt: String = ""
    ) -> [UInt8] {
        var out: [UInt8] = Array((salt.isEmpty ? "casus-entry-v1\n" : "casus-entry-v2\n").utf8)
        out.reserveCapacity(title.utf8.count + body.utf8.count + 256)
        func field(_ name: String, _ value: String) {
            out += name.utf8
            out.append(UInt8(ascii: ":"))
            out += String(value.utf8.count).utf8
            out.append(UInt8(ascii: ":"))
            out += value.utf8
            out.append(UInt8(ascii: "\n"))
        }
        if !salt.isEmpty { field("salt", salt) }
        field("dossier", String(dossierID))
        field("seq", String(seq))
        field("kind", kind.rawValue)
        field("at", at.iso)
        field("author", author)
        field("author_name", authorName)
        field("case", caseID.map(String.init) ?? "")
        field("corrects", corrects.map(String.init) ?? "")
        field("heard", heard.map(\.rawValue).joined(separator: ","))
        field("evidence", evidence.joined(separator: ","))
        field("title", title)
        field("body", body)
        return out
    }

    public static func hash(prev: String, canonical: [UInt8]...) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(prev.utf8))
        for part in canonical { hasher.update(data: part) }
        return hex(hasher.finalize())
    }

    /// A draft linked into a dossier's chain after `head`: the next seq, the head's hash as
    /// prev_hash, and its own hash. The one place entries get their place in a chain.
    public static func link(
        _ draft: EntryDraft, dossier: PersonID, after head: ChainHead, author: String,
        authorName: String, at: Timestamp, salt: EntrySalt = .fresh()
    ) -> DossierEntry {
        let seq = head.seq + 1
        let evidence = draft.evidence.map(\.sha256)
        let bytes = canonical(
            dossierID: dossier, seq: seq, kind: draft.kind, title: draft.title, body: draft.body,
            author: author, authorName: authorName, at: at, caseID: draft.caseID,
            corrects: draft.corrects, heard: draft.heard, evidence: evidence, salt: salt.hex)
        return DossierEntry(
            id: 0, dossierID: dossier, seq: seq, kind: draft.kind, title: draft.title, body: draft.body,
            author: author, authorName: authorName, at: at, caseID: draft.caseID, corrects: draft.corrects,
            heard: draft.heard, evidence: evidence, prevHash: head.hash,
            hash: hash(prev: head.hash, canonical: bytes), salt: salt.hex)
    }

    /// The hash an entry should have, recomputed from its stored fields.
    public static func expectedHash(of e: DossierEntry) -> String {
        hash(
            prev: e.prevHash,
            canonical: canonical(
                dossierID: e.dossierID, seq: e.seq, kind: e.kind, title: e.title, body: e.body, author: e.author,
                authorName: e.authorName, at: e.at, caseID: e.caseID, corrects: e.corrects, heard: e.heard,
                evidence: e.evidence, salt: e.salt))
    }

    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        // By hand, with plain loops: every event, entry and audit line hashes, and an import
        // hashes a dozen texts per person.
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    out[2 * i] = hexDigit(b >> 4)
                    out[2 * i + 1] = hexDigit(b & 0x0f)
                    i += 1
                }
                return bytes.count * 2
            }
        }
    }

    @inline(__always)
    private static func hexDigit(_ n: UInt8) -> UInt8 {
        n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10
    }

    public enum Break: Sendable, Hashable {
        /// The entry's fields no longer give its stored hash: changed behind casus's back.
        case alteredEntry
        /// The entry does not point at the hash of the one before it: removed or reordered.
        case brokenLink
        /// Sequence numbers skip: an entry was removed.
        case missingEntry
    }

    /// Walks one dossier's entries in seq order, one at a time, so a million entries need no
    /// more memory than one. A purged dossier starts after its tombstone's last hash.
    public struct Walker: Sendable {
        public private(set) var prev: String
        public private(set) var nextSeq: Int64

        public init(prev: String = DossierChain.genesis, nextSeq: Int64 = 1) {
            self.prev = prev
            self.nextSeq = nextSeq
        }

        /// nil when the entry fits the chain; the reason otherwise.
        public mutating func check(_ e: DossierEntry) -> Break? {
            defer {
                prev = e.hash
                nextSeq = e.seq + 1
            }
            if e.seq != nextSeq { return .missingEntry }
            if e.prevHash != prev { return .brokenLink }
            if DossierChain.expectedHash(of: e) != e.hash { return .alteredEntry }
            return nil
        }
    }
}
