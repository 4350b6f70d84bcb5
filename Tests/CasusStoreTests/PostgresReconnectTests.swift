@testable import CasusCore
@testable import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// The server restarted (or dropped this session's connections) while a screen stayed open: the
/// next save and the next read go through on new connections, and what is said about a save is
/// what happened to it. Found by a review with four screens on one server: after a restart a
/// note was saved, and the screen said "Er is niets opgeslagen. Probeer het opnieuw." (the read
/// after it went through the access log's old connection), inviting a second copy into a dossier
/// that can never be changed.
extension PostgresRoleTests {
    /// Ends every connection of `account` on the server, as a restart does.
    func dropConnections(_ w: World, of account: String) throws {
        // This test's database only: the other tests on the shared cluster use the same accounts.
        _ = try w.cluster.psql(
            w.database,
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE usename = '\(account)' AND datname = '\(w.database)' AND pid <> pg_backend_pid()
            """)
    }

    func openCase(_ director: CasusService, _ w: World) throws -> Case {
        let report = try director.intake.report(
            summary: "Filmpje in de groepsapp.", platform: nil, subjects: [w.pupil.id])
        return try director.cases.open(incident: report.value.id, subject: w.pupil.id, articles: ["A.5"], severity: nil)
            .value
    }

    @Test func afterTheConnectionsWereDroppedASaveAndTheReadAfterItGoThrough() throws {
        let w = try world()
        let director = try login(w, "founder")
        let c = try openCase(director, w)
        _ = try director.cases.detail(c.id)  // the access log's connection is open now
        try dropConnections(w, of: "founder")
        let note = try director.cases.addEntry(c.id, kind: .note, body: "Na de herstart geschreven.")
        let detail = try director.cases.detail(c.id)
        #expect(detail.entries.filter { $0.body == "Na de herstart geschreven." }.map(\.id) == [note.value.id])
        #expect(try director.integrity.verify().isSound)
    }

    /// A case on a server, and the storage whose next save is kept but its answer lost with the
    /// connection (the fault is the last value).
    func caseWithItsNextAnswerLost() throws -> (CasusService, Case, PostgresStorage, PGError) {
        let w = try world()
        let director = try login(w, "founder")
        let c = try openCase(director, w)
        let storage = try #require(director.session.storage as? PostgresStorage)
        let lost = PGError.connection("server closed the connection unexpectedly", label: "test")
        storage.commitFault = { commit in
            try commit()
            throw lost
        }
        return (director, c, storage, lost)
    }

    /// The answer to a COMMIT was lost with the connection: the server may have saved it or not.
    /// casus asks the server, on a new connection, whether the chain holds what it sent: saved
    /// (nothing else to do), or not, and then it saves it (nothing of it was kept).
    @Test func aSaveWhoseAnswerWasLostIsFoundSavedOrNot() throws {
        // Saved, then the connection lost before its answer came: said saved, kept once.
        let (director, c, storage, lost) = try caseWithItsNextAnswerLost()
        let saved = try director.cases.addEntry(c.id, kind: .note, body: "Opgeslagen, antwoord kwijt.")
        #expect(saved.value.body == "Opgeslagen, antwoord kwijt.")
        // Lost before the COMMIT reached the server: nothing kept, so it is saved again, once.
        storage.commitFault = { _ in throw lost }
        let again = try director.cases.addEntry(c.id, kind: .note, body: "Eerst niet aangekomen.")
        #expect(again.value.body == "Eerst niet aangekomen.")
        let bodies = try director.cases.detail(c.id).entries.map(\.body)
        #expect(bodies.filter { $0 == "Opgeslagen, antwoord kwijt." }.count == 1)
        #expect(bodies.filter { $0 == "Eerst niet aangekomen." }.count == 1)
        #expect(try director.integrity.verify().isSound)
    }

    /// Saved, the answer lost, and the server out of reach when casus reconnected: not known then,
    /// and said so. The same save again, once the server answers, is not saved a second time (a
    /// review: the screen still offered Enter, and the note stood twice in the dossier).
    @Test func aSaveWhoseAnswerWasLostWithTheServerGoneIsNotSavedTwice() throws {
        let (director, c, storage, lost) = try caseWithItsNextAnswerLost()
        storage.reconnectFault = lost
        func said(_ body: () throws -> Void) -> String {
            do {
                try body()
                return ""
            } catch let e as CasusError { return e.message.nl } catch { return "\(error)" }
        }
        let unknown = said { _ = try director.cases.addEntry(c.id, kind: .note, body: "Antwoord en server kwijt.") }
        #expect(unknown.contains("of het is opgeslagen, is niet bekend"), "\(unknown)")
        let again = said { _ = try director.cases.addEntry(c.id, kind: .note, body: "Antwoord en server kwijt.") }
        #expect(again.contains("is toch bewaard; er is nu niets opgeslagen"), "\(again)")
        let bodies = try director.cases.detail(c.id).entries.map(\.body)
        #expect(bodies.filter { $0 == "Antwoord en server kwijt." }.count == 1)
        // The next save goes through.
        _ = try director.cases.addEntry(c.id, kind: .note, body: "Daarna.").value
        #expect(try director.integrity.verify().isSound)
    }
}

/// What libpq says reaches the terminal safely and readably: its hint's indenting tab came out as
/// a replacement character ("\n�Is the server running", found by a review).
@Suite struct PostgresMessageTextTests {
    @Test func aTabInTheServersWordsIsASpaceAndAControlIsReplaced() {
        #expect(
            PGText.safe("connection failed\n\tIs the server running?") == "connection failed\n Is the server running?")
        #expect(PGText.safe("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
    }
}
