import Foundation

/// A moment, to the second, in UTC. Whole seconds keep the canonical form of a dossier
/// entry (and so its hash) exact across machines and backends.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public init(_ date: Date) { self.seconds = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public static func now() -> Timestamp { Timestamp(Date()) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    /// `2026-11-21T09:30:12Z`: sorts as text, is the stored and hashed form.
    public var iso: String {
        let days = Int(floorDiv(seconds, 86_400))
        let rest = Int(seconds - Int64(days) * 86_400)
        let d = LocalDate(dayNumber: days)
        guard (0...9999).contains(d.year) else {
            return d.iso + "T" + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":" + pad(rest % 60, 2) + "Z"
        }
        // Written as bytes: every event and audit line carries one, a million in a bulk load.
        return String(unsafeUninitializedCapacity: 20) { b in
            func put(_ n: Int, _ at: Int, _ width: Int) {
                var n = n
                var i = at + width - 1
                while i >= at {
                    b[i] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                    i -= 1
                }
            }
            put(d.year, 0, 4)
            b[4] = UInt8(ascii: "-")
            put(d.month, 5, 2)
            b[7] = UInt8(ascii: "-")
            put(d.day, 8, 2)
            b[10] = UInt8(ascii: "T")
            put(rest / 3600, 11, 2)
            b[13] = UInt8(ascii: ":")
            put(rest / 60 % 60, 14, 2)
            b[16] = UInt8(ascii: ":")
            put(rest % 60, 17, 2)
            b[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    public init?(iso: String) {
        // Accept exactly the form `iso` writes: 2026-11-21T09:30:00Z. Read from the UTF-8
        // bytes: every list row carries a timestamp, and this runs for each.
        var iso = iso
        let parsed: Int64? = iso.withUTF8 { b in
            guard b.count == 20, b[19] == UInt8(ascii: "Z"), b[10] == UInt8(ascii: "T"),
                b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
                let date = LocalDate(isoBytes: UnsafeBufferPointer(rebasing: b[0..<10])),
                let h = ISODigits.number(b, 11, 2), let m = ISODigits.number(b, 14, 2),
                let s = ISODigits.number(b, 17, 2),
                h < 24, m < 60, s < 61
            else { return nil }
            return Int64(date.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
        }
        guard let parsed else { return nil }
        self.seconds = parsed
    }

    public var description: String { iso }

    public func adding(seconds delta: Int64) -> Timestamp { Timestamp(seconds: seconds + delta) }

    /// The civil date in the school's zone (the Netherlands).
    public func localDate(in zone: TimeZone = .school) -> LocalDate {
        let offset = Int64(zone.secondsFromGMT(for: date))
        return LocalDate(dayNumber: Int(floorDiv(seconds + offset, 86_400)))
    }

    /// `21-11-2026 10:30` in the school's zone.
    public func dutch(in zone: TimeZone = .school) -> String {
        let local = seconds + Int64(zone.secondsFromGMT(for: date))
        let rest = Int(local - floorDiv(local, 86_400) * 86_400)
        return localDate(in: zone).dutch + " " + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let t = Timestamp(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a timestamp: \(text)"))
        }
        self = t
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

private func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

extension TimeZone {
    /// Dutch schools keep Dutch time, whatever the server's zone.
    public static let school: TimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
}
