import CasusCore
import Foundation
import Testing

@Suite struct CSVTableTests {
    func parse(_ s: String, file: String = "t.csv") throws -> CSVTable {
        try CSVTable.parse(bytes: Array(s.utf8), file: file)
    }

    func refusal(_ body: () throws -> Void) -> CasusError? {
        do { try body() } catch let e as CasusError { return e } catch { return nil }
        return nil
    }

    @Test func aCommaInsideQuotesDoesNotMakeItTheDelimiter() throws {
        let t = try parse("\"naam, voorletters\";groep\n\"Vries, J. de\";5\n\"Berg, A. van den\";7\n")
        #expect(t.delimiter == ";")
        #expect(t.header == ["naam, voorletters", "groep"])
        #expect(t.rows.map(\.fields) == [["Vries, J. de", "5"], ["Berg, A. van den", "7"]])
        // More commas than semicolons in the header, all inside quotes.
        let many = try parse("\"a, b, c\";\"d, e\";f\n1;2;3\n")
        #expect(many.delimiter == ";" && many.header.count == 3)
        // A real comma file still reads as one.
        let comma = try parse("leerlingnummer,voornaam,achternaam\n1,Zoë,\"Bakker, jr.\"\n")
        #expect(comma.delimiter == "," && comma.rows[0].fields == ["1", "Zoë", "Bakker, jr."])
        let tab = try parse("a\tb\tc\n1\t2\t3\n")
        #expect(tab.delimiter == "\t")
    }

    /// Excel's "sep=;" first line names the delimiter; it was read as the header (a review).
    @Test func excelsSeparatorLineNamesTheDelimiterAndIsNoHeader() throws {
        let t = try parse("sep=;\r\nleerlingnummer;roepnaam;achternaam\r\n1001;Jan;Berg\r\n")
        #expect(t.delimiter == ";" && t.header == ["leerlingnummer", "roepnaam", "achternaam"])
        #expect(t.rows.map(\.line) == [3] && t.rows[0].fields == ["1001", "Jan", "Berg"])
        let comma = try parse("SEP=,\nnummer,naam\n1,\"Berg; van den\"\n")
        #expect(comma.delimiter == "," && comma.rows[0].fields == ["1", "Berg; van den"])
    }

    @Test func theDelimiterThatGivesConsistentRowsWins() throws {
        // The header alone has as many commas as semicolons; the rows decide.
        let t = try parse("nummer;naam,kort;groep,x\n1;Vries;5\n2;Berg;7\n")
        #expect(t.delimiter == ";")
        #expect(t.rows.allSatisfy { $0.fields.count == 3 })
    }

