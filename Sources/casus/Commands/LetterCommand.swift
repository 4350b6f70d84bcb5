import ArgumentParser
import CasusCore
import CasusTerminal
import Foundation

struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract:
            .nl(
                "Brieven: opstellen en opslaan in het dossier, als PDF om te ondertekenen, en vastleggen wanneer en hoe ze zijn verzonden.",
                en:
                    "Letters: draft and file them in the dossier, as a PDF to sign, and record when and how they were sent."
            ),
        subcommands: [File.self, Pdf.self, Sent.self],
        defaultSubcommand: File.self)
}

/// The logo for a letter's letterhead: `--logo`, else `$CASUS_LETTER_LOGO`; made absolute.
func letterheadLogo(_ option: String?) throws -> String? {
    guard let path = option ?? ProcessInfo.processInfo.environment["CASUS_LETTER_LOGO"], !path.isEmpty else {
        return nil
    }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let hint = Phrase(
        "Geef met --logo (of CASUS_LETTER_LOGO) een PNG-, JPEG- of SVG-bestand van hoogstens 2 MB.",
        "Give a PNG, JPEG or SVG file of at most 2 MB with --logo (or CASUS_LETTER_LOGO).")
    guard FileManager.default.isReadableFile(atPath: absolute), let file = FileHandle(forReadingAtPath: absolute)
    else {
        throw CasusError.invalid(
            "het logo \(path) bestaat niet of is niet te lezen; er is niets gemaakt",
            "the logo \(path) does not exist or cannot be read; nothing was made", hint: hint)
    }
    defer { try? file.close() }
    // What it is by its first bytes, not its name: anything else was dropped from the PDF unsaid.
    let head = [UInt8]((try? file.read(upToCount: 512)) ?? Data())
    let size = ((try? FileManager.default.attributesOfItem(atPath: absolute))?[.size] as? NSNumber)?.intValue ?? 0
    guard size <= 2 << 20, LogoKind(head) != nil else {
        throw CasusError.invalid(
            size > 2 << 20
                ? "het logo \(path) is groter dan 2 MB; er is niets gemaakt"
                : "het logo \(path) is geen PNG-, JPEG- of SVG-bestand; er is niets gemaakt",
            size > 2 << 20
                ? "the logo \(path) is larger than 2 MB; nothing was made"
                : "the logo \(path) is no PNG, JPEG or SVG file; nothing was made", hint: hint)
    }
    return absolute
}

/// A letterhead's logo by its first bytes.
enum LogoKind {
    case png, jpeg, svg

    init?(_ head: [UInt8]) {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if case let text = String(decoding: head, as: UTF8.self).drop(while: {
            $0.isWhitespace || $0 == "\u{FEFF}"
        }), text.hasPrefix("<svg") || (text.hasPrefix("<?xml") && text.contains("<svg")) {
            self = .svg
        } else {
            return nil
        }
    }
}

/// Writes a filed letter as a PDF and says where (or, without weasyprint, where the HTML went).
func writeLetterPDF(_ service: CasusService, entry: EntryID, to path: String, logo: String?, lang: Lang) throws {
    let document = try service.letters.document(entry: entry, logoPath: try letterheadLogo(logo))
    let made = try PDFRenderer.write(document, to: path)
    // Recorded once the copy exists (a copy that failed was recorded as printed, a review).
    try service.letters.printed(entry: entry, pdf: made.sha256, html: made.htmlSHA256)
    switch made {
    case let .pdf(written, _):
        Output.line(
            Phrase(
                "PDF om te ondertekenen geschreven: \(written) (stuk nr. \(document.seq)).",
                "PDF to sign written: \(written) (entry no. \(document.seq)).")(lang))
        if let lost = DocumentText.unprinted(document, in: written) { Output.line(lost(lang)) }
    case let .html(written, _):
        throw CasusError(
            .storage,
            Phrase(
                "weasyprint is niet geïnstalleerd, dus er is geen PDF gemaakt; de brief is als HTML geschreven naar \(written)",
                "weasyprint is not installed, so no PDF was made; the letter was written as HTML to \(written)"),
            hint: Phrase(
                "Installeer weasyprint (apt-get install weasyprint) en maak de PDF opnieuw met `casus letter pdf \(entry) --out \(path)`, of druk de HTML af vanuit een browser.",
                "Install weasyprint (apt-get install weasyprint) and make the PDF again with `casus letter pdf \(entry) --out \(path)`, or print the HTML from a browser."
            ))
    }
}

