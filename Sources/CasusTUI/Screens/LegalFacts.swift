import CasusCore

/// The dated facts of the legal procedure a director records from the case screen (`r`), as
/// `casus case accept|revoke|objection|dispute|zienswijze|breach|inzage|court` do on the command line
/// (`revoke` for a removal, and for an employee the consent to a dismissal):
/// pick one, give its date (today unless typed), then what it needs (a school, an outcome, a note).
public enum LegalItem: String, Sendable, CaseIterable, Equatable {
    case accepted, revoked, objection
    case consentRevoked = "consent-revoked"
    case disputeRequested = "dispute-requested", disputeOpinion = "dispute-opinion"
    case zienswijze, zienswijzeNone = "zienswijze-none"
    /// A pupil's parents: invited to give their view, none came within the term (dated by the invitation).
    case parentsNoView = "zienswijze-none-parents"
    case parentsDeclined = "declined-parents", pupilDeclined = "declined-pupil"
    case breachReport = "breach-report", breachNoReport = "breach-no-report"
    case inzage
    case courtStarted = "court-started", courtEnded = "court-ended", courtAnnulled = "court-annulled"
    case courtRejected = "court-rejected"

    public var label: Phrase {
        switch self {
        case .accepted: Phrase("Andere school laat de leerling toe", "Another school accepts the pupil")
        case .revoked: Phrase("Verwijdering herroepen", "Removal revoked")
        case .objection: Phrase("Bezwaar ontvangen tegen het besluit", "Objection to the decision received")
        case .consentRevoked:
            Phrase(
                "Instemming met de opzegging herroepen (BW art. 7:671 lid 2)",
                "Consent to the notice revoked (BW art. 7:671 lid 2)")
        case .disputeRequested:
            Phrase("Geschil voorgelegd aan de Geschillencommissie", "Dispute put to the Geschillencommissie")
        case .disputeOpinion: Phrase("Oordeel van de Geschillencommissie", "Opinion of the Geschillencommissie")
        case .zienswijze: Phrase("Zienswijze ontvangen", "Zienswijze (view) received")
        case .zienswijzeNone: Phrase("Geen zienswijze binnen de termijn", "No zienswijze within the term")
        case .parentsNoView:
            Phrase(
                "Ouders uitgenodigd voor hun zienswijze, geen binnen de termijn",
                "Parents invited to give their view, none within the term")
        case .parentsDeclined:
            Phrase("Ouders uitgenodigd om gehoord te worden, niet gekomen", "Parents invited to be heard, did not come")
        case .pupilDeclined:
            Phrase("Leerling uitgenodigd om gehoord te worden, niet gekomen", "Pupil invited to be heard, did not come")
        case .breachReport:
            Phrase("Datalek beoordeeld: melden bij de AP", "Data breach assessed: report to the AP")
        case .breachNoReport: Phrase("Datalek beoordeeld: niet melden", "Data breach assessed: no report")
        case .inzage: Phrase("Inzageverzoek ontvangen (AVG art. 15)", "Inzage request received (GDPR art. 15)")
        case .courtStarted: Phrase("Rechtszaak begonnen", "Court case started")
        case .courtEnded: Phrase("Rechtszaak afgelopen", "Court case ended")
        case .courtAnnulled:
            Phrase(
                "Rechtszaak afgelopen: ontslag vernietigd of arbeidsovereenkomst hersteld",
                "Court case ended: dismissal annulled or contract restored")
        case .courtRejected:
            Phrase(
                "Rechtszaak afgelopen: verzoek tot ontbinding afgewezen",
                "Court case ended: request for dissolution rejected")
        }
    }

    /// What follows, said beside the item in the list.
    public var consequence: Phrase {
        switch self {
        case .accepted: Phrase("de verwijdering is definitief", "the removal is final")
        case .revoked: Phrase("de leerling blijft; geen andere school nodig", "the pupil stays; no other school needed")
        case .objection: Phrase("beslistermijn op het bezwaar", "term to decide on the objection")
        case .consentRevoked:
            Phrase("de opzegging geldt als niet gedaan (lid 4)", "the notice is deemed not given (lid 4)")
        case .disputeRequested: Phrase("de beslistermijn staat stil", "the term to decide is suspended")
        case .disputeOpinion: Phrase("de beslistermijn loopt weer", "the term to decide runs again")
        case .zienswijze, .zienswijzeNone, .parentsNoView: Phrase("daarna het besluit", "then the decision")
        case .parentsDeclined, .pupilDeclined:
            Phrase("de gelegenheid is geboden; daarna het besluit", "the opportunity was given; then the decision")
        case .breachReport: Phrase("melden binnen 72 uur, registreren", "report within 72 hours, register")
        case .breachNoReport: Phrase("alleen in het datalekkenregister", "breach register only")
        case .inzage: Phrase("antwoord binnen een maand", "answer within one month")
        case .courtStarted: Phrase("bewaring opgeschort", "retention on hold")
        case .courtEnded: Phrase("bewaring loopt weer", "retention runs again")
        case .courtAnnulled:
            Phrase("het dienstverband loopt door", "the employment goes on") + Law.courtRestores.bracketed
        case .courtRejected:
            Phrase("het ontslag beëindigde niets", "the dismissal ended nothing") + Law.bw7671b.bracketed
        }
    }

