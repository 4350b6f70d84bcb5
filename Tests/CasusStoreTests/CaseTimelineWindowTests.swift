@testable import CasusCore
import CasusTestSupport
import Testing

/// A case is read with its newest entries, how many it has, and every meeting note and letter:
/// opening a case and every step on it read every note it had (87 ms on a server for a case of
/// 5,542 notes). What decides (who was heard, which letter is not yet sent) is read whole.
@Suite struct CaseTimelineWindowTests {
    @Test(arguments: Backend.all)
    func aLongCaseReadsItsNewestEntriesAndEveryHearingAndLetter(_ backend: Backend) throws {
        let scratch = Scratch("window")
        let storage = try backend.make(in: scratch)
        let world = try StorageContractTests.world(storage)
        let c = world.cases[0]
        let builder = Fixtures.builder(storage)
        try builder.build(at: StorageContractTests.at) { tx in
            _ = try tx.append(
                EntryDraft(kind: .meeting, title: "Gesprek", body: "Zoë is gehoord.", caseID: c.id, heard: [.pupil]),
                to: c.dossierID, at: tx.now)
            _ = try tx.append(
                EntryDraft(kind: .letter, title: "Brief", body: "Geachte ouders, ...", caseID: c.id), to: c.dossierID,
                at: tx.now)
            for i in 1...60 {
                _ = try tx.append(
                    EntryDraft(kind: .note, title: "Notitie \(i)", body: "Nog een notitie.", caseID: c.id),
                    to: c.dossierID, at: tx.now)
            }
        }
        let window = CaseParts.timelineWindow
        try storage.read { r in
            // Every note of the case, as its dossier's timeline reads them.
            let all = try r.entries(dossier: c.dossierID, offset: 0, limit: 1000).filter { $0.caseID == c.id }
            #expect(all.count == 63)
            let read = try r.caseEntries(case: c.id, newest: window)
            #expect(read == CaseEntries(all: all, newest: window))
            #expect(read.newest.count == window && read.newest.last == all.last && read.count == 63)
            #expect(read.meetingsAndLetters.map(\.kind) == [.meeting, .letter])
            let parts = try r.caseParts(of: c)
            #expect(parts == (try r.casePartsOneByOne(of: c)))
            #expect(parts.entries == read.newest && parts.entryCount == 63)
            #expect(try r.caseEntries(case: c.id, newest: 0).newest.isEmpty)
            #expect(try r.caseEntries(case: 999_999, newest: window) == CaseEntries(all: [], newest: window))
        }
        // The ladder still knows the pupil was heard, fifty notes ago.
        let (history, _, _) = try builder.read { r in try CaseWorkflow(session: builder).history(r, c.id) }
        #expect(history.heard.contains(.pupil))
    }
}
