public typealias ObligationID = Int64

/// Something that must be done on a case, by a due date: a verplichting. The label says what;
/// the obligation's note says why (the source, by the school's sector) and how the date was set.
/// The raw values are stable ids (`casus case done ID --obligation KIND` takes them too).
public enum ObligationKind: String, Sendable, Codable, CaseIterable {
    case informParents = "inform-parents"
    case suspensionDecision = "suspension-decision"
    case schoolwork
    case accessBanDecision = "access-ban-decision"
    case inspectieSuspension = "inspectie-suspension"
    case timeOutParents = "time-out-parents"
    case timeOutDecision = "time-out-decision"
    case timeOutTalk = "time-out-talk"
    case removalDecision = "removal-decision"
    case inspectieRemoval = "inspectie-removal"
    case inspectieConsult = "inspectie-consult"
    case inspectieFinalRemoval = "inspectie-final-removal"
    case leerplichtRemoval = "leerplicht-removal"
    /// A VO pupil to whom the Leerplichtwet no longer applies, under 23, removed: B&W are told
    /// (the RMC function), unless the pupil holds a startkwalificatie.
    case rmcRemoval = "rmc-removal"
    case otherSchool = "other-school"
    case objectionWindow = "objection-window"
    case objectionDecision = "objection-decision"
    /// Special education: before the decision on a removal's objection (WEC art. 40 lid 21, 61 lid 4).
    case objectionConsult = "objection-consult"
    /// Under the Awb (an openbare school): the objection and the documents lie for inspection at
    /// least a week before the hearing on it, and the invitation says where and when (Awb art. 7:4
    /// leden 2 en 3), unless the parents agree to leave it (lid 5). casus knew nothing of it, and a
    /// hearing the day after the objection came in was taken (a review).
    case objectionDocuments = "objection-documents"
    case disputeOpinion = "dispute-opinion"
    case registeredLetter = "registered-letter"
    case zienswijzeTerm = "zienswijze-term"
    case decisionLetter = "decision-letter"
    case precautionaryLetter = "precautionary-letter"
    case precautionaryEnd = "precautionary-end"
    case dismissalConsent = "dismissal-consent"
    case consentWithdrawal = "consent-withdrawal"
    /// The employee told in writing of the right to revoke the consent, within two working days of
    /// it: only then is the term to revoke fourteen days, not three weeks (BW art. 7:671 lid 3).
    case revocationNotice = "revocation-notice"
    case dismissalUWV = "dismissal-uwv"
    case dismissalCourt = "dismissal-court"
    case urgentReason = "urgent-reason"
    case contestTerm = "contest-term"
    case boardReport = "board-report"
    case vertrouwensinspecteur
    case informBeforeAangifte = "inform-before-aangifte"
    case aangifte
    case breachAssessment = "breach-assessment"
    case breachRegister = "breach-register"
    case apReport = "ap-report"
    case meldcodeSignals = "meldcode-signals"
    case meldcodeConsult = "meldcode-consult"
    case meldcodeTalk = "meldcode-talk"
    case meldcodeWeigh = "meldcode-weigh"
    case meldcodeDecide = "meldcode-decide"
    case inzageAnswer = "inzage-answer"

    /// The step whose decision this obligation makes known in writing (its letter's rung).
    public var decidedRung: Rung? {
        switch self {
        case .suspensionDecision: .suspension
        case .removalDecision: .removal
        case .timeOutDecision: .timeOut
        default: nil
        }
    }

