@testable import CasusCore
import CasusTestSupport
import Testing

/// Issue 16, item 7 in the core: the outcome's words, its place in the chain (an old close without
/// one replays as founded), the offence count, and a reclassification replayed.
@Suite struct CaseOutcomeCoreTests {
    let pupil = Person(id: 1, schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "de Boer", group: "6")

    @Test func theOutcomeIsReadInDutchOrEnglish() {
        #expect(CaseOutcome(word: "gegrond") == .founded)
        #expect(CaseOutcome(word: " Ongegrond ") == .unfounded)
        #expect(CaseOutcome(word: "VERGISSING") == .mistake)
        #expect(CaseOutcome(word: "mistake") == .mistake)
        #expect(CaseOutcome(word: "misschien") == nil)
        #expect(CaseOutcome.words.nl == "gegrond, ongegrond, vergissing (of founded, unfounded, mistake)")
        #expect(CaseOutcome.allCases.filter(\.counts) == [.founded])
    }

    @Test func aCloseWithoutAnOutcomeIsEncodedAsBeforeAndReplaysAsFounded() {
        let at = Fixtures.at("2026-10-01")
        let old = EventCodec.fields(.caseClosed(7, reason: "Klaar.", at: at, by: "d", outcome: nil)).map(\.name)
        #expect(old == ["id", "reason", "at", "by"])
        let new = EventCodec.fields(.caseClosed(7, reason: "Klaar.", at: at, by: "d", outcome: .unfounded))
        #expect(new.last == EventCodec.Field("outcome", "unfounded"))

        let rows = replay([
            .incidentReported(
                Incident(id: 3, schoolID: 1, reportedAt: at, summary: "s"), involved: [], reportedBy: "d"),
            .incidentTriaged(3),
            .caseOpened(record(id: 7, incident: 3), dossierKind: .pupil, subjectKind: .pupil, openedBy: "d"),
            .caseClosed(7, reason: "Klaar.", at: at, by: "d", outcome: nil),
        ])
        #expect(rows.problems.isEmpty)
        #expect(value(rows, .case, "outcome") == "founded")
        #expect(value(rows, .incident, "status") == "triaged")
    }

    @Test func aMistakeReplaysItsReportBackToTriageAndAReclassificationItsArticles() {
        let at = Fixtures.at("2026-10-01")
        let rows = replay([
            .incidentReported(
                Incident(id: 3, schoolID: 1, reportedAt: at, summary: "s"), involved: [], reportedBy: "d"),
            .incidentTriaged(3),
            .caseOpened(record(id: 7, incident: 3), dossierKind: .pupil, subjectKind: .pupil, openedBy: "d"),
            .caseReclassified(
                Reclassification(caseID: 7, articles: ["T.2", "I.7"], severity: .severe, reason: "r", at: at, by: "d")),
            .caseClosed(7, reason: "Verkeerde leerling.", at: at, by: "d", outcome: .mistake),
        ])
        #expect(rows.problems.isEmpty)
        #expect(value(rows, .case, "outcome") == "mistake")
        #expect(value(rows, .case, "severity") == "severe")
        #expect(value(rows, .incident, "status") == "new")
        #expect(rows.expected(.caseArticle).map { $0.row[2] } == ["T.2", "I.7"])
    }

    @Test func onlyFoundedAndOpenCasesCountAsOffences() {
        let p = Fixtures.profile("cbo-meilan")
        func earlier(_ id: CaseID, _ outcome: CaseOutcome?) -> Case {
            var c = record(id: id, incident: id, articles: ["T.1"], opened: "2026-09-1\(id)")
            c.status = outcome == nil ? .open : .closed
            c.outcome = outcome
            return c
        }
        let now = record(id: 10, incident: 10, articles: ["T.1"], opened: "2026-11-16")
        let others = [earlier(1, .unfounded), earlier(2, .mistake), earlier(3, .founded), earlier(4, nil)]
        let h = CaseHistory(
            record: now, subject: pupil, steps: [], obligations: [], entries: [], subjectCases: others + [now])
        // Two earlier offences count (founded, open): this is the third; the unfounded and the mistake do not.
        #expect(LadderEngine.offenceCount(h, profile: p)?.count == 3)
        let none = CaseHistory(
            record: now, subject: pupil, steps: [], obligations: [], entries: [],
            subjectCases: [earlier(1, .unfounded), earlier(2, .mistake), now])
        #expect(LadderEngine.offenceCount(none, profile: p)?.count == 1)
    }

    func record(id: CaseID, incident: IncidentID, articles: [String] = ["T.1"], opened: String = "2026-10-01")
        -> Case
    {
        Case(
            id: id, schoolID: 1, number: "2026-000\(id)", incidentID: incident, subjectID: pupil.id,
            dossierID: pupil.id, profileID: "cbo-meilan", articles: articles, severity: .light, summary: "s",
            openedAt: Fixtures.at(opened))
    }

    func replay(_ payloads: [EventPayload]) -> Ledger {
        var ledger = Ledger()
        var head = ChainHead.genesis
        for p in payloads {
            let e = EventChain.link(
                p, after: head, at: Fixtures.at("2026-10-01"), account: "d", realAccount: nil, auditSeq: 0)
            ledger.apply(
                Ledger.StoredEvent(
                    seq: e.seq, at: e.at.iso, account: e.account, realAccount: e.realAccount, kind: e.kind.rawValue,
                    dossier: e.dossier, auditSeq: e.auditSeq, payload: e.payloadBytes, prevHash: e.prevHash,
                    hash: e.hash))
            head = ChainHead(seq: e.seq, hash: e.hash)
        }
        return ledger
    }

    func value(_ ledger: Ledger, _ table: DerivedTable, _ column: String) -> String? {
        ledger.expected(table).first?.row[table.columns.firstIndex(of: column)!] ?? nil
    }
}
