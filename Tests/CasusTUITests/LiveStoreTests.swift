import CasusCore
import CasusDemo
import CasusStore
import Foundation
@testable import CasusTUI
import Testing
import CasusTestSupport

/// A store that fails every fetch, counting how often it is asked.
final class FailingStore: EffectHandler {
    var fetches = 0
    let error: CasusError
    init(_ error: CasusError) { self.error = error }
    func fetch(_ request: Fetch) throws -> Fetched {
        fetches += 1
        throw error
    }
    func ask(_ question: Ask) throws -> Answer { throw error }
    func write(_ change: Write) throws -> Saved<Written> { throw error }
    func changeToken() throws -> UInt64 { throw error }
}

/// The real handler, counting fetches.
final class CountingStore: EffectHandler {
    let inner: any EffectHandler
    var fetches = 0
    init(_ inner: any EffectHandler) { self.inner = inner }
    func fetch(_ request: Fetch) throws -> Fetched {
        fetches += 1
        return try inner.fetch(request)
    }
    func ask(_ question: Ask) throws -> Answer { try inner.ask(question) }
    func write(_ change: Write) throws -> Saved<Written> { try inner.write(change) }
    func changeToken() throws -> UInt64 { try inner.changeToken() }
}

/// Loads are state: a failing store is shown once and asked again only on a key or a tick;
/// what another session saves shows up on a tick, without a key.
@Suite struct LiveStoreTests {
    static func state(width: Int = 100, height: Int = 30, role: Role = .director) -> AppState {
        AppState(
            width: width, height: height, lang: .nl,
            session: Session(schoolName: "Testschool", personName: "Marieke van Dam", account: "directeur", role: role),
            today: LocalDate(iso: "2026-11-18")!)
    }

    @Test func aFailingStoreIsShownOnceAndAskedAgainOnlyOnAKey() {
        let store = FailingStore(CasusError(.storage, Phrase("de database is bezet", "the database is busy")))
        let rt = Runtime(state: Self.state(), handler: store)
        // The queue and the case list, each asked once; the failure on the status line.
        #expect(store.fetches == 2)
        #expect(rt.frame.text.contains("de database is bezet"))
        for key in ["4", "j", "k", "3", "1", "2"] {
            let before = store.fetches
            rt.press(.char(Character(key)))
            #expect(!rt.state.quitting)
            // Each key asks each visible value at most once more.
            #expect(store.fetches - before <= 3, "key \(key) asked \(store.fetches - before) times")
        }
        #expect(rt.state.status?.isError == true)
    }

    @Test func aBusyStoreIsAskedAgainOnATickARefusalIsNot() {
        let busy = FailingStore(CasusError(.storage, Phrase("bezet", "busy")))
        let rt = Runtime(state: Self.state(), handler: busy)
        let before = busy.fetches
        rt.send(.event(.tick))
        #expect(busy.fetches == before + 2)
        let refusing = FailingStore(CasusError.refused("mag niet", "not allowed"))
        let rt2 = Runtime(state: Self.state(), handler: refusing)
        let asked = refusing.fetches
        for _ in 0..<5 { rt2.send(.event(.tick)) }
        #expect(refusing.fetches == asked)
    }

