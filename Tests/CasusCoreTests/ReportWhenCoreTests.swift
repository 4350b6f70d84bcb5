import Foundation
@testable import CasusCore
import CasusTestSupport
import Testing

/// Issue 16, item 10 in the core: a report's day and evidence in the chain (a report without
/// them is encoded exactly as before), replayed into the rows, and the day as a user types it.
@Suite struct ReportWhenCoreTests {
    let at = Fixtures.at("2026-11-18")

    /// The bytes of a report without a day or evidence, as casus wrote them before issue 16.
    @Test func aReportWithoutADayOrEvidenceIsEncodedAsBefore() {
        let plain = EventPayload.incidentReported(
            Incident(id: 3, schoolID: 1, reportedAt: at, summary: "Filmpje.", platform: "TikTok", reporterName: "Juf"),
            involved: [InvolvedRef(person: 5, role: .subject)], reportedBy: "juf")
        let text = String(decoding: EventCodec.payloadBytes(plain), as: UTF8.self)
        let expected =
            [
                "id:1:3", "school:1:1", "reported_at:20:\(at.iso)", "summary:64:\(EventCodec.text("Filmpje."))",
                "platform:6:TikTok", "reporter_name:64:\(EventCodec.text("Juf"))", "reported_by:3:juf",
                "involved:9:5=subject",
            ].joined(separator: "\n") + "\n"
        #expect(text == expected)

        let file = EvidenceFile(name: "scherm.png", bytes: [1, 2, 3])
        var i = Incident(
            id: 3, schoolID: 1, reportedAt: at, summary: "Filmpje.", happenedOn: Fixtures.date("2026-11-12"))
        i.evidence = [EvidenceNote(file)]
        let fields = EventCodec.fields(.incidentReported(i, involved: [], reportedBy: "juf", evidence: [file]))
        #expect(
            fields.suffix(2) == [
                EventCodec.Field("happened_on", "2026-11-12"), EventCodec.Field("evidence", file.sha256),
            ])
        // Evidence without a day writes the day as absent.
        i.happenedOn = nil
        #expect(
            EventCodec.fields(.incidentReported(i, involved: [], reportedBy: "juf", evidence: [file])).suffix(2).first
                == EventCodec.Field("happened_on", nil))
    }

    @Test func theDayAndTheEvidenceReplayIntoTheirRows() {
        let file = EvidenceFile(name: "scherm.png", bytes: [1, 2, 3])
        var i = Incident(id: 3, schoolID: 1, reportedAt: at, summary: "s", happenedOn: Fixtures.date("2026-11-12"))
        i.evidence = [EvidenceNote(file)]
        var ledger = Ledger()
        for (n, p) in [
            EventPayload.incidentReported(
                Incident(id: 2, schoolID: 1, reportedAt: at, summary: "s"), involved: [], reportedBy: "d"),
            .incidentReported(i, involved: [], reportedBy: "d", evidence: [file]),
        ].enumerated() {
            let bytes = EventCodec.payloadBytes(p)
            ledger.apply(
                Ledger.StoredEvent(
                    seq: Int64(n + 1), at: at.iso, account: "d", realAccount: nil, kind: p.kind.rawValue, dossier: nil,
                    auditSeq: 0, payload: bytes, prevHash: "", hash: ""))
        }
        #expect(ledger.problems.isEmpty)
        let day = DerivedTable.incident.columns.firstIndex(of: "happened_on")!
        #expect(ledger.expected(.incident).map { $0.row[day] } == [nil, "2026-11-12"])
        #expect(ledger.expected(.incidentEvidence).map(\.row) == [["3", "0", file.sha256]])
    }

    @Test func aDayIsTypedEitherWay() {
        #expect(LocalDate(typed: "12-11-2026")?.iso == "2026-11-12")
        #expect(LocalDate(typed: " 2026-11-12 ")?.iso == "2026-11-12")
        #expect(LocalDate(typed: "2/3/2026")?.iso == "2026-03-02")
        #expect(LocalDate(typed: "12-11-26") == nil, "which century?")
        #expect(LocalDate(typed: "30-02-2026") == nil)
        #expect(LocalDate(typed: "gisteren") == nil)
        #expect(EvidenceFiles.paths("a.png, b.png\n c.png,,") == ["a.png", "b.png", "c.png"])
        // A name with a comma in quotes is one file (it could not be attached on the form, a review).
        #expect(
            EvidenceFiles.paths(#""scherm, 1.png", 'b, c.png', it's.png"#) == ["scherm, 1.png", "b, c.png", "it's.png"])
        // The field has no shell: `~/` is the home folder as a shell would read it; `a~/b` is a name.
        let home = NSString(string: "~").expandingTildeInPath
        #expect(EvidenceFiles.paths("~/shot 1.png, a~/b.png") == [home + "/shot 1.png", "a~/b.png"])
    }
}