    /// What the item asks after its date.
    enum Text: Equatable {
        case none
        /// One line: the school's name, the commission's outcome.
        case line(Phrase)
        /// A note in the editor.
        case note
    }

    var text: Text {
        switch self {
        case .accepted: .line(Phrase("Naam van de school: ", "Name of the school: "))
        case .disputeOpinion: .line(Phrase("Oordeel in een zin: ", "Opinion in a sentence: "))
        case .objection, .disputeRequested: .none
        // A pupil's: how and when the parents were invited (the service asks it; an employee's term
        // is on the case, and the note may stay empty).
        case .zienswijzeNone, .parentsNoView, .zienswijze, .breachReport, .breachNoReport, .inzage, .courtStarted,
            .courtEnded,
            .courtAnnulled, .courtRejected, .parentsDeclined,
            .pupilDeclined, .revoked, .consentRevoked:
            .note
        }
    }

    /// An invitation to be heard, or to give a view, that was not taken up: its date is the invitation's.
    var isDecline: Bool { self == .parentsDeclined || self == .pupilDeclined || self == .parentsNoView }

    /// The assessment of a data breach is dated now (its 72 hours run from the hour); the rest ask a date.
    var asksDate: Bool { self != .breachReport && self != .breachNoReport }

    /// The items that apply to the case now: the removal's items after a removal decision, the
    /// zienswijze after a voornemen (or at an openbare school, before a suspension), the breach
    /// assessment once on a data-breach case, inzage and court at any time.
    static func applicable(_ d: CaseDetail) -> [LegalItem] {
        let facts = Set(d.facts.map(\.kind))
        var out: [LegalItem] = []
        let objectionOpen = d.obligations.contains { $0.kind == .objectionDecision && !$0.isDone }
        if d.steps.contains(where: { $0.rung == .removal && $0.phase == .decision }) {
            if !facts.contains(.otherSchoolAccepted), !facts.contains(.removalRevoked) { out += [.accepted, .revoked] }
            if !objectionOpen { out.append(.objection) }
            let asked = d.facts.filter { $0.kind == .disputeRequested }.count
            let answered = d.facts.filter { $0.kind == .disputeOpinion }.count
            out.append(asked > answered ? .disputeOpinion : .disputeRequested)
        }
        // An openbare school's suspension of a pupil is a decision under the Awb: open to objection.
        else if d.subject.kind == .pupil, d.school?.denomination == .openbaar, !objectionOpen,
            d.steps.contains(where: { $0.rung == .suspension && $0.phase == .decision })
        {
            out.append(.objection)
        }
        // An employee's consent to the dismissal, while its term to revoke runs (the service checks
        // the rest: this dismissal's own consent, lid 5, an end on record).
        if d.subject.kind == .staff, d.record.status == .open,
            d.obligations.contains(where: { $0.kind == .consentWithdrawal && !$0.isDone }),
            d.obligations.contains(where: { $0.kind == .dismissalConsent && $0.isDone })
        {
            out.append(.consentRevoked)
        }
        if d.steps.contains(where: { $0.phase == .proposal }) || d.school?.denomination == .openbaar {
            out += [.zienswijze, d.subject.kind == .staff ? .zienswijzeNone : .parentsNoView]
        }
        // Before a removal, where the law asks only that they could be heard (Awb art. 4:8 at an
        // openbare school; in VO WVO 2020 art. 8.15): the service refuses the rest, and says why.
        if d.subject.kind == .pupil || d.subject.kind == .parent, d.record.status == .open {
            let vo = d.school?.sector == .vo
            if vo || d.school?.denomination == .openbaar { out.append(.parentsDeclined) }
            if vo { out.append(.pupilDeclined) }
        }
        if d.record.flags.dataBreach, !facts.contains(.breachAssessed) { out += [.breachReport, .breachNoReport] }
        out.append(.inzage)
        if d.facts.last(where: { $0.kind == .courtCase })?.courtOutcome == .started {
            out.append(.courtEnded)
            // A dismissal of the case's that the court may annul (the service checks which).
            if d.subject.kind.isPersonnel,
                d.steps.contains(where: { $0.phase == .decision && [.dismissal, .summaryDismissal].contains($0.rung) })
            {
                out.append(.courtAnnulled)
                // A dissolution asked of the kantonrechter, who may refuse it.
                if d.facts.contains(where: {
                    $0.kind == .dismissalRoute && $0.value == DismissalRoute.kantonrechter.rawValue
                }) {
                    out.append(.courtRejected)
                }
            }
        } else {
            out.append(.courtStarted)
        }
        return out
    }

    /// The picker of the items that apply.
    static func picker(_ d: CaseDetail, _ s: AppState) -> PickerScreen {
        PickerScreen(
            title: s.t("Vastleggen op zaak \(d.record.number)", "Record on case \(d.record.number)"),
            items: applicable(d).map {
                PickerItem(id: $0.rawValue, label: $0.label(s.lang), detail: $0.consequence(s.lang))
            }, purpose: .legal(d.record.id))
    }

