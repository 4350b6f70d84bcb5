/// The notices the law asks of the school to an authority: the Inspectie of a suspension of more
/// than a day (WPO art. 40c lid 3: "schriftelijk en met opgave van redenen") and of a removal, B&W
/// (leerplicht, the RMC function) of a removal (Leerplichtwet 1969 art. 18 lid 1: "terstond"), the
/// Autoriteit Persoonsgegevens of a data breach (AVG art. 33). Ticked bare, a lawyer asking when
/// and how the Inspectie was told found only "Gedaan" and the day it was ticked (a review): the
/// notice is shown by what was sent or said, an entry of the case written since what it reports.
extension ObligationKind {
    public var isNotice: Bool {
        [.inspectieSuspension, .inspectieRemoval, .inspectieFinalRemoval, .leerplichtRemoval, .rmcRemoval, .apReport]
            .contains(self)
    }
}

extension CaseWorkflow {
    /// `entry` shows the notice `o` given: one of this case, written after what it reports.
    static func requireNoticeRecord(_ o: Obligation, entry: EntryID?, in h: CaseHistory, _ r: any StorageReader)
        throws
    {
        let n = h.record.number
        let hint = Phrase(
            "Verstuur de melding (bijvoorbeeld `casus letter \(n) --template melding-inspectie`, dan `casus letter sent`) of leg vast hoe en wanneer u het meldde (`casus note \(n) --kind phone|note --body …`), en geef dat stuk: `casus case done \(n) --obligation \(o.kind.rawValue) --entry STUK` (op het zaakscherm: o).",
            "Send the notice (for example `casus letter \(n) --template melding-inspectie`, then `casus letter sent`) or record how and when you gave it (`casus note \(n) --kind phone|note --body …`), and give that entry: `casus case done \(n) --obligation \(o.kind.rawValue) --entry ENTRY` (on the case screen: o)."
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
        if let since = reported(o.kind, in: h), e.at < since {
            throw CasusError.refused(
                "stuk \(entry) is van \(e.at.dutch()), vóór wat het meldt (\(since.dutch())); er is niets veranderd",
                "entry \(entry) is of \(e.at.dutch()), before what it reports (\(since.dutch())); nothing was changed",
                hint: hint)
        }
    }

    /// When what the notice reports was decided or found.
    static func reported(_ kind: ObligationKind, in h: CaseHistory) -> Timestamp? {
        switch kind {
        case .inspectieSuspension: h.decisions.last { $0.rung == .suspension }?.at
        case .inspectieRemoval, .leerplichtRemoval, .rmcRemoval: h.decisions.last { $0.rung == .removal }?.at
        case .inspectieFinalRemoval: h.fact(.otherSchoolAccepted)?.at
        case .apReport: h.fact(.breachAssessed)?.at
        default: nil
        }
    }
}
