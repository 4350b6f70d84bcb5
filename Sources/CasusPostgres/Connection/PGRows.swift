import CLibPQ
import Foundation

/// A query's rows, copied out of libpq's result at once (the result is freed after the call),
/// read by column name. Values are libpq's text form.
struct PGRows {
    let columns: [String: Int]
    private let values: [[String?]]

    init(_ result: OpaquePointer) {
        let n = Int(PQntuples(result)), m = Int(PQnfields(result))
        var names: [String: Int] = [:]
        for j in 0..<m where names[String(cString: PQfname(result, Int32(j)))] == nil {
            names[String(cString: PQfname(result, Int32(j)))] = j
        }
        columns = names
        var rows: [[String?]] = []
        rows.reserveCapacity(n)
        for i in 0..<n {
            var row: [String?] = []
            row.reserveCapacity(m)
            for j in 0..<m {
                if PQgetisnull(result, Int32(i), Int32(j)) == 1 {
                    row.append(nil)
                } else {
                    // Text values arrive as UTF-8 (client_encoding is set); read with their length,
                    // so no byte is lost to a C string's end.
                    let length = Int(PQgetlength(result, Int32(i), Int32(j)))
                    let bytes = UnsafeRawPointer(PQgetvalue(result, Int32(i), Int32(j))!)
                    row.append(String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self))
                }
            }
            rows.append(row)
        }
        values = rows
    }

}

/// The rows in order, so they are walked, mapped and counted as any collection.
extension PGRows: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { values.count }
    subscript(_ i: Int) -> PGRow { PGRow(columns: columns, values: values[i]) }
}

/// One row, by column name. A missing column is a bug in casus's own SQL: it stops loudly.
struct PGRow {
    let columns: [String: Int]
    let values: [String?]

    func text(_ name: String) -> String? {
        guard let i = columns[name] else { preconditionFailure("casus: the query has no column \(name)") }
        return values[i]
    }

    /// Text that is never NULL in the schema; "" if it is anyway (a decoded row is then shown
    /// to `verify`, which names the difference).
    func string(_ name: String) -> String { text(name) ?? "" }
    /// Whether the query has the column.
    func has(_ name: String) -> Bool { columns[name] != nil }
    func int64(_ name: String) -> Int64? { text(name).flatMap { Int64($0) } }
    func id(_ name: String) -> Int64 { int64(name) ?? 0 }
    func int(_ name: String) -> Int? { text(name).flatMap { Int($0) } }
    /// Booleans are stored as 0/1, as in SQLite (and as the chain writes them); `t`/`f` also read.
    func bool(_ name: String) -> Bool {
        switch text(name) {
        case "1", "t", "true": true
        default: false
        }
    }
    /// A bytea column in libpq's hex text form.
    func bytes(_ name: String) -> [UInt8] { text(name).map(PGHex.decodeBytea) ?? [] }

    /// Every column, for rows the server already gives in `verify`'s form (a text[] as its elements).
    var all: [String?] { values }
}

/// bytea's hex form.
enum PGHex {
    static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `\x0a1b…` → bytes; anything else is read as its UTF-8 (never happens with hex output).
    static func decodeBytea(_ text: String) -> [UInt8] {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 2, utf8[0] == UInt8(ascii: "\\"), utf8[1] == UInt8(ascii: "x") else { return utf8 }
        var out = [UInt8]()
        out.reserveCapacity((utf8.count - 2) / 2)
        var i = 2
        func nibble(_ c: UInt8) -> UInt8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: 0
            }
        }
        while i + 1 < utf8.count {
            out.append(nibble(utf8[i]) << 4 | nibble(utf8[i + 1]))
            i += 2
        }
        return out
    }
}
