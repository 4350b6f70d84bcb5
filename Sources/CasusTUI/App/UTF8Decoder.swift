/// Assembles keyboard bytes into Unicode scalars, one byte at a time. Invalid UTF-8 (a stray
/// continuation byte, 0xFF, an overlong or cut-off sequence) becomes `.invalid` and decoding
/// starts afresh, so one bad byte never swallows the keys after it.
public struct UTF8Decoder: Sendable {
    public enum Output: Sendable, Hashable {
        case scalar(Unicode.Scalar)
        case invalid
    }

    private var pending: [UInt8] = []
    private var needed = 0

    public init() {}

    /// True while a multi-byte character is incomplete: the terminal waits briefly for the rest.
    public var isPending: Bool { !pending.isEmpty }

    public mutating func feed(_ byte: UInt8) -> [Output] {
        if isPending {
            if (0x80...0xBF).contains(byte) {
                pending.append(byte)
                guard pending.count == needed else { return [] }
                let bytes = pending
                pending = []
                // Swift's decoder rejects overlong forms and surrogates.
                guard let s = String(validating: bytes, as: UTF8.self), s.unicodeScalars.count == 1 else {
                    return [.invalid]
                }
                return [.scalar(s.unicodeScalars.first!)]
            }
            pending = []
            return [.invalid] + feed(byte)
        }
        switch byte {
        case 0x00...0x7F:
            return [.scalar(Unicode.Scalar(byte))]
        case 0xC2...0xDF:
            needed = 2
        case 0xE0...0xEF:
            needed = 3
        case 0xF0...0xF4:
            needed = 4
        default:
            return [.invalid]
        }
        pending = [byte]
        return []
    }

    /// No more bytes came: what was pending is invalid.
    public mutating func flush() -> Output? {
        guard isPending else { return nil }
        pending = []
        return .invalid
    }
}
