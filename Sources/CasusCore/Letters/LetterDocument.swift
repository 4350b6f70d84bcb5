import Foundation

/// A filed letter laid out to print and sign: the school's letterhead, the addressee block, place
/// and date, the text, the signature block, and in small print the dossier's chain at this letter
/// (its seq and hash), so a printed copy can be checked against the dossier. Pure: `html()` gives
/// the page, which a renderer (weasyprint) turns into an A4 PDF.
public struct LetterDocument: Sendable, Equatable {
    public var title: String
    public var schoolName: String
    /// The school's town: printed where the letter's own text has it (the place-and-date line),
    /// not again in the letterhead, so every word on the page is a word of the filed letter
    /// (`verify --against`).
    public var schoolTown: String
    /// A logo file for the letterhead (PNG, JPEG or SVG), if the school has one.
    public var logoPath: String?
    public var addressee: [String]
    public var placeAndDate: String
    /// The letter's own text, without the lines the layout draws itself (letterhead, addressee,
    /// date, signature).
    public var body: String
    public var closing: [String]
    public var signerName: String
    public var signerFunction: String
    /// What the text has after its signature (a PS, a list of enclosures): printed under the
    /// signature, as written.
    public var postscript: String = ""
    public var dossierName: String
    public var caseNumber: String?
    public var seq: Int64
    public var hash: String

    public init(
        title: String, schoolName: String, schoolTown: String, logoPath: String? = nil, addressee: [String],
        placeAndDate: String, body: String, closing: [String], signerName: String, signerFunction: String,
        postscript: String = "", dossierName: String, caseNumber: String?, seq: Int64, hash: String
    ) {
        self.title = title
        self.schoolName = schoolName
        self.schoolTown = schoolTown
        self.logoPath = logoPath
        self.addressee = addressee
        self.placeAndDate = placeAndDate
        self.body = body
        self.closing = closing
        self.signerName = signerName
        self.signerFunction = signerFunction
        self.postscript = postscript
        self.dossierName = dossierName
        self.caseNumber = caseNumber
        self.seq = seq
        self.hash = hash
    }

    /// A filed letter's text split into the parts the page lays out. Where the text has its own
    /// addressee ("Aan ..."), date line or signature (as the templates write them, also after
    /// editing), those are used; otherwise the case's data (`addressee`, `placeAndDate`, signer).
    public static func from(
        text: String, title: String, schoolName: String, schoolTown: String, addressee: [String],
        placeAndDate: String, signerName: String, signerFunction: String, dossierName: String,
        caseNumber: String?, seq: Int64, hash: String, logoPath: String? = nil
    ) -> LetterDocument {
        var paragraphs = LetterDocument.paragraphs(text)
        // The school's name heads the text; the letterhead shows it.
        if let first = paragraphs.first, first.count == 1, first[0].trimmed == schoolName.trimmed {
            paragraphs.removeFirst()
        }
        var to = addressee
        if let i = paragraphs.prefix(2).firstIndex(where: { $0.first?.hasPrefix("Aan ") == true || isAddress($0) }) {
            // Kept word for word ("Aan de ouders van …"): `verify --against` holds the PDF's words
            // against the filed letter's.
            to = paragraphs[i].map(\.trimmed)
            paragraphs.remove(at: i)
        }
        var date = placeAndDate
        if let i = paragraphs.prefix(2).firstIndex(where: { $0.count == 1 && isDateLine($0[0]) }) {
            date = paragraphs[i][0].trimmed
            paragraphs.remove(at: i)
        }
        var closing: [String] = []
        var name = signerName
        var function = signerFunction
        var after: [[String]] = []
        if let i = paragraphs.lastIndex(where: { $0.first?.hasPrefix("Met vriendelijke groet") == true }) {
            closing = paragraphs[i].map(\.trimmed)
            after = Array(paragraphs[(i + 1)...])
            // The signature as the templates write it: the name and the function, two lines.
            if let signature = after.first, signature.count == 2 {
                name = signature[0].trimmed
                function = signature[1].trimmed
                after.removeFirst()
            }
            paragraphs.removeSubrange(i...)
        }
        return LetterDocument(
            title: title, schoolName: schoolName, schoolTown: schoolTown, logoPath: logoPath, addressee: to,
            placeAndDate: date, body: paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"),
            closing: closing, signerName: name, signerFunction: function,
            postscript: after.map { $0.joined(separator: "\n") }.joined(separator: "\n\n"), dossierName: dossierName,
            caseNumber: caseNumber, seq: seq, hash: hash)
    }

