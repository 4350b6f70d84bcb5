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

/// Why a text written as a day is none: said with the option that refused it.
@Suite struct DayTypedTests {
    @Test func whyATextIsNoDay() {
        #expect(LocalDate.whyNot(typed: "2026-02-30")?.nl == "februari 2026 heeft 28 dagen")
        #expect(LocalDate.whyNot(typed: "31-11-2026")?.nl == "november 2026 heeft 30 dagen")
        #expect(LocalDate.whyNot(typed: "2026-13-01")?.nl == "er is geen maand 13")
        #expect(LocalDate.whyNot(typed: "9999-12-31")?.nl == "het jaar 9999 ligt buiten 1900–2199")
        #expect(LocalDate.whyNot(typed: "2028-02-29") == nil, "a leap day is a day")
        #expect(LocalDate.whyNot(typed: "morgen") == nil, "no date at all: nothing to explain")
    }
}
