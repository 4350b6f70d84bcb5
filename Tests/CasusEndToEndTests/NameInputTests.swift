import Foundation
import Testing

/// A name given on the command line is a whole name: one word was taken as both first and last
/// name ("Jan" became "Jan Jan", and the director signed every letter so).
@Suite struct NameInputTests {
    @Test func oneWordIsNoName() throws {
        let cli = try CLI()
        let refused = try cli.run(["init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Jan"])
        #expect(refused.code != 0 && refused.err.contains("‘Jan’ is geen volledige naam"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.db), "a refused init leaves no database")
        try cli.ok("init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Jan de Wit")
        let one = try cli.run(["people", "add", "--kind", "pupil", "--name", "Sem", "--group", "7"])
        #expect(one.code != 0 && one.err.contains("‘Sem’ is geen volledige naam"), "\(one.err)")
        let en = try cli.run(["--lang", "en", "people", "add", "--kind", "pupil", "--name", "Sem"])
        #expect(en.err.contains("‘Sem’ is not a full name"), "\(en.err)")
        #expect(try cli.ok("people", "list", "--kind", "pupil").out.isEmpty)
        let whole = try cli.ok("people", "add", "--kind", "pupil", "--name", "Vos, Sem", "--group", "7")
        #expect(whole.out.contains("Sem Vos"), "\(whole.out)")
    }
}
