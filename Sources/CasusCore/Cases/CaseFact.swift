public typealias FactID = Int64

/// A dated fact of the legal procedure on a case, recorded once and never changed: another
/// school accepted the pupil, the Geschillencommissie was asked and gave its opinion, the
/// vertrouwensinspecteur was consulted, the employee gave a zienswijze... The engine derives
/// what is due (and what is refused) from them; each also has a dossier entry people read.
public enum FactKind: String, Sendable, Codable, CaseIterable {
    /// Removal: another school is willing to admit the pupil; the removal is final. Value: the school.
    case otherSchoolAccepted = "other-school-accepted"
    /// Removal: the parents put the dispute to the Geschillencommissie passend onderwijs.
    case disputeRequested = "dispute-requested"
    /// The commission gave its opinion. Value: the outcome in words.
    case disputeOpinion = "dispute-opinion"
    /// Meldplicht: the consultation with the vertrouwensinspecteur. Value: yes (reasonable
    /// suspicion) or no.
    case consultation
    /// A zienswijze: of the employee on a voornemen, or of the parents before a suspension at an
    /// openbare school (Awb 4:8). Value: given or none (the term passed without one).
    case zienswijze
    /// Awb 4:11: the parents' view was not asked because of urgency. Note: why.
    case urgency
    /// Dismissal: the route taken. Value: consent, uwv or kantonrechter.
    case dismissalRoute = "dismissal-route"
    /// The employment ended on the fact's date.
    case contractEnded = "contract-ended"
    /// Data breach assessed. Value: report (to the Autoriteit Persoonsgegevens) or no-report.
    case breachAssessed = "breach-assessed"
    /// An inzage request (AVG 15) received on the fact's date.
    case inzageRequest = "inzage-request"
    /// A court case about the case started (value started) or ended (value ended, or annulled:
    /// `CourtOutcome`): a retention hold while it runs.
    case courtCase = "court-case"
    /// A meeting note's meeting: the day it took place (the fact's date), who was heard (value:
    /// teacher, parents, pupil, employee, comma-separated), the note (entry). The law's hearings
    /// are counted from this day, not from when the note was written (issue 16, item 9).
    case meetingHeld = "meeting-held"
    /// What the director established, in their own words (note): what the case's letters state as
    /// the facts, instead of the report as a teacher wrote it (issue 16, item 3). A new one
    /// replaces the earlier; each is kept.
    case established
    /// A party invited to be heard before a removal did not take the opportunity (declined, did
    /// not come, did not answer): where the law asks for the opportunity, not the hearing (Awb
    /// art. 4:8; WVO 2020 art. 8.15). Value: the party (parents, pupil); note: how they were invited.
    case hearingDeclined = "hearing-declined"
    /// An objection to a decision received (its day), since the thirty-sixth stop: the hearing on it
    /// comes after it (Awb art. 7:2), not a talk before it. Value: the rung objected to. Named as
    /// its line in the audit log is ("case.objection"), as every fact's is.
    case objectionReceived = "objection"
    /// A staff voornemen that lapsed unanswered: the employment ended (a summary dismissal) before
    /// it was decided. Value: the rung proposed; note: why. Its open duties (the registered letter,
    /// the term to respond) went with it, ticked in the same save: the case could be closed only by
    /// recording a registered letter to someone already dismissed (a review).
    case proposalLapsed = "proposal-lapsed"
    /// Removal: the decision is revoked (the objection to it upheld, or the board's own second
    /// thought); the duty to find another school ends with it. Note: why. casus did not know how
    /// an objection was decided, and a letter deciding it was taken as a revocation whatever it
    /// said (a review).
    case removalRevoked = "removal-revoked"
    /// Dismissal by consent: the employee's consent, on its date (its dagtekening, BW art. 7:671
    /// lid 2): the term to revoke it runs from there. It ran from the day the director ticked the
    /// consent in casus, four days late, and a lawful revocation read as too late (a review).
    case consentGiven = "consent-given"
    /// An objection under the Awb: the parents agreed that its documents need not lie open a week
    /// before the hearing (Awb art. 7:4 lid 5). Entry: the note that says so.
    case inspectionWaived = "inspection-waived"
    /// Dismissal by consent: the employee revoked the consent in writing within the term (BW art.
    /// 7:671 lid 2); the notice is then deemed not to have taken place (lid 4). Note: the statement.
    /// casus had no way to record it, and the dismissal stood, blocking every lighter measure (a
    /// review of an employee's case).
    case consentRevoked = "consent-revoked"
    /// A duty that ended with the employment, a summary dismissal's (`StepPlan.endedWithEmployment`):
    /// the ordemaatregel's letter not yet sent and its end to decide on, the request to the
    /// kantonrechter not yet made, a consent never given. Value: the obligation's kind; note: why.
    /// Ticked in the dismissal's save, or later by hand where its letter was filed and never sent,
    /// and shown as lapsed, not done: the case could be closed only by sending a letter promising
    /// salary to someone dismissed that day (a legal review).
    case dutyLapsed = "duty-lapsed"

