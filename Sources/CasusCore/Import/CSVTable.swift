import Foundation

/// A CSV file as exported by a Dutch pupil administration: delimiter (`;`, `,` or tab) and
/// encoding (UTF-8, with or without BOM, or Windows-1252) detected, quotes honoured.
public struct CSVTable: Sendable {
    public var header: [String]
    /// Each record with the line it starts on (a quoted field may span lines).
    public var rows: [(line: Int, fields: [String])]
    public var delimiter: Character
    public var encoding: String

    /// Reads bytes: UTF-8 if they are valid UTF-8, else Windows-1252 (what Excel writes).
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        if let s = String(validating: b, as: UTF8.self) { return (s, "UTF-8") }
        let s = String(data: Data(b), encoding: .windowsCP1252) ?? String(decoding: b, as: UTF8.self)
        return (s, "Windows-1252")
    }

    public static func parse(bytes: [UInt8], file: String) throws -> CSVTable {
        let (text, encoding) = decode(bytes)
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter = [";", ",", "\t"].map { d in (Character(d), firstLine.filter { $0 == Character(d) }.count) }
            .max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : ";" } ?? ";"
        var records: [(Int, [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    if c != "\r" { field.append(c) }
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == delimiter {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                fields.append(field)
                field = ""
                if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                    records.append((recordLine, fields))
                }
                fields = []
                line += 1
                recordLine = line
            } else if c != "\r" {
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw CasusError.invalid("een aanhalingsteken wordt niet gesloten", "a quote is never closed", at: "\(file):\(recordLine)")
        }
        guard let head = records.first else {
            throw CasusError.invalid("het bestand is leeg", "the file is empty", at: "\(file):1")
        }
        return CSVTable(header: head.1.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(records.dropFirst()),
                        delimiter: delimiter, encoding: encoding)
    }
}
