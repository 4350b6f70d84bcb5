import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// `casus verify --against` as the director of one school on a board's server types it: the whole
/// server's chains are the board's to walk (and their hashes would tell another school's reads), so
/// the director's export is held to the event chain's place and to its own dossier, and said so.
/// Before, the whole verify came first and was refused: a school's director could check nothing.
/// This OS account is that director (casus takes who it is from the system); the board is set up
/// in this process, as the login "board_verify".
@Suite(.enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed (see the loud line)"))
struct SchoolDirectorVerifyCommandLineTests {
    @Test func aSchoolsDirectorChecksTheirExportAgainstTheChain() throws {
        let cluster = try PostgresCluster.shared()
        // A server of its own, its founder a login no other test grants a group (two grants of one
        // login at once collide in PostgreSQL's catalog).
        let database = "school_director_verify_\(getpid())"
        try cluster.psql("postgres", "CREATE DATABASE \(database)")
        _ = try ServerSetup.initialize(url: cluster.url(database: database), founder: "board_verify")
        let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let board = try Directory.initialize(
            storage: try PostgresStorage(url: cluster.url(database: database, user: "board_verify")),
            schoolName: "OBS De Linde", protocolID: "jozefschool", account: "board_verify",
            director: ("Anne", "van der", "Berg"), role: .board, profiles: Fixtures.profiles)
        _ = try board.directory.addSchool(
            name: "CBS De Es", protocolID: "jozefschool", director: me, directorName: ("Bo", "", "Visser"))
        let cli = try CLI()
        let director = ["--db", "postgresql:///\(database)?host=\(cluster.folder)"]
        @discardableResult func ok(_ args: [String]) throws -> CLI.Result {
            let r = try cli.run(director + args)
            #expect(r.code == 0, "casus \(args.joined(separator: " ")): \(r.err)")
            return r
        }
        let pupil = CLI.firstID(try ok(["people", "add", "--kind", "pupil", "--name", "Lotte Bos", "--group", "6"]))
        try ok(["dossier", "note", pupil, "--body", "Met Lotte gesproken."])
        let export = cli.folder + "/lotte.md"
        try ok(["dossier", "export", pupil, "--format", "md", "--out", export])
        let text = try String(contentsOfFile: export, encoding: .utf8)
        #expect(Seal.find(in: text).first?.withholdsEvent == true, "the event's hash is not printed")

        let mine = try ok(["verify", "--against", export])
        #expect(mine.out.contains("dit document geeft haar hash niet"), "\(mine.out)")
        #expect(mine.out.contains("De ketens van de hele server worden niet nagelopen"), "\(mine.out)")
        #expect(mine.out.contains("lotte.md: klopt met de keten."), "\(mine.out)")
        let json = try ok(["verify", "--against", export, "--json"])
        #expect(json.out.contains("\"wholeServerChecked\" : false"), "\(json.out)")
        // Changed, it does not hold: exit 1, said last.
        let changed = cli.folder + "/lotte-anders.md"
        try text.replacingOccurrences(of: "Met Lotte gesproken.", with: "Met Lotte niet gesproken.")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        let bad = try cli.run(director + ["verify", "--against", changed])
        #expect(bad.code == 1 && bad.out.contains("Uitslag: NIET IN ORDE"), "\(bad.out)\(bad.err)")
        // The board's letter in that pupil's dossier: its event's hash is the board's to compare. Not
        // checked is not "does not match": exit 2, and who can check it.
        let subject = try #require(Int64(pupil))
        let report = try board.intake.report(
            summary: "Foto gedeeld.", platform: "Snapchat", subjects: [subject], schoolID: 2
        ).value
        let c = try board.cases.open(incident: report.id, subject: subject, articles: ["A.5"], severity: nil).value
        try board.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let boards = try board.fileDrafts(c, "waarschuwing", limit: 1)[0]
        let letter = cli.folder + "/brief-bestuur.txt"
        try (boards.body + "\n\n" + (try board.letters.seal(entry: boards.id)).line.nl + "\n")
            .write(toFile: letter, atomically: true, encoding: .utf8)
        let unread = try cli.run(director + ["verify", "--against", letter])
        #expect(unread.code == 2, "\(unread.out)\(unread.err)")
        #expect(unread.out.contains("laat het bestuur dit document nagaan"), "\(unread.out)")
        #expect(!unread.out.contains("klopt met de keten."), "\(unread.out)")
        // Another school's document beside their own: that one is not checked, said of it, and the
        // rest is (it ended the whole check after "klopt" of the first, "er is niets gecontroleerd").
        let linde = try board.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Sem", lastName: "Bos", group: "7")
        ).value
        _ = try board.dossiers.addEntry(person: linde.id, kind: .note, title: nil, body: "Met Sem gesproken.")
        let theirs = cli.folder + "/sem.md"
        try board.dossiers.export(linde.id, format: .md).write(toFile: theirs, atomically: true, encoding: .utf8)
        let both = try cli.run(director + ["verify", "--against", export, "--against", theirs])
        #expect(both.code == 2, "\(both.out)\(both.err)")
        #expect(both.out.contains("lotte.md: klopt met de keten."), "\(both.out)")
        #expect(both.out.contains("sem.md: niet gecontroleerd: dossier \(linde.id) bestaat niet"), "\(both.out)")
        #expect(both.out.contains("Uitslag: NIET GECONTROLEERD"), "\(both.out)")
        // The whole server is still the board's to walk.
        let whole = try cli.run(director + ["verify"])
        #expect(whole.code == 2 && whole.err.contains("voor het bestuur"), "\(whole.out)\(whole.err)")
        #expect(whole.err.contains("casus verify --against BESTAND"), "\(whole.err)")
        // The board walks it, and holds the export to the event's place.
        #expect(try board.integrity.verify().isSound)
        let check = try board.integrity.check(document: text, name: "lotte.md")
        #expect(check.isSound && check.seals.first?.event == .withheld, "\(check.seals)")
    }
}
