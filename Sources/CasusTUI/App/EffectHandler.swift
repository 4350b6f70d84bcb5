import CasusCore
import Foundation

/// Performs the store's side of effects. The runtime uses `ServiceEffects`; tests put in fakes
/// that fail, to prove that a failing store is shown once and never loops.
public protocol EffectHandler: AnyObject {
    func fetch(_ request: Fetch) throws -> Fetched
    func ask(_ question: Ask) throws -> Answer
    func write(_ change: Write) throws -> Saved<Written>
    /// The store's change token (see CasusStorage.changeToken).
    func changeToken() throws -> UInt64
}

/// Writes a filed letter as a PDF to sign and says where it went (the runtime's is weasyprint,
/// from CasusTerminal; without one it writes the HTML and says so).
public protocol LetterPrinter: Sendable {
    func print(_ document: LetterDocument, suggestedName: String) throws -> PrintedCopy
}

/// What a printer made: said to the director, and the SHA-256 of the PDF's bytes (nil when no PDF
/// was made), recorded with the printing (`Letters.printed`).
public struct PrintedCopy: Sendable {
    public var said: Phrase
    public var sha256: String?
    /// An HTML copy's SHA-256 (no PDF could be made).
    public var htmlSHA256: String?

    public init(said: Phrase, sha256: String? = nil, htmlSHA256: String? = nil) {
        self.said = said
        self.sha256 = sha256
        self.htmlSHA256 = htmlSHA256
    }
}

/// The real handler: every effect through the service, so the TUI refuses what the CLI refuses.
public final class ServiceEffects: EffectHandler {
    let service: CasusService
    let letters: LetterLibrary
    let printer: (any LetterPrinter)?
    /// The last list of people recorded in the audit log (its filter): a list is one line however
    /// far it is scrolled, and a list within it (a name typed on, a kind or group chosen within
    /// it) shows no one it did not hold; a list beyond it is another line (DESIGN §5). One line per
    /// letter typed cost each key an fsync (key to frame p50 2.8 → 4.1 ms).
    private var listed: PeopleFilter?
    private struct PeopleFilter: Equatable {
        var kind: PersonKind?
        var group: String?
        var text: String

        /// Everyone `other` finds, this finds too. A name is found when each word typed starts a
        /// part of it, the words folded as the store folds them ("José" finds "Jose"): so when each
        /// of this filter's words starts one of `other`'s, whoever `other` finds, this finds.
        /// Compared as typed, "Jose" did not cover "José" and wrote a second line (harmless, but
        /// not the rule the store applies).
        func covers(_ other: PeopleFilter) -> Bool {
            guard (kind == nil || kind == other.kind) && (group == nil || group == other.group) else { return false }
            let narrower = SearchQuery.words(other.text.folded)
            return SearchQuery.words(text.folded).allSatisfy { word in narrower.contains { $0.hasPrefix(word) } }
        }
    }

    /// The school's retention, which an inzage export states (AVG art. 15 lid 1 onder d).
    let retention: RetentionPolicy
    /// Where evidence taken out of the store goes (`b`): the PDFs' folder, else the one casus
    /// was started in.
    let files: String

    public init(
        service: CasusService, letters: LetterLibrary, printer: (any LetterPrinter)? = nil, files: String? = nil,
        retention: RetentionPolicy = .standard
    ) {
        self.service = service
        self.letters = letters
        self.printer = printer
        self.files = files ?? FileManager.default.currentDirectoryPath
        self.retention = retention
    }

    /// The people a search's words name (`Directory.searchedPeople`); a list line written there
    /// leaves the Dossiers tab's own list to write its next.
    func searchedPeople(_ text: String) throws -> [Person] {
        let people = try service.directory.searchedPeople(text)
        if !people.isEmpty { listed = nil }
        return people
    }