    /// After the item is picked: its date (today, to change), or straight on.
    static func picked(_ id: CaseID, _ item: LegalItem, _ s: inout AppState) -> Outcome {
        guard item.asksDate else { return next(id, item, s.today, &s) }
        // A declined invitation asks the invitation's day (before today, the day it is recorded that
        // they did not come): the service refuses one of today.
        let label =
            item.isDecline
            ? s.t("Uitgenodigd op (dd-mm-jjjj): ", "Invited on (dd-mm-yyyy): ")
            : s.t("Datum (dd-mm-jjjj): ", "Date (dd-mm-yyyy): ")
        return .open(
            PromptScreen(
                title: item.label(s.lang), label: label, text: item.isDecline ? "" : s.today.dutch,
                purpose: .legalDate(id, item)))
    }

    /// After the date: what the item asks next, or the write.
    static func next(_ id: CaseID, _ item: LegalItem, _ date: LocalDate, _ s: inout AppState) -> Outcome {
        // No view from the parents: after the day they were invited, the term's last day (the
        // service refuses "none" within it).
        if item == .parentsNoView {
            return .open(
                PromptScreen(
                    title: item.label(s.lang),
                    label: s.t("Reageren kon tot en met (dd-mm-jjjj): ", "They could answer up to (dd-mm-yyyy): "),
                    purpose: .legalUntil(id, invited: date)))
        }
        switch item.text {
        case .none: return .run([.write(.legal(id, item, date, text: ""))])
        case let .line(label):
            return .open(
                PromptScreen(title: item.label(s.lang), label: label(s.lang), purpose: .legalText(id, item, date)))
        case .note: return EditorScreen.start("", .legal(id, item, date), s)
        }
    }

    /// A date as typed: 15-12-2026, 15-12-26 is not accepted (which century?), 2026-12-15 is.
    static func date(_ typed: String) -> LocalDate? {
        let t = typed.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: t) { return iso }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
            let y = Int(parts[2])
        else { return nil }
        return LocalDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
    }
}

extension ServiceEffects {
    /// Records a legal fact through the service, which checks it against the case and the law.
    func legal(_ id: CaseID, _ item: LegalItem, _ date: LocalDate, _ text: String) throws -> Saved<Written> {
        let cases = service.cases
        let done = { (more: Phrase) -> Written in
            .filed(Phrase("Vastgelegd: ", "Recorded: ") + item.label + more, dossier: nil)
        }
        switch item {
        case .accepted:
            return Self.map(try cases.acceptedElsewhere(id, school: text, on: date)) { _ in done(.init("", "")) }
        case .revoked:
            return Self.map(try cases.removalRevoked(id, on: date, reason: text)) { _ in done(.init("", "")) }
        case .consentRevoked:
            return Self.map(try cases.consentRevoked(id, on: date, reason: text)) { _ in done(.init("", "")) }
        case .objection:
            return Self.map(try cases.recordObjection(id, receivedOn: date)) {
                done(Phrase("; beslissen uiterlijk \($0.due.dutch)", "; decide by \($0.due.dutch)"))
            }
        case .disputeRequested: return Self.map(try cases.disputeRequested(id, on: date)) { _ in done(.init("", "")) }
        case .disputeOpinion:
            return Self.map(try cases.disputeOpinion(id, on: date, outcome: text)) { _ in done(.init("", "")) }
        // A parents' "no view" is written from its own note (`EditPurpose.noView`), with its two days.
        case .zienswijze, .zienswijzeNone, .parentsNoView:
            return Self.map(try cases.zienswijze(id, on: date, given: item == .zienswijze, note: text)) { _ in
                done(.init("", ""))
            }
        case .parentsDeclined, .pupilDeclined:
            let party: HeardParty = item == .parentsDeclined ? .parents : .pupil
            return Self.map(
                try cases.hearingDeclined(id, party: party, invited: date, on: service.today, note: text)
            ) { _ in
                done(.init("", ""))
            }
        case .breachReport, .breachNoReport:
            return Self.map(try cases.assessBreach(id, report: item == .breachReport, note: text)) { _ in
                done(.init("", ""))
            }
        case .inzage:
            return Self.map(try cases.inzageRequest(id, receivedOn: date, note: text)) {
                done(Phrase("; antwoord uiterlijk \($0.due.dutch)", "; answer by \($0.due.dutch)"))
            }
        case .courtStarted, .courtEnded, .courtAnnulled, .courtRejected:
            let outcome: CourtOutcome =
                switch item {
                case .courtStarted: .started
                case .courtEnded: .ended
                case .courtRejected: .rejected
                default: .annulled
                }
            // Begun after the employee's two months (BW 7:686a lid 4): said with what was recorded.
            var late: Phrase? = nil
            if outcome == .started {
                let before = try cases.detail(id)
                late = CaseWorkflow.lateContest(before.obligations, before.facts, startedOn: date)
            }
            return Self.map(try cases.courtCase(id, outcome, on: date, note: text)) { _ in
                done(late.map { Phrase(". ", ". ") + $0 } ?? .init("", ""))
            }
        }
    }
}
