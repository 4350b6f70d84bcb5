import CasusCore
import Testing

/// The folder of a path, found by its last slash (Foundation's crashed on one-character paths).
@Suite struct FilePathTests {
    @Test func theFolderOfAPath() {
        #expect(FilePath.folder(of: "x") == "")
        #expect(FilePath.folder(of: "-") == "")
        #expect(FilePath.folder(of: "~") == "")
        #expect(FilePath.folder(of: "a/b.sqlite") == "a")
        #expect(FilePath.folder(of: "/b.sqlite") == "/")
        #expect(FilePath.folder(of: "/srv/casus/b.sqlite") == "/srv/casus")
        #expect(FilePath.folder(of: "a/") == "")
        #expect(FilePath.folder(of: "a/b/") == "a")
    }
}