    public func fetch(_ request: Fetch) throws -> Fetched {
        switch request {
        case let .incidents(offset, limit, mine):
            let page = try service.intake.page(status: mine ? nil : .new, mine: mine, offset: offset, limit: limit)
            return .incidents(rows: page.rows, total: page.total)
        case let .roster(text):
            return .roster(try service.directory.roster(text, limit: ReportFormScreen.namesFound))
        case let .cases(filter, offset, limit):
            let page = try service.cases.page(filter, offset: offset, limit: limit)
            return .cases(rows: page.rows, total: page.total)
        case let .people(kind, group, text, offset, limit):
            let page = try service.directory.peoplePage(
                kinds: kind.map { [$0] } ?? [], group: group, text: text, offset: offset, limit: limit)
            let filter = PeopleFilter(kind: kind, group: group, text: text)
            if listed.map({ !$0.covers(filter) }) ?? true, !page.rows.isEmpty {
                try service.directory.recordList(kinds: kind.map { [$0] } ?? [], group: group, text: text)
                listed = filter
            }
            return .people(rows: page.rows, total: page.total, capped: page.isCapped)
        case let .figures(year, withObligations):
            return .figures(
                try service.reports.statistics(schoolYear: year, obligationLimit: withObligations ? 200 : 0))
        case let .caseDetail(id):
            let (detail, assessment) = try service.cases.detailAndAssessment(id)
            return .caseDetail(detail, assessment)
        case let .corrections(seq, dossier):
            return .corrections(try service.dossiers.correctionNumbers(of: seq, dossier: dossier))
        case let .entry(id, _): return .entry(try service.dossiers.entry(id))
        case let .incident(id):
            let (incident, involved) = try service.intake.incident(id)
            return .incident(
                incident, involved, try service.cases.cases(ofIncident: id),
                try service.intake.groupResponse(for: incident, involved: involved))
        case let .triage(id, alike):
            return .triage(try service.cases.triageContext(id, alike: alike))
        case let .timeline(id, offset, limit):
            return .timeline(try service.dossiers.timelinePage(id, offset: offset, limit: limit))
        case .school:
            let view = try service.directory.calendar()
            return .school(
                view, LegalSummary.sections(view.school.legal(calendar: view.calendar)),
                editable: AccessPolicy.allows(service.actor, .manageSchool))
        }
    }

    public func ask(_ question: Ask) throws -> Answer {
        switch question {
        case .standing:
            return .standing(try service.session.standing())
        case let .stepOptions(id):
            let (kind, assessment) = try service.cases.stepOptions(id)
            return .stepOptions(id, kind, assessment)
        case let .stepPreview(id, request):
            return .stepPreviewed(id, try service.cases.preview(id, request))
        case let .draft(id, template, purpose):
            guard case let .letter(_, _, to, then, _) = purpose else {
                return .drafted(try service.letters.draft(case: id, template: try letters.require(template)), purpose)
            }
            // One letter per addressee: this one, and (the first time) who comes after it. A letter
            // already in the case is left out when another is not (a parent's letter filed with
            // `--to` made the other's unreachable on the screen, a review).
            let t = try letters.require(template)
            var drafts = try service.letters.drafts(case: id, template: t, to: to)
            if to == nil, drafts.count > 1 {
                let there = try service.letters.earlierCopies(case: id, template: t, bodies: drafts.map(\.body))
                let missing = zip(drafts, there).filter { $0.1 == nil }.map(\.0)
                if !missing.isEmpty { drafts = missing }
            }
            let rest = to == nil ? drafts.dropFirst().compactMap { $0.to.first?.id } : then
            return .drafted(
                drafts[0].body,
                .letter(id, template: template, to: drafts[0].to.first?.id, then: rest, drafted: drafts[0].body))
        case let .search(text):
            return .searched(text, try service.dossiers.search(text), people: try searchedPeople(text))
        case let .findCase(number):
            return .foundCase(try service.cases.resolve(number))
        case let .entry(id):
            return .entry(try service.dossiers.entry(id))
        case let .exportReview(id, colleagues):
            return .exportReview(try service.dossiers.exportReview(id, colleagues: colleagues))
        case let .letterReview(id, body, title, purpose):
            guard case let .letter(_, template, _, _, _) = purpose else {
                return .letterReviewed(LetterReview(text: body, replaced: []), title: title, purpose: purpose)
            }
            return .letterReviewed(
                try service.letters.review(case: id, template: try letters.require(template), body: body), title: title,
                purpose: purpose)
        }
    }