    /// Excel's "Unicode text" is UTF-16 with a byte-order mark: read as such (its header was
    /// "ÿþl\0e\0…", and the import refused a file with every column there).
    @Test func utf16WithItsByteOrderMarkIsRead() throws {
        let text = "leerlingnummer;voornaam;achternaam\r\n1;Zoë;Çelik\r\n"
        for (bom, encoding) in [
            ([UInt8](arrayLiteral: 0xFF, 0xFE), String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian),
        ] {
            let bytes = bom + Array(text.data(using: encoding)!)
            let t = try CSVTable.parse(bytes: bytes, file: "leerlingen.txt")
            #expect(t.encoding == "UTF-16")
            #expect(t.header == ["leerlingnummer", "voornaam", "achternaam"])
            #expect(t.rows.map(\.fields) == [["1", "Zoë", "Çelik"]])
        }
        // A Latin-1 editor's note is read as Windows-1252, not as U+FFFD.
        #expect(TextBytes.decode([0x52, 0x65, 0x6E, 0xE9, 0x65]) == ("Renée", "Windows-1252"))
        // Valid UTF-8 is UTF-8: a guess from its letters read a file with one Ewe "Dɛ" as Windows-1252
        // and renamed every "Inès" in it (two reviews). A name that reads as Windows-1252 misread is
        // pointed out at the import instead (`looksMisread`); a C1 code, which no text holds, is
        // still Windows-1252.
        let jose: [UInt8] = Array("JOS".utf8) + [0xC9, 0x96] + Array("MARIA".utf8)
        #expect(TextBytes.decode(jose) == ("JOSɖMARIA", "UTF-8"))
        #expect(TextBytes.looksMisread("JOSɖMARIA") && TextBytes.looksMisread("MART\u{356}VIDAL"))
        #expect(!TextBytes.looksMisread("Dilnoza Toʻrayeva") && !TextBytes.looksMisread("Αλέξανδρος"))
        let c1: [UInt8] = Array("O".utf8) + [0xC2, 0x92] + Array("Brien".utf8)
        #expect(TextBytes.decode(c1) == ("OÂ’Brien", "Windows-1252"))
        // Beside letters of UTF-8, a C1 code is a stray in UTF-8: every "Anaïs" became "AnaÃ¯s" (a
        // review). The name that holds it is refused for its control character instead.
        let mixed = Array("Anaïs Lefèvre;O".utf8) + [0xC2, 0x92] + Array("Brien".utf8)
        #expect(TextBytes.decode(mixed) == ("Anaïs Lefèvre;O\u{92}Brien", "UTF-8"))
        #expect(TextBytes.looksMisread("AnaÃ¯s LefÃ¨vre") && TextBytes.looksMisread("OÂ’Brien"))
        #expect(!TextBytes.looksMisread("Jose\u{301} Marti\u{301}nez"), "decomposed accents are accents")
        #expect(TextBytes.decode(Array("Hélène Çelik".utf8)) == ("Hélène Çelik", "UTF-8"))

        // UTF-8 with a letter of an orthography casus did not expect stays UTF-8: one Uzbek ʻ or
        // Azerbaijani ə read the whole file as Windows-1252 and renamed every "Inès" (a review).
        for name in [
            "Inès Bakker;Chloë de Vries;Dilnoza Toʻrayeva", "Aysel Məmmədova", "Kofi Mɛnsah Ɔsei", "Kwaku Aʼkwa",
            "DILNOZA TOʻRAYEVA", "Yaw Dɛ", "Kɔku Agbɛnyega",
        ] {
            #expect(TextBytes.decode(Array(name.utf8)) == (name, "UTF-8"), "\(name)")
        }
        // UTF-16 without its mark, and UTF-32 with one (each was read as Windows-1252, a review).
        let sample = "nr;naam\n1;Zoë\n"
        var little: [UInt8] = []
        var big: [UInt8] = []
        for unit in sample.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(TextBytes.decode(little) == (sample, "UTF-16") && TextBytes.decode(big) == (sample, "UTF-16"))
        var wide: [UInt8] = [0xFF, 0xFE, 0, 0]
        for s in sample.unicodeScalars {
            let v = s.value
            wide += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        }
        #expect(TextBytes.decode(wide) == (sample, "UTF-32"))
    }

