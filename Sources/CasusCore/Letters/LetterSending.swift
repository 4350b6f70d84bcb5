/// How a filed letter reached its addressee.
public enum SendMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case post, mail, hand
    /// Registered post (aangetekend), with a proof of delivery: what a staff voornemen asks (its
    /// duty was ticked by an e-mail, and the letters said "aangetekend", a review).
    case registered

    public var label: Phrase {
        switch self {
        case .post: Phrase("per post", "by post")
        case .registered: Phrase("aangetekend", "by registered post")
        case .mail: Phrase("per e-mail", "by e-mail")
        case .hand: Phrase("persoonlijk overhandigd", "handed over in person")
        }
    }
}

extension SendMethod {
    /// Whether a letter sent so can be shown to have arrived: registered post, or handed over in
    /// person (against a signature).
    public var provesReceipt: Bool { self == .registered || self == .hand }
}

/// That a filed letter was sent: on which day and how, recorded by whom and when. A letter is
/// sent once; the obligation it fulfils (e.g. the written suspension decision to the parents) is
/// done only when it is recorded as sent, not when it is filed.
public struct LetterSending: Sendable, Hashable {
    public var entryID: EntryID
    public var dossierID: PersonID
    public var caseID: CaseID?
    public var on: LocalDate
    public var via: SendMethod
    public var recordedAt: Timestamp
    public var recordedBy: String

    public init(
        entryID: EntryID, dossierID: PersonID, caseID: CaseID?, on: LocalDate, via: SendMethod,
        recordedAt: Timestamp, recordedBy: String
    ) {
        self.entryID = entryID
        self.dossierID = dossierID
        self.caseID = caseID
        self.on = on
        self.via = via
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
    }

    /// "verzonden per post op 01-12-2026", "persoonlijk overhandigd op 01-12-2026".
    public var summary: Phrase {
        switch via {
        case .hand: Phrase("persoonlijk overhandigd op \(on.dutch)", "handed over in person on \(on.iso)")
        default: Phrase("verzonden \(via.label.nl) op \(on.dutch)", "sent \(via.label.en) on \(on.iso)")
        }
    }
}
