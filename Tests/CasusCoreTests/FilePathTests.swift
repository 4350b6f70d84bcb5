import CasusCore
import Foundation
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
        // A year of five digits first is the year (it was read as the year 1, a review).
        #expect(LocalDate.whyNot(typed: "99999-01-01")?.nl == "het jaar 99999 ligt buiten 1900–2199")
        #expect(TypedPath.expanded("~/inzage.html") == NSString(string: "~").expandingTildeInPath + "/inzage.html")
        #expect(TypedPath.expanded("inzage~1.html") == "inzage~1.html")
        #expect(LocalDate.whyNot(typed: "2028-02-29") == nil, "a leap day is a day")
        #expect(LocalDate.whyNot(typed: "morgen") == nil, "no date at all: nothing to explain")
    }
}