    public var label: Phrase {
        switch self {
        case .dutyLapsed: Phrase("verplichting vervallen", "duty lapsed")
        case .consentRevoked: Phrase("instemming met ontslag herroepen", "consent to dismissal revoked")
        case .consentGiven: Phrase("instemming met ontslag", "consent to dismissal")
        case .inspectionWaived:
            Phrase(
                "terinzagelegging achterwege met instemming van de ouders",
                "inspection left out with the parents' consent")
        case .removalRevoked: Phrase("verwijdering herroepen", "removal revoked")
        case .otherSchoolAccepted: Phrase("andere school laat de leerling toe", "another school accepts the pupil")
        case .disputeRequested:
            Phrase(
                "geschil voorgelegd aan de Geschillencommissie passend onderwijs",
                "dispute put to the Geschillencommissie passend onderwijs")
        case .disputeOpinion:
            Phrase(
                "oordeel Geschillencommissie passend onderwijs", "opinion of the Geschillencommissie passend onderwijs")
        case .consultation: Phrase("overleg vertrouwensinspecteur", "consultation with the vertrouwensinspecteur")
        case .zienswijze: Phrase("zienswijze", "zienswijze (view)")
        case .urgency: Phrase("zienswijze overgeslagen wegens spoed", "view skipped because of urgency")
        case .dismissalRoute: Phrase("ontslagroute", "dismissal route")
        case .contractEnded: Phrase("einde arbeidsovereenkomst", "end of employment")
        case .breachAssessed: Phrase("datalek beoordeeld", "data breach assessed")
        case .inzageRequest: Phrase("inzageverzoek ontvangen", "inzage request received")
        case .courtCase: Phrase("rechtszaak", "court case")
        case .meetingHeld: Phrase("gesprek gehouden", "meeting held")
        case .established: Phrase("vastgestelde feiten", "established facts")
        case .hearingDeclined:
            Phrase("gelegenheid om gehoord te worden niet benut", "opportunity to be heard not taken")
        case .objectionReceived: Phrase("bezwaar ontvangen", "objection received")
        case .proposalLapsed: Phrase("voornemen vervallen", "proposal lapsed")
        }
    }
}

public struct CaseFact: Sendable, Hashable, Codable, Identifiable {
    public var id: FactID
    public var caseID: CaseID
    public var kind: FactKind
    /// The date the fact happened (not when it was recorded).
    public var date: LocalDate
    public var value: String
    public var note: String
    public var at: Timestamp
    public var actor: String
    /// The dossier entry that records it for people.
    public var entryID: EntryID?

    public init(
        id: FactID = 0, caseID: CaseID, kind: FactKind, date: LocalDate, value: String = "", note: String = "",
        at: Timestamp, actor: String, entryID: EntryID? = nil
    ) {
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.date = date
        self.value = value
        self.note = note
        self.at = at
        self.actor = actor
        self.entryID = entryID
    }
}

/// Whether a step is the decision itself or a voornemen (a proposal the employee may respond
/// to): a staff reprimand or suspension counts from the besluit, not from the voornemen.
public enum StepPhase: String, Sendable, Codable, CaseIterable {
    case decision
    case proposal

    public var label: Phrase {
        switch self {
        case .decision: Phrase("besluit", "decision")
        case .proposal: Phrase("voornemen", "proposal")
        }
    }
}

/// How an employment ends when it is not summary dismissal (BW 7:671, 7:671a, 7:671b).
public enum DismissalRoute: String, Sendable, Codable, CaseIterable {
    case consent
    case uwv
    case kantonrechter

    public var label: Phrase {
        switch self {
        case .consent: Phrase("met schriftelijke instemming van de werknemer", "with the employee's written consent")
        case .uwv: Phrase("met toestemming van het UWV", "with the UWV's permission")
        case .kantonrechter: Phrase("ontbinding door de kantonrechter", "dissolution by the kantonrechter")
        }
    }
}

