import CasusTestSupport
import Foundation
import Testing

/// `casus config paths` and `casus config export`, and a school's own files taking the place of
/// the built-in ones.
@Suite struct ConfigCommandLineTests {
    @Test func pathsShowsTheSearchOrderAndWhereEachFileComesFrom() throws {
        let cli = try CLI()
        let own = cli.folder + "/eigen"
        try FileManager.default.createDirectory(atPath: own + "/protocol", withIntermediateDirectories: true)
        try "x".write(toFile: own + "/protocol/typo.yaml", atomically: true, encoding: .utf8)
        try "pupil_years: 3\n".write(toFile: own + "/retention.yaml", atomically: true, encoding: .utf8)
        let r = try cli.run(["config", "paths"], env: ["CASUS_CONFIG": own])
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n").map(String.init)
        let order = ["$CASUS_CONFIG", "$XDG_CONFIG_HOME/casus", "$XDG_CONFIG_DIRS", "ingebouwd in casus"].map {
            word in lines.firstIndex { $0.contains(word) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1), "\(r.out)")
        #expect(lines.contains { $0.contains("retention.yaml") && $0.hasSuffix(own + "/retention.yaml") })
        #expect(lines.contains { $0.contains("keys.yaml") && $0.hasSuffix("ingebouwd") })
        #expect(r.out.contains("Genegeerd") && r.out.contains(own + "/protocol/typo.yaml"))
        let json = try cli.ok("config", "paths", "--json").json as? [String: Any]
        #expect((json?["layers"] as? [[String: Any]])?.last?["origin"] as? String == "casus")
    }

    /// A profile is parsed when it is needed (issue 18, item 6): a broken one the school does not
    /// use does not stop its work, and `config paths` and `protocols` name it with its file.
    @Test func aBrokenProfileNobodyUsesIsNamedWhereProfilesAreListed() throws {
        let cli = try CLI()
        let own = cli.folder + "/eigen"
        try FileManager.default.createDirectory(atPath: own + "/protocols", withIntermediateDirectories: true)
        try "id: kapot\nname: [\n".write(toFile: own + "/protocols/kapot.yaml", atomically: true, encoding: .utf8)
        let env = ["CASUS_CONFIG": own]
        #expect(
            try cli.run(
                ["init", "--school", "OBS De Linde", "--protocol", "jozefschool", "--name", "Anne van der Berg"],
                env: env
            ).code == 0)
        let search = try cli.run(["search", "foto"], env: env)
        #expect(search.code == 0, "\(search.err)")
        let paths = try cli.run(["config", "paths"], env: env)
        #expect(paths.out.contains("Let op:") && paths.out.contains(own + "/protocols/kapot.yaml"), "\(paths.out)")
        let listed = try cli.run(["protocols"], env: env)
        #expect(listed.code == 1 && listed.err.contains(own + "/protocols/kapot.yaml"), "\(listed.err)")
    }

    @Test func exportWritesTheBuiltInSetAndNeverOverwritesWithoutForce() throws {
        let cli = try CLI()
        let dir = cli.folder + "/instellingen"
        // Every shipped file: as many as Config/ holds (the embedded copy is generated from it).
        let shipped = FileManager.default.enumerator(atPath: Fixtures.configFolder)!.compactMap { $0 as? String }
            .filter { !$0.hasPrefix(".") && !FileManager.default.isDirectory(Fixtures.configFolder + "/" + $0) }.count
        let first = try cli.ok("config", "export", dir)
        #expect(first.out.contains("\(shipped) bestanden geschreven naar \(dir)"), "\(first.out)")
        let profile = dir + "/protocols/jozefschool.yaml"
        let original = try String(contentsOfFile: profile, encoding: .utf8)
        #expect(
            original
                == (try String(contentsOfFile: Fixtures.configFolder + "/protocols/jozefschool.yaml", encoding: .utf8)))

        // A school changes its profile's name; casus reads it through CASUS_CONFIG.
        let edited = original.replacingOccurrences(of: "St. Jozefschool / De Pontonnier", with: "OBS De Linde")
        #expect(edited != original)
        try edited.write(toFile: profile, atomically: true, encoding: .utf8)
        let again = try cli.run(["config", "export", dir])
        #expect(again.code == 1 && again.err.contains("er is niets geschreven") && again.err.contains("--force"))
        #expect(try String(contentsOfFile: profile, encoding: .utf8) == edited)
        #expect(try cli.run(["protocols"], env: ["CASUS_CONFIG": dir]).out.contains("OBS De Linde"))
        #expect(try cli.ok("protocols").out.contains("St. Jozefschool / De Pontonnier"))

        let forced = try cli.ok("config", "export", dir, "--force")
        #expect(forced.out.contains("(\(shipped) overschreven)"))
        #expect(try String(contentsOfFile: profile, encoding: .utf8) == original)

        try "x".write(toFile: cli.folder + "/bestand", atomically: true, encoding: .utf8)
        let onFile = try cli.run(["--lang", "en", "config", "export", cli.folder + "/bestand"])
        #expect(onFile.code == 1 && onFile.err.contains("is a file, not a folder; nothing was written"))
    }

    @Test func aCasusConfigThatIsNotThereStopsEveryCommandButPaths() throws {
        let cli = try CLI()
        let missing = cli.folder + "/nergens"
        let r = try cli.run(["protocols"], env: ["CASUS_CONFIG": missing])
        #expect(r.code == 1 && r.err.contains("CASUS_CONFIG wijst naar \(missing), maar daar is geen map"))
        let paths = try cli.run(["config", "paths"], env: ["CASUS_CONFIG": missing])
        #expect(paths.code == 0 && paths.out.contains("(bestaat niet)") && paths.out.contains("Let op"))
    }
}

extension FileManager {
    fileprivate func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }
}
