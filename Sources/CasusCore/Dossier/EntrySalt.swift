/// The salt a dossier entry is hashed with in its chain (DossierChain.canonical, docs/EVENTS.md):
/// 128 fresh random bits per entry, kept in the entry's row and read only by whoever verifies the
/// chain. An entry's hash stands beside a text cut short: an IB reads a letter from its
/// salutation on, a parent an export with other pupils' names replaced. Against a plain SHA-256 of
/// the whole, the part left out was found again by trying addresses or a class's names (a
/// review); against a salted one, no guess can be checked. 128 bits are past any search.
public struct EntrySalt: Sendable, Hashable {
    /// 32 lowercase hex digits.
    public let hex: String

    init(unchecked hex: String) { self.hex = hex }

    /// 128 random bits from the system's generator (getrandom on Linux).
    public static func fresh() -> EntrySalt { EntrySalt(unchecked: randomHex(words: 2)) }

    /// A demo's: from a seed and the entry's place, so that the same seed makes the same chain.
    static func derived(seed: String, dossier: PersonID, seq: Int64) -> EntrySalt {
        EntrySalt(unchecked: String(EventCodec.text("\(seed)|entry|\(dossier)|\(seq)").prefix(32)))
    }
}
