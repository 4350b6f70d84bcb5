/// casus's own reader of the XML an administration exports (EDEXML): elements, attributes, text,
/// CDATA, comments and processing instructions, the five predefined entities and character
/// references. No DTD (XMLTree refuses a DOCTYPE before it gets here), so no other entity and
/// nothing external is ever followed. It reads what Foundation's `XMLParser` (libxml2) read, and
/// refuses what it refused, with the line where the fault is found; it replaced it because libxml2
/// and the ICU it brings cost every casus process 2.5 ms to load, for an import run a few times a
/// year. Input is UTF-8 text (XMLTree decodes the file first).
struct XMLReader {
    /// Why a text is not well-formed XML, in the terms casus explains (XMLTree.message).
    enum Fault: Equatable {
        /// No element where the document should start.
        case noDocument
        /// The text ends while elements are still open (`open` non-empty), or something other than
        /// comments and whitespace follows the last element.
        case endsEarlyOrTrailing
        /// A character XML does not allow, or a character reference to one.
        case badCharacter
        /// An entity other than the five XML knows.
        case unknownEntity
        /// An attribute without quotes around its value, or without a value.
        case badAttribute
        case duplicateAttribute
        /// `<?xml …?>` anywhere but at the very start.
        case misplacedDeclaration
        /// A stray `&` or `<`, or a tag that does not end with `>`.
        case strayMarkup
        /// An end tag that is not the one of the element open.
        case mismatchedEndTag
        /// Elements nested deeper than `maxDepth`: an export never is, and a reader that followed
        /// every level could be made to run out of stack.
        case tooDeep
        /// `--` inside a comment.
        case badComment
    }

    static let maxDepth = 256

    struct Failure: Error {
        let fault: Fault
        let line: Int
        /// The elements open when the fault was found, outermost first, with their lines.
        let open: [(name: String, line: Int)]
    }

    /// The root element and everything in it.
    static func read(_ text: String) throws -> XMLTree.Element? {
        var reader = XMLReader(Array(text.utf8))
        return try reader.document()
    }

    private let bytes: [UInt8]
    private var at = 0
    private var line = 1
    private var stack: [XMLTree.Element] = []

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func fail(_ fault: Fault, line: Int? = nil) -> Failure {
        Failure(fault: fault, line: line ?? self.line, open: stack.map { ($0.name, $0.line) })
    }

    private var atEnd: Bool { at >= bytes.count }
    private func peek(_ offset: Int = 0) -> UInt8? { at + offset < bytes.count ? bytes[at + offset] : nil }
    private func looking(at s: String) -> Bool { bytes[at...].starts(with: s.utf8) }