    public var label: Phrase {
        switch self {
        case .informParents: Phrase("Ouders informeren over de maatregel", "Inform the parents of the measure")
        case .suspensionDecision:
            Phrase(
                "Schriftelijk schorsingsbesluit met redenen en duur",
                "Written suspension decision with reasons and length")
        case .schoolwork:
            Phrase("Schoolwerk regelen voor de schorsing", "Arrange schoolwork for the suspension")
        case .accessBanDecision:
            Phrase(
                "Schriftelijk besluit (toegangsverbod) aan de ouder, met redenen en duur",
                "Written decision (access ban) to the parent, with reasons and duration")
        case .inspectieSuspension:
            Phrase(
                "Schorsing > 1 dag schriftelijk en met redenen melden aan de Inspectie",
                "Report the suspension (> 1 day) to the Inspectie in writing, with reasons")
        case .timeOutParents:
            Phrase("Ouders dezelfde dag informeren over de time-out", "Tell the parents of the time-out the same day")
        case .timeOutDecision:
            Phrase(
                "Time-out schriftelijk en gemotiveerd aan de ouders", "Written, reasoned time-out notice to the parents"
            )
        case .timeOutTalk: Phrase("Gesprek na de time-out", "Talk after the time-out")
        case .removalDecision:
            Phrase(
                "Schriftelijk verwijderingsbesluit met redenen", "Written removal decision with reasons")
        case .inspectieRemoval:
            Phrase("Inspectie informeren over de verwijdering (advies)", "Inform the Inspectie of the removal (advice)")
        case .inspectieConsult:
            Phrase(
                "Overleg met de Inspectie vóór definitieve verwijdering",
                "Consult the Inspectie before the removal becomes final")
        case .inspectieFinalRemoval:
            Phrase(
                "Definitieve verwijdering schriftelijk en gemotiveerd melden aan de Inspectie",
                "Report the final removal to the Inspectie in writing, with reasons")
        case .rmcRemoval:
            Phrase(
                "Verwijdering onverwijld opgeven aan B&W (RMC), tenzij de leerling een startkwalificatie heeft",
                "Report the removal without delay to the municipality (RMC), unless the pupil holds a startkwalificatie"
            )
        case .leerplichtRemoval:
            Phrase(
                "Beslissing tot verwijdering terstond melden aan B&W (leerplichtambtenaar)",
                "Report the removal decision at once to the municipality (leerplichtambtenaar)")
        case .otherSchool:
            Phrase(
                "Andere school die de leerling toelaat (zorgplicht)",
                "Another school that accepts the pupil (zorgplicht)")
        case .objectionWindow: Phrase("Bezwaartermijn (6 weken)", "Objection period (6 weeks)")
        case .objectionDecision:
            Phrase("Beslissen op het bezwaar", "Decide on the objection")
        case .objectionDocuments:
            Phrase(
                "Bezwaarschrift en stukken ter inzage, een week vóór het horen",
                "Objection and documents open for inspection, a week before the hearing")
        case .objectionConsult:
            Phrase(
                "Overleg met de inspecteur vóór de beslissing op het bezwaar",
                "Consult the inspecteur before deciding on the objection")
        case .disputeOpinion:
            Phrase(
                "Oordeel Geschillencommissie passend onderwijs (binnen 10 weken)",
                "Opinion of the Geschillencommissie passend onderwijs (within 10 weeks)")
        case .registeredLetter:
            Phrase(
                "Voornemen per aangetekende brief aan de medewerker",
                "Send the proposal (voornemen) by registered letter")
        case .zienswijzeTerm: Phrase("Termijn voor de zienswijze van de medewerker", "The employee's term to respond")
        case .decisionLetter:
            Phrase("Besluit schriftelijk aan de medewerker", "Written decision to the employee")
        case .precautionaryLetter:
            Phrase(
                "Ordemaatregel schriftelijk aan de medewerker, met reden en duur",
                "Precautionary suspension in writing to the employee, with reason and duration")
        case .precautionaryEnd:
            Phrase(
                "Ordemaatregel loopt af: beëindigen of verlengen", "Precautionary suspension ends: end or extend it")
        case .dismissalConsent:
            Phrase(
                "Schriftelijke instemming van de werknemer vastleggen", "Record the employee's written consent")
        case .consentWithdrawal:
            Phrase(
                "Bedenktermijn werknemer (drie weken, of 14 dagen)",
                "Employee's cooling-off period (three weeks, or 14 days)")
        case .revocationNotice:
            Phrase(
                "Werknemer schriftelijk wijzen op het recht de instemming te herroepen",
                "Tell the employee in writing of the right to revoke the consent")
        case .dismissalUWV: Phrase("Toestemming UWV aanvragen", "Apply to the UWV for permission")
        case .dismissalCourt:
            Phrase("Verzoek tot ontbinding bij de kantonrechter", "Ask the kantonrechter to dissolve the contract")
        case .urgentReason:
            Phrase(
                "Dringende reden onverwijld en gelijktijdig meedelen",
                "State the urgent reason without delay and at the same time")
        case .contestTerm:
            Phrase(
                "Termijn werknemer om naar de kantonrechter te gaan (2 maanden)",
                "Employee's term to go to the kantonrechter (2 months)")
        case .boardReport: Phrase("Direct melden aan het bevoegd gezag (bestuur)", "Report to the board at once")
        case .vertrouwensinspecteur:
            Phrase(
                "Overleg met de vertrouwensinspecteur (0900-1113111)",
                "Consult the vertrouwensinspecteur (0900-1113111)")
        case .informBeforeAangifte:
            Phrase(
                "Ouders van de leerling en de betrokkene informeren vóór de aangifte",
                "Inform the pupil's parents and the accused before reporting to the police")
        case .aangifte: Phrase("Aangifte bij de politie", "Report to the police (aangifte)")
        case .breachAssessment:
            Phrase("Mogelijk datalek beoordelen (72 uur)", "Assess the possible data breach (72 hours)")
        case .breachRegister:
            Phrase("Datalek vastleggen in het register van datalekken", "Record the breach in the breach register")
        case .apReport:
            Phrase(
                "Datalek melden aan de Autoriteit Persoonsgegevens",
                "Report the breach to the Autoriteit Persoonsgegevens")
        case .meldcodeSignals: Phrase("Meldcode stap 1: signalen in kaart brengen", "Meldcode step 1: map the signs")
        case .meldcodeConsult:
            Phrase(
                "Meldcode stap 2: collegiale consultatie, zo nodig Veilig Thuis",
                "Meldcode step 2: consult colleagues, Veilig Thuis if needed")
        case .meldcodeTalk:
            Phrase("Meldcode stap 3: gesprek met de betrokkene", "Meldcode step 3: talk with the person")
        case .meldcodeWeigh:
            Phrase("Meldcode stap 4: afwegingskader toepassen", "Meldcode step 4: apply the afwegingskader")
        case .meldcodeDecide:
            Phrase(
                "Meldcode stap 5: beslissen over melding en hulp", "Meldcode step 5: decide on reporting and help")
        case .inzageAnswer:
            Phrase("Inzageverzoek beantwoorden (één maand)", "Answer the inzage request (one month)")
        }
    }
}

