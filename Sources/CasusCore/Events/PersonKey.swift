/// The key a person's free texts are hashed under in the chain (docs/EVENTS.md): a fresh random
/// one at every `person.added` and `person.changed`, kept in the person's row beside the texts and
/// emptied with them when a purge erases the person. A birth date, a postcode or a common name
/// has few enough values that its plain SHA-256 tells the value to whoever tries them all: the
/// chain, kept for good, would still have said who a purged pupil was (AVG art. 5 lid 1 onder c
/// and e). Once the key is gone, the digests match no guess.
public struct PersonKey: Sendable, Hashable {
    /// 64 lowercase hex digits, or empty: a person written before the thirty-seventh stop, or erased.
    public let hex: String

    public init?(hex: String) {
        guard hex.isEmpty || (hex.utf8.count == 64 && hex.utf8.allSatisfy(Self.isHexDigit)) else { return nil }
        self.hex = hex
    }

    init(unchecked hex: String) { self.hex = hex }

    /// No key: plain SHA-256, as every person was written before, and as an erased person is.
    public static let none = PersonKey(unchecked: "")

    /// 256 random bits from the system's generator (getrandom on Linux).
    public static func fresh() -> PersonKey { PersonKey(unchecked: randomHex(words: 4)) }

    /// The digest of a text as the chain writes it under this key: SHA-256(key ‖ text).
    public func digest(_ text: String) -> String { EventCodec.text(hex + text) }

    private static func isHexDigit(_ c: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(c)
    }
}

/// `words` random 64-bit words from the system's generator (getrandom on Linux), as lowercase hex,
/// 16 digits each: a person's key, an entry's salt.
func randomHex(words: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<words).map { _ in
        let digits = String(generator.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }.joined()
}

/// Where a session's person keys and entry salts (EntrySalt) come from: the system's generator,
/// or, for the demo's made-up people, the person or the entry's place under a seed, so that the
/// same seed makes the same chain (a demo is deterministic, issue 18; its people are nobody, and
/// their digests protect nobody).
public struct PersonKeys: Sendable {
    let make: @Sendable (Person) -> PersonKey
    let makeSalt: @Sendable (PersonID, Int64) -> EntrySalt

    public static let random = PersonKeys(make: { _ in .fresh() }, makeSalt: { _, _ in .fresh() })

    /// The demo's: SHA-256 of the seed and the person's id, school, kind and name; of the seed and
    /// the entry's dossier and number.
    public static func derived(seed: String) -> PersonKeys {
        PersonKeys(
            make: { p in
                PersonKey(
                    unchecked: EventCodec.text(
                        "\(seed)|\(p.id)|\(p.schoolID)|\(p.kind.rawValue)|\(p.name)|\(p.leftOn?.iso ?? "")"))
            },
            makeSalt: { dossier, seq in .derived(seed: seed, dossier: dossier, seq: seq) })
    }

    /// The demo generators' (CasusDemo).
    public static let demo = derived(seed: "casus-demo")

    public func key(for p: Person) -> PersonKey { make(p) }

    /// The salt of the entry that takes this place in this dossier's chain.
    public func salt(dossier: PersonID, seq: Int64) -> EntrySalt { makeSalt(dossier, seq) }
}