    public func write(_ change: Write) throws -> Saved<Written> {
        switch change {
        case let .triage(id, subjects, alike, articles, severity, flags):
            return Self.map(
                try service.cases.triage(
                    first: id, subjects: subjects, alike: alike, articles: articles, severity: severity, flags: flags),
                Written.triaged)
        case let .dismiss(ids, reason):
            return Self.map(try service.intake.dismissStillNew(ids, reason: reason)) {
                .dismissed($0.dismissed, handled: $0.handled)
            }
        case let .report(summary, platform, subjects, victims, witnesses, happenedOn, paths):
            let files: [EvidenceFile]
            do {
                files = try EvidenceFiles.read(paths)
            } catch let error as CasusError {
                // Said where it is in the form: the Bewijs field.
                throw CasusError(error.kind, Phrase("Bewijs: ", "Evidence: ") + error.message, hint: error.hint)
            }
            return Self.map(
                try service.intake.report(
                    summary: summary, platform: platform.isEmpty ? nil : platform, subjects: subjects,
                    victims: victims, witnesses: witnesses, happenedOn: happenedOn, evidence: files),
                Written.reported)
        case let .step(id, request):
            return Self.map(try service.cases.step(id, request)) { .stepped(id, $0) }
        case let .done(id, obligation, entry, day):
            return Self.map(
                try service.cases.markDone(id, obligation: String(obligation), entry: entry, on: day, letters: letters)
            ) {
                .done(id, $0)
            }
        case let .close(id, outcome, reason, seen):
            return Self.map(try service.cases.close(id, outcome: outcome, reason: reason, basis: seen)) {
                .closed(id, outcome, $0)
            }
        case let .reclassify(id, articles, severity, reason, seen):
            return Self.map(
                try service.cases.reclassify(id, articles: articles, severity: severity, reason: reason, basis: seen),
                Written.reclassified)
        case let .save(purpose, body, again):
            return try save(purpose, body, again: again)
        case let .setSchool(change):
            let notice = try service.directory.lawChangeNotice(change)
            return Self.map(try service.directory.setSchool(change)) { Written.school($0, notice: notice) }
        case let .legal(id, item, date, text):
            return try legal(id, item, date, text)
        case let .saveAndPrint(purpose, body, again):
            return try saveAndPrint(purpose, body, again: again)
        case let .sent(_, entry, on, via):
            let saved = try service.letters.sent(entry: entry, on: on, via: via, library: letters)
            let sent = saved.value
            let ref = sent.entry.reference
            var text = Phrase(
                "Brief (\(ref.nl)) \(sent.sending.summary.nl)", "Letter (\(ref.en)) \(sent.sending.summary.en)")
            if !sent.done.isEmpty {
                text =
                    text
                    + Phrase(
                        "; afgevinkt: " + sent.done.map { $0.kind.label.nl }.joined(separator: ", "),
                        "; done: " + sent.done.map { $0.kind.label.en }.joined(separator: ", "))
            }
            for line in sent.notes { text = text + Phrase("; ", "; ") + line }
            return saved.with(Written.filed(text, dossier: nil))
        case let .saveEvidence(source):
            // Files written, not the store: nothing on screen goes stale.
            let paths =
                switch source {
                case let .report(id): try service.intake.saveEvidence(ofReport: id, in: files)
                case let .entry(id): try service.dossiers.saveEvidence(ofEntry: id, in: files)
                }
            return Saved(.evidenceSaved(paths), changes: .none)
        case let .export(id, format, typed, colleagues):
            // A write to a file, not to the store: nothing on screen goes stale.
            let path = TypedPath.expanded(typed)
            let made = try service.dossiers.export(
                id, format: format, to: path, retention: retention, colleagues: colleagues)
            // Said as the whole path: a name alone left the file in whatever folder casus was
            // started from, unsaid (a review).
            return Saved(
                .exported(
                    path: URL(fileURLWithPath: path).standardizedFileURL.path, entries: made.entries.count,
                    sound: made.chainSound),
                changes: .none)
        }
    }