    private mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where at < bytes.count {
            if bytes[at] == UInt8(ascii: "\n") { line += 1 }
            at += 1
        }
    }

    private mutating func skipSpace() {
        while let b = peek(), Self.isSpace(b) { advance() }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func document() throws -> XMLTree.Element? {
        if looking(at: "\u{FEFF}") { at += 3 }
        if looking(at: "<?"), declaration(after: 2) { try skipPast("?>", fault: .strayMarkup) }
        var root: XMLTree.Element?
        while true {
            skipSpace()
            if atEnd { break }
            if looking(at: "<!--") {
                try comment()
            } else if looking(at: "<?") {
                try instruction()
            } else if peek() == UInt8(ascii: "<"), root == nil, nameStarts(at: 1) {
                root = try element()
            } else {
                throw fail(root == nil ? .noDocument : .endsEarlyOrTrailing)
            }
        }
        return root
    }

    private mutating func skipPast(_ end: String, fault: Fault) throws {
        while !atEnd {
            if looking(at: end) {
                advance(end.utf8.count)
                return
            }
            try character()
        }
        throw fail(fault)
    }

    /// One character of text, checked: XML allows tab, line feed, carriage return and the rest
    /// from U+0020, but not U+FFFE/U+FFFF.
    private mutating func character() throws {
        let b = bytes[at]
        if b < 0x20 && !Self.isSpace(b) { throw fail(.badCharacter) }
        if b == 0xEF, peek(1) == 0xBF, let third = peek(2), third == 0xBE || third == 0xBF {
            throw fail(.badCharacter)
        }
        advance()
    }

    /// `<!-- … -->`, in which XML allows no `--` (libxml2 refused it too).
    private mutating func comment() throws {
        advance(4)
        while !atEnd {
            if looking(at: "--") {
                guard looking(at: "-->") else { throw fail(.badComment) }
                advance(3)
                return
            }
            try character()
        }
        throw fail(.endsEarlyOrTrailing)
    }

    /// Whether `xml` and a space or `?` follow `offset` bytes on: the XML declaration's target.
    private func declaration(after offset: Int) -> Bool {
        guard at + offset <= bytes.count, bytes[(at + offset)...].starts(with: "xml".utf8), let next = peek(offset + 3)
        else { return false }
        return Self.isSpace(next) || next == UInt8(ascii: "?")
    }

    private mutating func instruction() throws {
        advance(2)
        if declaration(after: 0) { throw fail(.misplacedDeclaration) }
        try skipPast("?>", fault: .endsEarlyOrTrailing)
    }

    /// The length in bytes of the character at `i` when it may start a name (`start`) or continue
    /// one, else 0: XML's NameStartChar and NameChar, so a no-break space or a U+FFFE in a tag is a
    /// fault, not part of a name that then matches nothing.
    private func nameChar(at i: Int, start: Bool) -> Int {
        guard i < bytes.count else { return 0 }
        let b = bytes[i]
        if b < 0x80 {
            let letter =
                (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ":")
            let more = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
            return letter || (!start && more) ? 1 : 0
        }
        // Valid UTF-8 (XMLTree decodes the file first): the lead byte gives the length.
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return 0 }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        switch value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return length
        case 0xB7, 0x300...0x36F, 0x203F...0x2040:
            return start ? 0 : length
        default:
            return 0
        }
    }

    private func nameStarts(at offset: Int = 0) -> Bool { nameChar(at: at + offset, start: true) > 0 }

    private mutating func name() throws -> String {
        guard nameStarts() else { throw fail(.strayMarkup) }
        let start = at
        advance(nameChar(at: at, start: true))
        while case let n = nameChar(at: at, start: false), n > 0 { advance(n) }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    /// An element from its `<`: its attributes, then its content up to its end tag.
    private mutating func element() throws -> XMLTree.Element {
        guard stack.count < Self.maxDepth else { throw fail(.tooDeep) }
        advance()
        let tag = try name()
        var attributes: [String: String] = [:]
        while true {
            let spaced = peek().map(Self.isSpace) ?? false
            skipSpace()
            guard let b = peek() else { throw fail(.endsEarlyOrTrailing) }
            if b == UInt8(ascii: ">") || looking(at: "/>") { break }
            // A `<` here: the tag never ended. Anything else: an attribute written wrongly.
            guard spaced, nameStarts() else { throw fail(b == UInt8(ascii: "<") ? .strayMarkup : .badAttribute) }
            let key = try name()
            skipSpace()
            guard peek() == UInt8(ascii: "=") else { throw fail(.badAttribute) }
            advance()
            skipSpace()
            let value = try attributeValue()
            guard attributes[key] == nil else { throw fail(.duplicateAttribute) }
            attributes[key] = value
        }
        let empty = looking(at: "/>")
        advance(empty ? 2 : 1)
        // The line where the start tag ends, as libxml2 counted it.
        let e = XMLTree.Element(name: tag, attributes: attributes, line: line)
        if empty { return e }
        stack.append(e)
        try content(of: e)
        stack.removeLast()
        return e
    }

    private mutating func attributeValue() throws -> String {
        guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw fail(.badAttribute)
        }
        advance()
        var out: [UInt8] = []
        while true {
            guard let b = peek() else { throw fail(.endsEarlyOrTrailing) }
            if b == quote {
                advance()
                return String(decoding: out, as: UTF8.self)
            }
            if b == UInt8(ascii: "<") { throw fail(.strayMarkup) }
            if b == UInt8(ascii: "&") {
                out += try reference()
            } else if Self.isSpace(b) {
                // Attribute-value normalisation: each white-space character becomes a space
                // (a CR LF pair one space, as line ends are normalised first).
                if b == 0x0D, peek(1) == 0x0A { advance() }
                advance()
                out.append(0x20)
            } else {
                try character()
                out.append(b)
            }
        }
    }

    /// `&…;` at `at`: the bytes it stands for.
    private mutating func reference() throws -> [UInt8] {
        advance()
        if peek() == UInt8(ascii: "#") {
            advance()
            let hex = peek() == UInt8(ascii: "x")
            if hex { advance() }
            var value: UInt32 = 0
            var digits = 0
            while let b = peek(), b != UInt8(ascii: ";") {
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: d = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw fail(.strayMarkup)
                }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                if value > 0x10FFFF { throw fail(.badCharacter) }
                advance()
            }
            guard peek() == UInt8(ascii: ";"), digits > 0 else { throw fail(.strayMarkup) }
            advance()
            guard let scalar = Unicode.Scalar(value), Self.allowed(scalar) else { throw fail(.badCharacter) }
            return Array(String(Character(scalar)).utf8)
        }
        let entity = try name()
        guard peek() == UInt8(ascii: ";") else { throw fail(.strayMarkup) }
        advance()
        switch entity {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default: throw fail(.unknownEntity)
        }
    }

    static func allowed(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Text, CDATA, comments, instructions and child elements, up to the end tag of `e`.
    private mutating func content(of e: XMLTree.Element) throws {
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                e.text += String(decoding: text, as: UTF8.self)
                text.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard let b = peek() else { throw fail(.endsEarlyOrTrailing, line: e.line) }
            if b == UInt8(ascii: "<") {
                if looking(at: "</") {
                    flush()
                    advance(2)
                    let closing = try name()
                    skipSpace()
                    guard peek() == UInt8(ascii: ">") else { throw fail(.strayMarkup) }
                    guard closing == e.name else { throw fail(.mismatchedEndTag) }
                    advance()
                    return
                } else if looking(at: "<!--") {
                    try comment()
                } else if looking(at: "<![CDATA[") {
                    advance(9)
                    let start = at
                    try skipPast("]]>", fault: .endsEarlyOrTrailing)
                    text += bytes[start..<(at - 3)]
                } else if looking(at: "<?") {
                    try instruction()
                } else if nameStarts(at: 1) {
                    flush()
                    e.children.append(try element())
                } else {
                    throw fail(.strayMarkup)
                }
            } else if b == UInt8(ascii: "&") {
                text += try reference()
            } else if b == 0x0D {
                // Line ends are normalised to a line feed (CR LF and a lone CR alike).
                advance()
                if peek() == 0x0A { advance() }
                text.append(0x0A)
            } else if looking(at: "]]>") {
                throw fail(.strayMarkup)
            } else {
                try character()
                text.append(b)
            }
        }
    }
}