extension SendMethod: ExpressibleByArgument {}

extension LetterCommand {
    /// `casus letter sent ENTRY --on DATE --via post|mail|hand`: a filed letter recorded as sent;
    /// the obligation it answers is done with it.
    struct Sent: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            abstract:
                .nl(
                    "Legt vast dat een opgeslagen brief is verzonden (datum; per post, aangetekend, per e-mail of persoonlijk); de verplichting die de brief vervult wordt dan afgevinkt.",
                    en:
                        "Records that a filed letter was sent (date; by post, registered, e-mail or in person); the obligation the letter fulfils is then marked done."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Argument(
            help: .nl(
                "Het stuk (id uit `casus dossier show` of uit de melding na het opslaan).",
                en: "The entry (id from `casus dossier show` or from the message after filing).")) var entry: EntryID
        @Option(
            help: .nl(
                "De dag waarop de brief is verzonden of overhandigd (JJJJ-MM-DD; standaard vandaag).",
                en: "The day the letter was sent or handed over (YYYY-MM-DD; default today)."))
        var on: LocalDate?
        @Option(
            help: .nl(
                "Hoe: post, registered (aangetekend), mail (e-mail) of hand (persoonlijk overhandigd).",
                en: "How: post, registered, mail (e-mail) or hand (handed over in person).")) var via: SendMethod
        @Option(
            name: .customLong("case"),
            help: .nl(
                "De zaak waarvan de brief is (zaaknummer of id): een brief van een andere zaak wordt geweigerd.",
                en: "The case the letter is of (case number or id): a letter of another case is refused."))
        var caseNumber: String?
        @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            let letters = try ctx.config.letters()
            let day = on ?? service.session.today
            let inCase = try caseNumber.map { try service.cases.resolve($0.trimmingCharacters(in: .whitespaces)) }
            let sent = try service.letters.sent(entry: entry, on: day, via: via, library: letters, inCase: inCase).value
            if json {
                return try Output.json(
                    SentJSON(
                        entry: entry, on: sent.sending.on.iso, via: sent.sending.via.rawValue,
                        done: sent.done.map(\.kind.rawValue),
                        waiting: sent.waiting.map { SentJSON.Waiting(obligation: $0.0.kind.rawValue, to: $0.to) },
                        objectionUntil: sent.objectionDeadline?.day.iso))
            }
            let of = sent.caseNumber.map { Phrase(", zaak \($0)", ", case \($0)") } ?? Phrase("", "")
            Output.line(
                Phrase(
                    "Stuk \(entry) (nr. \(sent.entry.seq) in het dossier van \(sent.owner)\(of.nl)), ‘\(sent.entry.title)’, \(sent.sending.summary.nl).",
                    "Entry \(entry) (no. \(sent.entry.seq) in the dossier of \(sent.owner)\(of.en)), ‘\(sent.entry.title)’, \(sent.sending.summary.en)."
                )(ctx.lang))
            for o in sent.done {
                Output.line("  " + Phrase("afgevinkt: ", "done: ")(ctx.lang) + o.kind.label(ctx.lang))
            }
            for line in sent.notes { Output.line("  " + line(ctx.lang)) }
        }
    }

    /// The names `--redact` (or `--print`) replaces, each with its line: what the director
    /// checks before the letter leaves the school.
    static func showReplacements(_ review: LetterReview, _ lang: Lang, toStandardError: Bool) {
        if let warning = review.warning {
            let line = warning(lang)
            if toStandardError { Output.error(line) } else { Output.line(line) }
        }
        guard !review.replaced.isEmpty else { return }
        let lines = [LetterReview.heading(lang)] + review.lines.map { "  " + $0(lang) }
        for line in lines {
            if toStandardError { Output.error(line) } else { Output.line(line) }
        }
    }

    struct SentJSON: Encodable {
        var entry: EntryID
        var on: String
        var via: String
        var done: [String]
        /// A decision's obligations that wait for its other letters, with to whom.
        var waiting: [Waiting]
        /// The last day for an objection counted from the sending, when the letter names another.
        var objectionUntil: String?
        struct Waiting: Encodable {
            var obligation: String
            /// The addressees (as their letters' address blocks begin) no letter was sent to yet.
            var to: [String]
        }
    }

    /// `casus letter pdf ENTRY --out FILE`: a filed letter from the dossier as an A4 PDF to sign.
    struct Pdf: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf",
            abstract:
                .nl(
                    "Een opgeslagen brief als A4-PDF om te ondertekenen (briefhoofd, aanhef, tekst, ondertekening, ketenkop).",
                    en: "A filed letter as an A4 PDF to sign (letterhead, salutation, text, signature, chain head).")
        )
        @OptionGroup var global: GlobalOptions
        @Argument(
            help: .nl(
                "Het stuk (id uit `casus dossier show` of uit de melding na het opslaan).",
                en: "The entry (id from `casus dossier show` or from the message after filing).")) var entry: EntryID
        @Option(help: .nl("Het PDF-bestand dat wordt geschreven (0600).", en: "The PDF file to write (0600).")) var out:
            String
        @Option(
            help: .nl(
                "Logo voor het briefhoofd (PNG, JPEG of SVG); anders $CASUS_LETTER_LOGO.",
                en: "Logo for the letterhead (PNG, JPEG or SVG); otherwise $CASUS_LETTER_LOGO.")) var logo: String?

        func run(_ ctx: Context) throws {
            try writeLetterPDF(try ctx.service(), entry: entry, to: out, logo: logo, lang: ctx.lang)
        }
    }

    struct File: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "file",
            abstract:
                .nl(
                    "Een brief uit een sjabloon in het dossier van een zaak (de verplichting die hij vervult wordt afgevinkt als hij verzonden is).",
                    en:
                        "A letter from a template in a case's dossier (the obligation it fulfils is marked done when it is sent)."
                ),
            discussion:
                .nl(
                    "Zonder --body-file of --edit wordt het ingevulde sjabloon opgeslagen; met --print alleen getoond.",
                    en: "Without --body-file or --edit the filled-in template is filed; with --print it is only shown.")
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: .nl("Zaaknummer of id.", en: "Case number or id.")) var id: String
        @Option(
            help: .nl(
                "Sjabloon (Config/templates): waarschuwing, schorsingsbesluit, verwijderingsbesluit, ...",
                en: "Template (Config/templates): waarschuwing, schorsingsbesluit, verwijderingsbesluit, ..."))
        var template: String
        @Option(
            name: .customLong("body-file"),
            help: .nl(
                "De tekst van de brief uit dit bestand ('-' = standaardinvoer).",
                en: "The letter's text from this file ('-' = standard input)."))
        var bodyFile: String?
        @Flag(help: .nl("Eerst bewerken in $VISUAL/$EDITOR.", en: "Edit in $VISUAL/$EDITOR first.")) var edit = false
        @Flag(
            help: .nl(
                "Ook opslaan als dezelfde brief al in de zaak staat (een bewust tweede, verbeterde versie).",
                en: "File it even when the same letter is already in the case (a knowingly second, corrected version)."
            )) var again = false
        @Flag(
            help: .nl(
                "Alleen het ingevulde sjabloon tonen; niets opslaan.",
                en: "Only show the filled-in template; save nothing.")) var print = false
        @Flag(
            help: .nl(
                "Namen van andere leerlingen vervangen door ‘een andere leerling’ (de vervangingen worden getoond); zonder deze optie weigert casus een brief in de zaak van een leerling of een ouder die een andere leerling noemt. Een brief aan een medewerker wordt niet op namen van leerlingen nagekeken: noem daarin alleen wie de feiten vragen (AVG art. 5 lid 1 onder c).",
                en:
                    "Replace other pupils' names by the letter's Dutch words for 'another pupil' (the replacements are shown); without it casus refuses a letter in a pupil's or a parent's case that names another pupil. A letter to an employee is not checked for pupils' names: name only whom the facts need (GDPR art. 5(1)(c))."
            )) var redact = false
        @Option(
            help: .nl(
                "Na het opslaan ook een PDF om te ondertekenen schrijven naar dit bestand.",
                en: "After filing, also write a PDF to sign to this file.")) var pdf: String?
        @Option(
            help: .nl(
                "Logo voor het briefhoofd van de PDF; anders $CASUS_LETTER_LOGO.",
                en: "Logo for the PDF's letterhead; otherwise $CASUS_LETTER_LOGO.")) var logo: String?
        @Option(
            help: .nl(
                "Schrijf de opgeslagen brief met zijn ketenkop naar dit bestand (0600), om te versturen.",
                en: "Write the filed letter with its chain head to this file (0600), to send."))
        var out: String?
        @Option(
            help: .nl(
                "Alleen de brief aan deze persoon (id): een ouder, of de leerling; zonder --to krijgt ieder een brief (de ouders één per adres; bij een besluit in het vo ook de leerling).",
                en:
                    "Only the letter to this person (id): a parent, or the pupil; without --to every addressee gets a letter (the parents one per address; a VO decision also the pupil)."
            ))
        var to: PersonID?

        /// "brief.pdf" → "brief-2.pdf" when several letters are filed at once.
        static func numbered(_ path: String, _ i: Int, of n: Int) -> String {
            guard n > 1 else { return path }
            let url = URL(fileURLWithPath: path)
            let ext = url.pathExtension
            let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
            return ext.isEmpty ? "\(base)-\(i + 1)" : "\(base)-\(i + 1).\(ext)"
        }

        func run(_ ctx: Context) throws {
            if print, pdf != nil {
                throw CasusError(
                    .usage, Phrase("--print en --pdf gaan niet samen", "--print and --pdf do not go together"))
            }
            if bodyFile != nil && edit {
                throw CasusError(
                    .usage, Phrase("--body-file en --edit gaan niet samen", "--body-file and --edit do not go together")
                )
            }
            if bodyFile != nil, to != nil {
                throw CasusError(
                    .usage, Phrase("--body-file en --to gaan niet samen", "--body-file and --to do not go together"))
            }
            let service = try ctx.service()
            if pdf != nil { _ = try letterheadLogo(logo) }  // a wrong logo is refused before anything is saved
            let letters = try ctx.config.letters()
            let t = try letters.require(template)
            let caseID = try service.cases.resolve(id)
            var bodies: [String]
            var addressees: [String] = []
            if let bodyFile {
                let text = try InputFile.text(bodyFile, option: "--body-file")
                // `--print` of letters to two households, filled in and filed as one: one entry held
                // both letters, and one sending marked both sent (a review).
                if text.split(whereSeparator: \.isNewline).contains(where: {
                    let line = $0.trimmingCharacters(in: .whitespaces)
                    return line.count >= 60 && line.allSatisfy { $0 == "-" }
                }) {
                    throw CasusError(
                        .usage,
                        Phrase(
                            "\(bodyFile) bevat meer brieven (gescheiden door een streep, zoals --print ze toont); er is niets opgeslagen",
                            "\(bodyFile) holds several letters (separated by a line, as --print shows them); nothing was saved"
                        ),
                        hint: Phrase(
                            "Zet elke brief in een eigen bestand en sla elk op met --body-file, of schrijf ze met --edit (één per adres).",
                            "Put each letter in a file of its own and file each with --body-file, or write them with --edit (one per address)."
                        ))
                }
                bodies = [text]
            } else {
                // One letter per addressee (issue 16, item 2): parents living apart get one each.
                let drafts = try service.letters.drafts(case: caseID, template: t, to: to)
                bodies = drafts.map(\.body)
                addressees = drafts.map(\.addressees)
                if addressees.allSatisfy(\.isEmpty) { addressees = [] }
            }
            if print {
                // As each would be filed, with each replacement listed beside it (on stderr).
                let reviews = try service.letters.reviews(case: caseID, template: t, bodies: bodies)
                for review in reviews { LetterCommand.showReplacements(review, ctx.lang, toStandardError: true) }
                let shown = reviews.map(\.text)
                return Output.line(shown.joined(separator: "\n\n" + Self.printSeparator + "\n\n"))
            }
            // The letters already in the case are not filed again: all there is a refusal (before an
            // editor opens), some there are said and left out.
            var earlier: [DossierEntry?] = Array(repeating: nil, count: bodies.count)
            if !again {
                earlier = try service.letters.earlierCopies(case: caseID, template: t, bodies: bodies)
                if let first = earlier.first(where: { $0 != nil }) ?? nil, earlier.allSatisfy({ $0 != nil }) {
                    throw Letters.alreadyFiled(first, template: t)
                }
            }
            // With --redact the names are replaced before the editor opens, so the director reads
            // and edits the text as it will be filed; a name typed in the editor is refused by filing.
            if redact {
                bodies = try service.letters.reviews(case: caseID, template: t, bodies: bodies).map { review in
                    LetterCommand.showReplacements(review, ctx.lang, toStandardError: edit)
                    return review.text
                }
            }
            if edit {
                guard let editor = ExternalEditor.configured else {
                    throw CasusError(
                        .usage, Phrase("--edit vraagt $VISUAL of $EDITOR", "--edit needs $VISUAL or $EDITOR"))
                }
                var edited: [String] = []
                for body in bodies {
                    let outcome = ExternalEditor.edit(body, editor: editor)
                    if case let .edited(text) = outcome {
                        edited.append(text)
                        continue
                    }
                    // What was written is not lost, this letter's nor the letters edited before it
                    // (one per household: the first one's edits went with the second's failure, a
                    // review): each kept in a private file, to file with --body-file.
                    if case let .failed(_, written: text?) = outcome { edited.append(text) }
                    throw try keep(edited, CasusError(.refused, outcome.said(editor: editor)))
                }
                bodies = edited
            }
            // The report's own text in a letter is said, whatever the way it came in (not refused:
            // the director may quote it, knowing casus replaced only the names it knows).
            if !redact, t.entryKind == .letter,
                try service.letters.reviews(case: caseID, template: t, bodies: bodies).contains(where: \.holdsReport)
            {
                Output.error(LetterReview.reportWarning(ctx.lang))
            }
            let n = bodies.count
            // Only a letter becomes a PDF to sign; said before anything is filed.
            if pdf != nil, t.entryKind != .letter {
                throw CasusError(
                    .usage,
                    Phrase(
                        "--pdf is voor een brief; ‘\(t.title)’ wordt als \(t.entryKind.label.nl) opgeslagen, niet verzonden; er is niets opgeslagen",
                        "--pdf is for a letter; ‘\(t.title)’ is filed as a \(t.entryKind.label.en), not sent; nothing was saved"
                    ))
            }
            // Every copy asked for can be written, or nothing is filed (a filed letter asked for
            // again would be filed twice).
            for path in [out, pdf].compactMap({ $0 }) {
                for i in 0..<n { try PrivateFile.checkCanCreate(Self.numbered(path, i, of: n)) }
            }
            // Every letter can be filed, or none is.
            for (i, body) in bodies.enumerated() {
                do { try Letters.checkFilable(body, template: t) } catch let e as CasusError {
                    let said =
                        n > 1
                        ? CasusError(
                            e.kind, Phrase("brief \(i + 1) van \(n): ", "letter \(i + 1) of \(n): ") + e.message,
                            hint: e.hint, location: e.location) : e
                    // Written in the editor with a field left: every letter kept, not only lost.
                    throw edit ? try keep(bodies.indices.filter { earlier[$0] == nil }.map { bodies[$0] }, said) : said
                }
            }
            for (i, body) in bodies.enumerated() {
                if let there = earlier[i] {
                    let who = i < addressees.count ? Letters.inSentence(addressees[i]) : nil
                    let to = who.map { " aan \($0)" } ?? ""
                    let toEn = who.map { " to \($0)" } ?? ""
                    Output.line(
                        Phrase(
                            "Brief\(to) stond al in de zaak (\(there.reference.nl)); niet nog eens opgeslagen.",
                            "Letter\(toEn) was already in the case (\(there.reference.en)); not filed again.")(ctx.lang)
                    )
                    continue
                }
                // The edited texts not filed if this one is refused: it and those after it (one per
                // household: only the first was kept, a review).
                do {
                    try fileOne(
                        service, ctx, caseID: caseID, template: t, body: body,
                        out: out.map { Self.numbered($0, i, of: n) }, pdf: pdf.map { Self.numbered($0, i, of: n) },
                        to: i < addressees.count ? addressees[i] : nil,
                        unfiled: bodies.indices.filter { $0 >= i && earlier[$0] == nil }.map { bodies[$0] })
                } catch let e as CasusError where edit && i + 1 < bodies.count {
                    // Filed, then its copy or PDF failed: the letters after it, not filed, are kept (the
                    // other household's was lost, a review).
                    let copies = (try? service.letters.earlierCopies(case: caseID, template: t, bodies: [body])) ?? []
                    guard copies.first.flatMap({ $0 }) != nil else { throw e }
                    throw try keep(bodies.indices.filter { $0 > i && earlier[$0] == nil }.map { bodies[$0] }, e)
                }
            }
        }

        /// Texts written in the editor that were not filed, each kept in a private file to file with
        /// --body-file, said with `error`'s message and hint.
        func keep(_ texts: [String], _ error: CasusError) throws -> CasusError {
            let kept = try texts.map { text in
                let path = NSTemporaryDirectory() + "casus-brief-\(UUID().uuidString.prefix(8)).txt"
                try PrivateFile.write(text, to: path)
                return path
            }
            guard !kept.isEmpty else { return error }
            let files = kept.joined(separator: ", ")
            return CasusError(
                error.kind, error.message,
                hint: (error.hint.map { $0 + Phrase(" ", " ") } ?? Phrase("", ""))
                    + Phrase(
                        "Wat u schreef staat in \(files) (alleen voor u leesbaar, één brief per bestand); pas aan en sla elk op met `casus letter \(id) --template \(template) --body-file BESTAND`.",
                        "What you wrote is in \(files) (readable by you only, one letter per file); change and file each with `casus letter \(id) --template \(template) --body-file FILE`."
                    ),
                location: error.location)
        }

        /// The line `--print` puts between the letters to two households.
        static let printSeparator = String(repeating: "-", count: 78)

        func fileOne(
            _ service: CasusService, _ ctx: Context, caseID: CaseID, template t: LetterTemplate, body: String,
            out: String?, pdf: String?, to addressee: String? = nil, unfiled: [String] = []
        ) throws {
            let filed: Letters.Filed
            do {
                filed = try service.letters.file(case: caseID, template: t, body: body, again: again).value
            } catch let e as CasusError where edit {
                // Kept only what is not filed: after the filing a copy's error kept the filed letter too,
                // to be filed again "changed" (a review).
                throw try keep(unfiled, e)
            }
            let (entry, done) = (filed.entry, filed.done)
            // To whom, so that letters of one title to several addressees are told apart (`letter sent`).
            let to = addressee.map { TerminalText.neutralised(Letters.inSentence($0), keepLayout: false) }
            // A phone note, an aangifte or a data breach assessment is filed, not sent: said as what
            // it is, and without a letter's seal. Asking for the seal of one ended a filing that had
            // succeeded with an error and status 1, and a script would file it again (a review).
            let what =
                entry.kind == .letter
                ? Phrase("Brief", "Letter")
                : Phrase(entry.kind.label.nl.capitalizedFirst, entry.kind.label.en.capitalizedFirst)
            Output.line(
                Phrase(
                    "\(what.nl) opgeslagen als stuk \(entry.id) (nr. \(entry.seq))" + (to.map { ", aan \($0)" } ?? "")
                        + ".",
                    "\(what.en) filed as entry \(entry.id) (no. \(entry.seq))" + (to.map { ", to \($0)" } ?? "") + ".")(
                        ctx.lang))
            if let closed = filed.closed { Output.line("  " + closed(ctx.lang)) }
            for o in done { Output.line("  " + Phrase("afgevinkt: ", "done: ")(ctx.lang) + o.kind.label(ctx.lang)) }
            for o in filed.fulfils {
                // A registered letter's duty is done only by a registered or handed-over letter: the
                // hint offered post and mail, which leave it open (a review).
                let via = o.kind == .registeredLetter ? "registered|hand" : "post|registered|mail|hand"
                Output.line(
                    "  "
                        + Phrase(
                            "open tot de brief verzonden is: \(o.kind.label.nl) (`casus letter sent \(entry.id) --on DATUM --via \(via)`)",
                            "open until the letter is sent: \(o.kind.label.en) (`casus letter sent \(entry.id) --on DATE --via \(via)`)"
                        )(ctx.lang))
            }
            // A copy that cannot be written after the letter was filed says that it was filed: told
            // "er is niets bewaard", a director filed it again with --again, a second decision in
            // the dossier for good (a review).
            func copy(_ write: () throws -> Void, later: Phrase) throws {
                do { try write() } catch let e as CasusError {
                    throw CasusError(
                        e.kind,
                        Phrase(
                            "de brief is opgeslagen als stuk \(entry.id) (nr. \(entry.seq)), maar ",
                            "the letter was filed as entry \(entry.id) (no. \(entry.seq)), but ") + e.message,
                        hint: (e.hint.map { $0 + Phrase(" ", " ") } ?? Phrase("", ""))
                            + Phrase("Sla hem niet opnieuw op. ", "Do not file it again. ") + later,
                        location: e.location)
                }
            }
            let shown = Phrase(
                "De tekst staat in het dossier: `casus dossier show \(entry.dossierID)`.",
                "Its text is in the dossier: `casus dossier show \(entry.dossierID)`.")
            guard entry.kind == .letter else {
                if let out {
                    try copy({ try PrivateFile.write(entry.body + "\n", to: out) }, later: shown)
                    Output.line(Phrase("Geschreven: \(out).", "Written: \(out).")(ctx.lang))
                }
                return
            }
            let seal = try service.letters.seal(entry: entry.id)
            if let out {
                try copy(
                    { try PrivateFile.write(entry.body + "\n\n" + seal.line(ctx.lang) + "\n", to: out) },
                    later: Phrase(
                        "Maak een afdruk later met `casus letter pdf \(entry.id) --out BESTAND.pdf`. ",
                        "Make a copy later with `casus letter pdf \(entry.id) --out FILE.pdf`. ") + shown)
                Output.line(Phrase("Geschreven: \(out).", "Written: \(out).")(ctx.lang))
            } else {
                Output.line(seal.line(ctx.lang))
            }
            if let pdf {
                try copy(
                    { try writeLetterPDF(service, entry: entry.id, to: pdf, logo: logo, lang: ctx.lang) },
                    later: Phrase(
                        "Maak de PDF later met `casus letter pdf \(entry.id) --out \(pdf)`.",
                        "Make the PDF later with `casus letter pdf \(entry.id) --out \(pdf)`."))
            }
        }
    }
}
