@testable import CasusCore
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// `verify --against` as an adversarial review attacked it: a forged letter under a seal with its
/// word "brief" taken out, an export with a changed word, text added before or after a letter, a
/// long letter with two words swapped, all said "klopt met de keten"; a genuine PDF with a
/// compound word broken at a line's end was called changed.
@Suite struct DocumentCheckTests {
    let scratch = Scratch("document-check")

    func letter(_ service: CasusService, body: String) throws -> (text: String, seal: Seal) {
        let templates = try LetterLibrary.load(folder: Fixtures.configFolder + "/templates")
        let entry = try service.letters.file(
            case: try service.cases.resolve("2026-0007"), template: try templates.require("schorsingsbesluit"),
            body: body
        ).value.entry
        let seal = try service.letters.seal(entry: entry.id)
        return (entry.body + "\n\n" + seal.line.nl + "\n", seal)
    }

    func sound(_ service: CasusService, _ text: String) throws -> Bool {
        try service.integrity.check(document: text, name: "kopie").isSound
    }

    @Test func aLettersSealWithoutItsWordBriefChecksNothingAndSoPassesNothing() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let (text, seal) = try letter(service, body: ChainHeadTests.letterBody)
        #expect(try sound(service, text))
        var taken = seal
        taken.document = .dossier
        let forged = "Hierbij verwijderen wij uw kind definitief van school.\n\n" + taken.line.nl
        let check = try service.integrity.check(document: forged, name: "vals.txt").seals[0]
        #expect(!check.isSound)
        #expect(check.exportText == .unrecorded)
    }

    @Test(arguments: [DossierExport.Format.md, .html, .json])
    func anExportsTextIsTheOneItsAuditLineRecorded(_ format: DossierExport.Format) throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Ouders werken mee.")
        let export = try service.dossiers.export(pupil.id, format: format)
        let seal = try #require(Seal.find(in: export).first)
        #expect(seal.record != nil)
        let genuine = try service.integrity.check(document: export, name: "export").seals[0]
        #expect(genuine.isSound && genuine.exportText == .same)
        // Line ends of another system are the same text.
        #expect(try sound(service, export.replacingOccurrences(of: "\n", with: "\r\n")))
        let changed = export.replacingOccurrences(of: "werken mee", with: "werken niet mee")
        #expect(changed != export)
        let check = try service.integrity.check(document: changed, name: "export").seals[0]
        #expect(!check.isSound && check.exportText == (format == .json ? .differsAsJSON : .differs))
        // A JSON export laid out again by another tool reads as changed (the record counts where a
        // space stands), and is said to be either (it read as changed only, a review).
        if format == .json {
            // As jq writes it: "key": value, where casus writes "key" : value.
            let laidOut = export.replacingOccurrences(of: "\" : ", with: "\": ")
            #expect(laidOut != export)
            let relaid = try service.integrity.check(document: laidOut, name: "jq")
            #expect(relaid.seals.map(\.exportText) == [.differsAsJSON], "\(relaid.seals)")
        }
        // A mark is a change too.
        #expect(try !sound(service, export.replacingOccurrences(of: "mee.", with: "mee?")))
        // The seal under another text.
        #expect(try !sound(service, "Iets anders.\n" + seal.line.nl))
        // A seal naming a line that is not this dossier's export.
        var other = seal
        other.record = 1
        #expect(
            try service.integrity.check(document: "x " + other.line.nl, name: "x").seals[0].exportText == .noRecord)
        // A seal naming a line past the log's end: the log was cut after the export (the genuine
        // copy was said to name no export, a review), said as such.
        var later = seal
        later.record = (seal.record ?? 0) + 1000
        let cut = try service.integrity.check(document: "x " + later.line.nl, name: "x").seals[0]
        #expect(!cut.isSound)
        if case .lineGone = cut.exportText {} else { Issue.record("\(String(describing: cut.exportText))") }
    }

    /// A PDF is known by the SHA-256 of the file casus made (its `letter.print` line): one of them
    /// is "made"; another file, where every PDF of the letter was recorded so, is "not made" (saved
    /// again by another program); where a PDF of it was made before casus kept the SHA-256, this
    /// file may be that one, and only its text is compared (a genuine copy made before was called
    /// a fake once a new one was made, a review).
    @Test func aPDFIsKnownByTheFileCasusMadeAndAnOlderOneByItsTextOnly() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let (text, seal) = try letter(service, body: ChainHeadTests.letterBody)
        let made = DossierChain.sha256Hex(Array("pdf van casus".utf8))
        let other = DossierChain.sha256Hex(Array("opnieuw opgeslagen".utf8))
        let entry = try #require(try service.dossiers.dossier(seal.dossier).entries.first { $0.seq == seal.entry.seq })
        try service.letters.printed(entry: entry.id, pdf: made)
        func origin(_ sha: String) throws -> DocumentCheck.PDFOrigin? {
            try service.integrity.check(document: text, name: "brief.pdf", pdf: sha).seals[0].pdf
        }
        if case .made = try origin(made) {} else { Issue.record("\(String(describing: try origin(made)))") }
        #expect(try origin(other) == .notMade(1))
        #expect(try !service.integrity.check(document: text, name: "brief.pdf", pdf: other).isSound)
        // A PDF made before (its line without the SHA-256): the other file may be that one.
        try service.session.auditRead(
            "letter.print", person: seal.dossier,
            detail: "stuk \(entry.id) (nr. \(entry.seq)) als PDF om te ondertekenen")
        // ... or a forgery: its text matches, what its page shows cannot be told. Not sound, and not
        // said to be changed (a review: a forgery passed as an older PDF).
        #expect(try origin(other) == .uncertain(1))
        let uncertain = try service.integrity.check(document: text, name: "brief.pdf", pdf: other)
        #expect(!uncertain.isSound && uncertain.onlyPlaceHolds)
        // The HTML copy casus writes when no PDF can be made is read as a browser shows it: its
        // markup held to the letter's words called casus's own copy changed (a review).
        let html = try service.letters.document(entry: entry.id).html()
        let shown = try #require(LetterDocument.textOfOwnHTML(html))
        #expect(try service.integrity.check(document: shown, name: "brief.html").isSound)
        #expect(LetterDocument.textOfOwnHTML("<!DOCTYPE html><p>iets anders</p>") == nil)
        // An HTML copy (no renderer) is no PDF made before.
        let (_, fresh, _) = try ChainHeadTests.world(in: Scratch("heads-html"))
        let (text2, seal2) = try letter(fresh, body: ChainHeadTests.letterBody)
        let entry2 = try #require(try fresh.dossiers.dossier(seal2.dossier).entries.first { $0.seq == seal2.entry.seq })
        try fresh.letters.printed(entry: entry2.id, pdf: nil)
        try fresh.letters.printed(entry: entry2.id, pdf: made)
        #expect(try fresh.integrity.check(document: text2, name: "brief.pdf", pdf: other).seals[0].pdf == .notMade(1))
    }

    /// casus's HTML copy of a letter (no PDF could be made) is known by its bytes, as a PDF is: a
    /// line of CSS that hid "schriftelijke waarschuwing" and showed another date kept the letter's
    /// words and read as casus's own; a PDF made from it by another program read as one "made
    /// before casus kept it", casus having made none (a review).
    @Test func anHTMLCopyIsKnownByItsBytesAndACopyCasusNeverMadeIsNotVouchedFor() throws {
        let (_, service, _) = try ChainHeadTests.world(in: Scratch("heads-html-copy"))
        let (text, seal) = try letter(service, body: ChainHeadTests.letterBody)
        let entry = try #require(try service.dossiers.dossier(seal.dossier).entries.first { $0.seq == seal.entry.seq })
        // No copy made at all: the words match, the file is not casus's.
        let elsewhere = DossierChain.sha256Hex(Array("elders gemaakt".utf8))
        let never = try service.integrity.check(document: text, name: "brief.pdf", pdf: elsewhere)
        #expect(never.seals[0].pdf == .neverMade)
        #expect(!never.isSound && never.onlyPlaceHolds)
        let html = try service.letters.document(entry: entry.id).html()
        let written = DossierChain.sha256Hex(Array(html.utf8))
        try service.letters.printed(entry: entry.id, pdf: nil, html: written)
        let shown = try #require(LetterDocument.textOfOwnHTML(html))
        let own = try service.integrity.check(document: shown, name: "brief.html", html: written)
        if case .made = own.seals[0].pdf {} else { Issue.record("\(String(describing: own.seals[0].pdf))") }
        #expect(own.isSound && own.seals[0].copyIsHTML)
        let forged = html.replacingOccurrences(of: "</style>", with: ".date{visibility:hidden}</style>")
        try #require(forged != html)
        let check = try service.integrity.check(
            document: try #require(LetterDocument.textOfOwnHTML(forged)), name: "brief.html",
            html: DossierChain.sha256Hex(Array(forged.utf8)))
        #expect(check.seals[0].pdf == .notMade(1) && !check.isSound, "\(String(describing: check.seals[0].pdf))")
        // A PDF is not an HTML copy: casus made no PDF of it.
        #expect(try service.integrity.check(document: text, name: "b.pdf", pdf: written).seals[0].pdf == .neverMade)
    }

    /// What turns the writing direction shows as � on the page, what shows as nothing is left out
    /// (a threat pasted with U+202E printed backwards, a review); a PDF casus made is known by its
    /// bytes (LetterPDFTests). A text held to the letter is compared as it stands: a copy with "12"
    /// wrapped in a direction override reads "21" in an editor, and passed when such marks were read
    /// past (a second review).
    @Test func directionControlsShowOnThePageAndCountInTheComparison() {
        #expect(
            LetterDocument.escape("schreef: \u{202E}ik maak je af\u{202C}.")
                == "schreef: \u{FFFD}ik maak je af\u{FFFD}.")
        #expect(LetterDocument.escape("ge\u{200B}schorst <b>") == "geschorst &lt;b&gt;")
        let filed = "Op 12 november bedreigde Sophie de juf."
        #expect(WordDiff(filed: filed, printed: filed).edits == 0)
        #expect(WordDiff(filed: filed, printed: "Op \u{202E}12\u{202C} november bedreigde Sophie de juf.").edits > 0)
        #expect(WordDiff(filed: filed, printed: "Op 12 november \u{2067}bedreigde Sophie\u{2069} de juf.").edits > 0)
        #expect(WordDiff(filed: filed, printed: "Op 1\u{00AD}2 november bedreigde Sophie de juf. \u{FFFD}").edits > 0)
        // A word the page broke over many lines is still the word.
        let long = String(repeating: "abcdefghij", count: 60)
        let pieces = stride(from: 0, to: long.count, by: 40).map { i in
            String(long.dropFirst(i).prefix(40))
        }.joined(separator: "\n")
        #expect(WordDiff(filed: "Zie \(long) hier.", printed: "Zie \(pieces) hier.").edits == 0)
    }

    @Test func wordsAddedAnywhereOrAChangedMarkAreFound() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let (text, _) = try letter(service, body: ChainHeadTests.letterBody)
        for forged in [
            text + "PS: de schorsing is ingetrokken.\n", "PS: de schorsing is ingetrokken.\n" + text,
            text.replacingOccurrences(of: "(protocol artikel 4.2).", with: "(protocol artikel 4.2)?"),
        ] {
            let check = try service.integrity.check(document: forged, name: "brief").seals[0]
            #expect(!check.isSound, "\(forged.prefix(40))")
        }
        let after = try service.integrity.check(document: text + "PS: ingetrokken.", name: "b").seals[0]
        #expect(after.addedWords == ["PS:", "ingetrokken."])
    }

    @Test func aLongLetterIsComparedWordForWord() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let line = "Wij hebben niet besloten tot verwijdering, wel tot een gesprek met de ouders van de leerling.\n"
        let body = ChainHeadTests.letterBody + "\n" + (1...600).map { "\($0). " + line }.joined()
        let (text, _) = try letter(service, body: body)
        #expect(try sound(service, text))
        let swapped = text.replacingOccurrences(
            of: "300. Wij hebben niet besloten tot verwijdering, wel",
            with: "300. Wij hebben wel besloten tot verwijdering, niet")
        let check = try service.integrity.check(document: swapped, name: "lang").seals[0]
        #expect(!check.isSound && !check.tooDifferent)
        let inserted = text.replacingOccurrences(
            of: "451. ", with: "Sophie is hierbij per direct van school verwijderd.\n451. ")
        #expect(try service.integrity.check(document: inserted, name: "lang").seals[0].addedWords?.first == "Sophie")
        // Another text altogether under the seal: too different to list, and not sound.
        let other = String(repeating: "Andere woorden. ", count: 3000) + "\n" + text.suffix(400)
        #expect(try !sound(service, other))
    }

    /// `pdftotext -layout` keeps a hyphen at a line's end and gives a broken word in pieces: the
    /// pieces read as the filed word. A hyphen taken out is a change ("1-3 dagen" read as "13
    /// dagen" when hyphens were ignored, a review).
    @Test func aPDFsBrokenWordsAreTheFiledWordsAndAHyphenIsText() {
        let filed =
            "Zie het social-mediaprotocol op https://www.deklimop.nl/protocollen/sociale-media.pdf nu, 1-3 dagen."
        let printed =
            "Zie het social-\nmediaprotocol op https://www.deklimop.nl/\nprotocollen/sociale-\nmedia.pdf nu, 1-3 dagen."
        let diff = WordDiff(filed: filed, printed: printed)
        #expect(diff.missing.isEmpty && diff.added.isEmpty, "\(diff)")
        for forged in [
            printed.replacingOccurrences(of: "1-3", with: "13"), printed.replacingOccurrences(of: "nu,", with: "niet,"),
        ] {
            #expect(WordDiff(filed: filed, printed: forged).edits > 0, "\(forged)")
        }
    }

    /// Only this letter's own chain line is small print: a sentence dressed as one counts.
    @Test func aSentenceDressedAsTheChainLineCounts() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let (text, _) = try letter(service, body: ChainHeadTests.letterBody)
        let fake =
            "dossier PS: de schorsing wordt verlengd · stuk nr. 1 · ketenkop (SHA-256) na dit stuk: "
            + String(repeating: "0", count: 64) + "\n"
        let check = try service.integrity.check(document: fake + text, name: "brief").seals[0]
        #expect(!check.isSound && check.addedWords?.contains("PS:") == true, "\(check)")
    }

    /// A genuine export made before casus recorded an export's text: its place holds, its text
    /// cannot be checked; said so, not "does not match".
    @Test func anExportWithoutItsRecordIsNeitherTrueNorFalse() throws {
        let (_, service, _) = try ChainHeadTests.world(in: scratch)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        let export = try service.dossiers.export(pupil.id, format: .md)
        let old = export.replacingOccurrences(of: #", auditregel \d+"#, with: "", options: .regularExpression)
        let check = try service.integrity.check(document: old, name: "oud.md")
        #expect(!check.isSound && check.onlyPlaceHolds)
        let recorded = try service.integrity.check(document: export, name: "nieuw.md").seals[0]
        #expect(recorded.exportRecord?.account == "tester")
    }

    @Test func anEditScriptIsTheShortest() {
        let a = [1, 2, 3, 4, 5, 6]
        let b = [1, 3, 4, 9, 5, 6, 7]
        let (lost, extra) = try! #require(WordDiff.edits(a, b, maxEdits: 100))
        #expect(lost == [1] && extra == [3, 6])
        #expect(WordDiff.edits(Array(0..<50), Array(100..<150), maxEdits: 10) == nil)
        #expect(WordDiff.edits([], [], maxEdits: 1)?.lost == [])
    }

    /// A genuine export of a dossier purged since: the copy was true, the dossier is gone.
    @Test func anExportOfAPurgedDossierIsTrueAndSaysSo() throws {
        let (_, service, clock) = try ChainHeadTests.world(in: scratch)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Lot", lastName: "Visser", group: "5")
        ).value
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Een notitie.")
        let export = try service.dossiers.export(pupil.id, format: .md)
        try service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-18")).value
        clock.set("2029-09-01")
        let purged = try service.integrity.purge().value
        #expect(purged.contains { $0.dossierID == pupil.id })
        let check = try service.integrity.check(document: export, name: "export").seals[0]
        #expect(check.purged != nil)
        #expect(check.isSound, "\(check)")
    }

    /// A genuine copy made before the dossier's last entry, purged since: the export is true (its
    /// audit line holds its text), a letter's place holds and its words cannot be compared any
    /// more; neither is called false. Both were "KLOPT NIET MET DE KETEN" once an entry (the inzage
    /// request's own note) followed the copy (a review).
    @Test func aCopyMadeBeforeThePurgedDossiersLastEntryIsNotCalledFalse() throws {
        let (_, service, clock) = try ChainHeadTests.world(in: scratch)
        let (letterText, letterSeal) = try letter(service, body: ChainHeadTests.letterBody)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: "Lot", lastName: "Visser", group: "5")
        ).value
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: "Een notitie.")
        let export = try service.dossiers.export(pupil.id, format: .md)
        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Inzage", body: "Verzoek om inzage.")
        try service.directory.setLeft(pupil.id, on: Fixtures.date("2026-11-18")).value
        clock.set("2029-09-01")
        let tombstone = try #require(try service.integrity.purge().value.first { $0.dossierID == pupil.id })
        let check = try service.integrity.check(document: export, name: "export")
        #expect(check.isSound && check.seals[0].purgedBeyondCheck, "\(check.seals)")
        // A changed word in it is still found: its audit line holds its text.
        #expect(try !sound(service, export.replacingOccurrences(of: "Een notitie.", with: "Twee notities.")))
        // A letter: its entry gone with the purge (it read "en die is niet deze").
        #expect(try sound(service, letterText))
        var gone = try service.integrity.check(document: letterText, name: "brief").seals[0]
        gone.entry = .absent
        gone.purged = tombstone
        gone.missingWords = nil
        gone.addedWords = nil
        #expect(gone.eventIsTheEntry && !gone.isSound && gone.onlyPlaceHolds, "\(gone)")
        #expect(DocumentCheck(seals: [gone]).onlyPlaceHolds)
        // A letter made up for the purged dossier, under another letter's event: after the purge it
        // cannot be checked either, and nothing says its place holds (it read "de plaats in de keten
        // klopt", a review): neither sound nor the chain's own entry.
        let made = Seal(
            .letter, dossier: pupil.id, entry: ChainHead(seq: 1, hash: String(repeating: "ab", count: 32)),
            event: letterSeal.event)
        let forged = try service.integrity.check(
            document: ChainHeadTests.letterBody + "\n\n" + made.line.nl + "\n", name: "vals")
        #expect(!forged.isSound && !forged.seals[0].eventIsTheEntry, "\(forged.seals)")
        // The last entry's hash kept, and another: that does not match.
        gone.entry = .differs(tombstone.lastHash)
        #expect(!gone.onlyPlaceHolds)
    }

}

/// A text copy's words are split as its scalars stand: a space carrying a combining mark (a
/// prohibition sign over "waarschuwing") read as white space and dropped the mark, and a carriage
/// return that hides a line on a terminal was read past (a review).
@Suite struct WordSplitTests {
    @Test func aMarkOnASpaceAndALoneReturnAreNotWhiteSpace() {
        let filed = "Wij geven een schriftelijke waarschuwing."
        #expect(WordDiff(filed: filed, printed: "Wij geven een schriftelijke \u{20E0}waarschuwing.").edits > 0)
        #expect(WordDiff(filed: filed, printed: "Wij geven een schriftelijke \u{20E0} waarschuwing.").edits > 0)
        #expect(WordDiff(filed: filed, printed: "Wij geven een\rschriftelijke waarschuwing.").edits > 0)
        #expect(WordDiff(filed: filed, printed: "Wij geven een\r\nschriftelijke waarschuwing.").edits == 0)
    }
}
