import Foundation

/// A CSV file as exported by a Dutch pupil administration: delimiter (`;`, `,` or tab) and
/// encoding (UTF-8, with or without BOM, UTF-16 with its BOM, or Windows-1252) detected, quotes honoured, lines
/// ending in LF, CRLF or CR alone (old Mac exports).
public struct CSVTable: Sendable {
    public var header: [String]
    /// The header's line (2 after Excel's "sep=;" line).
    public var headerLine = 1
    /// Each record with the line it starts on (a quoted field may span lines).
    public var rows: [(line: Int, fields: [String])]
    public var delimiter: Character
    public var encoding: String

    static func isNewline(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

    /// Splits the text into records, each with the line it starts on; at most `limit` records.
    /// Rows with nothing in them (an empty line, or only delimiters as Excel writes them) are
    /// left out. `openQuote` is the line of a quote that is never closed.
    static func records(_ chars: [Character], delimiter: Character, limit: Int = .max)
        -> (records: [(line: Int, fields: [String])], openQuote: Int?)
    {
        let scanned = scan(chars, delimiter: delimiter, limit: limit)
        return (scanned.records, scanned.openQuote)
    }

    /// `records`, and how many quotes the delimiter leaves out of place: a quote inside an unquoted
    /// field, or text after a closing quote before the next delimiter. Written with another
    /// delimiter, a well-quoted file reads with such strays; with its own, with none.
    static func scan(_ chars: [Character], delimiter: Character, limit: Int = .max)
        -> (records: [(line: Int, fields: [String])], openQuote: Int?, strays: Int)
    {
        var strays = 0
        var justClosed = false
        var records: [(line: Int, fields: [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var i = 0
        func endRecord() {
            fields.append(field)
            field = ""
            if fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                records.append((recordLine, fields))
            }
            fields = []
        }
        while i < chars.count, records.count < limit {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                        justClosed = true
                        i += 1
                        continue
                    }
                } else if isNewline(c) {
                    line += 1
                    field.append("\n")
                } else {
                    field.append(c)
                }
            } else if justClosed, c != delimiter, !isNewline(c) {
                strays += 1
                justClosed = false
                field.append(c)
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == delimiter {
                fields.append(field)
                field = ""
            } else if isNewline(c) {
                endRecord()
                line += 1
                recordLine = line
            } else {
                if c == "\"" { strays += 1 }
                field.append(c)
            }
            justClosed = false
            i += 1
        }
        if inQuotes { return (records, recordLine, strays) }
        if records.count < limit, !(field.isEmpty && fields.isEmpty) { endRecord() }
        return (records, nil, strays)
    }

    /// The delimiter that splits the first lines into the same number of fields as the header,
    /// counting only delimiters outside quotes: `"naam, voorletters";groep` is two columns
    /// separated by `;`. First the one whose quotes all close where a field ends (a file quoted for
    /// `;` read with `,` leaves quotes open or text after a closing quote: a fuzzer found one that
    /// also split evenly), then the most rows as wide as the header, then the widest header; `;`
    /// when no candidate gives more than one column.
    static func detectDelimiter(_ chars: [Character]) -> Character {
        var best: (delimiter: Character, wellQuoted: Int, strays: Int, consistent: Int, width: Int) = (
            ";", -1, 0, -1, 1
        )
        for d: Character in [";", ",", "\t"] {
            let scanned = scan(chars, delimiter: d, limit: 50)
            let sample = scanned.records
            guard let width = sample.first?.fields.count, width > 1 else { continue }
            let consistent = sample.dropFirst().filter { $0.fields.count == width }.count
            // An open quote is only wrong if the sample ends inside it before the limit.
            let wellQuoted = scanned.openQuote == nil || sample.count >= 50 ? 1 : 0
            if (wellQuoted, -scanned.strays, consistent, width)
                > (best.wellQuoted, -best.strays, best.consistent, best.width)
            {
                best = (d, wellQuoted, scanned.strays, consistent, width)
            }
        }
        return best.delimiter
    }

    public static func parse(bytes: [UInt8], file: String) throws -> CSVTable {
        if let (line, byte) = TextBytes.strayByte(in: bytes) {
            let hex = String(byte, radix: 16, uppercase: true)
            throw CasusError.invalid(
                "het bestand is in UTF-8 geschreven, maar deze regel heeft een teken dat geen UTF-8 is (byte 0x\(hex)); er is niets ingelezen",
                "the file is written in UTF-8, but this line holds a character that is not UTF-8 (byte 0x\(hex)); nothing was imported",
                hint: Phrase(
                    "Verbeter dat teken (vaak een streepje of aanhalingsteken uit Word), of sla het bestand opnieuw op als UTF-8 (Excel: ‘CSV UTF-8’). Als Windows-1252 gelezen zouden de namen met é, ë of ç verminkt zijn.",
                    "Correct that character (often a dash or quote from Word), or save the file again as UTF-8 (Excel: ‘CSV UTF-8’). Read as Windows-1252, names with é, ë or ç would be garbled."
                ), at: "\(file):\(line)")
        }
        let (text, encoding) = TextBytes.decode(bytes)
        if text.drop(while: { $0.isWhitespace }).hasPrefix("<") {
            throw CasusError.invalid(
                "dit is geen CSV-bestand maar XML", "this is not a CSV file but XML",
                hint: Phrase(
                    "Een EDEXML-export (EDEX.XML) leest u in met: casus people import --format edexml \(file)",
                    "Import an EDEXML export (EDEX.XML) with: casus people import --format edexml \(file)"),
                at: "\(file):1")
        }
        var chars = Array(text)
        // Excel's first line "sep=;" names the delimiter: it was read as the header ("kolom
        // ontbreekt … (gevonden: sep=)", a review). Taken as it says, the line left empty (an
        // empty line is no record; the lines keep their numbers).
        var named: Character?
        if chars.count > 5, String(chars[0..<4]).lowercased() == "sep=", [";", ",", "\t"].contains(chars[4]),
            isNewline(chars[5])
        {
            named = chars[4]
            chars.removeFirst(5)
        }
        let delimiter = named ?? detectDelimiter(chars)
        let (records, openQuote) = records(chars, delimiter: delimiter)
        if let openQuote {
            throw CasusError.invalid(
                "een aanhalingsteken wordt niet gesloten", "a quote is never closed",
                hint: Phrase(
                    "Zet een \" aan het eind van het veld, of verwijder het openende \".",
                    "Put a \" at the end of the field, or remove the opening \"."),
                at: "\(file):\(openQuote)")
        }
        guard let head = records.first else {
            throw CasusError.invalid(
                "het bestand is leeg", "the file is empty",
                hint: Phrase(
                    "Exporteer opnieuw uit de leerlingadministratie, met een kopregel en een regel per persoon.",
                    "Export again from the pupil administration, with a header and a row per person."),
                at: "\(file):1")
        }
        if records.count == 1 {
            throw CasusError.invalid(
                "het bestand heeft een kopregel maar geen rijen; er is niets ingelezen",
                "the file has a header but no rows; nothing was imported",
                hint: Phrase(
                    "Controleer of de export personen bevat (een filter in de leerlingadministratie?) en exporteer opnieuw.",
                    "Check that the export holds people (a filter in the pupil administration?) and export again."),
                at: "\(file):\(head.line)")
        }
        var table = CSVTable(
            header: head.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(records.dropFirst()),
            delimiter: delimiter, encoding: encoding)
        table.headerLine = head.line
        return table
    }
}
