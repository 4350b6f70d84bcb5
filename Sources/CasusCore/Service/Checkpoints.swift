/// Signed checkpoints (`Checkpoint`): made with the board's private key, checked with its
/// public key.
extension Integrity {
    /// Signs the chains' heads now. The key never reaches the database; only the signature does.
    public func signCheckpoint(with key: CheckpointKey.Private) throws -> Saved<Checkpoint> {
        try session.require(.readAudit)
        // The heads it signs are the whole store's: on a server of several schools a school's
        // director reads neither hash (`readsTheChains`), and the server refused what it signed
        // in words that did not say why.
        guard try readsTheChains() else {
            throw CasusError.refused(
                "een ijkpunt ondertekent de ketens van de hele server; op een server met meer scholen doet dat het bestuur. Er is niets ondertekend.",
                "a checkpoint signs the whole server's chains; on a server of several schools the board does that. Nothing was signed."
            )
        }
        // A signature says the chains stand as they should: not over chains `verify` finds unsound.
        // One was signed over a rewritten chain, and from then on `verify --key` said "alles klopt"
        // (a review). The check is the signing's own: no line of its own in the log.
        let report = try verify(record: false)
        guard report.isSound else {
            throw CasusError.refused(
                "de ketens kloppen niet (`casus verify` zegt NIET IN ORDE): een ijkpunt zou ondertekenen wat er is veranderd. Er is niets ondertekend.",
                "the chains do not hold (`casus verify` says NOT SOUND): a checkpoint would sign what was changed. Nothing was signed.",
                hint: Phrase(
                    "Zoek eerst uit wat `casus verify` vindt, en houd de ketens tegen een bewaard ijkpunt (`casus verify --key … --against BESTAND`).",
                    "First find out what `casus verify` finds, and hold the chains against a kept checkpoint (`casus verify --key … --against FILE`)."
                ))
        }
        return try session.write { tx in try tx.checkpoint(with: key, at: tx.now) }
    }

    /// Every checkpoint in the chain, oldest first, with the event that holds it and who saved it.
    public func checkpoints() throws -> [(seq: Int64, checkpoint: Checkpoint, account: String)] {
        try session.require(.readAudit)
        guard try readsTheChains() else {
            throw CasusError.refused(
                "de ijkpunten staan in de keten van de hele server; op een server met meer scholen leest die alleen het bestuur",
                "the checkpoints are in the whole server's chain; on a server of several schools only the board reads it"
            )
        }
        return try session.read { r in
            var ledger = Ledger()
            try r.forEachEvent { e in
                if e.kind == EventKind.checkpointSigned.rawValue { ledger.apply(e) }
            }
            return ledger.checkpoints
        }
    }
}

/// What a checkpoint says about the chains, checked with a public key.
public struct CheckpointFinding: Sendable {
    public enum Verdict: Sendable, Equatable {
        /// Signed by the key, and both heads are in the chains as signed.
        case holds
        /// No checkpoint signed by this key in the chain.
        case none
        /// The signature is not this key's over these heads (forged or altered).
        case badSignature
        /// No checkpoint of this key, and the audit log records no signing with it: nothing to hold
        /// the chains against yet (a new key on a clean database read "NIET IN ORDE", a review).
        case neverSigned
        /// The event chain holds another hash (or nothing) at the signed place: rewritten or cut.
        case eventDiffers
        /// The audit log holds another hash (or nothing) at the signed line: rewritten or cut.
        case auditDiffers
        /// A server's log of reads holds another hash (or nothing) at the signed line: cut or rewritten.
        case accessDiffers
    }

    public var verdict: Verdict
    public var checkpoint: Checkpoint?
    /// The event that holds the checkpoint (nil for one read from a file).
    public var heldBy: Int64?
    /// Events after the signed head: covered by no signature yet.
    public var unsigned: Int64
    /// Audit lines after the signed one: covered by no signature yet, so the log's end could be cut
    /// back to it unseen (a review cut three reads after the last write, and was told nothing).
    public var unsignedAudit: Int64 = 0
    /// Never signed with this key, where the log records signings with others: how many other keys.
    /// A wrong key file read "alles klopt", and advised signing anew (a review).
    public var otherKeys: Int = 0

    /// Checks a checkpoint against the chains as they stand.
    static func check(
        _ c: Checkpoint, heldBy: Int64?, key: CheckpointKey.Public, eventHash: String?, auditHash: String?,
        accessHash: String? = nil, head: ChainHead, auditLines: Int64 = 0
    ) -> CheckpointFinding {
        let verdict: Verdict =
            if !c.isSigned(by: key) {
                .badSignature
            } else if eventHash != c.event.hash {
                .eventDiffers
            } else if c.audit.seq > 0 && auditHash != c.audit.hash {
                .auditDiffers
            } else if let access = c.access, access.seq > 0, accessHash != access.hash {
                .accessDiffers
            } else {
                .holds
            }
        // The event holding the checkpoint right after its head is not itself unsigned work.
        let own: Int64 = heldBy == c.event.seq + 1 ? 1 : 0
        return CheckpointFinding(
            verdict: verdict, checkpoint: c, heldBy: heldBy, unsigned: max(0, head.seq - c.event.seq - own),
            unsignedAudit: max(0, auditLines - c.audit.seq))
    }
}