    /// A UTF-8 file with one stray byte (a Word en dash, 0x96) was read whole as Windows-1252,
    /// and every correct "Hélène" in it became "HÃ©lÃ¨ne" (a review): refused at the stray's line.
    /// A file with no letter of more than one byte is Windows-1252 as before.
    @Test func aUTF8FileWithAStrayByteIsRefusedAtItsLine() throws {
        let bytes =
            Array("leerlingnummer;roepnaam;achternaam\n700001;Hélène;Vries\n700002;Zoë;Çelik\n700003;Jan".utf8)
            + [0x96] + Array("Piet;Smit\n".utf8)
        let e = #expect(throws: CasusError.self) { _ = try CSVTable.parse(bytes: bytes, file: "leerlingen.csv") }
        #expect(e?.location == "leerlingen.csv:4", "\(String(describing: e))")
        #expect(
            e?.message.nl.contains(
                "het bestand is in UTF-8 geschreven, maar deze regel heeft een teken dat geen UTF-8 is (byte 0x96)")
                == true, "\(String(describing: e))")
        let latin =
            Array("leerlingnummer;roepnaam;achternaam\n1;Ren".utf8) + [0xE9] + Array("e;Jan".utf8) + [0x96]
            + Array("Smit\n".utf8)
        let t = try CSVTable.parse(bytes: latin, file: "l.csv")
        #expect(t.encoding == "Windows-1252" && t.rows.first?.fields == ["1", "Renée", "Jan–Smit"])
        // "É" and a non-breaking space make one UTF-8 letter by chance: still Windows-1252 (a review).
        let jose =
            Array("leerlingnummer;roepnaam;achternaam\n9021;Ren".utf8) + [0xE9] + Array(";JOS".utf8)
            + [0xC9, 0xA0] + Array("\n".utf8)
        #expect(try CSVTable.parse(bytes: jose, file: "l.csv").rows.first?.fields == ["9021", "René", "JOSÉ\u{A0}"])
    }

    @Test func crOnlyLineEndsAreLines() throws {
        let t = try parse("leerlingnummer;voornaam;achternaam\r1;Sem;Vos\r2;Iris;Dekker\r")
        #expect(t.rows.count == 2)
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(t.rows[1].fields == ["2", "Iris", "Dekker"])
        let crlf = try parse("a;b\r\n1;\"twee\r\nregels\"\r\n3;4\r\n")
        #expect(crlf.rows.map(\.line) == [2, 4])
        #expect(crlf.rows[0].fields[1] == "twee\nregels")
    }

    @Test func aHeaderWithoutRowsIsRefused() {
        for text in [
            "leerlingnummer;voornaam;achternaam\n", "leerlingnummer;voornaam;achternaam",
            "leerlingnummer;voornaam;achternaam\r\r\n;;\n",
        ] {
            let e = refusal { _ = try parse(text, file: "leeg.csv") }
            #expect(
                e?.message.nl.contains("het bestand heeft een kopregel maar geen rijen") == true,
                "\(text.debugDescription)")
            #expect(e?.message.en.contains("the file has a header but no rows") == true)
            #expect(e?.location == "leeg.csv:1")
        }
        #expect(refusal { _ = try parse("\n\n", file: "x.csv") }?.message.nl == "het bestand is leeg")
    }

    @Test func anUnclosedQuoteIsNamedWithItsLine() {
        let e = refusal { _ = try parse("a;b\n1;2\n3;\"vier\n5;6\n", file: "q.csv") }
        #expect(e?.location == "q.csv:3")
    }

    @Test func anXMLFileGivenAsCSVPointsToEDEXML() {
        let e = refusal { _ = try parse("<?xml version=\"1.0\"?>\n<EDEX/>", file: "EDEX.XML") }
        #expect(e?.message.nl.contains("geen CSV-bestand maar XML") == true)
        #expect(e?.hint?.nl.contains("--format edexml") == true)
    }

    /// Like the file the fuzzer found (seed 20788): one quoted for `;` whose fields hold commas, quotes and
    /// line ends also splits evenly on `,`; the delimiter whose quotes all close where a field
    /// ends is the right one.
    @Test func aFileQuotedForSemicolonsIsNotReadWithCommas() throws {
        let text = "\"x ya,Vries\";\"k,9\";\"a\nb,c\"\nn197;\"Vries, é\";\",\"\nn643;\",\";\"''de\""
        let table = try CSVTable.parse(bytes: Array(text.utf8), file: "rond.csv")
        #expect(table.delimiter == ";")
        #expect(table.header == ["x ya,Vries", "k,9", "a\nb,c"])
        #expect(table.rows.map(\.fields) == [["n197", "Vries, é", ","], ["n643", ",", "''de"]])
    }
}