    /// Files the letter; then the PDF. A PDF that cannot be made leaves the letter filed and says so.
    func saveAndPrint(_ purpose: EditPurpose, _ body: String, again: Bool = false) throws -> Saved<Written> {
        guard case let .letter(id, template, _, _, _) = purpose else { return try save(purpose, body) }
        guard let printer else {
            throw CasusError.refused(
                "PDF maken kan hier niet; er is niets opgeslagen", "a PDF cannot be made here; nothing was saved")
        }
        if let refreshed = try refreshed(purpose, body) { return refreshed }
        let saved = try service.letters.file(
            case: id, template: try letters.require(template), body: body, again: again)
        let entry = saved.value.entry
        let filed = Self.filedLetter(entry) + (saved.value.closed.map { Phrase("; ", "; ") + $0 } ?? Phrase("", ""))
        let printed: Phrase
        do {
            let document = try service.letters.document(entry: entry.id)
            // By the entry's id, as the screen and `casus letter pdf` name it ("stuk 15"): it was
            // its number in the dossier, "stuk-6" for stuk 15 (a review).
            let name = "\(document.caseNumber ?? "brief")-stuk-\(entry.id).pdf"
            let made = try printer.print(document, suggestedName: name)
            try service.letters.printed(entry: entry.id, pdf: made.sha256, html: made.htmlSHA256)
            printed = Phrase("; ", "; ") + made.said
        } catch let e as CasusError {
            printed =
                Phrase("; geen PDF: ", "; no PDF: ") + e.message
                + Phrase(
                    " (maak hem later met `casus letter pdf \(entry.id)`)",
                    " (make it later with `casus letter pdf \(entry.id)`)")
        }
        return saved.with(Written.filed(filed + printed, dossier: nil))
    }

    /// "Brief opgeslagen in het dossier (stuk 22, nr. 21)": by the id the commands take.
    static func filedLetter(_ entry: DossierEntry) -> Phrase {
        Phrase("Brief opgeslagen in het dossier (", "Letter filed in the dossier (") + entry.reference
            + Phrase(")", ")")
    }

    /// A letter whose draft says otherwise now than when it was opened (someone changed an address
    /// or the case's articles meanwhile): not filed, but given back with the changes carried into
    /// the director's text where they left those lines as drafted (LetterRefresh), to read again.
    /// The letters still to come are counted again: a parent who moved out of this letter's address
    /// was dropped from it and got no letter of their own (a review of two sessions at once).
    func refreshed(_ purpose: EditPurpose, _ body: String) throws -> Saved<Written>? {
        guard case let .letter(id, template, to, then, drafted) = purpose, !drafted.isEmpty else { return nil }
        let t = try letters.require(template)
        let drafts = try service.letters.drafts(case: id, template: t, to: to)
        guard let this = drafts.first, this.body != drafted else { return nil }
        let merge = LetterRefresh.merge(edited: body, drafted: drafted, fresh: this.body)
        // Every letter the case needs now, less this one's and those already filed.
        let all = try service.letters.drafts(case: id, template: t)
        let filed = try service.letters.earlierCopies(case: id, template: t, bodies: all.map(\.body))
        let rest = zip(all, filed).filter { draft, earlier in
            earlier == nil && !draft.to.contains { p in this.to.contains { $0.id == p.id } }
        }.map(\.0)
        let next = rest.compactMap { $0.to.first?.id }
        let before = Set(then)
        let also = rest.filter { d in !d.to.contains { before.contains($0.id) } }.map(\.addressees)
        return Saved(
            .refreshed(merge, .letter(id, template: template, to: to, then: next, drafted: this.body), also: also),
            changes: .none)
    }