    /// A second process (another connection to the same file) files a report while the TUI is
    /// open on the Zaken tab: on the next tick the tab bar counts it, no key pressed.
    /// The TUI open on a file, and a second process (another connection to it) that files a report
    /// meanwhile: the runtime, its store, how many reports its queue counted before, and the pupil.
    func reportFiledElsewhere(in scratch: Scratch) throws -> (
        rt: Runtime, store: CountingStore, queued: Int, pupil: Person
    ) {
        let path = scratch.path("demo.sqlite")
        let (first, service) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, storage: try SQLiteStorage(path: path))
        let store = CountingStore(ServiceEffects(service: service, letters: LetterLibrary([])))
        let rt = Runtime(state: first.state, handler: store)
        let queued = rt.state.incidents.total
        #expect(rt.frame.text.contains("Meldingen (\(queued))"))
        let other = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: .fixed(TUIFixture.moment))
        let pupil = try #require(other.directory.people(kinds: [.pupil], limit: 1).first)
        try other.intake.report(
            summary: "Een filmpje uit de gymzaal staat op TikTok.", platform: "TikTok", subjects: [pupil.id])
        return (rt, store, queued, pupil)
    }

    @Test func aReportSavedByAnotherProcessShowsUpOnATick() throws {
        let scratch = Scratch("live")
        let (rt, store, queued, _) = try reportFiledElsewhere(in: scratch)
        #expect(rt.frame.text.contains("Meldingen (\(queued))"))
        rt.send(.event(.tick))
        #expect(rt.frame.text.contains("Meldingen (\(queued + 1))"), "\(rt.frame.text)")
        // Reading it again wrote audit lines only, which move no token: the next tick reloads nothing.
        let fetches = store.fetches
        rt.send(.event(.tick))
        #expect(store.fetches == fetches)
    }

    /// A report another process saves while the director types a note, and the note saved before
    /// the next tick: the save's own token counted the report as seen, and the queue never showed it
    /// (a review of two directors and a teacher on one server). Now the save sees that the chain
    /// moved before its own events, and everything is read again.
    @Test func aReportSavedWhileTheDirectorTypesShowsUpWithTheirOwnSave() throws {
        let scratch = Scratch("live-own-save")
        let (rt, store, queued, pupil) = try reportFiledElsewhere(in: scratch)
        // The director's note, saved as the runtime saves it (no tick between).
        let note = Write.save(.dossierNote(pupil.id, .note), body: "Gesprek met de leerling gehad.")
        let saved = try store.write(note)
        rt.send(.wrote(note, .success(saved), version: try store.changeToken()))
        #expect(rt.frame.text.contains("Meldingen (\(queued + 1))"), "\(rt.frame.text)")
        // Seen now: the next tick reads nothing again.
        let fetches = store.fetches
        rt.send(.event(.tick))
        #expect(store.fetches == fetches)
        // A save of its own alone reads again only what it changed: the queue is not asked.
        let alone = Write.save(.dossierNote(pupil.id, .note), body: "Ouders gebeld.")
        let before = store.fetches
        rt.send(.wrote(alone, .success(try store.write(alone)), version: try store.changeToken()))
        #expect(rt.state.incidents.total == queued + 1)
        #expect(store.fetches - before <= 2, "\(store.fetches - before) fetches after a save of its own")
    }

    /// Changes are events: after a triage the report count is right on every tab, at once.
    @Test func everyWriteMarksWhatItChangedStaleWhateverTabShows() throws {
        let rt = try TUIFixture.runtime(width: 100, height: 30)
        rt.press(.char("1"))
        let queued = rt.state.incidents.total
        rt.press(.char("t"), .char(" "), .enter)  // tick the suggestion; the new case opens on the Zaken tab
        #expect(rt.state.incidents.total == queued - 1)
        rt.press(.escape)
        #expect(rt.state.tab == .cases)
        #expect(rt.frame.text.split(separator: "\n")[1].contains("Meldingen (\(queued - 1))"))
    }

    /// A list of people on screen is a read the audit log keeps (DESIGN §5), one line per list
    /// however far it is scrolled: the Dossiers tab showed names and groups and left no line. A
    /// name typed within a list already recorded shows no one it did not hold: no line per letter
    /// (each cost the key an fsync).
    @Test func aListOfPeopleOnScreenIsOneLineInTheAuditLog() throws {
        let (rt, service) = try TUIFixture.runtimeAndService(width: 100, height: 30)
        func lists() throws -> [AuditRecord] {
            try service.integrity.auditLog(offset: 0, limit: 10_000).filter { $0.action == "people.list" }
        }
        let before = try lists().count
        rt.press(.char("3"))
        for _ in 0..<5 { rt.press(.char("j")) }
        rt.press(.pageDown)
        rt.press(.char("1"))
        rt.press(.char("3"))
        rt.press(.char("f"), .char("d"), .char("e"), .enter)
        let after = try lists()
        #expect(after.count == before + 1, "\(after.map(\.detail))")
        #expect(after.last?.detail == "allen")
    }

    /// The cursor stays on its case and its report when another session adds a row above or takes
    /// one away: it stayed on the row's number, and Enter opened another pupil's case (a review).
    @Test func theCursorStaysOnItsRowWhenAnotherSessionChangesTheList() throws {
        let scratch = Scratch("live-cursor")
        let path = scratch.path("demo.sqlite")
        let (first, service) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, storage: try SQLiteStorage(path: path))
        let rt = Runtime(state: first.state, handler: ServiceEffects(service: service, letters: LetterLibrary([])))
        let other = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: .fixed(TUIFixture.moment))

        rt.press(.char("2"))
        for _ in 0..<3 { rt.press(.char("j")) }
        let chosen = try #require(rt.state.cases.selectedRow)
        let before = rt.state.cases.total
        // Another director opens a case on a report: a row comes in (above the cursor, or below).
        let report = try #require(try other.intake.rows(status: .new, offset: 0, limit: 1).first)
        let subject = try #require(try other.intake.incident(report.id).1.first { $0.role == .subject }?.person)
        try other.cases.open(incident: report.id, subject: subject.id, articles: ["3A.8"], severity: .severe)
        rt.send(.event(.tick))
        #expect(rt.state.cases.total == before + 1)
        #expect(rt.state.cases.selectedRow?.id == chosen.id, "\(rt.frame.text)")

        rt.press(.char("1"))
        for _ in 0..<4 { rt.press(.char("j")) }
        let marked = try #require(rt.state.incidents.selectedRow)
        let above = try #require(rt.state.incidents.row(at: 1))
        try other.intake.dismiss(above.id, reason: "Geen zaak voor school.")
        rt.send(.event(.tick))
        #expect(rt.state.incidents.selectedRow?.id == marked.id, "\(rt.frame.text)")
    }

    /// In a queue longer than a page, a marked report another director dismissed is unmarked at the
    /// next reload of the rows around it: it stayed marked, and every bulk dismissal was refused
    /// ("melding 16 is al afgewezen; geen van de 3 meldingen is afgewezen", a review).
    @Test func aMarkOnAReportDismissedElsewhereGoesInALongQueue() throws {
        let scratch = Scratch("live-marks")
        let path = scratch.path("demo.sqlite")
        let (first, service) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, storage: try SQLiteStorage(path: path))
        let pupil = try #require(service.directory.people(kinds: [.pupil], limit: 1).first)
        for n in 0..<150 {
            try service.intake.report(summary: "Melding \(n) uit de klas.", platform: "TikTok", subjects: [pupil.id])
        }
        let rt = Runtime(state: first.state, handler: ServiceEffects(service: service, letters: LetterLibrary([])))
        rt.send(.event(.tick))
        rt.press(.char("1"))
        #expect(rt.state.incidents.total > 150)
        for _ in 0..<60 { rt.press(.char("j")) }
        let row = try #require(rt.state.incidents.selectedRow)
        rt.press(.char(" "), .char(" "))
        #expect(rt.state.incidentQueue.marked.count == 2)
        let other = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: .fixed(TUIFixture.moment))
        try other.intake.dismiss(row.id, reason: "Geen zaak voor school.")
        rt.send(.event(.tick))
        #expect(rt.state.incidentQueue.marked.count == 1, "\(rt.state.incidentQueue.marked)")
        #expect(!rt.state.incidentQueue.marked.contains(row.id))

        // Out of sight: marked, then the end of the queue; another director dismisses one of the
        // marked. The bulk dismissal dismisses the rest and says so (it refused all, a review).
        let kept = try #require(rt.state.incidentQueue.marked.first)
        rt.press(.char("k"), .char("k"), .char("k"))
        let other2 = try #require(rt.state.incidents.selectedRow)
        rt.press(.char(" "))
        rt.press(.end)
        try other.intake.dismiss(other2.id, reason: "Dubbel.")
        rt.send(.event(.tick))
        #expect(rt.state.incidentQueue.marked.count == 2, "out of sight, the mark stays until it is acted on")
        rt.press(.char("x"))
        rt.type("Geen zaak voor school.")
        rt.press(.enter)
        let said = rt.state.status?.text ?? ""
        #expect(
            said.contains("Melding \(kept) afgewezen.") && said.contains("Melding \(other2.id) was intussen al"),
            "\(said)")
        #expect(rt.state.incidentQueue.marked.isEmpty)
    }

    /// A director changes an IB's role, or ends its access, while the IB's screen is open on a
    /// case: the case screen stayed, readable, under the old role in the header (a review). At the
    /// next tick the screen drops everything it read and says what happened; a key closes casus.
    @Test(arguments: [false, true]) func aRoleChangedOrEndedElsewhereClearsTheScreen(ended: Bool) throws {
        let storage = try SQLiteStorage()
        let (rt, _) = try TUIFixture.runtimeAndService(width: 80, height: 24, account: "demo-ib", storage: storage)
        let director = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: .fixed(TUIFixture.moment))
        rt.press(.char("2"), .home, .enter)
        let open = try #require(rt.state.topScreen(CaseScreen.self)?.detail?.record.number)
        #expect(rt.frame.text.contains(open))
        rt.send(.event(.tick))
        if ended {
            try director.directory.removeUser(account: "demo-ib", reason: "Uit dienst.")
        } else {
            try director.directory.setRole(account: "demo-ib", to: .teacher, reason: "Andere functie.")
        }
        rt.send(.event(.tick))
        let text = rt.frame.text
        #expect(
            text.contains(
                ended
                    ? "uw toegang tot casus beëindigd"
                    : "Uw rol is gewijzigd: u bent nu leerkracht"),
            "\(text)")
        #expect(!text.contains(open) && !text.contains("intern begeleider"), "\(text)")
        #expect(rt.state.stack.isEmpty && rt.state.caseList.list.rows.isEmpty)
        rt.press(.char("2"))
        #expect(rt.state.quitting)
    }

    /// A teacher made director while typing a report: the screen went with the report (a review).
    /// A role that may do all the old one may keeps the screen; the change is said once.
    @Test func aWiderRoleKeepsTheScreenAndSaysSo() throws {
        let storage = try SQLiteStorage()
        let (rt, _) = try TUIFixture.runtimeAndService(
            width: 80, height: 24, account: "demo-leerkracht", storage: storage)
        let director = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: .fixed(TUIFixture.moment))
        rt.press(.char("n"))
        rt.type("Filmpje in de klas.")
        rt.send(.event(.tick))
        try director.directory.setRole(account: "demo-leerkracht", to: .director, reason: "Nieuwe directeur.")
        rt.send(.event(.tick))
        #expect(rt.state.accessChanged == nil)
        #expect(rt.state.topScreen(ReportFormScreen.self) != nil, "\(rt.frame.text)")
        #expect(rt.frame.text.contains("u bent nu directeur"), "\(rt.frame.text)")
    }
}

