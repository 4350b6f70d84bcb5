import Foundation

/// Text read from a file someone else's program wrote (a CSV from a pupil administration, a note
/// from the user's own editor): UTF-8 (with or without a byte-order mark) when the bytes are
/// UTF-8, UTF-16 when a byte-order mark says so (Excel's "Unicode text"), else Windows-1252, what
/// a Western-European program writes when it does not write UTF-8. Never U+FFFD in place of a
/// letter that was there ("Renée" read as "Ren�e").
public enum TextBytes {
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        var b = bytes[...]
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) {
            let little = b.first == 0xFF
            if let s = String(data: Data(b.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian) {
                return (s, "UTF-16")
            }
        }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        if let s = String(validating: b, as: UTF8.self) { return (s, "UTF-8") }
        let s = String(data: Data(b), encoding: .windowsCP1252) ?? String(decoding: b, as: UTF8.self)
        return (s, "Windows-1252")
    }
}
