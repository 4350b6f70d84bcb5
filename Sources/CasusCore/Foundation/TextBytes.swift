import Foundation

/// Text read from a file someone else's program wrote (a CSV from a pupil administration, a note
/// from the user's own editor): UTF-8 (with or without a byte-order mark) when the bytes are
/// UTF-8, UTF-16 when a byte-order mark says so (Excel's "Unicode text"), else Windows-1252, what
/// a Western-European program writes when it does not write UTF-8. Never U+FFFD in place of a
/// letter that was there ("Renée" read as "Ren�e").
public enum TextBytes {
    /// Where a file that is UTF-8 holds a byte that is not: the line (from 1) and the first such
    /// byte. A file with letters written as UTF-8 and one stray byte (a Word dash pasted into a
    /// cell) was read whole as Windows-1252, and every correct "Hélène" became "HÃ©lÃ¨ne" (a
    /// review). Nil when the bytes are UTF-8 throughout, or are mostly not (fewer letters of more
    /// than one byte than stray bytes: Windows-1252, in which "É" and a non-breaking space happen
    /// to make one UTF-8 letter, a second review).
    public static func strayByte(in bytes: [UInt8]) -> (line: Int, byte: UInt8)? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var letters = 0
        var strays = 0
        var first: (line: Int, byte: UInt8)?
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            var valid = length > 0 && i + length <= bytes.count
            if valid {
                for k in 1..<length where !(0x80...0xBF).contains(bytes[i + k]) { valid = false }
            }
            if valid {
                letters += 1
                i += length
            } else {
                strays += 1
                if first == nil { first = (line, b) }
                i += 1
            }
        }
        return letters > strays ? first : nil
    }

    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: String) {
        var b = bytes[...]
        // UTF-32 with its mark, and UTF-16 without one (every other byte NUL in a text of Latin
        // letters): each was read as Windows-1252, and every line refused as "1 velden" (a review).
        if b.starts(with: [0xFF, 0xFE, 0, 0]) || b.starts(with: [0, 0, 0xFE, 0xFF]) {
            let little = b.first == 0xFF
            if let s = String(data: Data(b.dropFirst(4)), encoding: little ? .utf32LittleEndian : .utf32BigEndian) {
                return (s, "UTF-32")
            }
        }
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) {
            let little = b.first == 0xFF
            if let s = String(data: Data(b.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian) {
                return (s, "UTF-16")
            }
        }
        if let little = unmarkedUTF16(b),
            let s = String(data: Data(b), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
        {
            return (s, "UTF-16")
        }
        let marked = b.starts(with: [0xEF, 0xBB, 0xBF])
        if marked { b = b.dropFirst(3) }
        let windows = { String(data: Data(b), encoding: .windowsCP1252) }
        if let s = String(validating: b, as: UTF8.self) {
            // Windows-1252 that happens to be UTF-8 shows only in its C1 codes (`misread`); one whose
            // accented capitals and Word marks made letters ("JOSɖMARIA") is read as UTF-8, and the
            // import points such a name out (`looksMisread`).
            if !marked, misread(s), let w = windows(), !w.unicodeScalars.contains(where: unlikely) {
                return (w, "Windows-1252")
            }
            return (s, "UTF-8")
        }
        return (windows() ?? String(decoding: b, as: UTF8.self), "Windows-1252")
    }

    /// Whether the bytes read as UTF-16 without a byte-order mark: little-endian (true) when every
    /// other byte from the second is NUL and none of the others, big-endian (false) the other way
    /// round; nil for anything else.
    static func unmarkedUTF16(_ b: ArraySlice<UInt8>) -> Bool? {
        let sample = b.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var nul = (even: 0, odd: 0)
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { nul.even += 1 } else { nul.odd += 1 }
        }
        let half = sample.count / 2
        if nul.even == 0, nul.odd * 10 >= half * 9 { return true }
        if nul.odd == 0, nul.even * 10 >= half * 9 { return false }
        return nil
    }

    /// Whether a text that is valid UTF-8 is Windows-1252 after all: it holds a C1 control code,
    /// which no text holds (Windows-1252 writes its quotes and dashes there). Nothing else is
    /// guessed: a guess from the letters read a file of UTF-8 with one Ewe "Dɛ" or Azerbaijani
    /// "Məmmədova" as Windows-1252 and renamed every "Inès" in it, and let Windows-1252 with
    /// "MARTÍ–VIDAL" through as UTF-8 all the same (two reviews). A name that reads as such a
    /// misreading is pointed out where it is imported (`looksMisread`), for the user to check.
    /// A C1 code beside letters of more than one byte is a stray in UTF-8 ("O\u{92}Brien" in a
    /// file of "Anaïs Lefèvre"): read as Windows-1252 it renamed every accented name (a review); left
    /// as UTF-8, the name that holds it is refused as holding a control character.
    static func misread(_ s: String) -> Bool {
        var c1 = false
        for u in s.unicodeScalars where u.value >= 0x80 {
            if u.value <= 0x9F { c1 = true } else { return false }
        }
        return c1
    }

    /// Whether a name holds what Windows-1252 read as UTF-8 makes: a letter or mark of U+0250–07FF
    /// (IPA, combining marks, Greek, Cyrillic, Hebrew, Arabic: what an accented capital and a
    /// Word mark or a non-breaking space become) right beside a letter of plain ASCII
    /// ("JOSɖMARIA", "MART͖VIDAL", "PERږSMIT"). A real name may too ("Yaw Dɛ"): said, not refused.
    public static func looksMisread(_ name: String) -> Bool {
        // "Ã¨", "Â’": UTF-8 read as Windows-1252, the other way round.
        if name.range(
            of: "[ÃÂ][\u{A0}-\u{BF}\u{2013}-\u{201E}\u{2020}-\u{2022}\u{2026}\u{2030}\u{2039}\u{203A}\u{20AC}\u{2122}]",
            options: .regularExpression) != nil
        {
            return true
        }
        let scalars = Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
        for (i, c) in scalars.enumerated() where (0x250...0x7FF).contains(c.value) {
            // The modifier letters (ʻ ʼ) are an orthography's apostrophes.
            if (0x2B0...0x2FF).contains(c.value) { continue }
            let before = i > 0 && scalars[i - 1].isASCII && scalars[i - 1].properties.isAlphabetic
            let after = i + 1 < scalars.count && scalars[i + 1].isASCII && scalars[i + 1].properties.isAlphabetic
            if before || after { return true }
        }
        return false
    }

    /// A control code of the C1 range, or a phonetic letter or modifier (IPA, U+0250–U+02FF): what
    /// two Windows-1252 characters read as UTF-8 give, and no pupil's name holds.
    static func unlikely(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || (0x250...0x2FF).contains(scalar.value)
    }
}