/// The facts in the director's own words: the last told at a step (`established`), else the
/// case's summary when it is the director's. nil while the summary only refers to a report about a
/// staff member too (`CaseSummary.reference`), or is the report's own text: a teacher's, naming a
/// child casus does not know, went to the parents as "Het gaat om het volgende: …" (a review;
/// DESIGN §8). The step dialog starts from these; the letters hold a field in their place.
public func directorsFacts(_ facts: [CaseFact], summary: String, report: String?) -> String? {
    if let told = facts.last(where: { $0.kind == .established })?.note { return told }
    guard !CaseSummary.isReference(summary), !(report.map { CaseSummary.copies(summary, of: $0) } ?? false) else {
        return nil
    }
    return summary
}

/// The facts as the case's letters state them: the director's, else a `[…]` to fill in, so that
/// none is filed without them (a review found the reference in a warning letter to the parents,
/// telling them a staff member was involved and stating no facts).
public func lettersFacts(_ facts: [CaseFact], summary: String, report: String?) -> String {
    directorsFacts(facts, summary: summary, report: report)
        ?? (CaseSummary.isReference(summary) ? CaseSummary.factsToWrite : CaseSummary.ownFactsToWrite)
}

/// The summary of a pupil's case opened from a report that is also about a staff member
/// (CaseWorkflow.summary): a reference to the report, not its text.
public enum CaseSummary {
    static let referencePrefix = "Naar aanleiding van melding "

    /// "noemt": a teacher named as witness made the summary say the report was about them (a review).
    public static func reference(to report: IncidentID) -> String {
        referencePrefix
            + "\(report), die ook een medewerker noemt: de tekst van de melding staat niet in het leerlingdossier."
    }

    /// The words of cases opened before the fortieth stop, kept for good in their records.
    static func earlierReference(to report: IncidentID) -> String {
        referencePrefix
            + "\(report), die ook over een medewerker gaat: de tekst van de melding staat niet in het leerlingdossier."
    }

    /// Whether the summary is `reference(to:)` of some report, word for word.
    public static func isReference(_ summary: String) -> Bool {
        guard summary.hasPrefix(referencePrefix),
            let id = IncidentID(summary.dropFirst(referencePrefix.count).prefix { $0.isASCII && $0.isNumber })
        else { return false }
        return summary == reference(to: id) || summary == earlierReference(to: id)
    }

    /// The case's summary as a letter states it (`case.summary`): never the report's own words.
    public static func stated(_ summary: String, report: String?) -> String {
        report.map { copies(summary, of: $0) } ?? false ? ownFactsToWrite : summary
    }

    /// What a letter states for facts while the case holds only the report's own words.
    public static let ownFactsToWrite =
        "[beschrijf wat er is gebeurd, in uw eigen woorden: de tekst van de melding wordt niet overgenomen]"

    /// Whether a summary is the report's text, word for word (case, spaces and punctuation
    /// aside), or most of it (three quarters of its words, in one piece): the report's text less
    /// its full stop was stated as the facts (a review).
    public static func copies(_ summary: String, of report: String) -> Bool {
        let own = LetterFields.words(summary), theirs = LetterFields.words(report)
        guard !own.isEmpty else { return true }
        let ownCount = own.split(separator: " ").count, theirCount = theirs.split(separator: " ").count
        return 4 * ownCount >= 3 * theirCount && (" " + theirs + " ").contains(" " + own + " ")
    }

    /// What a letter states for facts while only the reference is known.
    public static let factsToWrite =
        "[beschrijf wat er is gebeurd, in uw eigen woorden: de melding gaat ook over een medewerker en haar tekst staat niet in het leerlingdossier]"
}

