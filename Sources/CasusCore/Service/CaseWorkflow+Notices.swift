/// The notices the law asks of the school to an authority: the Inspectie of a suspension of more
/// than a day (WPO art. 40c lid 3: "schriftelijk en met opgave van redenen") and of a removal, B&W
/// (leerplicht, the RMC function) of a removal (Leerplichtwet 1969 art. 18 lid 1: "terstond"), the
/// Autoriteit Persoonsgegevens of a data breach (AVG art. 33). Ticked bare, a lawyer asking when
/// and how the Inspectie was told found only "Gedaan" and the day it was ticked (a review): the
/// notice is shown by what was sent or said, an entry of the case written since what it reports.
extension ObligationKind {
    public var isNotice: Bool {
        [
            .inspectieSuspension, .inspectieRemoval, .inspectieFinalRemoval, .leerplichtRemoval, .rmcRemoval, .apReport,
            // The call to the vertrouwensinspecteur (WPO art. 4a), by its phone note; under the
            // meldplicht by its outcome (`casus case consult`). Ticked bare with one key (a review).
            .vertrouwensinspecteur,
        ].contains(self)
    }

    /// A notice given in writing: the Inspectie's of a suspension "schriftelijk en met opgave van
    /// redenen" (WPO art. 40c lid 3), and as the Inspectie's other notices and the Autoriteit
    /// Persoonsgegevens' are made (the Internet Schooldossier, the AP's form). A phone note with a
    /// parent was taken as the notice to the Inspectie (a review).
    public var isWrittenNotice: Bool {
        [.inspectieSuspension, .inspectieRemoval, .inspectieFinalRemoval, .apReport].contains(self)
    }

    /// A notice to the Inspectie (the `melding-inspectie` letter's).
    public var isInspectieNotice: Bool {
        [.inspectieSuspension, .inspectieRemoval, .inspectieFinalRemoval].contains(self)
    }

    /// Who a notice goes to.
    public var addressee: Phrase {
        switch self {
        case .leerplichtRemoval, .rmcRemoval: Phrase("B&W (de leerplichtambtenaar)", "B&W (the attendance officer)")
        case .apReport: Phrase("de Autoriteit Persoonsgegevens", "the Autoriteit Persoonsgegevens")
        case .vertrouwensinspecteur: Phrase("de vertrouwensinspecteur", "the vertrouwensinspecteur")
        default: Phrase("de Inspectie", "the Inspectie")
        }
    }
}

