import Foundation

/// A small XML document read with casus's own reader (XMLReader): each element with the line its
/// start tag ends on, for messages that say `file:line`. Refuses what an administration's export never
/// holds and a reader should not follow: a DOCTYPE (entities, external files) and UTF-16/32.
final class XMLTree: @unchecked Sendable {
    final class Element {
        let name: String
        let attributes: [String: String]
        let line: Int
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String], line: Int) {
            self.name = name
            self.attributes = attributes
            self.line = line
        }

        func child(_ name: String) -> Element? { children.first { $0.name == name } }
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The trimmed text of a child element; nil when it is absent or empty.
        func value(_ name: String) -> String? {
            guard let t = child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else {
                return nil
            }
            return t
        }

        func attribute(_ name: String) -> String? {
            guard let t = attributes[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else {
                return nil
            }
            return t
        }

        /// Filled in: text, attributes or children.
        var hasContent: Bool {
            !children.isEmpty || !attributes.isEmpty || !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    let root: Element
    /// The encoding the file declares (`UTF-8` when it declares none).
    let encoding: String

    private init(root: Element, encoding: String) {
        self.root = root
        self.encoding = encoding
    }

    /// The file as text, in the encoding its XML declaration names (UTF-8 when it names none),
    /// with the declaration rewritten to UTF-8. ISO-8859-1 is read as Windows-1252, which it
    /// is when Windows wrote it: ‘ ’ € – are bytes 0x80–0x9F there, invisible controls in ISO-8859-1.
    static func decode(
        _ bytes: [UInt8], file: String,
        refuse: (String, String, Int, Phrase?) -> CasusError
    ) throws -> (text: String, encoding: String) {
        let declared = declaredEncoding(bytes)
        switch declared ?? "UTF-8" {
        case "UTF-8", "UTF8", "US-ASCII", "ASCII":
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            guard let text = String(validating: body, as: UTF8.self) else {
                var line = 1
                var it = body.makeIterator()
                var utf8 = UTF8()
                loop: while true {
                    switch utf8.decode(&it) {
                    case .scalarValue(let u): if u == "\n" { line += 1 }
                    case .emptyInput, .error: break loop
                    }
                }
                throw refuse(
                    declared == nil
                        ? "een teken dat geen UTF-8 is, en het bestand noemt geen andere codering"
                        : "een teken dat geen UTF-8 is, terwijl het bestand UTF-8 noemt",
                    declared == nil
                        ? "a character that is not UTF-8, and the file names no other encoding"
                        : "a character that is not UTF-8, while the file says UTF-8",
                    line,
                    Phrase(
                        "Staat het bestand in ISO-8859-1 of Windows-1252, zet dat dan in de eerste regel: <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>, of exporteer opnieuw als UTF-8.",
                        "If the file is in ISO-8859-1 or Windows-1252, say so on the first line: <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>, or export again as UTF-8."
                    ))
            }
            return (utf8Declaration(text), "UTF-8")
        case "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "WINDOWS-1252", "CP1252":
            let data = Data(bytes)
            let text = String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1) ?? ""
            let name = declared!.hasPrefix("W") || declared!.hasPrefix("C") ? "Windows-1252" : "ISO-8859-1"
            return (utf8Declaration(text), name)
        case let other:
            throw refuse(
                "de codering \(other.shown) wordt niet ondersteund; casus leest EDEXML in UTF-8 of ISO-8859-1",
                "the encoding \(other.shown) is not supported; casus reads EDEXML in UTF-8 or ISO-8859-1", 1, nil)
        }
    }

    /// The XML declaration with `encoding="UTF-8"`, for text that now is.
    static func utf8Declaration(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>"),
            let r = text.range(
                of: #"encoding\s*=\s*["'][A-Za-z0-9._-]+["']"#, options: .regularExpression,
                range: text.startIndex..<end.lowerBound)
        else { return text }
        return text.replacingCharacters(in: r, with: "encoding=\"UTF-8\"")
    }

    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else {
            return nil
        }
        let decl = head[..<end.lowerBound]
        guard let r = decl.range(of: #"encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"#, options: .regularExpression) else {
            return nil
        }
        let value = decl[r].split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init)
        return value?.uppercased()
    }

    static func lineOf(offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    static func parse(bytes: [UInt8], file: String) throws -> XMLTree {
        let hint = Phrase(
            "Exporteer EDEX.XML opnieuw uit de leerlingadministratie (ParnasSys, Esis) en bewerk het niet met de hand.",
            "Export EDEX.XML again from the pupil administration (ParnasSys, Esis) and do not edit it by hand.")
        func refuse(_ nl: String, _ en: String, line: Int, hint h: Phrase? = nil) -> CasusError {
            CasusError.invalid(nl, en, hint: h ?? hint, at: "\(file):\(line)")
        }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }) else {
            throw refuse("het bestand is leeg", "the file is empty", line: 1)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0) {
            throw refuse(
                "het bestand is in UTF-16 of UTF-32 opgeslagen; casus leest EDEXML in UTF-8 of ISO-8859-1",
                "the file is saved as UTF-16 or UTF-32; casus reads EDEXML in UTF-8 or ISO-8859-1", line: 1)
        }
        let doctype = Array("<!DOCTYPE".utf8)
        if let at = bytes.indices.first(where: { bytes[$0] == doctype[0] && bytes[$0...].starts(with: doctype) }) {
            throw refuse(
                "het bestand heeft een DOCTYPE; EDEXML heeft er geen, en casus volgt er geen (entiteiten, externe bestanden)",
                "the file has a DOCTYPE; EDEXML has none, and casus does not follow one (entities, external files)",
                line: lineOf(offset: at, in: bytes))
        }
        let (text, encoding) = try decode(bytes, file: file, refuse: refuse)
        let root: Element?
        do {
            root = try XMLReader.read(text)
        } catch let failure as XMLReader.Failure {
            let (nl, en, h) = message(failure.fault, open: failure.open)
            throw refuse("geen geldig XML: " + nl, "not valid XML: " + en, line: failure.line, hint: h)
        }
        guard let root else {
            throw refuse("het bestand bevat geen XML-element", "the file holds no XML element", line: 1)
        }
        return XMLTree(root: root, encoding: encoding)
    }

    /// A fault XMLReader found, in words.
    static func message(_ fault: XMLReader.Fault, open: [(name: String, line: Int)]) -> (String, String, Phrase?) {
        switch fault {
        case .noDocument: return ("het bestand bevat geen XML", "the file holds no XML", nil)
        case .endsEarlyOrTrailing:
            if let last = open.last {
                return (
                    "het bestand houdt op terwijl <\(last.name.shown)> van regel \(last.line) nog open is",
                    "the file ends while <\(last.name.shown)> from line \(last.line) is still open", nil
                )
            }
            return ("na het laatste element staat nog iets", "there is something after the last element", nil)
        case .badCharacter:
            return (
                "een teken dat in XML niet mag (een stuurteken of een ongeldig tekennummer)",
                "a character XML does not allow (a control character or an invalid character reference)", nil
            )
        case .unknownEntity:
            return (
                "een onbekende entiteit (zoals &nbsp;); XML kent alleen &amp; &lt; &gt; &quot; &apos;",
                "an unknown entity (such as &nbsp;); XML knows only &amp; &lt; &gt; &quot; &apos;", nil
            )
        case .badAttribute:
            return (
                "een attribuut is niet goed geschreven (de waarde hoort tussen aanhalingstekens: key=\"…\")",
                "an attribute is not written properly (the value belongs in quotes: key=\"…\")", nil
            )
        case .duplicateAttribute:
            return (
                "een attribuut staat twee keer in hetzelfde element", "an attribute appears twice in the same element",
                nil
            )
        case .misplacedDeclaration:
            return (
                "de XML-declaratie <?xml …?> staat niet helemaal bovenaan",
                "the XML declaration <?xml …?> is not at the very top", nil
            )
        case .strayMarkup:
            return (
                "een losse & of < (schrijf &amp; of &lt;), of een tag die niet met > sluit",
                "a stray & or < (write &amp; or &lt;), or a tag not closed with >", nil
            )
        case .mismatchedEndTag:
            if let last = open.last {
                return (
                    "de sluittag past niet bij <\(last.name.shown)> van regel \(last.line)",
                    "the end tag does not match <\(last.name.shown)> from line \(last.line)", nil
                )
            }
            return ("een sluittag past niet bij de open tag", "an end tag does not match the open tag", nil)
        case .badComment:
            return (
                "een opmerking <!-- … --> bevat --, en dat mag in XML niet",
                "a comment <!-- … --> holds --, which XML does not allow", nil
            )
        case .tooDeep:
            return (
                "elementen zijn dieper genest dan \(XMLReader.maxDepth) niveaus",
                "elements are nested deeper than \(XMLReader.maxDepth) levels", nil
            )
        }
    }
}