    func save(_ purpose: EditPurpose, _ body: String, again: Bool = false) throws -> Saved<Written> {
        if let refreshed = try refreshed(purpose, body) { return refreshed }
        switch purpose {
        case let .letter(id, template, _, _, _):
            let filed = try service.letters.file(
                case: id, template: try letters.require(template), body: body, again: again)
            return Self.map(filed) {
                filed in
                var extra =
                    filed.done.isEmpty
                    ? Phrase("", "")
                    : Phrase(
                        "; afgevinkt: " + filed.done.map { $0.kind.label.nl }.joined(separator: ", "),
                        "; done: " + filed.done.map { $0.kind.label.en }.joined(separator: ", "))
                if !filed.fulfils.isEmpty {
                    extra =
                        extra
                        + Phrase(
                            "; z wanneer hij verzonden is (dan wordt ‘\(filed.fulfils[0].kind.label.nl)’ afgevinkt)",
                            "; z once it is sent (then ‘\(filed.fulfils[0].kind.label.en)’ is done)")
                }
                if let closed = filed.closed { extra = extra + Phrase("; ", "; ") + closed }
                return .filed(Self.filedLetter(filed.entry) + extra, dossier: nil)
            }
        case let .note(id, kind, heard, title, heldOn):
            return Self.map(
                try service.cases.addEntry(
                    id, kind: kind, title: title.isEmpty ? nil : title, body: body, heard: heard, heldOn: heldOn)
            ) {
                .filed(
                    Phrase(
                        "\(kind.label.nl.capitalizedFirst) opgeslagen (\($0.reference.nl))",
                        "\(kind.label.en.capitalizedFirst) saved (\($0.reference.en))"), dossier: nil)
            }
        case let .dossierNote(person, kind):
            return Self.map(try service.dossiers.addEntry(person: person, kind: kind, title: nil, body: body)) {
                .filed(
                    Phrase(
                        "\(kind.label.nl.capitalizedFirst) opgeslagen (\($0.reference.nl))",
                        "\(kind.label.en.capitalizedFirst) saved (\($0.reference.en))"), dossier: person)
            }
        case let .escalation(id, kind, template):
            return Self.map(
                try service.cases.recordEscalation(id, kind: kind, body: body, template: try letters.require(template))
            ) {
                .filed(
                    Phrase(
                        "Vastgelegd: \(kind.label.nl) (\($0.reference.nl))",
                        "Recorded: \(kind.label.en) (\($0.reference.en))"),
                    dossier: nil)
            }
        case let .legal(id, item, date):
            return try legal(id, item, date, body)
        case let .noView(id, invited, until):
            return Self.map(
                try service.cases.zienswijze(
                    id, on: service.today, given: false, invited: invited, until: until, note: body)
            ) { _ in .filed(Phrase("Vastgelegd: ", "Recorded: ") + LegalItem.parentsNoView.label, dossier: nil) }
        case let .consult(id, suspicion):
            return Self.map(try service.cases.consult(id, suspicion: suspicion, note: body)) { _ in
                .filed(
                    suspicion
                        ? Phrase(
                            "Overleg vastgelegd: redelijk vermoeden — informeer ouders en betrokkene, dan aangifte (a)",
                            "Consultation recorded: reasonable suspicion — inform parents and the accused, then aangifte (a)"
                        )
                        : Phrase(
                            "Overleg vastgelegd: geen redelijk vermoeden; geen aangifteplicht",
                            "Consultation recorded: no reasonable suspicion; no duty to report"), dossier: nil)
            }
        }
    }

    static func map<T>(_ saved: Saved<T>, _ transform: (T) -> Written) -> Saved<Written> {
        saved.with(transform(saved.value))
    }

    public func changeToken() throws -> UInt64 { try service.storage.changeToken() }
}