extension CaseWorkflow {
    /// `entry` shows the notice `o` given: one of this case, written after what it reports.
    static func requireNoticeRecord(
        _ o: Obligation, entry: EntryID?, in h: CaseHistory, letters: LetterLibrary?, _ r: any StorageReader
    ) throws {
        let n = h.record.number
        // Under the meldplicht the call records whether there is a reasonable suspicion.
        if o.kind == .vertrouwensinspecteur, h.record.flags.meldplicht {
            throw CasusError.refused(
                "bij de meldplicht legt het overleg met de vertrouwensinspecteur vast of er een redelijk vermoeden is; er is niets veranderd",
                "under the meldplicht the consultation with the vertrouwensinspecteur records whether there is a reasonable suspicion; nothing was changed",
                hint: Phrase(
                    "`casus case consult \(n) --suspicion ja|nee --note …` (op het zaakscherm: v).",
                    "`casus case consult \(n) --suspicion yes|no --note …` (on the case screen: v)."))
        }
        let done = "`casus case done \(n) --obligation \(o.kind.rawValue) --entry STUK`"
        let doneEn = "`casus case done \(n) --obligation \(o.kind.rawValue) --entry ENTRY`"
        let hint =
            o.kind == .apReport
            ? Phrase(
                "Leg vast wanneer u het datalek meldde (het meldformulier van de Autoriteit Persoonsgegevens): `casus note \(n) --kind note|email --body …`, en geef dat stuk: \(done).",
                "Record when you reported the breach (the Autoriteit Persoonsgegevens' form): `casus note \(n) --kind note|email --body …`, and give that entry: \(doneEn)."
            )
            : o.kind.isInspectieNotice
                ? Phrase(
                    "Verstuur de melding (`casus letter \(n) --template melding-inspectie`, dan `casus letter sent`: dat vinkt haar af), of leg vast hoe en wanneer u haar schriftelijk deed (`casus note \(n) --kind email|note --body …`, bijvoorbeeld via het Internet Schooldossier) en geef dat stuk: \(done).",
                    "Send the notice (`casus letter \(n) --template melding-inspectie`, then `casus letter sent`: that ticks it), or record how and when you gave it in writing (`casus note \(n) --kind email|note --body …`, for example through the Inspectie's portal) and give that entry: \(doneEn)."
                )
                : Phrase(
                    "Leg vast hoe en wanneer u \(o.kind.addressee.nl) inlichtte (`casus note \(n) --kind phone|email|note --body …`; een brief die u buiten casus stuurde, in een notitie) en geef dat stuk: \(done).",
                    "Record how and when you told \(o.kind.addressee.en) (`casus note \(n) --kind phone|email|note --body …`; a letter you sent outside casus, in a note) and give that entry: \(doneEn)."
                )
        guard let entry else {
            throw CasusError.refused(
                "\(o.kind.label.nl) vinkt u niet zonder stuk af: het stuk laat zien hoe en wanneer het gemeld is; er is niets veranderd",
                "\(o.kind.label.en) is not ticked off without an entry: the entry shows how and when it was given; nothing was changed",
                hint: hint)
        }
        guard let e = try r.entry(id: entry), e.caseID == h.record.id else {
            throw CasusError.refused(
                "stuk \(entry) hoort niet bij zaak \(n); er is niets veranderd",
                "entry \(entry) is not of case \(n); nothing was changed", hint: hint)
        }
        let sent = try r.letterSendings(dossier: e.dossierID)[e.id] != nil
        if e.kind == .phone, o.kind.isWrittenNotice {
            throw CasusError.refused(
                "stuk \(entry) is een telefoonnotitie; \(o.kind.label.nl) gaat schriftelijk\(o.kind == .inspectieSuspension ? " (\(Law.wpo40c3.cite.nl): schriftelijk en met opgave van redenen)" : ""); er is niets veranderd",
                "entry \(entry) is a phone note; \(o.kind.label.en) is given in writing\(o.kind == .inspectieSuspension ? " (\(Law.wpo40c3.cite.en): in writing, with reasons)" : ""); nothing was changed",
                hint: hint)
        }
        if !Self.mayShow(o, e, sent: sent, letters: letters) {
            throw CasusError.refused(
                "stuk \(entry) (\(e.title)) laat niet zien dat \(o.kind.addressee.nl) is ingelicht; er is niets veranderd",
                "entry \(entry) (\(e.title)) does not show that \(o.kind.addressee.en) was told; nothing was changed",
                hint: hint)
        }
        if let since = reported(o.kind, steps: h.steps, facts: h.facts), e.at < since {
            throw CasusError.refused(
                "stuk \(entry) is van \(e.at.dutch()), vóór wat het meldt (\(since.dutch())); er is niets veranderd",
                "entry \(entry) is of \(e.at.dutch()), before what it reports (\(since.dutch())); nothing was changed",
                hint: hint)
        }
    }

    /// Whether entry `e` of the case can show notice `o` given: a note, a phone note (not of a
    /// notice given in writing, `isWrittenNotice`) or a note of an e-mail (of a notice given
    /// outside casus); a letter only once sent and of a template that
    /// gives this notice (`melding-inspectie`, the Inspectie's). Not a meeting's note or a
    /// decision's record, nor any other letter: the removal's letter to the parents, even unsent,
    /// was taken as B&W's notice, and a letter whose template the ticking account's configuration
    /// did not hold was taken as the school's own (reviews). Whether it was written in time is
    /// `reported`'s.
    public static func mayShow(_ o: Obligation, _ e: DossierEntry, sent: Bool, letters: LetterLibrary?) -> Bool {
        switch e.kind {
        case .note, .email: return true
        case .phone: return !o.kind.isWrittenNotice
        case .letter: return sent && template(e.title, letters)?.fulfils.contains(o.kind) == true
        default: return false
        }
    }

    /// When what the notice reports was decided or found.
    public static func reported(_ kind: ObligationKind, steps: [Step], facts: [CaseFact]) -> Timestamp? {
        let decisions = steps.filter { $0.phase == .decision }
        return switch kind {
        case .inspectieSuspension: decisions.last { $0.rung == .suspension }?.at
        case .inspectieRemoval, .leerplichtRemoval, .rmcRemoval: decisions.last { $0.rung == .removal }?.at
        case .inspectieFinalRemoval: facts.last { $0.kind == .otherSchoolAccepted }?.at
        case .apReport: facts.last { $0.kind == .breachAssessed }?.at
        default: nil
        }
    }
}
