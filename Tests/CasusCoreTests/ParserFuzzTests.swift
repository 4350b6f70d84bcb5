import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Issue 12: the parsers of outside input — CSV, EDEXML, protocol profiles (YAML) — fed
/// seeded random and mutated input. Properties: nothing traps; every refusal is a CasusError that
/// names where (file:line); what is read is what was written. Each runs in a few seconds; a
/// crash found here is kept as a named regression test below the fuzzers.
@Suite struct ParserFuzzTests {
    /// "file:line" with a line of at least 1.
    static func located(_ e: CasusError, in file: String) -> Bool {
        guard let location = e.location, location.hasPrefix(file + ":"),
            let line = Int(location.dropFirst(file.count + 1).prefix { $0.isNumber }), line >= 1
        else { return false }
        return true
    }

    // MARK: CSV

    static let csvAlphabet: [[UInt8]] = [
        [0x3B], [0x2C], [0x09], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x20], Array("a".utf8),
        Array("Jansen".utf8), Array("1001".utf8), Array("é".utf8), [0xE9], [0xFF], [0x80], [0xC3], [0xEF, 0xBB, 0xBF],
        Array("leerlingnummer".utf8), Array("roepnaam".utf8), Array("achternaam".utf8), Array("groep".utf8),
        Array("<".utf8), [0x00], Array("=1+1".utf8), Array("\u{202E}".utf8), Array("👩‍👧".utf8),
    ]

    @Test func csvReaderNeverTrapsAndSaysWhere() throws {
        var rng = SeededRandom(seed: Fuzz.seed(0xC5F))
        for _ in 0..<Fuzz.iterations(600) {
            var bytes: [UInt8] = []
            for _ in 0..<rng.next(60) { bytes += rng.pick(Self.csvAlphabet) }
            let file = "fuzz.csv"
            do {
                let table = try CSVTable.parse(bytes: bytes, file: file)
                #expect(!table.header.isEmpty && !table.rows.isEmpty)
                let lines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
                #expect(table.rows.allSatisfy { $0.line >= 2 && $0.line <= lines }, "\(bytes)")
                do {
                    let plan = try PeopleImport.plan(table, kind: rng.pick([.pupil, .parent, .staff]), file: file)
                    #expect(plan.problems.allSatisfy { $0.line >= 2 }, "\(bytes)")
                } catch let e as CasusError {
                    #expect(Self.located(e, in: file), "\(e) for \(bytes)")
                }
            } catch let e as CasusError {
                #expect(Self.located(e, in: file), "\(e) for \(bytes)")
            }
        }
    }

    /// A table written with quotes where they are needed reads back field for field.
    @Test func csvReaderReadsBackWhatWasWritten() throws {
        var rng = SeededRandom(seed: Fuzz.seed(0x5EED))
        let pieces = [
            "a", "Jan", "de", "Vries", "1", ";", ",", "\t", "\"", "\n", " ", "é", "Çağlar", "नमस्ते", "=", "x y", "''",
        ]
        func field(_ header: Bool) -> String {
            var f = ""
            for _ in 0..<(1 + rng.next(4)) { f += rng.pick(pieces) }
            if header { f = f.trimmingCharacters(in: .whitespacesAndNewlines) }
            return f.isEmpty || f.hasPrefix("<") ? "k\(rng.next(99))" : f
        }
        func quoted(_ f: String) -> String {
            f.contains(where: { ";,\t\"\n\r".contains($0) }) || f.first == " "
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }
        for _ in 0..<Fuzz.iterations(300) {
            let width = 2 + rng.next(4)
            let header = (0..<width).map { _ in field(true) }
            var rows: [[String]] = []
            for _ in 0..<(1 + rng.next(6)) {
                var row = (0..<width).map { _ in field(false) }
                row[0] = "n\(rng.next(1000))"  // never a row of blanks, which the reader skips
                rows.append(row)
            }
            let text = ([header] + rows).map { $0.map(quoted).joined(separator: ";") }.joined(
                separator: rng.pick(["\n", "\r\n"]))
            let table = try CSVTable.parse(bytes: Array(text.utf8), file: "rond.csv")
            #expect(table.header == header, "\(text.debugDescription)")
            #expect(table.rows.map(\.fields) == rows, "\(text.debugDescription)")
        }
    }

    // MARK: EDEXML

    static func mutate(_ bytes: [UInt8], _ rng: inout SeededRandom, alphabet: [[UInt8]]) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + rng.next(4)) {
            guard !b.isEmpty else { break }
            let i = rng.next(b.count)
            switch rng.next(6) {
            case 0: b[i] = UInt8(truncatingIfNeeded: rng.next(256))
            case 1: b.insert(contentsOf: rng.pick(alphabet), at: i)
            case 2: b.removeSubrange(i..<min(b.count, i + 1 + rng.next(40)))
            case 3:
                let end = min(b.count, i + 1 + rng.next(200))
                b.insert(contentsOf: b[i..<end], at: rng.next(b.count))
            case 4: b.removeSubrange(i...)
            default:
                // A name (element or attribute) with bytes that are not UTF-8.
                if let lt = b[i...].firstIndex(of: 0x3C), lt + 2 < b.count {
                    b[lt + 1] = rng.pick([0xFF, 0xC3, 0x80, 0xE2])
                }
            }
        }
        return b
    }

    static let xmlAlphabet: [[UInt8]] = [
        Array("<".utf8), Array(">".utf8), Array("</".utf8), Array("/>".utf8), Array("&".utf8), Array("&amp;".utf8),
        Array("&#0;".utf8), Array("&#xD800;".utf8), Array("\"".utf8), Array("=".utf8), Array("<![CDATA[".utf8),
        Array("]]>".utf8), Array("<!DOCTYPE x [<!ENTITY a \"b\">]>".utf8), Array("<leerling key=\"9\">".utf8),
        Array("<groep key=\"".utf8), Array("<jaargroep>9</jaargroep>".utf8), [0xFF], [0xC3], [0x80], [0x00],
        Array("é".utf8), Array("\u{202E}".utf8), Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?>".utf8),
    ]

    @Test func edexmlReaderNeverTrapsAndSaysWhere() throws {
        let folder = Fixtures.root + "/Tests/Fixtures/edexml"
        let samples = try ["EDEX-sample.xml", "EDEX-sample-latin1.xml"].map {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))
        }
        var rng = SeededRandom(seed: Fuzz.seed(0xEDE))
        for _ in 0..<Fuzz.iterations(250) {
            let bytes = Self.mutate(rng.pick(samples), &rng, alphabet: Self.xmlAlphabet)
            let file = "EDEX.XML"
            do {
                let plan = try EDEXImport.plan(bytes: bytes, file: file)
                #expect(plan.problems.allSatisfy { $0.line >= 1 })
            } catch let e as CasusError {
                #expect(Self.located(e, in: file), "\(e)")
            }
        }
    }

    // MARK: Protocol profiles

    @Test func profileLoaderNeverTrapsAndSaysWhere() throws {
        let folder = Fixtures.configFolder + "/protocols"
        let names = ["jozefschool", "konot", "schoolwerkplaats", "koe-troubadour", "cbo-meilan"]
        let texts = try names.map { try String(contentsOfFile: folder + "/\($0).yaml", encoding: .utf8) }
        var rng = SeededRandom(seed: Fuzz.seed(0x7A31))
        let junk = [
            ":", "- ", "  ", "\t", "\"", "'", "{", "[", "]", "}", "&a", "*a", "!!str ", "#", "|", ">", "~", "\u{0}",
            "é",
        ]
        for _ in 0..<Fuzz.iterations(120) {
            let k = rng.next(names.count)
            var lines = texts[k].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<(1 + rng.next(3)) {
                let i = rng.next(lines.count)
                switch rng.next(6) {
                case 0: lines.remove(at: i)
                case 1: lines.insert(lines[rng.next(lines.count)], at: i)
                case 2: lines[i] = "  " + lines[i]
                case 3: lines[i] = String(lines[i].drop { $0 == " " })
                case 4:
                    let at = lines[i].index(lines[i].startIndex, offsetBy: rng.next(lines[i].count + 1))
                    lines[i].insert(contentsOf: rng.pick(junk), at: at)
                default: lines.removeSubrange(i...)
                }
                if lines.isEmpty { lines = [""] }
            }
            let file = folder + "/\(names[k]).yaml"
            do {
                _ = try ProfileLoader.load(file: file, text: lines.joined(separator: "\n"))
            } catch let e as CasusError {
                #expect(Self.located(e, in: file), "\(e)")
            }
        }
    }
}
