import Foundation

/// A whole dossier for an inzage request, as HTML, Markdown or JSON.
public struct DossierExport: Sendable {
    public enum Format: String, Sendable, CaseIterable { case html, md, json }

    public struct CaseSummary: Sendable, Codable {
        public var number: String
        public var status: String
        public var subject: String
        public var articles: [String]
        public var steps: [String]
        public var summary: String
        /// A closed case's outcome and why, in the director's words: a case closed as unfounded read
        /// as "(gesloten)" only, the accusation standing for the parents who asked (a review).
        public var outcome: String? = nil
    }

    /// A report naming the person as its subject, with what became of it: a dismissed report, or
    /// one whose case was about someone else, was in no part of the export (a review).
    /// What a report's line says of files not handed over (`ReportSummary.evidenceWithheld`).
    static func withheld(_ n: Int) -> String {
        "Bewijsstukken: \(n == 1 ? "1 bestand" : "\(n) bestanden"), niet meegegeven: de melding gaat over een ander, "
            + "en wat de bestanden tonen is van die ander (AVG art. 15 lid 4)"
    }

    public struct ReportSummary: Sendable, Codable {
        public var id: IncidentID
        public var reportedOn: String
        public var status: String
        public var platform: String?
        public var summary: String
        public var dismissedReason: String?
        public var cases: [String]
        /// Others are named in it too (subjects, victims, witnesses): what it says of them is for
        /// the director to read before it goes out (AVG art. 15 lid 4).
        public var othersNamed = false
        /// "slachtoffer" or "getuige" where the person is named as such; nil for a subject.
        public var role: String? = nil
        /// The files that came with it (a screenshot): named, so the school hands them over with
        /// the export; left out, the photo of the victim was in no part of it (a review).
        public var evidence: [EvidenceNote] = []
        /// The files of a report that names the person only as a witness or its reporter: not
        /// handed over, they show others (AVG art. 15 lid 4). A witness's export gave another
        /// child's nude photo to the witness's parents (a review of a board's server).
        public var evidenceWithheld = 0
    }

    /// A case about one of the pupil's parents, filed in the pupil's dossier (a parent's conduct is
    /// handled in the child's file): its entries are that parent's data as much as the child's,
    /// and went to both parents with no word (AVG art. 15 lid 4, a review).
    public struct ParentCase: Sendable, Hashable {
        public var number: String
        public var parent: PersonID
        public var parentName: String
        /// The case's entries in the export, by their number in the dossier.
        public var entries: [Int64]
    }

    /// One line of what casus records about the person (name, birth date, address...).
    public struct RecordLine: Sendable, Codable {
        public var label: String
        public var value: String
    }

    public var school: String
    public var person: Person
    /// The person's own record: the export held the dossier's entries only (a review).
    public var record: [RecordLine] = []
    public var reports: [ReportSummary] = []
    /// What AVG art. 15 lid 1 asks besides the data: purposes, recipients, retention, rights.
    public var notice: [String] = []
    public var entitled: String
    public var exportedAt: Timestamp
    public var exportedBy: String
    public var entries: [DossierEntry]
    public var cases: [CaseSummary]
    public var chainSound: Bool
    public var redactor: Redactor
    /// An employee's export that names their colleagues: a redactor that finds them, to list them
    /// for the director (`colleaguesNamed`), not to hide them.
    public var colleagueFinder: Redactor?
    /// Where the chains stood at the export, printed so the file can be held against them later.
    public var seal: Seal
    /// The entries' evidence files by SHA-256, as they were filed (name and size): an entry named
    /// its files by their hashes only.
    public var evidenceFiles: [String: EvidenceNote] = [:]
    /// The cases about a parent among the export's cases (a pupil's export).
    public var parentCases: [ParentCase] = []
    /// A parent's export: the letters addressed to the parent it holds from a child's case not
    /// about them, and the entries under a case about the parent it leaves out (care notes about
    /// the child, corrections of what it does not hold), each as "#4 (dossier van Zoë de Vries)"
    /// (`Dossiers.parentShare`).
    public var lettersToParent: [String] = []
    public var entriesLeftOut: [String] = []
    /// A parent's export: letters to a parent of this name casus cannot tell from another, left out.
    public var lettersUnsure: [String] = []
    /// A parent's export draws on their children's dossiers: whose each is, to tell "#1" of one
    /// from "#1" of the other (two entries read "#1", and "corrigeert #1" named either, a review).
    public var dossierOwners: [PersonID: String] = [:]
    /// The letters recorded as sent: a draft never sent read as a warning given (a review).
    public var sendings: [EntryID: LetterSending] = [:]

    /// Whether a letter went out, as the export says it; nil for another entry.
    func sent(_ e: DossierEntry) -> String? {
        guard e.kind == .letter else { return nil }
        return sendings[e.id]?.summary.nl ?? "niet als verzonden vastgelegd"
    }

    /// An entry as the export names it: its number, and in a parent's export whose dossier it is in.
    func ref(_ e: DossierEntry) -> String { "#\(e.seq)" + whose(e) }

    /// " (dossier van Eva Bouzid)" in a parent's export, else "".
    func whose(_ e: DossierEntry) -> String { dossierOwners[e.dossierID].map { " (dossier van \($0))" } ?? "" }

    /// Whose dossiers a parent's export draws on, for its chain line ("" for a dossier's own).
    var sourceDossiers: String {
        dossierOwners.isEmpty
            ? "" : " uit het dossier van " + dossierOwners.values.sorted().joined(separator: " en van ")
    }

    /// Every evidence file the export names (entries' and reports'), once each, in its order: the
    /// files the school hands over beside it (`casus dossier export --evidence MAP`).
    public var evidenceHashes: [String] {
        var seen = Set<String>()
        return (entries.flatMap(\.evidence) + reports.flatMap { $0.evidence.map(\.sha256) }).filter {
            seen.insert($0).inserted
        }
    }

