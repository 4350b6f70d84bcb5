import CasusCore
import CasusTerminal
import Foundation

/// A document's text for `verify --against`: a PDF through `pdftotext -layout` (poppler-utils), anything
/// else as UTF-8 text (a letter, a Markdown, HTML or JSON export, a kept checkpoint line).
enum DocumentText {
    /// Whether a PDF was changed after it was made: an incremental update (a second `%%EOF`, what a
    /// viewer appends when it saves an annotation, a form field or a white box over the text). Its
    /// text may still be the letter's while the page shows less (a review blanked half a page and
    /// casus said "klopt").
    static func updatedAfterMaking(_ data: Data) -> Bool {
        guard data.starts(with: Array("%PDF".utf8)) else { return false }
        func ranges(_ text: String) -> [Range<Data.Index>] {
            let marker = Array(text.utf8)
            var found: [Range<Data.Index>] = []
            var i = data.startIndex
            while let r = data[i...].firstRange(of: marker) {
                found.append(r)
                i = r.upperBound
            }
            return found
        }
        func holdsPrev(_ part: Range<Data.Index>) -> Bool { data[part].firstRange(of: Array("/Prev".utf8)) != nil }
        // A trailer, or a cross-reference stream's dictionary, that points back (/Prev) to an earlier
        // one: an update appended, with or without its closing %%EOF (one without it passed, a
        // review). Only there: an outline's bookmarks point back with /Prev too, and every PDF casus
        // made with headings ("Redenen van het besluit") was called changed (a second review).
        // The keywords at a line's start only: a heading "De trailer" is a bookmark's title, and
        // its outline's /Prev read as an update (a review).
        func atLineStart(_ word: String) -> [Range<Data.Index>] { ranges("\n" + word) + ranges("\r" + word) }
        let trailers = atLineStart("trailer").map { t in
            t.lowerBound..<(data[t.upperBound...].firstRange(of: Array("startxref".utf8))?.lowerBound ?? data.endIndex)
        }
        let objects = ranges(" obj")
        let xrefStreams = ranges("/XRef").map { x in
            (objects.last { $0.upperBound <= x.lowerBound }?.upperBound ?? data.startIndex)..<(data[x.upperBound...]
                .firstRange(of: Array("stream".utf8))?.lowerBound ?? data.endIndex)
        }
        return atLineStart("%%EOF").count > 1 || atLineStart("startxref").count > 1
            || (trailers + xrefStreams).contains(where: holdsPrev)
    }

    /// What a PDF just made does not show of its letter (`LetterDocument.unprinted`), said; nil when
    /// it shows every word, or its text cannot be read back (no pdftotext).
    static func unprinted(_ document: LetterDocument, in path: String) -> Phrase? {
        guard let data = FileManager.default.contents(atPath: path), let text = try? text(of: data, path) else {
            return nil
        }
        let lost = document.unprinted(readBack: text)
        guard !lost.isEmpty else { return nil }
        let words = lost.map { "‘\($0)’" }.joined(separator: " ")
        return Phrase(
            "Let op: de PDF toont niet alles van de brief (niet teruggelezen: \(words)); het lettertype op deze computer kan die tekens niet tonen. Kijk de afdruk na, installeer een lettertype dat ze heeft (fonts-noto-color-emoji voor emoji), of beschrijf ze in een nieuwe brief.",
            "Note: the PDF does not show all of the letter (not read back: \(words)); the fonts on this computer cannot draw those characters. Check the print, install a font that has them (fonts-noto-color-emoji for emoji), or describe them in a new letter."
        )
    }

    /// The document's text, whether it is a PDF changed after it was made (from the same bytes),
    /// a PDF's SHA-256, and the SHA-256 of casus's HTML copy of a letter (nil for any other file).
    static func read(_ path: String) throws -> (text: String, updated: Bool, pdf: String?, html: String?) {
        let data = try InputFile.bytes(path, kind: .document)
        let digest = DossierChain.sha256Hex(Array(data))
        let pdf = data.starts(with: Array("%PDF".utf8)) ? digest : nil
        let ownHTML = pdf == nil && String(data: data, encoding: .utf8).flatMap(LetterDocument.textOfOwnHTML) != nil
        return (try text(of: data, path), updatedAfterMaking(data), pdf, ownHTML ? digest : nil)
    }

    static func text(of data: Data, _ path: String) throws -> String {
        if data.starts(with: Array("%PDF".utf8)) {
            guard
                let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: {
                    FileManager.default.isExecutableFile(atPath: $0)
                })
            else {
                throw CasusError(
                    .usage,
                    Phrase(
                        "\(path) is een PDF, en pdftotext (om de tekst eruit te lezen) is niet geïnstalleerd",
                        "\(path) is a PDF, and pdftotext (to read its text) is not installed"),
                    hint: Phrase(
                        "Installeer poppler-utils (apt-get install poppler-utils).",
                        "Install poppler-utils (apt-get install poppler-utils)."))
            }
            // -layout: the page's lines as they stand, a hyphen at a line's end kept. The default
            // mode joins a word broken at its hyphen and drops the hyphen ("social-" and
            // "mediaprotocol" came back as "socialmediaprotocol"), which no comparison can tell
            // from a hyphen taken out ("1-3 dagen" made "13 dagen", a review); -raw keeps the
            // hyphen but gives the text in drawing order (the letterhead after the body).
            guard let text = try? Spawn.run([tool, "-layout", "-enc", "UTF-8", path, "-"], capture: true), !text.isEmpty
            else {
                throw CasusError.invalid(
                    "pdftotext kon geen tekst uit \(path) lezen (een scan zonder tekstlaag?)",
                    "pdftotext could not read text from \(path) (a scan without a text layer?)")
            }
            return text
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CasusError.invalid(
                "\(path) is geen PDF en geen UTF-8-tekst", "\(path) is neither a PDF nor UTF-8 text")
        }
        // A letter's HTML copy (no PDF could be made) as it reads, not its markup.
        return LetterDocument.textOfOwnHTML(text) ?? text
    }
}
