import CasusCore
import Foundation

/// Turns a letter's page (HTML) into an A4 PDF with weasyprint. The PDF (or, without a renderer,
/// the HTML) is created 0600 from the first byte, appears only when complete, and never
/// replaces a file that is there.
public enum PDFRenderer {
    public enum Result: Sendable, Equatable {
        /// The PDF's path, and the SHA-256 of its bytes (recorded: `verify --against` knows a
        /// PDF casus made from one saved again by another program).
        case pdf(String, sha256: String)
        /// No renderer was found: the HTML was written to this path instead, and the SHA-256 of its
        /// bytes (recorded too: a copy with a line of CSS added that hid "schriftelijke waarschuwing"
        /// and showed another date read as casus's own, its words being the letter's, a review).
        case html(String, sha256: String)

        /// The PDF's SHA-256, nil when only HTML was written (`Letters.printed` records either).
        public var sha256: String? {
            if case let .pdf(_, sha) = self { return sha }
            return nil
        }

        /// The HTML copy's SHA-256, nil when a PDF was made.
        public var htmlSHA256: String? {
            if case let .html(_, sha) = self { return sha }
            return nil
        }
    }

    /// The renderer: `$CASUS_PDF_RENDERER` if set (empty: none), else `weasyprint` on `$PATH`.
    public static var renderer: String? {
        if let set = ProcessInfo.processInfo.environment["CASUS_PDF_RENDERER"] {
            return set.isEmpty ? nil : set
        }
        return Spawn.which("weasyprint")
    }

    /// Writes `document` as a PDF to `path`; without a renderer writes the HTML next to it
    /// (`brief.pdf` → `brief.html`) and says so.
    public static func write(_ document: LetterDocument, to path: String) throws -> Result {
        let html = document.html()
        guard let renderer else {
            let htmlPath = path.hasSuffix(".pdf") ? String(path.dropLast(4)) + ".html" : path + ".html"
            try writePrivately(Data(html.utf8), to: htmlPath)
            return .html(htmlPath, sha256: DossierChain.sha256Hex(Array(html.utf8)))
        }
        let folder = try privateTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/brief.html"
        let output = folder + "/brief.pdf"
        // The letter's text outside the database: Ctrl-C while the renderer runs removes it (it was
        // left in the temporary folder for good, a review).
        let taken = PartialFiles.writing([input, output, folder + "/"])
        defer { PartialFiles.written(taken) }
        try writePrivately(Data(html.utf8), to: input)
        let status: Int32
        do {
            // The renderer's PDF private from its first byte, as casus's own files are (it was 0644).
            let mask = umask(0o077)
            defer { umask(mask) }
            status = try Spawn.status([renderer, "--quiet", input, output])
        } catch {
            throw CasusError(
                .storage,
                Phrase(
                    "\(renderer) kon niet worden gestart; er is geen PDF gemaakt",
                    "\(renderer) could not be started; no PDF was made"),
                hint: Phrase(
                    "Controleer de installatie (apt-get install weasyprint).",
                    "Check the installation (apt-get install weasyprint)."))
        }
        guard status == 0, let pdf = FileManager.default.contents(atPath: output), !pdf.isEmpty else {
            throw CasusError(
                .storage,
                Phrase(
                    "\(renderer) kon de PDF niet maken (afgesloten met \(status)); er is niets geschreven",
                    "\(renderer) could not make the PDF (exit \(status)); nothing was written"),
                hint: Phrase(
                    "Probeer `\(renderer) \(input) uit.pdf` met de hand om de fout te zien.",
                    "Try `\(renderer) \(input) out.pdf` by hand to see the error."))
        }
        try writePrivately(pdf, to: path)
        return .pdf(path, sha256: DossierChain.sha256Hex(Array(pdf)))
    }

    /// A folder only this account can read, for the renderer's input and output.
    static func privateTemporaryFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/casus-pdf-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CasusError(
                .storage, Phrase("kan geen tijdelijke map maken", "cannot make a temporary folder"))
        }
        return String(cString: made)
    }

    /// Writes `data` to `path`, created 0600 and named only when whole (`PrivateFile`): the file is
    /// never readable by others, nor half written, and it never replaces a file that is there
    /// (`--out` once named the database itself, which was then a PDF).
    public static func writePrivately(_ data: Data, to path: String) throws {
        try PrivateFile.checkCanCreate(path)
        try PrivateFile.create(path, contents: Array(data))
    }
}