    /// What the export says of its evidence files (nil: none): that they are part of the data
    /// and come beside it, each to be checked against its SHA-256 here.
    var evidenceLine: String? {
        let n = evidenceHashes.count
        guard n > 0 else { return nil }
        return
            "Bewijsstukken: \(n) \(n == 1 ? "bestand hoort" : "bestanden horen") bij deze gegevens (AVG art. 15 lid 3); de school geeft \(n == 1 ? "het" : "ze") naast deze export mee, \(n == 1 ? "met" : "elk met") de sha256 die hier staat (het bestand heet bewijs- en de eerste twaalf tekens daarvan)"
    }

    /// An evidence file as the export names it: "schermafbeelding.png (73 kB, sha256 3fd6e6be528c…)".
    func describe(_ note: EvidenceNote) -> String {
        let size = note.size < 1024 ? "\(note.size) B" : "\((note.size + 512) / 1024) kB"
        return "\(note.name) (\(size), sha256 \(note.sha256.prefix(12))…)"
    }

    /// An entry's evidence, by name where it is known.
    func evidenceNames(of e: DossierEntry) -> [String] {
        e.evidence.map { sha in evidenceFiles[sha].map(describe) ?? "sha256 \(sha)" }
    }

    /// Who may see the dossier: the parents of a pupil under 16, the pupil from 16 (AVG, UAVG art. 5).
    public static func entitled(_ p: Person, parents: [Person], on date: LocalDate) -> String {
        if p.kind.isPersonnel { return "de medewerker zelf" }
        if p.kind == .parent { return "de ouder/verzorger zelf" }
        if let age = p.age(on: date), age >= 16 { return "de leerling zelf (16 jaar of ouder)" }
        let names = parents.map(\.name).joined(separator: ", ")
        return "de ouders/verzorgers" + (names.isEmpty ? "" : " (\(names))") + ", de leerling is jonger dan 16"
    }

    /// Every format is written from the export redacted once (`redacted`): each format redacted its
    /// fields on its own, and a field one of them missed went out as it stood (a step's reason in
    /// the JSON, a report's platform in all three: two children's names, a review).
    public func render(_ format: Format) throws -> String {
        let out = redacted
        switch format {
        case .md: return out.markdown()
        case .html: return out.html()
        case .json: return try out.json()
        }
    }

    /// Every text the export quotes from the records, with where it stands: what is redacted, and
    /// what the review reads, from this one list.
    mutating func eachText(_ visit: (inout String, String) -> Void) {
        for i in record.indices { visit(&record[i].value, "gegevens") }
        for i in cases.indices {
            let place = "zaak \(cases[i].number)"
            visit(&cases[i].summary, place)
            if var outcome = cases[i].outcome {
                visit(&outcome, place)
                cases[i].outcome = outcome
            }
            visit(&cases[i].subject, place)
            for j in cases[i].steps.indices { visit(&cases[i].steps[j], place) }
        }
        for i in reports.indices {
            let place = "melding \(reports[i].id)"
            visit(&reports[i].summary, place)
            if var platform = reports[i].platform {
                visit(&platform, place)
                reports[i].platform = platform
            }
            if var reason = reports[i].dismissedReason {
                visit(&reason, place)
                reports[i].dismissedReason = reason
            }
            // A file's name is what the reporter's phone called it: "foto-van-maaike.png" too.
            for j in reports[i].evidence.indices { visit(&reports[i].evidence[j].name, place) }
        }
        for sha in evidenceFiles.keys.sorted() {
            guard var note = evidenceFiles[sha] else { continue }
            visit(&note.name, "bewijsstuk \(sha.prefix(12))…")
            evidenceFiles[sha] = note
        }
        for i in entries.indices {
            let place = "stuk #\(entries[i].seq)"
            visit(&entries[i].title, place)
            visit(&entries[i].body, place)
        }
    }

    /// The export with every other pupil's (and their parents') name replaced, and the letters
    /// without their addressee's address.
    var redacted: DossierExport {
        var out = self
        out.eachText { text, _ in text = redactor.apply(text) }
        for i in out.entries.indices where out.entries[i].kind == .letter {
            out.entries[i].body = Self.withoutAddress(out.entries[i].body)
        }
        out.withholdHashes(thatTell: self)
        // The seal names the dossier's head by its hash: not where that hash is withheld.
        if out.seal.document == .dossier,
            out.entries.contains(where: {
                $0.dossierID == out.seal.dossier && $0.seq == out.seal.entry.seq && $0.hash.isEmpty
            })
        {
            out.seal.entry.hash = Seal.withheld
        }
        return out
    }

    /// What stands where an entry's hash is withheld (`withholdHashes`).
    static let hashWithheld = "niet gegeven"

    /// The hashes that would tell what the export does not show, emptied: an entry written before
    /// entries were salted (EntrySalt) is plain SHA-256 of its predecessor's hash and what it
    /// holds, so beside its text with a name or an address replaced, its hash let a parent try
    /// classmates' names and streets until one matched (a review: the other parent's address and a
    /// classmate's name, in seconds). So does a hash that chains over an unsalted entry the export
    /// leaves out: a parent's export holds a few entries of the child's dossier, and the other
    /// parent's letter, the same template as one's own, was rebuilt and its address tried against
    /// the next entry's `vorige` (the next review). An unsalted entry's hash is given only where
    /// the entry shows whole and every entry before it since the last salted one (or the start)
    /// stands in the export with its hash given; a `vorige` only where the entry before it stands
    /// in the export with its hash given. The school still verifies them all (`casus verify`); the
    /// export's own text is held against its audit line (`casus verify --against`).
    mutating func withholdHashes(thatTell original: DossierExport) {
        let order = entries.indices.sorted {
            (entries[$0].dossierID, entries[$0].seq) < (entries[$1].dossierID, entries[$1].seq)
        }
        // The entry before, in the export, and whether its hash is given.
        var given: [PersonID: (seq: Int64, given: Bool)] = [:]
        for i in order {
            let e = entries[i]
            let cut = e.title != original.entries[i].title || e.body != original.entries[i].body
            let before = given[e.dossierID]
            let predecessorGiven = e.seq == 1 || (before?.seq == e.seq - 1 && before?.given == true)
            let hashGiven = !e.salt.isEmpty || (!cut && predecessorGiven)
            if !hashGiven { entries[i].hash = "" }
            if !predecessorGiven { entries[i].prevHash = "" }
            given[e.dossierID] = (e.seq, hashGiven)
        }
    }

