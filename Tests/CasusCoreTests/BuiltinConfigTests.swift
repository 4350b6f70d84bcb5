import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// The configuration inside the binary is Config/, byte for byte. When this fails, Config/ was
/// changed without regenerating: run `python3 Scripts/embed-config/generate.py`.
@Suite struct BuiltinConfigTests {
    static let regenerate = "Config/ and the built-in set differ: run python3 Scripts/embed-config/generate.py"

    /// Every file under Config/, by its path inside it.
    static func checkoutFiles() throws -> [String: String] {
        let root = Fixtures.configFolder
        var out: [String: String] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = root + "/" + path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                !(path as NSString).lastPathComponent.hasPrefix(".")
            else { continue }
            out[path] = String(decoding: try #require(FileManager.default.contents(atPath: full)), as: UTF8.self)
        }
        return out
    }

    @Test func theBuiltInSetIsConfigByteForByte() throws {
        let files = try Self.checkoutFiles()
        #expect(Set(BuiltinConfig.paths) == Set(files.keys), "\(Self.regenerate)")
        for (path, text) in files {
            #expect(BuiltinConfig.text(path) == text, "\(path): \(Self.regenerate)")
        }
    }

    @Test func theBuiltInSetHoldsEverythingCasusReads() throws {
        let builtin = ConfigSet.builtin
        #expect(try builtin.profiles().profiles.count == 5)
        #expect(try builtin.letters().templates.count >= 11)
        #expect(try builtin.file("keys.yaml") != nil)
        #expect(try builtin.retention() == RetentionPolicy(pupilYears: 2, staffYears: 2))
    }
}

/// The order of XDG and casus's own variable, as `casus config paths` shows it.
@Suite struct ConfigSearchPathTests {
    func folders(_ env: [String: String]) -> [String] {
        ConfigSearchPath.layers(environment: env, home: "/home/anne").map { $0.folder ?? "builtin" }
    }

    @Test func withNoEnvironmentTheAccountsFolderThenTheMachinesThenTheBuiltInSet() {
        #expect(folders([:]) == ["/home/anne/.config/casus", "/etc/xdg/casus", "builtin"])
    }

    @Test func casusConfigComesFirstThenTheXDGFoldersInTheirOrder() {
        let env = [
            "CASUS_CONFIG": "/srv/school", "XDG_CONFIG_HOME": "/home/anne/cfg",
            "XDG_CONFIG_DIRS": "/etc/a:/etc/b/",
        ]
        #expect(folders(env) == ["/srv/school", "/home/anne/cfg/casus", "/etc/a/casus", "/etc/b/casus", "builtin"])
    }

    @Test func emptyAndRelativeXDGValuesAreIgnoredAsTheSpecificationSays() {
        let env = ["CASUS_CONFIG": "", "XDG_CONFIG_HOME": "cfg", "XDG_CONFIG_DIRS": "rel:/etc/c"]
        #expect(folders(env) == ["/home/anne/.config/casus", "/etc/c/casus", "builtin"])
    }
}

/// A school's own files over the built-in ones, file by file.
@Suite struct ConfigOverlayTests {
    /// This test's school folder, removed when it ends.
    let scratch = Scratch("config")
    var folder: String { scratch.folder }

    func write(_ path: String, _ text: String) throws {
        let full = folder + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    var config: ConfigSet { ConfigSet.fromEnvironment(["CASUS_CONFIG": folder], home: folder + "/home") }

    @Test func aSchoolsTemplateReplacesTheBuiltInOneAndTheRestStays() throws {
        try write("templates/waarschuwing.mustache", "{{! title: Onze waarschuwing }}\nBeste ouders,\n")
        let letters = try config.letters()
        #expect(letters["waarschuwing"]?.title == "Onze waarschuwing")
        #expect(letters.templates.count == (try ConfigSet.builtin.letters().templates.count))
        #expect(
            try config.file("templates/waarschuwing.mustache")?.location == folder + "/templates/waarschuwing.mustache")
        #expect(try config.file("keys.yaml")?.location == "(casus)/keys.yaml")
    }

    @Test func aNewProfileIsAddedBesideTheBuiltInOnes() throws {
        let text = try #require(BuiltinConfig.text("protocols/jozefschool.yaml"))
        try write("protocols/eigen.yaml", text.replacingOccurrences(of: "id: jozefschool", with: "id: eigen"))
        #expect(try config.profiles().profiles.map(\.id).sorted().contains("eigen"))
        #expect(try config.profiles().profiles.count == 6)
    }

    @Test func aCopiedProfileThatKeepsItsIdIsRefusedWithItsFileAndLine() throws {
        try write("protocols/kopie.yaml", try #require(BuiltinConfig.text("protocols/jozefschool.yaml")))
        // Parsed when asked for: listing every profile (`casus protocols`, `casus config paths`) says so.
        let error = #expect(throws: CasusError.self) { try config.profiles().profiles }
        #expect(error?.location == folder + "/protocols/kopie.yaml:2")
        #expect(error?.text(.en).contains("differs from the file name 'kopie.yaml'") == true)
    }

    @Test func aSchoolsProfileReplacesTheBuiltInOneOfTheSameName() throws {
        let text = try #require(BuiltinConfig.text("protocols/konot.yaml"))
        let renamed = text.replacingOccurrences(of: "name: Konot", with: "name: Konot (eigen)")
        #expect(renamed != text)
        try write("protocols/konot.yaml", renamed)
        #expect(try config.profiles()["konot"]?.name == "Konot (eigen)")
        #expect(try config.profiles().profiles.count == 5)
    }

    @Test func aBrokenSchoolFileIsRefusedWithItsOwnPathAndLine() throws {
        try write("retention.yaml", "pupil_years: 2\nstaff_yaers: 3\n")
        let error = #expect(throws: CasusError.self) { try config.retention() }
        #expect(error?.location?.hasPrefix(folder + "/retention.yaml:2") == true)
    }

    @Test func aCasusConfigThatIsNotThereIsSaidNotIgnored() throws {
        let missing = ConfigSet.fromEnvironment(["CASUS_CONFIG": folder + "/nope"], home: folder)
        let error = #expect(throws: CasusError.self) { try missing.profiles() }
        #expect(error?.text(.nl).contains("casus config export") == true)
        #expect(error?.text(.en).contains("no folder") == true)
    }

    @Test func filesCasusDoesNotReadAreKnownAsSuch() {
        #expect(ConfigSet.isKnown("protocols/x.yaml"))
        #expect(ConfigSet.isKnown("templates/x.mustache"))
        #expect(ConfigSet.isKnown("protocols/SCHEMA.md"))
        #expect(!ConfigSet.isKnown("protocol/x.yaml"))
        #expect(!ConfigSet.isKnown("keys.yml"))
        #expect(!ConfigSet.isKnown("protocols/x.yml"))
    }
}
