@testable import CasusTUI
import Testing

/// A list's columns at any width: nothing past the screen's edge, a cut column ends in "…", a
/// flexible column too narrow to read is left out (at 80 columns the Zaken header read "Samenva"
/// and each summary seven letters, cut by the edge without a mark).
@Suite struct TableLayoutTests {
    let table = Table(columns: [
        .init(title: "Zaak", width: 10),
        .init(title: "Betrokkene", width: 21, minWidth: 17),
        .init(title: "Trede", width: 12),
        .init(title: "Geopend", width: 10),
        .init(title: "Samenvatting", width: 0, flexible: true),
    ])

    @Test(arguments: 1...140)
    func theColumnsFitTheScreen(_ width: Int) {
        let widths = table.widths(total: width)
        let shown = widths.filter { $0 > 0 }
        #expect(1 + shown.reduce(0, +) + max(0, shown.count - 1) <= max(width, 1), "\(width): \(widths)")
        #expect(widths.allSatisfy { $0 == 0 || $0 >= Table.hiddenBelow })
        var c = Canvas(width: width, height: 2)
        table.drawHeader(into: &c, y: 0)
        table.drawRow(
            [
                ("2026-0001", .plain), ("Anke de Boer (ouder/verzorger)", .plain), ("waarschuwing", .plain),
                ("16-10-2026", .plain), ("Een ouder deelde een filmpje van de klas", .plain),
            ],
            into: &c, y: 1, selected: false)
        let header = c.line(0).trimmingCharacters(in: .whitespaces)
        // The last thing on the line is a whole title or a cut one, never a title cut off by the edge.
        let titles = ["Zaak", "Betrokkene", "Trede", "Geopend", "Samenvatting"]
        if let last = header.split(separator: " ").last.map(String.init) {
            #expect(titles.contains(last) || last.hasSuffix("…"), "\(width): \(header)")
        }
    }

    @Test func atEightyTheSummaryTakesWhatTheNameGives() {
        // 1 + 11 + 22 + 13 + 11 = 58 of 80 fixed: the summary has the 22 left.
        #expect(table.widths(total: 80) == [10, 21, 12, 10, 22])
        #expect(table.widths(total: 70) == [10, 21, 12, 10, 12])
        // Under twelve, the name gives up to four columns to the summary.
        #expect(table.widths(total: 60) == [10, 17, 12, 10, 6])
        // Too narrow to read a summary: it is left out, not cut to a letter.
        #expect(table.widths(total: 57) == [10, 17, 12, 10, 0])
    }

    /// A parent's or an employee's case says so in the Zaken list at 80 columns ("Karin Terpstra
    /// (…" said neither): the name is cut, the kind kept.
    @Test func aNameIsCutBeforeItsKind() {
        #expect(Table.keepingEnd("Karin Terpstra", " (medewerker)", width: 17) == "Kar… (medewerker)")
        #expect(Table.keepingEnd("Anke de Boer", " (ouder)", width: 17) == "Anke de … (ouder)")
        #expect(Table.keepingEnd("Anke de Boer", " (ouder)", width: 30) == "Anke de Boer (ouder)")
        // Too narrow for both: the whole is cut as any text is.
        #expect(Table.keepingEnd("Karin Terpstra", " (medewerker)", width: 16) == "Karin Terpstra (medewerker)")
    }

    /// A page's line longer than the screen ends in "…" (the report's "betrokkene Maximiliaan-…
    /// van der Heijden-Oppe" just stopped at the edge, a review); spaces past the edge cut nothing.
    @Test func aPageLineCutByTheEdgeSaysSo() {
        var c = Canvas(width: 20, height: 2)
        StyledLine([("betrokkene ", .plain), ("Maximiliaan van der Heijden", .plain)]).draw(
            into: &c, x: 1, y: 0, maxX: 19)
        #expect(c.line(0) == " betrokkene Maximi… ")
        StyledLine("kort" + String(repeating: " ", count: 40)).draw(into: &c, x: 1, y: 1, maxX: 19)
        #expect(c.line(1).trimmingCharacters(in: .whitespaces) == "kort")
    }
}