/// An obligation on a case: created by a step or a flag, done when recorded.
public struct Obligation: Sendable, Hashable, Codable, Identifiable {
    public var id: ObligationID
    public var caseID: CaseID
    public var kind: ObligationKind
    public var due: LocalDate
    public var note: String
    /// Informational deadlines (the parents' objection period) are never "overdue" for the school.
    public var isDeadlineForOthers: Bool
    public var doneAt: Timestamp?
    public var doneBy: String?
    public var entryID: EntryID?
    /// The term is suspended since this day (WPO art. 43 lid 4: while the Geschillencommissie
    /// passend onderwijs handles the dispute); the due date moves when it resumes.
    public var pausedFrom: LocalDate?

    public init(
        id: ObligationID = 0, caseID: CaseID, kind: ObligationKind, due: LocalDate, note: String = "",
        isDeadlineForOthers: Bool = false, doneAt: Timestamp? = nil, doneBy: String? = nil,
        entryID: EntryID? = nil, pausedFrom: LocalDate? = nil
    ) {
        self.pausedFrom = pausedFrom
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.due = due
        self.note = note
        self.isDeadlineForOthers = isDeadlineForOthers
        self.doneAt = doneAt
        self.doneBy = doneBy
        self.entryID = entryID
    }

    public var isDone: Bool { doneAt != nil }

    /// The note in the reader's language: why it is due and its source.
    public var remark: Phrase { Phrase(stored: note) }

    public var isPaused: Bool { pausedFrom != nil }

    public func isOverdue(on today: LocalDate) -> Bool {
        !isDone && !isDeadlineForOthers && !isPaused && due < today
    }

    /// Done after its last day: the breach assessed a day after the 72 hours (AVG art. 33 lid 1)
    /// showed a plain ✓ (a review).
    public var doneLate: Bool {
        guard let done = doneAt, !isDeadlineForOthers else { return false }
        return done.localDate() > due
    }
}

extension BidirectionalCollection where Element == Obligation {
    /// The registered letter of a staff voornemen: its duty, made with the voornemen's step (due
    /// that day). What a besluit waits for (LegalLayer) and what its letter names (LetterContext).
    public func registeredLetter(of proposal: Step) -> Obligation? {
        last(where: { $0.kind == .registeredLetter && $0.due >= proposal.date })
    }
}