/// An entry open on the screen while another process corrects it: the correction shows on the next
/// tick, said on the status line (it showed only after Esc and Enter, a review). Asking leaves no
/// audit line until there is something new to read.
@Suite struct EntryRefreshTests {
    @Test func aCorrectionMadeElsewhereShowsOnTheOpenEntry() throws {
        let scratch = Scratch("entry-refresh")
        let path = scratch.path("demo.sqlite")
        let (first, service) = try TUIFixture.runtimeAndService(
            width: 100, height: 30, storage: try SQLiteStorage(path: path))
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Wessel", lastName: "Quist", group: "6")
        ).value
        let note = try service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Gesprek", body: "De ouders werken mee.", corrects: nil
        ).value
        let rt = Runtime(state: first.state, handler: ServiceEffects(service: service, letters: LetterLibrary([])))
        rt.send(.answered(.entry(note.id), .success(.entry(try service.dossiers.entry(note.id)))))
        #expect(rt.state.topScreen(EntryScreen.self)?.entry.id == note.id)
        let other = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: .fixed(TUIFixture.moment))
        // Another dossier changes: nothing is read again for this entry.
        func reads() throws -> Int {
            try service.integrity.auditLog(person: pupil.id, offset: 0, limit: 100).filter {
                $0.action == "dossier.read"
            }.count
        }
        let audit = try reads()
        _ = try other.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Los", body: "Iets anders.", corrects: nil
        ).value
        rt.send(.event(.tick))
        #expect(try reads() == audit)
        _ = try other.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: nil, body: "CORRECTIE: de vader weigerde afspraken.",
            corrects: note.id
        ).value
        rt.send(.event(.tick))
        let screen = try #require(rt.state.topScreen(EntryScreen.self))
        #expect(screen.corrections.count == 1)
        #expect(rt.frame.text.contains("de vader weigerde afspraken"), "\(rt.frame.text)")
        #expect(rt.state.status?.text.contains("zojuist gecorrigeerd") == true)
    }
}