    /// A hash as the export prints it: withheld ones say so.
    static func printed(_ hash: String) -> String { hash.isEmpty ? hashWithheld : hash }

    /// The line said once where any hash is withheld.
    var withheldHashesLine: String? {
        guard entries.contains(where: { $0.hash.isEmpty || $0.prevHash.isEmpty }) else { return nil }
        return
            "Bij oudere stukken waarin iets is weggelaten of die volgen op een stuk dat hier niet (heel) staat, en naast zo'n stuk (vorige), staat de hash niet: daaruit zou het weggelatene terug te vinden zijn. De school controleert ook die stukken met casus verify."
    }

    /// A pupil whose parents live at two addresses, with an address of their own in the record.
    public var parentsApart = false

    /// What stands for a letter's address in the export.
    public static let addressLeftOut = "[adres weggelaten]"

    /// The letters by what the export does with their address, by number, each letter read once:
    /// left out, not found (for the director to read), and those whose text holds an e-mail
    /// address or a phone number after it (a parent's, written into a letter, went to the other
    /// parent, a review).
    public var letterAddresses: (leftOut: [Int64], notFound: [Int64], withContact: [Int64]) {
        var out: (leftOut: [Int64], notFound: [Int64], withContact: [Int64]) = ([], [], [])
        for e in entries where e.kind == .letter {
            let cleaned = Self.withoutAddress(e.body)
            if cleaned == e.body || Self.addressMayRemain(cleaned) {
                out.notFound.append(e.seq)
            } else {
                out.leftOut.append(e.seq)
            }
            if Self.holdsContact(cleaned) {
                out.withContact.append(e.seq)
            }
        }
        return out
    }

