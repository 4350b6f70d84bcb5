/// What a court case about a case is recorded as (`FactKind.courtCase`'s value): begun, ended, or
/// ended with the dismissal annulled or the contract restored, after which the employment goes on
/// (BW art. 7:681 lid 1; 7:682 lid 1; 7:683 lid 3). An annulled summary dismissal left the
/// employee "vertrokken", their dossier's retention running and every measure refused (a review).
public enum CourtOutcome: String, Sendable, CaseIterable {
    case started
    case ended
    case annulled
    /// The kantonrechter refused the employer's request to dissolve the contract (BW art. 7:671b):
    /// the dismissal it was asked for ended nothing, and the employment goes on.
    case rejected

    public var label: Phrase {
        switch self {
        case .started: Phrase("begonnen", "started")
        case .ended: Phrase("afgelopen", "ended")
        case .annulled:
            Phrase(
                "afgelopen: ontslag vernietigd of arbeidsovereenkomst hersteld",
                "ended: dismissal annulled or contract restored")
        case .rejected:
            Phrase("afgelopen: verzoek tot ontbinding afgewezen", "ended: request for dissolution rejected")
        }
    }

    /// Whether the court case runs after this.
    public var runs: Bool { self == .started }
}

extension CaseFact {
    /// What a court case fact records (nil for any other fact): read as one value, not its string
    /// compared in five places.
    public var courtOutcome: CourtOutcome? { kind == .courtCase ? CourtOutcome(rawValue: value) : nil }
}