    /// An address block as the templates write it (issue 16, item 2): its last line is
    /// "1234 AB  ZWOLLE".
    static func isAddress(_ paragraph: [String]) -> Bool {
        paragraph.count > 1
            && paragraph.last.map { $0.trimmed.range(of: #"^\d{4} ?[A-Z]{2}\b"#, options: .regularExpression) != nil }
                == true
    }

    /// "Zwolle, 30 november 2026" or "30 november 2026".
    static func isDateLine(_ line: String) -> Bool {
        line.trimmed.range(
            of:
                #"^([^,]{1,60}, )?\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$"#,
            options: .regularExpression) != nil
    }

    static func paragraphs(_ text: String) -> [[String]] {
        var out: [[String]] = []
        var current: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { out.append(current) }
                current = []
            } else {
                current.append(String(line))
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The page as HTML: every value escaped; the text's paragraphs, headings, quoted articles and
    /// aligned fields ("  Maatregel:    schorsing") as such.
    public func html() -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title))</title>
            <style>
            @page { size: A4; margin: 22mm 22mm 28mm 25mm;
              @bottom-left { content: element(chain); } }
            body { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.4; color: #111;
                   overflow-wrap: break-word; }
            .letterhead { border-bottom: 0.6pt solid #444; padding-bottom: 4mm; margin-bottom: 10mm; overflow: hidden; }
            .letterhead img { float: right; max-height: 20mm; max-width: 50mm; }
            .school { font-size: 15pt; font-weight: bold; }
            .addressee { margin-bottom: 10mm; min-height: 18mm; }
            .date { text-align: right; margin-bottom: 8mm; }
            h2 { font-size: 10.5pt; margin: 5mm 0 1mm 0; }
            p { margin: 0 0 3mm 0; orphans: 3; widows: 3; }
            p.cite { font-weight: bold; margin-bottom: 1mm; }
            blockquote { margin: 0 0 3mm 6mm; font-style: italic; }
            table.fields { border-collapse: collapse; margin: 0 0 3mm 6mm; }
            table.fields td { padding: 0 4mm 0.5mm 0; vertical-align: top; }
            .lines { margin: 0 0 3mm 6mm; }
            .signature { margin-top: 6mm; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
            .signature .space { height: 22mm; }
            .signature .name { font-weight: bold; }
            .chain { position: running(chain); font-family: "DejaVu Sans Mono", monospace; font-size: 6.5pt; color: #555; }
            </style>
            </head>
            <body>
            <div class="chain">\(seal.map { Self.escape($0) + "<br>" } ?? "")\(Self.escape(chainLine))</div>
            <div class="letterhead">
            """
        if let logoPath, !logoPath.isEmpty {
            h += "<img src=\"\(Self.escape(Self.fileURL(logoPath)))\" alt=\"\">"
        }
        h += "<div class=\"school\">\(Self.escape(schoolName))</div>"
        h += "</div>\n<div class=\"addressee\">"
        h += addressee.map(Self.escape).joined(separator: "<br>")
        h += "</div>\n<div class=\"date\">\(Self.escape(placeAndDate))</div>\n"
        for paragraph in Self.paragraphs(body) { h += Self.block(paragraph) + "\n" }
        h += "<div class=\"signature\">"
        h += closing.map { "<div>\(Self.escape($0))</div>" }.joined()
        h += "<div class=\"space\"></div>"
        h += "<div class=\"name\">\(Self.escape(signerName))</div><div>\(Self.escape(signerFunction))</div>"
        h += "</div>\n"
        for paragraph in Self.paragraphs(postscript) { h += Self.block(paragraph) + "\n" }
        h += "</body>\n</html>\n"
        return h
    }

    /// The page's words in the order it prints them (`html`), the small print aside: what a PDF's
    /// text reads back.
    public var printedText: String {
        ([schoolName] + addressee + [placeAndDate, body] + closing + [signerName, signerFunction, postscript])
            .joined(separator: "\n")
    }

    /// The small print: which dossier, which entry, and the chain's hash at it.
    /// The casus seal (`casus-ketenkop: brief, …`), which `casus verify --against` finds in the
    /// PDF's text; printed under the small print when set.
    public var seal: String?

    public var chainLine: String {
        let c = caseNumber.map { "zaak \($0) · " } ?? ""
        let head = hash == Seal.withheld ? "niet gegeven (een stuk van vóór het zout)" : hash
        return "\(c)dossier \(dossierName) · stuk nr. \(seq) · ketenkop (SHA-256) na dit stuk: \(head)"
    }

    static func block(_ lines: [String]) -> String {
        // Aligned fields: "  Label:   value" (continuation lines indented further).
        if lines.allSatisfy({ $0.hasPrefix("  ") }) {
            var rows: [(String, String)] = []
            for line in lines {
                if let m = line.range(of: #"^\s{2,}[^\s:][^:]{0,30}:\s+"#, options: .regularExpression) {
                    let label = line[m].trimmingCharacters(in: .whitespaces)
                    rows.append((label, String(line[m.upperBound...])))
                } else if let last = rows.popLast() {
                    rows.append((last.0, last.1 + " " + line.trimmed))
                } else {
                    rows.append(("", line.trimmed))
                }
            }
            if rows.allSatisfy({ !$0.0.isEmpty }) {
                return "<table class=\"fields\">"
                    + rows.map { "<tr><td>\(escape($0.0))</td><td>\(escape($0.1))</td></tr>" }.joined() + "</table>"
            }
            return "<div class=\"lines\">" + lines.map { escape($0.trimmed) }.joined(separator: "<br>") + "</div>"
        }
        // A quoted article: its heading, then the quote.
        if lines.count >= 2, lines[1].hasPrefix("\"") {
            return
                "<p class=\"cite\">\(escape(lines[0]))</p><blockquote>\(escape(prose(Array(lines.dropFirst()))))</blockquote>"
        }
        // A section heading: one short line without closing punctuation.
        if lines.count == 1, lines[0].count <= 50, let last = lines[0].last, !".,:;?!\")".contains(last) {
            return "<h2>\(escape(lines[0]))</h2>"
        }
        return "<p>\(escape(prose(lines)).replacingOccurrences(of: "\n", with: "<br>"))</p>"
    }

    /// Lines wrapped at 78 columns are one paragraph again; a short line was a deliberate break.
    static func prose(_ lines: [String]) -> String {
        var out = ""
        for (i, line) in lines.enumerated() {
            out += line.trimmed
            if i < lines.count - 1 { out += line.count >= 60 ? " " : "\n" }
        }
        return out
    }

    /// A value as the page shows it: HTML's special characters escaped; a character that turns the
    /// writing direction shown as � (`TerminalText`), as the exports do, and one that shows as
    /// nothing left out. A threat pasted with U+202E printed backwards in the parents' letter
    /// ("fa ej kaam ki"), and the genuine PDF was then called changed (a review). `WordDiff.key`
    /// reads the filed text alike.
    public static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for v in s.unicodeScalars {
            switch v {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: if !TerminalText.isInvisible(v.value) { out.append(v) }
            }
        }
        // The one rule for what turns the direction or is a control (`TerminalText`), as the exports.
        return TerminalText.neutralised(String(out))
    }

    static func fileURL(_ path: String) -> String {
        let encoded = path.unicodeScalars.map { s -> String in
            let allowed =
                ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
                || "/-._~".unicodeScalars.contains(s)
            return allowed ? String(s) : String(s).utf8.map { String(format: "%%%02X", $0) }.joined()
        }.joined()
        return "file://" + encoded
    }
}

extension LetterDocument {
    /// The words of a letter's HTML as casus writes it (`html`), as a browser shows them: the copy
    /// casus writes when no PDF can be made, which the director prints. `verify --against` held its
    /// markup to the letter's words and called casus's own copy changed (a review). Nil for any
    /// other HTML (an export's is checked as written).
    public static func textOfOwnHTML(_ html: String) -> String? {
        guard html.hasPrefix("<!DOCTYPE html>"), html.contains("<div class=\"chain\">"),
            html.contains("<div class=\"letterhead\">")
        else { return nil }
        var text = html
        if let head = text.range(of: "<head>"),
            let end = text.range(of: "</head>", range: head.upperBound..<text.endIndex)
        {
            text.removeSubrange(head.lowerBound..<end.upperBound)
        }
        for (tag, with) in [("<br>", "\n"), ("</div>", "\n"), ("</p>", "\n\n"), ("</tr>", "\n"), ("</td>", " ")] {
            text = text.replacingOccurrences(of: tag, with: with)
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: c)
        }
        return text
    }
}