    /// Whether a text holds an e-mail address or a phone number: in any case, and a number from
    /// abroad ("DURK@EXAMPLE.NL" and "+32 470 12 34 56" were neither left out nor named, a review).
    public static func holdsContact(_ text: String) -> Bool {
        text.contains(/[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/) || text.contains(/(\+[0-9]{1,3}[ -]?|\b0)[0-9][0-9 -]{7,}/)
    }

    /// A letter's address block with the addressee named and where they live left out: parents
    /// who live apart get a letter each, and the export gave each the other's home address
    /// (AVG art. 15 lid 4; a parent with a contact ban, a review). The block is the lines after
    /// the letter's first (the school), up to the blank line (`Letters.addressBlock`); the name
    /// is its first line with a small letter ("AANGETEKEND" stands above it).
    public static func withoutAddress(_ body: String) -> String {
        // Every line break as written ("\r\n" too, TextLines), each kept where it was.
        var text = TextLines(body)
        // The first block, and every further one above the salutation: a letter to both parents at
        // two addresses has a block each, and the school's own may stand above them; the first
        // alone was left out, and the other parent read the second (a review). Below the
        // salutation a line such as "2026 is …" is the letter's text.
        var from = 1
        var cleaned = false
        // Found by its postcode (a heading above it was taken for it, a review); an e-mail
        // address in the block goes too. No postcode: the letter is named as not cleaned.
        while let found = Letters.addressLines(text.lines.map { Substring($0) }, from: from),
            !cleaned || found.block.upperBound <= (LetterHead.salutation(in: text.lines) ?? 0)
        {
            // An e-mail address anywhere above the name too ("Per e-mail: …" in a heading, a review).
            for i in from..<found.name where text.lines[i].contains("@") {
                text.lines[i] = String(text.lines[i].prefix { $0 == " " }) + addressLeftOut
            }
            // Both parents at one address are named a line each: a name has no digit, a street has its
            // number (the second parent's name was taken for the address and left out, a review).
            var name = found.name
            let end = found.block.upperBound
            while name + 1 < end - 1, !text.lines[name + 1].contains(where: \.isNumber),
                !text.lines[name + 1].contains("@"),
                !text.lines[name + 1].trimmingCharacters(in: .whitespaces).isEmpty
            {
                name += 1
            }
            // A block with no name above its postcode but a street ("Schoolstraat 1", the school's own
            // letterhead): the street goes with the rest.
            let street =
                !Letters.isTitled(Substring(text.lines[name])) && text.lines[name].contains(where: \.isNumber)
            let first = street ? name : name + 1
            let indent = String(text.lines[name].prefix { $0 == " " })
            text.replace(first..<end, with: indent + addressLeftOut)
            cleaned = true
            from = first + 1
        }
        return cleaned ? text.joined : body
    }

    /// Whether a letter, its address blocks left out, may still hold an address above its salutation:
    /// a line that begins with a postcode, or a street and its number ("Thorbeckegracht 34", "Rue de la
    /// Loi 16"). A block without a postcode was kept while the review called the letter cleaned (a
    /// review): such a letter is named for the director to read.
    public static func addressMayRemain(_ cleaned: String) -> Bool {
        let lines = TextLines(cleaned).lines
        let end = LetterHead.salutation(in: lines) ?? min(lines.count, 15)
        guard end > 1 else { return false }
        let months = /januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/
        return lines[1..<end].contains { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.contains(addressLeftOut), !LetterHead.isHeading(line) else { return false }
            if LetterHead.isPostcodeLine(line) { return true }
            return line.contains(/\p{L}{2,}\.?\s+[0-9]{1,5}\s?[A-Za-z]?(\s*[-\/]\s*[0-9A-Za-z]{1,4})?$/)
                && !line.lowercased().contains(months)
        }
    }

    var title: String {
        switch person.kind {
        case .pupil: "Leerlingdossier " + person.name
        // A parent has no dossier: what is recorded about them stands in their child's.
        case .parent: "Gegevens over " + person.name + " (ouder/verzorger)"
        case .staff, .volunteer, .intern: "Personeelsdossier " + person.name
        }
    }

    /// What an entry's line says of corrections, in every format alike: "corrigeert #3" on the
    /// correction, "gecorrigeerd door #4" on the entry it corrects (AVG art. 16). The HTML said
    /// neither, and the Markdown only the first: the parents' copy showed the wrong figure as if
    /// it still stood (a review).
    /// `escape`: how a format writes the dossier owner's name (Markdown escapes it).
    func correctionNotes(escape: (String) -> String = { $0 }) -> [EntryID: String] {
        func named(_ e: DossierEntry) -> String { "#\(e.seq)" + escape(whose(e)) }
        let refOf = Dictionary(entries.map { ($0.id, named($0)) }, uniquingKeysWith: { a, _ in a })
        var notes: [EntryID: [String]] = [:]
        for e in entries {
            guard let target = e.corrects else { continue }
            notes[e.id, default: []].append("corrigeert " + (refOf[target] ?? "een eerder stuk"))
            notes[target, default: []].append("gecorrigeerd door \(named(e))")
        }
        return notes.mapValues { $0.joined(separator: " · ") }
    }

    func markdown() -> String {
        // Every piece of text from the dossier goes through `Markdown.inline` or `Markdown.line`:
        // a summary holding "\n## Stukken\n<img src=…>" stays text, never a heading or an image.
        func md(_ s: String) -> String { Markdown.inline(s) }
        let corrections = correctionNotes(escape: md)
        var out = "# \(md(title))\n\n"
        out +=
            "- School: \(md(school))\n- Inzage voor: \(md(entitled))\n- Geëxporteerd: \(exportedAt.dutch()) door \(md(exportedBy))\n"
        out +=
            "- Hashketen: \(entries.count) stukken\(md(sourceDossiers)), \(chainSound ? "ongeschonden" : "NIET ongeschonden — zie casus verify")"
        if dossierOwners.isEmpty, let last = entries.last, !last.hash.isEmpty {
            out += ", laatste hash `\(last.hash)`"
        }
        out +=
            "\n- Namen van andere leerlingen zijn vervangen door \(md(Redactor.placeholder)), die van hun ouders door \(md(Redactor.parentPlaceholder)); het adres van wie een brief kreeg door \(md(Self.addressLeftOut)).\n"
        if let line = evidenceLine { out += "- \(md(line))\n" }
        if let line = withheldHashesLine { out += "- \(md(line))\n" }
        out += "- \(seal.line.nl) (controle: `casus verify --against BESTAND`)\n\n"
        if !record.isEmpty {
            out += "## Gegevens\n\n"
            for line in record { out += "- \(md(line.label)): \(md(line.value))\n" }
            out += "\n"
        }
        if !cases.isEmpty {
            out += "## Zaken\n\n"
            for c in cases {
                out += "### Zaak \(md(c.number)) (\(md(c.status)))\n\n\(Markdown.lines(c.summary))\n\n"
                if let outcome = c.outcome { out += "- Uitkomst: \(md(outcome))\n" }
                out += "- Betrokkene: \(md(c.subject))\n- Artikelen: \(md(c.articles.joined(separator: "; ")))\n"
                for s in c.steps { out += "- \(md(s))\n" }
                out += "\n"
            }
        }
        if !reports.isEmpty {
            out += "## Meldingen\n\n"
            for r in reports {
                out +=
                    "### Melding \(r.id) van \(md(r.reportedOn)) (\(md(r.status)))"
                    + (r.role.map { " — als \(md($0))" } ?? "") + "\n\n"
                out += Markdown.lines(r.summary) + "\n\n"
                if let platform = r.platform { out += "- Platform: \(md(platform))\n" }
                if !r.cases.isEmpty { out += "- Zaak: \(md(r.cases.joined(separator: ", ")))\n" }
                if let reason = r.dismissedReason { out += "- Afgewezen: \(md(reason))\n" }
                for file in r.evidence { out += "- Bewijsstuk: \(md(describe(file)))\n" }
                if r.evidenceWithheld > 0 { out += "- \(md(Self.withheld(r.evidenceWithheld)))\n" }
                out += "\n"
            }
        }
        out += "## Stukken\n\n"
        for e in entries {
            // casus's own "#2" unescaped, as the other headings' numbers; the name is text.
            out += "### #\(e.seq)\(md(whose(e))) \(md(e.kind.label.nl)): \(md(e.title))\n\n"
            out +=
                "\(e.at.dutch()) · \(md(e.authorName))" + (e.caseNumber.map { " · zaak \(md($0))" } ?? "")
                + (sent(e).map { " · \(md($0))" } ?? "")
                // casus's own words and numbers: "#2" unescaped, as the headings' numbers.
                + (corrections[e.id].map { " · " + $0 } ?? "") + "\n\n"
            out += e.body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { ">" + ($0.isEmpty ? "" : " " + Markdown.line(String($0))) }.joined(separator: "\n")
            out += "\n\n`hash \(Self.printed(e.hash))` · `vorige \(Self.printed(e.prevHash))`"
            if !e.evidence.isEmpty {
                out += "\n\n- Bewijsstuk: " + evidenceNames(of: e).map(md).joined(separator: "\n- Bewijsstuk: ")
            }
            out += "\n\n"
        }
        if !notice.isEmpty {
            out += "## Wat de school met deze gegevens doet\n\n"
            for line in notice { out += "- \(md(line))\n" }
        }
        return TerminalText.neutralised(out)
    }

    func html() -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>\(esc(title))</title>
            <style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.45}
            .meta{color:#555;font-size:.9em}.hash{font-family:monospace;font-size:.75em;color:#777;word-break:break-all}
            blockquote{white-space:pre-wrap;border-left:3px solid #ccc;margin:.5em 0;padding-left:1em}
            @media print{.entry{page-break-inside:avoid}}</style></head><body>
            <h1>\(esc(title))</h1>
            <p class="meta">School: \(esc(school))<br>Inzage voor: \(esc(entitled))<br>Geëxporteerd: \(esc(exportedAt.dutch())) door \(esc(exportedBy))<br>
            Hashketen: \(entries.count) stukken\(esc(sourceDossiers)), \(chainSound ? "ongeschonden" : "NIET ongeschonden — zie casus verify")<br>
            Namen van andere leerlingen zijn vervangen door [leerling], die van hun ouders door [ouder]; het adres van wie een brief kreeg door \(Self.addressLeftOut).\(evidenceLine.map { "<br>" + esc($0) } ?? "")\(withheldHashesLine.map { "<br>" + esc($0) } ?? "")</p>
            <p class="hash">\(seal.line.nl) (controle: casus verify --against BESTAND)</p>

            """
        if !record.isEmpty {
            out += "<h2>Gegevens</h2>\n<ul>"
            for line in record { out += "<li>\(esc(line.label)): \(esc(line.value))</li>" }
            out += "</ul>\n"
        }
        if !cases.isEmpty {
            out += "<h2>Zaken</h2>\n"
            for c in cases {
                out +=
                    "<h3>Zaak \(esc(c.number)) (\(esc(c.status)))</h3>\n<p>\(esc(c.summary))</p>\n<ul>"
                if let outcome = c.outcome { out += "<li>Uitkomst: \(esc(outcome))</li>" }
                out +=
                    "<li>Betrokkene: \(esc(c.subject))</li><li>Artikelen: \(esc(c.articles.joined(separator: "; ")))</li>"
                for s in c.steps { out += "<li>\(esc(s))</li>" }
                out += "</ul>\n"
            }
        }
        if !reports.isEmpty {
            out += "<h2>Meldingen</h2>\n"
            for r in reports {
                out +=
                    "<h3>Melding \(r.id) van \(esc(r.reportedOn)) (\(esc(r.status)))"
                    + (r.role.map { " — als \(esc($0))" } ?? "") + "</h3>\n"
                out += "<blockquote>\(esc(r.summary))</blockquote>\n<ul>"
                if let platform = r.platform { out += "<li>Platform: \(esc(platform))</li>" }
                if !r.cases.isEmpty { out += "<li>Zaak: \(esc(r.cases.joined(separator: ", ")))</li>" }
                if let reason = r.dismissedReason { out += "<li>Afgewezen: \(esc(reason))</li>" }
                for file in r.evidence { out += "<li>Bewijsstuk: \(esc(describe(file)))</li>" }
                if r.evidenceWithheld > 0 { out += "<li>\(esc(Self.withheld(r.evidenceWithheld)))</li>" }
                out += "</ul>\n"
            }
        }
        out += "<h2>Stukken</h2>\n"
        let corrections = correctionNotes()
        for e in entries {
            out += "<div class=\"entry\"><h3>\(esc(ref(e))) \(esc(e.kind.label.nl)): \(esc(e.title))</h3>\n"
            out +=
                "<p class=\"meta\">\(esc(e.at.dutch())) · \(esc(e.authorName))"
                + (e.caseNumber.map { " · zaak \(esc($0))" } ?? "") + (sent(e).map { " · \(esc($0))" } ?? "")
                + (corrections[e.id].map { " · <strong>\(esc($0))</strong>" } ?? "") + "</p>\n"
            out += "<blockquote>\(esc(e.body))</blockquote>\n"
            if !e.evidence.isEmpty {
                out += "<ul>" + evidenceNames(of: e).map { "<li>Bewijsstuk: \(esc($0))</li>" }.joined() + "</ul>\n"
            }
            out +=
                "<p class=\"hash\">hash \(Self.printed(e.hash))<br>vorige \(Self.printed(e.prevHash))"
                + e.evidence.map { "<br>bewijs \(esc($0))" }.joined() + "</p></div>\n"
        }
        if !notice.isEmpty {
            out += "<h2>Wat de school met deze gegevens doet</h2>\n<ul>"
            for line in notice { out += "<li>\(esc(line))</li>" }
            out += "</ul>\n"
        }
        return TerminalText.neutralised(out + "</body></html>\n")
    }

    /// Every replacement the redactor makes in what the export quotes, grouped by the text found
    /// and whose name it is, with where it stands (in the order of the export).
    public func review() -> [ExportReview.Item] { review(by: redactor) }

    /// The names of other pupils a teacher's title kept ("juf Anna"), and where.
    public func keptAfterTitle() -> [ExportReview.Item] {
        grouped { text in redactor.kept(in: text).map { ($0.shown, $0.people, "") } }
    }

    /// Where an employee's export names their colleagues, whose names it leaves as they stand.
    public func colleaguesNamed() -> [ExportReview.Item] {
        (colleagueFinder.map { review(by: $0) } ?? []).filter { $0.replacement == Redactor.colleaguePlaceholder }
    }

    func review(by redactor: Redactor) -> [ExportReview.Item] {
        grouped { text in redactor.matches(in: text).map { ($0.found, $0.people, $0.replacement) } }
    }

    /// What `find` finds in each text the export quotes, grouped by the text found and whose name it
    /// is, with where it stands, in the export's order.
    private func grouped(_ find: (String) -> [(found: String, people: [String], stands: String)])
        -> [ExportReview.Item]
    {
        var items: [ExportReview.Item] = []
        var index: [ExportReview.Item.Key: Int] = [:]
        var copy = self
        copy.eachText { text, place in
            for m in find(text) {
                let key = ExportReview.Item.Key(found: m.found, people: m.people)
                if let i = index[key] {
                    items[i].count += 1
                    if items[i].places.last != place { items[i].places.append(place) }
                } else {
                    index[key] = items.count
                    items.append(
                        ExportReview.Item(
                            found: m.found, people: m.people, count: 1, places: [place], replacement: m.stands))
                }
            }
        }
        return items
    }

    func json() throws -> String {
        struct EntryJSON: Encodable {
            /// The entry's id, which `corrects` names (only `seq` was given, and `corrects` named
            /// nothing in the export, a review).
            var id: EntryID
            /// Whose dossier it is in (a parent's export draws on several).
            var dossier: PersonID
            var seq: Int64
            var kind: EntryKind
            var title: String
            var body: String
            var at: Timestamp
            var author: String
            var `case`: String?
            var corrects: EntryID?
            var evidence: [String]
            /// A letter's sending ("verzonden per post op …", "niet als verzonden vastgelegd").
            var sent: String?
            var hash: String
            var prevHash: String
        }
        struct Export: Encodable {
            var dossier: String
            var school: String
            var entitled: String
            var exportedAt: Timestamp
            var exportedBy: String
            var chainSound: Bool
            var chainHead: String
            var record: [RecordLine]
            var cases: [CaseSummary]
            var reports: [ReportSummary]
            var entries: [EntryJSON]
            /// Why some entries' `hash` or `prevHash` is empty (`withholdHashes`); absent when none is.
            var hashesWithheld: String?
            var evidenceFiles: [EvidenceNote]
            var notice: [String]
        }
        let value = Export(
            dossier: title, school: school, entitled: entitled, exportedAt: exportedAt, exportedBy: exportedBy,
            chainSound: chainSound, chainHead: seal.line.nl,
            record: record, cases: cases, reports: reports,
            entries: entries.map {
                EntryJSON(
                    id: $0.id, dossier: $0.dossierID, seq: $0.seq, kind: $0.kind, title: $0.title, body: $0.body,
                    at: $0.at,
                    author: $0.authorName,
                    case: $0.caseNumber, corrects: $0.corrects, evidence: $0.evidence, sent: sent($0), hash: $0.hash,
                    prevHash: $0.prevHash)
            }, hashesWithheld: withheldHashesLine,
            evidenceFiles: entries.flatMap(\.evidence).compactMap { evidenceFiles[$0] }, notice: notice)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: TerminalText.escapingJSON(try encoder.encode(value)), as: UTF8.self) + "\n"
    }
}

/// User text inside a Markdown document, as text: every character CommonMark (and GitHub's
/// dialect) reads as structure is escaped with a backslash, which CommonMark defines for every
/// ASCII punctuation character. Inline: emphasis, code, links and images, raw HTML and entities,
/// tables, strikethrough. At the start of a line: headings, quotes, lists, thematic breaks,
/// setext underlines.
enum Markdown {
    static let inlineSpecial: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "!", "|", "~", "#"]

    /// One line of text: escaped so that it is read as the characters it holds.
    static func line(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var atStart = true
        var digits = 0
        for c in s {
            if atStart {
                if digits == 0, c == " " || c == "\t" {
                    out.append(c)
                    continue
                }
                if c.isASCII, c.isNumber {
                    digits += 1
                    out.append(c)
                    continue
                }
                atStart = false
                // "1." and "1)" start an ordered list; "-", "+", "=" a list, a break or an underline.
                if digits > 0 ? (c == "." || c == ")") : (c == "-" || c == "+" || c == "=") {
                    out += "\\"
                    out.append(c)
                    continue
                }
            }
            if inlineSpecial.contains(c) { out += "\\" }
            out.append(c)
        }
        return out
    }

    /// A paragraph of several lines, each escaped.
    static func lines(_ s: String) -> String {
        s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line(String($0)) }.joined(
            separator: "\n")
    }

    /// Text that must stay on one line (a title, a name, a list item): line breaks become spaces.
    static func inline(_ s: String) -> String {
        line(String(s.map { $0.isNewline ? " " : $0 }))
    }
}

/// What an export would replace, for the director to check before the file is written.
public struct ExportReview: Sendable {
    public struct Item: Sendable, Hashable {
        struct Key: Hashable {
            var found: String
            var people: [String]
        }

        /// The text as it stands in the dossier ("H. Vermeulen").
        public var found: String
        /// The pupils whose name it is a form of.
        public var people: [String]
        /// How often.
        public var count: Int
        /// Where: "zaak 2026-0003", "stuk #4".
        public var places: [String]
        /// What stands there instead: [leerling], or [ouder] for another pupil's parent.
        public var replacement = Redactor.placeholder
    }

    public var person: Person
    public var items: [Item]
    /// The numbers of the intern begeleider's care notes the export holds: they went to the
    /// parents unsaid (a review of the privacy officer's kind).
    public var careNotes: [Int64] = []
    /// A parent's export: the entries under a case about the parent it leaves out, and the letters
    /// addressed to the parent in the child's cases it takes in (`DossierExport`).
    public var entriesLeftOut: [String] = []
    public var lettersToParent: [String] = []
    public var lettersUnsure: [String] = []
    /// The reports in the export that name others too: a dismissal's reason about two pupils went
    /// to one's parents with the other's diagnosis in it (a review).
    public var sharedReports: [IncidentID] = []
    /// The evidence files the export names (a screenshot of a group chat shows others too).
    public var evidence: Int = 0
    /// The cases about one of the pupil's parents the export holds.
    public var parentCases: [DossierExport.ParentCase] = []
    /// The letters whose addressee's address the export leaves out.
    public var addressesLeftOut: [Int64] = []
    /// The letters in which casus found no address block to leave out.
    public var lettersNotCleaned: [Int64] = []
    /// The letters whose text holds an e-mail address or a phone number.
    public var lettersWithContact: [Int64] = []
    /// The record names the pupil's address, and the parents live apart.
    public var pupilAddressWithParentsApart = false
    /// The colleagues an employee's export names (their names stand; `ColleagueNames.hidden` hides them).
    public var colleaguesNamed: [Item] = []
    /// Whether the export this review is of hides the colleagues.
    public var colleagues: ColleagueNames = .named
    /// Names of other pupils kept after a teacher's title ("juf Anna").
    public var keptAfterTitle: [Item] = []
}

/// Whether an employee's inzage export names their colleagues as it quotes them (who at school did
/// what) or hides them as it hides pupils, when their rights ask it (AVG art. 15 lid 4: a colleague
/// who reported the employee). casus left them named, and its notice said "the names of others
/// replaced" (a review).
public enum ColleagueNames: String, Sendable, CaseIterable {
    case named, hidden
}

extension ExportReview {
    /// Said with every export and its review: casus replaces the names it knows; a report's own
    /// words may hold others (a nickname, a child of another school), which no list finds (a
    /// review: "Daan" stood in an export whose heading said the names were replaced).
    public static let readForOtherNames = Phrase(
        "casus vervangt alleen namen van de leerlingen die u in casus kunt lezen (een directeur: die van de eigen school en die de meldingen noemen): lees de tekst na op andere namen (een roepnaam, een kind van een andere school) voordat u hem afgeeft.",
        "casus replaces only the names of the pupils you can read in casus (a director: those of the own school and those the reports name): read the text for other names (a nickname, a child of another school) before you hand it over."
    )

    /// What the director is told of a case about a parent in a pupil's export, before it is written
    /// (`--review`) and when it is: the case is the parent's data too, and the export goes to both
    /// parents (or to the pupil from 16). casus leaves nothing out; the parent's own request is
    /// answered with `casus dossier export` of the parent.
    public static func parentCaseLines(_ cases: [DossierExport.ParentCase]) -> [Phrase] {
        cases.map { c in
            let seqs = c.entries.map { "#\($0)" }.joined(separator: ", ")
            let nl = c.entries.isEmpty ? "de zaak is" : "de zaak en de stukken daarvan (\(seqs)) zijn"
            let en = c.entries.isEmpty ? "the case is" : "the case and its entries (\(seqs)) are"
            return Phrase(
                "Zaak \(c.number) gaat over een ouder, \(c.parentName), niet over de leerling: \(nl) ook gegevens van die ouder. Gaat de export naar de andere ouder of naar de leerling, beoordeel dan wat daarvan mee mag (AVG art. 15 lid 4); casus laat niets weg. Vraagt de ouder zelf om inzage: `casus dossier export \(c.parent)`.",
                "Case \(c.number) is about a parent, \(c.parentName), not about the pupil: \(en) that parent's data too. If the export goes to the other parent or to the pupil, judge what of it may go (AVG art. 15 lid 4); casus leaves nothing out. If the parent asks for access themselves: `casus dossier export \(c.parent)`."
            )
        }
    }

    /// The colleagues an employee's export names, said before it is handed over: their names stand
    /// (who at school did what), unless the director hides them (`--hide-colleagues`). The
    /// employee's export quoted "Marloes Hendriks had het gemeld" unsaid (a review).
    /// How the command line hides colleagues (the full screen says its key).
    public static let hideOption = Phrase("--hide-colleagues", "--hide-colleagues")

    public static func colleaguesLine(_ items: [Item], hide: Phrase = hideOption) -> Phrase? {
        guard !items.isEmpty else { return nil }
        var whose: [String] = []
        var places: [String] = []
        for item in items {
            for p in item.people where !whose.contains(p) { whose.append(p) }
            for p in item.places where !places.contains(p) { places.append(p) }
        }
        let at = places.prefix(8).joined(separator: ", ") + (places.count > 8 ? ", …" : "")
        return Phrase(
            "De export noemt collega's bij naam: \(whose.joined(separator: ", ")) (\(at)). Hun namen blijven staan: wie op school wat deed. Vragen hun rechten dat een naam wegblijft, bijvoorbeeld van wie de melding deed (AVG art. 15 lid 4), exporteer dan met \(hide.nl): casus zet er [collega] voor in de plaats.",
            "The export names colleagues: \(whose.joined(separator: ", ")) (\(at.replacingOccurrences(of: "zaak ", with: "case ").replacingOccurrences(of: "stuk ", with: "entry "))). Their names stay: who at school did what. If their rights ask that a name is left out, of who made the report for example (AVG art. 15 lid 4), export with \(hide.en): casus puts [collega] in its place."
        )
    }

    /// The review as the CLI and the TUI show it: a heading, then one line per replacement.
    public static func lines(_ review: ExportReview, hide: Phrase = hideOption) -> [Phrase] {
        let staff = review.person.kind.isPersonnel
        let total = review.items.reduce(0) { $0 + $1.count }
        var readIt = [readForOtherNames]
        if !review.sharedReports.isEmpty {
            let ids = review.sharedReports.map(String.init).joined(separator: ", ")
            readIt.append(
                Phrase(
                    "Melding \(ids) noemt ook anderen: hun namen zijn vervangen, maar lees na wat er over hen staat (ook een reden van afwijzing) voordat u de export afgeeft (AVG art. 15 lid 4).",
                    "Report \(ids) names others too: their names are replaced, but read what it says about them (a dismissal's reason too) before you hand the export over (AVG art. 15 lid 4)."
                ))
        }
        if !review.careNotes.isEmpty {
            let numbers = review.careNotes.map { "#\($0)" }.joined(separator: ", ")
            readIt.append(
                Phrase(
                    "De export bevat zorgnotities van de intern begeleider (\(numbers)). Ze horen bij het dossier; beoordeel of u iets mag weglaten om de rechten van anderen te beschermen (AVG art. 15 lid 4; UAVG art. 41 lid 1 onder i). casus laat niets weg.",
                    "The export holds the intern begeleider's care notes (\(numbers)). They are part of the dossier; judge whether you may leave something out to protect the rights of others (AVG art. 15 lid 4; UAVG art. 41 lid 1 onder i). casus leaves nothing out."
                ))
        }
        // A warning about some of the export's entries, as it names them ("#3, #4"; in a parent's
        // export "#4 (dossier van Zoë de Vries)").
        func about(_ refs: [String], _ said: (String) -> Phrase) {
            if !refs.isEmpty { readIt.append(said(refs.joined(separator: ", "))) }
        }
        func numbers(_ seqs: [Int64]) -> [String] { seqs.map { "#\($0)" } }
        about(review.entriesLeftOut) {
            Phrase(
                "De stukken \($0) staan bij een zaak over deze ouder, maar zijn zorgnotities over het kind, of correcties van een zorgnotitie of van een stuk dat niet in de export staan: casus laat ze weg, want een zorgnotitie kan een signaal over thuis bevatten (meldcode). Beoordeel apart of er gegevens van de ouder in staan die de ouder mag inzien (AVG art. 15 lid 4).",
                "The entries \($0) are filed under a case about this parent but are care notes about the child, or corrections of a care note or of an entry the export does not hold: casus leaves them out, as a care note may hold a signal about home (meldcode). Judge apart whether they hold data of the parent the parent may see (AVG art. 15 lid 4)."
            )
        }
        about(review.lettersToParent) {
            Phrase(
                "De brieven \($0) zijn aan deze ouder gericht in een zaak over het kind: ze zijn gegevens van de ouder en staan in de export.",
                "The letters \($0) are addressed to this parent in a case about the child: they are the parent's data and are in the export."
            )
        }
        about(review.lettersUnsure) {
            Phrase(
                "De brieven \($0) zijn gericht aan een ouder met deze naam, en een andere ouder van het kind heet net zo: casus kan ze niet toewijzen en laat ze weg. Lees na voor wie ze waren; zijn ze van deze ouder, geef ze dan apart mee (AVG art. 15 lid 1 en 3).",
                "The letters \($0) are addressed to a parent of this name, and another parent of the child has the same name: casus cannot tell whose and leaves them out. Read whose they were; if they are this parent's, hand them over apart (GDPR art. 15 lid 1 and 3)."
            )
        }
        readIt += parentCaseLines(review.parentCases)
        if let line = colleaguesLine(review.colleaguesNamed, hide: hide) { readIt.append(line) }
        if !review.keptAfterTitle.isEmpty {
            let list = review.keptAfterTitle.prefix(6).map { k in
                "‘\(k.found)’ (ook de naam van \(k.people.joined(separator: ", "))) — \(k.places.prefix(4).joined(separator: ", "))"
            }.joined(separator: "; ")
            readIt.append(
                Phrase(
                    "Na juf, juffrouw of meester blijft een naam staan als die van een leerkracht: \(list). Is het een leerling (een bijnaam), lees dat na voordat u de export afgeeft (AVG art. 15 lid 4).",
                    "After juf, juffrouw or meester a name stays as a teacher's: \(list). If it is a pupil (a nickname), read it before you hand the export over (AVG art. 15 lid 4)."
                ))
        }
        about(numbers(review.addressesLeftOut)) {
            Phrase(
                "Uit de brieven \($0) is het adres van de geadresseerde weggelaten"
                    + (staff
                        ? " (het staat in de gegevens hierboven)."
                        : ": ouders die apart wonen krijgen zo niet elkaars adres (AVG art. 15 lid 4). Lees ook de notities na op een adres of woonplaats."),
                "The addressee's address is left out of the letters \($0)"
                    + (staff
                        ? " (it stands in the record above)."
                        : ": parents who live apart do not get each other's address so (AVG art. 15 lid 4). Read the notes too for an address or a town.")
            )
        }
        about(numbers(review.lettersNotCleaned)) {
            Phrase(
                "In de brieven \($0) vond casus geen adresblok om weg te laten, of niet elk: lees ze na op een adres voordat u de export afgeeft.",
                "In the letters \($0) casus found no address block to leave out, or not every one: read them for an address before you hand the export over."
            )
        }
        about(numbers(review.lettersWithContact)) {
            Phrase(
                "In de tekst van de brieven \($0) staat een e-mailadres of telefoonnummer: lees na van wie, voordat u de export afgeeft (AVG art. 15 lid 4).",
                "The text of the letters \($0) holds an e-mail address or phone number: read whose, before you hand the export over (AVG art. 15 lid 4)."
            )
        }
        if review.pupilAddressWithParentsApart {
            readIt.append(
                Phrase(
                    "De ouders wonen op twee adressen, en de gegevens noemen het adres van de leerling: waar het kind woont. Beoordeel of de andere ouder dat mag krijgen (AVG art. 15 lid 4); casus laat het staan.",
                    "The parents live at two addresses, and the record names the pupil's address: where the child lives. Judge whether the other parent may have it (AVG art. 15 lid 4); casus leaves it in."
                ))
        }
        if review.evidence > 0 {
            let n = review.evidence
            readIt.append(
                Phrase(
                    "Bij het dossier \(n == 1 ? "hoort 1 bewijsstuk" : "horen \(n) bewijsstukken") (een schermafbeelding, een foto): \(n == 1 ? "het hoort" : "ze horen") bij de gegevens die u afgeeft (AVG art. 15 lid 3). Schrijf \(n == 1 ? "het" : "ze") met `casus dossier export \(review.person.id) --evidence MAP` en bekijk \(n == 1 ? "het" : "ze") op gegevens van anderen voordat u \(n == 1 ? "het" : "ze") meegeeft (lid 4).",
                    "The dossier has \(n == 1 ? "1 evidence file" : "\(n) evidence files") (a screenshot, a photo): \(n == 1 ? "it is" : "they are") part of the data you hand over (AVG art. 15 lid 3). Write \(n == 1 ? "it" : "them") with `casus dossier export \(review.person.id) --evidence FOLDER` and look at \(n == 1 ? "it" : "them") for others' data before you hand \(n == 1 ? "it" : "them") over (lid 4)."
                ))
        }
        guard total > 0 else {
            return [
                Phrase(
                    "In het dossier van \(review.person.name) wordt geen naam van een andere leerling vervangen.",
                    "No other pupil's name is replaced in the dossier of \(review.person.name).")
            ] + readIt
        }
        var out = [
            Phrase(
                "In het dossier van \(review.person.name) wordt \(total)× een naam vervangen:",
                "In the dossier of \(review.person.name), a name is replaced \(total)×:")
        ]
        for item in review.items {
            let places = item.places.prefix(6).joined(separator: ", ") + (item.places.count > 6 ? ", …" : "")
            let people = item.people.joined(separator: " / ")
            out.append(
                Phrase(
                    "  \(item.found) → \(item.replacement)  (\(people))  \(item.count)× — \(places)",
                    "  \(item.found) → \(item.replacement)  (\(people))  \(item.count)× — "
                        + places.replacingOccurrences(of: "zaak ", with: "case ").replacingOccurrences(
                            of: "stuk ", with: "entry ")))
        }
        return out + readIt
    }
}