extension CaseFact {
    /// The value in words: "redelijk vermoeden" for a consultation's suspicion, the route of a
    /// dismissal, who was heard, who did not take the opportunity; else the value as recorded.
    public var valueLabel: Phrase {
        switch (kind, value) {
        case (.consultation, "yes"): return Phrase("redelijk vermoeden", "reasonable suspicion")
        case (.consultation, "no"): return Phrase("geen redelijk vermoeden", "no reasonable suspicion")
        case (.breachAssessed, "report"): return Phrase("melden aan de AP", "report to the AP")
        case (.breachAssessed, "no-report"): return Phrase("geen melding nodig", "no report needed")
        case (.zienswijze, "given"): return Phrase("gegeven", "given")
        case (.zienswijze, "none"): return Phrase("geen binnen de termijn", "none within the term")
        case (.courtCase, let v): return CourtOutcome(rawValue: v)?.label ?? Phrase(verbatim: v)
        case (.dismissalRoute, let v): return DismissalRoute(rawValue: v)?.label ?? Phrase(verbatim: v)
        case (.hearingDeclined, let v): return HeardParty(rawValue: v)?.label ?? Phrase(verbatim: v)
        // The decision objected to ("bezwaar ontvangen: suspension" read as English, a review).
        case (.objectionReceived, let v):
            return Rung(rawValue: v).map { Phrase("tegen ", "against ") + $0.shortLabel } ?? Phrase(verbatim: v)
        case (.proposalLapsed, let v): return Rung(rawValue: v)?.shortLabel ?? Phrase(verbatim: v)
        case (.dutyLapsed, let v): return ObligationKind(rawValue: v)?.label ?? Phrase(verbatim: v)
        // The decision revoked, by its step's id: for casus to tell which, not for the reader (a
        // bare "7" was shown, a review).
        case (.removalRevoked, _), (.consentRevoked, _): return Phrase("", "")
        case (.meetingHeld, let v):
            let heard = v.split(separator: ",").compactMap { HeardParty(rawValue: String($0)) }
            // A meeting with no one named as heard read "gehoord: " (a review).
            if heard.isEmpty { return Phrase("niemand opgegeven als gehoord", "no one given as heard") }
            return Phrase("gehoord: ", "heard: ")
                + Phrase(heard.map(\.label.nl).joined(separator: ", "), heard.map(\.label.en).joined(separator: ", "))
        default: return Phrase(verbatim: value)
        }
    }
}

extension CaseFact {
    /// The day a meeting (note) took place: its `meetingHeld` fact among `facts`, else the day it
    /// was recorded (a case's history and its detail both ask).
    public static func heldOn(_ e: DossierEntry, _ facts: [CaseFact]) -> LocalDate {
        facts.last { $0.kind == .meetingHeld && $0.entryID == e.id }?.date ?? e.at.localDate()
    }
}

extension Obligation {
    /// The lapse that took this duty with its voornemen (`FactKind.proposalLapsed`, recorded in the
    /// same save): not done, but gone ("vervallen"); nil for a duty done or open.
    public func lapse(in facts: [CaseFact]) -> CaseFact? {
        guard let done = doneAt else { return nil }
        if StepPlan.endedWithEmployment.contains(kind),
            let ended = facts.first(where: { $0.kind == .dutyLapsed && $0.value == kind.rawValue && $0.at == done })
        {
            return ended
        }
        let by: FactKind? =
            StepPlan.proposalDuties.contains(kind)
            ? .proposalLapsed
            // What a revocation ended is not done but lapsed: the duty to tell the employee of the
            // right to revoke read "✓" after the revocation, as if she had been told (a review).
            : Self.consentDuties.contains(kind)
                ? .consentRevoked
                : CaseWorkflow.removalDuties.contains(kind) ? .removalRevoked : nil
        guard let by else { return nil }
        // A consent given within six months of a revocation brings no term to revoke it (BW art.
        // 7:671 lid 5): the term ends with the consent, in its save (`CaseWorkflow.consentGiven`).
        if kind == .consentWithdrawal, let given = facts.first(where: { $0.kind == .consentGiven && $0.at == done }) {
            return given
        }
        return facts.first { $0.kind == by && $0.at == done }
    }

    /// The duties of a consent to dismissal, which its revocation ends (`CaseWorkflow.consentRevoked`).
    public static let consentDuties: Set<ObligationKind> = [.consentWithdrawal, .revocationNotice, .dismissalConsent]
}

extension CaseFact {
    /// Why a duty this fact ended lapsed, as a case shows it: its note, or, for a consent that ended
    /// the term to revoke it, the law (its line read "vervallen:  (termijn voor anderen)", a review).
    public var lapseNote: Phrase {
        if kind == .consentGiven, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return Phrase(
                "een instemming binnen zes maanden na een herroeping is niet te herroepen",
                "a consent within six months of a revocation cannot be revoked") + Law.bw7671_5.bracketed
        }
        return Phrase(note, note)
    }

    /// "vervallen: …", as a case's duty or step says it (three places wrote it out).
    public var lapseLine: Phrase { Phrase("vervallen: ", "lapsed: ") + lapseNote }
}
