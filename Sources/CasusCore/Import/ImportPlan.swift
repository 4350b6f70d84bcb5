import Foundation

/// One thing wrong in an import file, at its line.
public struct ImportProblem: Sendable, Hashable {
    public var line: Int
    public var message: Phrase

    public init(line: Int, message: Phrase) {
        self.line = line
        self.message = message
    }
}

public enum ImportFormat: String, Sendable, Codable, CaseIterable {
    /// A CSV export of one kind of person (`--kind`).
    case csv
    /// EDEXML 2.x from ParnasSys or Esis: pupils, groups and teachers in one file.
    case edexml
}

/// A field in the file that casus leaves out (data minimisation): which, what it is, how often.
public struct LeftOutField: Sendable, Codable, Hashable {
    /// The element or column name as the file spells it ("bsn").
    public var field: String
    /// What it holds, for the user ("burgerservicenummer").
    public var label: Phrase
    /// In how many records of the file it was filled in.
    public var count: Int

    public init(field: String, label: Phrase, count: Int) {
        self.field = field
        self.label = label
        self.count = count
    }
}

/// What an import file holds, checked, before anything is written. Made by a pure reader
/// (`PeopleImport`, `EDEXImport`); `apply` writes it in the caller's transaction, and only
/// when no line is bad.
public struct ImportPlan: Sendable {
    public struct ChildRef: Sendable, Hashable {
        /// The pupil's number in the administration (the pupil's `externalID`).
        public var number: String
        /// The line of the file that names this child.
        public var line: Int
    }

    public struct Entry: Sendable {
        /// The line the person is first named on.
        public var line: Int
        /// The person as the file has them; `externalID` is set (the key for a re-import).
        public var person: Person
        /// For a parent: the pupils they are a guardian of.
        public var children: [ChildRef] = []
        /// A former pupil (EDEXML jaargroep H): an existing record is brought up to date, none is added.
        public var onlyUpdate = false
    }

    public var format: ImportFormat
    public var file: String
    public var encoding: String
    public var delimiter: Character?
    /// EDEXML: the version the file names (`xsdversie`), when it does.
    public var version: String?
    public var entries: [Entry] = []
    public var problems: [ImportProblem] = []
    public var leftOut: [LeftOutField] = []
    /// What the file holds but casus does not import, and why (shown, not an error).
    public var notes: [Phrase] = []
    /// EDEXML: how many groups the file defines.
    public var groups = 0
    /// The file has a column for the tussenvoegsel, and one for the group: where it has none, a
    /// re-import keeps what casus holds (a shorter export wiped both, a review); where it has one,
    /// an empty cell is the file's word (a name that lost its "van" is "Sem Jansen", not "Sem van
    /// Jansen", another review).
    public var hasInfix = true
    public var hasGroup = true

    public init(format: ImportFormat, file: String, encoding: String, delimiter: Character? = nil) {
        self.format = format
        self.file = file
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// What an import did (or, with a dry run, would do).
public struct ImportReport: Sendable, Codable {
    public var format: ImportFormat
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    /// Former pupils in the file that casus never knew: not added.
    public var skipped: Int
    /// New links between a parent and a pupil.
    public var linked: Int
    public var pupils: Int
    public var staff: Int
    public var parents: Int
    public var groups: Int
    public var encoding: String
    /// CSV: `;`, `,` or `tab`.
    public var delimiter: String?
    /// EDEXML: the version the file names.
    public var version: String?
    /// Fields in the file that casus did not keep (data minimisation).
    public var leftOut: [LeftOutField]
    public var notes: [Phrase]
    public var dryRun: Bool
    /// What the updates change, field by field, in how many people ("groep" 24×): "2 bijgewerkt"
    /// alone hid an infix wiped from every pupil of a file (a review).
    public var changedFields: [ChangedField] = []

    public init(
        format: ImportFormat, added: Int = 0, updated: Int = 0, unchanged: Int = 0, skipped: Int = 0, linked: Int = 0,
        pupils: Int = 0, staff: Int = 0, parents: Int = 0, groups: Int = 0, encoding: String, delimiter: String? = nil,
        version: String? = nil, leftOut: [LeftOutField] = [], notes: [Phrase] = [], dryRun: Bool
    ) {
        self.format = format
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.skipped = skipped
        self.linked = linked
        self.pupils = pupils
        self.staff = staff
        self.parents = parents
        self.groups = groups
        self.encoding = encoding
        self.delimiter = delimiter
        self.version = version
        self.leftOut = leftOut
        self.notes = notes
        self.dryRun = dryRun
    }
}

/// A field a re-import changes, and in how many people.
public struct ChangedField: Sendable, Codable, Hashable {
    public var label: Phrase
    public var count: Int

    public init(label: Phrase, count: Int) {
        self.label = label
        self.count = count
    }

    /// The fields of `new` that differ from `old`, in the order a record shows them.
    static func changes(from old: Person, to new: Person) -> [Phrase] {
        let fields: [(Phrase, Bool)] = [
            (Phrase("roepnaam", "first name"), old.firstName != new.firstName),
            (Phrase("tussenvoegsel", "infix"), old.infix != new.infix),
            (Phrase("achternaam", "last name"), old.lastName != new.lastName),
            (Phrase("groep of klas", "group or class"), old.group != new.group),
            (Phrase("geboortedatum", "birth date"), old.birthDate != new.birthDate),
            (Phrase("functie", "function"), old.function != new.function),
            (Phrase("aanhef", "salutation"), old.salutation != new.salutation),
            (Phrase("adres", "address"), old.address != new.address),
            (Phrase("vertrekdatum", "leaving date"), old.leftOn != new.leftOn),
            (Phrase("nummer", "number"), old.externalID != new.externalID),
        ]
        return fields.filter(\.1).map(\.0)
    }
}

extension ImportPlan {
    /// Why fields are left out, as the report says it.
    public static let minimisation = Phrase(
        "dataminimalisatie, AVG art. 5 lid 1 sub c: casus bewaart alleen wat nodig is om een zaak af te handelen",
        "data minimisation, GDPR art. 5(1)(c): casus keeps only what handling a case needs")

    /// The refusal for a file with bad lines: every line with its reason, nothing imported.
    public static func refusal(_ problems: [ImportProblem], file: String, format: ImportFormat) -> CasusError {
        let sorted = problems.sorted { ($0.line, $0.message.nl) < ($1.line, $1.message.nl) }
        let shown = sorted.prefix(100)
        var nl = shown.map { "\(file):\($0.line): \($0.message.nl)" }.joined(separator: "\n")
        var en = shown.map { "\(file):\($0.line): \($0.message.en)" }.joined(separator: "\n")
        if sorted.count > shown.count {
            let more = sorted.count - shown.count
            nl += "\n… en nog \(more) \(more == 1 ? "regel" : "regels")"
            en += "\n… and \(more) more \(more == 1 ? "line" : "lines")"
        }
        let hint =
            format == .edexml
            ? Phrase(
                "Verbeter dit in de leerlingadministratie (ParnasSys, Esis), exporteer opnieuw en lees het bestand opnieuw in.",
                "Correct this in the pupil administration (ParnasSys, Esis), export again and import the file again.")
            : Phrase(
                "Verbeter deze regels en lees het bestand opnieuw in.", "Correct these rows and import the file again.")
        return CasusError(
            .invalid,
            Phrase.count(sorted.count, "regel", "regels", "row", "rows")
                + Phrase(
                    " afgekeurd; er is niets ingelezen\n\(nl)", " refused; nothing was imported\n\(en)"), hint: hint)
    }

    /// What applying the plan to a school comes to, worked out from one read of the school
    /// (`resolve`), so that the write transaction holds only the writes: a 5,000-row file
    /// looked up row by row inside the transaction held the write lock for many seconds, and
    /// another process saving at the same time failed with "busy".
    struct Resolution {
        enum Write {
            case insert(Person, children: [PersonID])
            case update(Person, children: [PersonID])
            case link(PersonID, children: [PersonID])
        }

        var report: ImportReport
        var writes: [Write]
        /// The people the resolution was worked out from: the write checks they are still so.
        var snapshot: [Person]
        /// The id the first new person gets unless someone adds a person before the write.
        var firstID: Int64

        /// How many people the writes add.
        var inserts: Int {
            writes.filter {
                if case .insert = $0 { true } else { false }
            }.count
        }

        /// The writes as events, new people numbered from `firstID` on: encoded outside the
        /// write transaction (every name's digests and keys), which then only links and stores.
        /// `keys`: the session's (PersonKey), as every other write of a person takes them.
        func encoded(firstID: Int64, keys: PersonKeys) throws -> [EncodedPayload] {
            var next = firstID
            var events: [EncodedPayload] = []
            events.reserveCapacity(writes.count)
            func links(_ parent: PersonID, _ children: [PersonID]) throws {
                for child in children {
                    events.append(try EncodedPayload(.guardianLinked(parent: parent, pupil: child)))
                }
            }
            for w in writes {
                switch w {
                case let .insert(person, children):
                    var p = person
                    p.id = next
                    next += 1
                    events.append(try EncodedPayload(.personAdded(p, key: keys.key(for: p))))
                    try links(p.id, children)
                case let .update(person, children):
                    events.append(try EncodedPayload(.personChanged(person, key: keys.key(for: person))))
                    try links(person.id, children)
                case let .link(id, children):
                    try links(id, children)
                }
            }
            return events
        }
    }

    /// The kinds of people the plan's matching reads: its own, and pupils for a parent's children.
    var kindsRead: [PersonKind] {
        var kinds = Set(entries.map(\.person.kind))
        if entries.contains(where: { !$0.children.isEmpty }) { kinds.insert(.pupil) }
        // Pupils and every kind of personnel: a line of one read as another is found by its number and
        // name.
        if kinds.contains(where: \.isPersonnel) || kinds.contains(.pupil) {
            kinds.formUnion([.pupil] + PersonKind.allCases.filter(\.isPersonnel))
        }
        return PersonKind.allCases.filter { kinds.contains($0) }
    }

    /// The school's people of the kinds the matching reads, in one query.
    func snapshot(_ r: any StorageReader, schoolID: SchoolID) throws -> [Person] {
        let kinds = kindsRead
        guard !kinds.isEmpty else { return [] }
        let scope = Scope(schoolID: schoolID, pupilDossiers: true, staffDossiers: true)
        return try r.people(PeopleQuery(scope: scope, kinds: kinds), offset: 0, limit: Int.max)
    }

    /// Matches every entry against the school, without writing: every problem (the plan's own,
    /// and a parent's child that is not in the school) refuses the whole file. A re-import
    /// matches on `externalID` and updates, never duplicates; a parent is also found as the
    /// same-named guardian of one of their children (how earlier imports and `people add` made
    /// them), and anyone else as a same-named person of that kind without a number yet.
    func resolve(_ r: any StorageReader, school: School, today: LocalDate, dryRun: Bool) throws -> Resolution {
        let schoolID = school.id
        let people = try snapshot(r, schoolID: schoolID)
        var byNumber: [PersonKind: [String: Person]] = [:]
        var byName: [PersonKind: [String: [Person]]] = [:]
        for p in people {
            if let number = p.externalID.map(Self.numberKey) {
                if byNumber[p.kind]?[number] == nil { byNumber[p.kind, default: [:]][number] = p }
            } else {
                byName[p.kind, default: [:]][p.name.folded, default: []].append(p)
            }
        }
        var problems = self.problems
        var pupils: [String: Person] = [:]
        for entry in entries {
            for child in entry.children where pupils[child.number] == nil {
                if let pupil = byNumber[.pupil]?[Self.numberKey(child.number)] {
                    pupils[child.number] = pupil
                } else {
                    problems.append(
                        ImportProblem(
                            line: child.line,
                            message: Phrase(
                                "geen leerling met leerlingnummer \(child.number.shown)",
                                "no pupil with pupil number \(child.number.shown)")))
                }
            }
        }
        // A name with a NUL, ESC or line break in it is refused at its line, before anything is
        // written (StoredText: what cannot be stored as it is hashed, or would steer a terminal),
        // as is a name longer than any real one (PersonValidation).
        for entry in entries {
            if let problem = StoredText.fault(.personAdded(entry.person, key: .none))
                ?? PersonValidation.nameTooLong(entry.person)
            {
                problems.append(ImportProblem(line: entry.line, message: problem))
            }
        }
        if !problems.isEmpty { throw ImportPlan.refusal(problems, file: file, format: format) }
        // A child's guardians, read once per child.
        var guardians: [PersonID: [Person]] = [:]
        for pupil in pupils.values { guardians[pupil.id] = try r.guardians(ofPupil: pupil.id) }
        func count(_ kind: PersonKind) -> Int { entries.filter { $0.person.kind == kind }.count }
        var report = ImportReport(
            format: format, added: 0, updated: 0, unchanged: 0, skipped: 0, linked: 0,
            pupils: count(.pupil), staff: entries.filter { $0.person.kind.isPersonnel }.count,
            parents: count(.parent), groups: groups, encoding: encoding,
            delimiter: delimiter.map { $0 == "\t" ? "tab" : String($0) }, version: version,
            leftOut: leftOut, notes: notes, dryRun: dryRun)
        var writes: [Resolution.Write] = []
        var adopted: Set<PersonID> = []
        var changed: [Phrase: Int] = [:]
        var renamed: [String] = []
        var odd: [String] = []
        var ambiguous: [ImportProblem] = []
        var taken: [ParentOfChild: Int] = [:]
        // The file's lines without a number the school knows, by kind and name: a name is taken
        // over (below) only where it tells one person from another.
        var unnumbered: [PersonKind: [String: [LocalDate?]]] = [:]
        for entry in entries where entry.person.kind != .parent {
            if byNumber[entry.person.kind]?[Self.numberKey(entry.person.externalID ?? "")] == nil {
                unnumbered[entry.person.kind, default: [:]][entry.person.name.folded, default: []]
                    .append(entry.person.birthDate)
            }
        }
        let parentLines = entries.filter { $0.person.kind == .parent }
        let selfNamed = parentLines.filter { e in
            e.children.contains { c in pupils[c.number].map { Self.sameName(parent: e.person, child: $0) } ?? false }
        }
        let childlike = !selfNamed.isEmpty && selfNamed.count * 2 >= parentLines.count
        for entry in entries {
            var p = entry.person
            p.schoolID = schoolID
            // Names in their composed form (NFC): a file written decomposed (as macOS programs may)
            // stored "Ine\u{300}s", equal to "Inès" to the eye and in Swift, but not in the bytes
            // the server and a search compare (a review).
            p.firstName = p.firstName.precomposedStringWithCanonicalMapping
            p.infix = p.infix.precomposedStringWithCanonicalMapping
            p.lastName = p.lastName.precomposedStringWithCanonicalMapping
            var existing = byNumber[p.kind]?[Self.numberKey(p.externalID ?? "")]
            if let problem = try lineProblem(entry, p, existing: existing, byNumber: byNumber, today: today, r) {
                ambiguous.append(ImportProblem(line: entry.line, message: problem))
                continue
            }
            // For a parent: each child's guardians with the same name.
            var sameNamed: [PersonID: [Person]] = [:]
            let children = entry.children.compactMap { pupils[$0.number] }
            if p.kind == .parent {
                // A parent of the child's own name is the child, read from a pupil file as parents
                // (the pupil became their own guardian, which no command undoes; a review). Where
                // most lines are, that is: a father whose son bears his name is a parent.
                if childlike, let child = children.first(where: { Self.sameName(parent: p, child: $0) }) {
                    ambiguous.append(
                        ImportProblem(
                            line: entry.line,
                            message: Phrase(
                                "ouder ‘\(p.name)’ heeft de naam van de leerling zelf (\(child.externalID ?? String(child.id))); is dit een leerlingbestand? Lees het dan in met --kind pupil",
                                "parent ‘\(p.name)’ has the pupil's own name (\(child.externalID ?? String(child.id))); is this a pupil file? Then import it with --kind pupil"
                            )))
                    continue
                }
                for child in children {
                    sameNamed[child.id] = Self.guardians(
                        of: child, named: p, among: guardians[child.id] ?? [], line: entry.line, taken: &taken,
                        problems: &ambiguous)
                }
                if existing == nil { existing = sameNamed.values.joined().min { $0.id < $1.id } }
            } else if existing == nil {
                // Added by hand before the first import (`people add`, the director by `casus init`):
                // the same name, no number yet, no other birth date. Taken over, not duplicated.
                // Only where the name tells who is who: one such person and one such line, or one of
                // each with the same date of birth. Of two pupils named Sem Dubbel in the file, the
                // first line took the dossier of the one added by hand, whose group and date of
                // birth were the second's (a review).
                let key = p.name.folded
                let named = (byName[p.kind]?[key] ?? []).filter { !adopted.contains($0.id) }
                let lines = unnumbered[p.kind]?[key] ?? []
                // A person whose date of birth is one line's alone is that line's.
                func claimed(_ c: Person) -> Bool {
                    c.birthDate != nil && lines.filter { $0 == c.birthDate }.count == 1
                }
                let mine = named.filter { claimed($0) && $0.birthDate == p.birthDate }
                let open = named.filter {
                    !claimed($0) && ($0.birthDate == nil || p.birthDate == nil || $0.birthDate == p.birthDate)
                }
                let openLines = lines.filter { line in !named.contains { claimed($0) && $0.birthDate == line } }
                if mine.count == 1 {
                    existing = mine[0]
                } else if !open.isEmpty {
                    if open.count == 1, openLines.count == 1 {
                        existing = open[0]
                    } else {
                        let ids = open.map { String($0.id) }.joined(separator: ", ")
                        ambiguous.append(
                            ImportProblem(
                                line: entry.line,
                                message: Phrase(
                                    "‘\(p.name)’ staat \(lines.count)× in het bestand en is in de school \(ids) zonder nummer: casus kan niet zeggen wie wie is; geef \(ids) een geboortedatum (casus people edit ID --born JJJJ-MM-DD) en lees opnieuw in",
                                    "‘\(p.name)’ is \(lines.count)× in the file and is \(ids) in the school without a number: casus cannot tell who is who; give \(ids) a date of birth (casus people edit ID --born YYYY-MM-DD) and import again"
                                )))
                        continue
                    }
                }
                if let found = existing { adopted.insert(found.id) }
            }
            // Linked already, or the child has a same-named guardian from before (two people
            // where an earlier import made one per child): leave it, never add a second.
            let links = children.filter { (sameNamed[$0.id] ?? []).isEmpty }.map(\.id)
            report.linked += links.count
            // A date of birth after today, before 1900, or one that makes the person younger or older
            // than their kind can be (`people add` refused them; the import took a pupil born in
            // 2999): the file's own, where it is new to casus, counted to the day they left (the
            // file's or casus's). One casus holds already is not the file's fault (a former pupil's
            // was refused, and the whole file with it, a review); nor one of a former pupil casus
            // never knew, who is not added.
            if let born = entry.person.birthDate, born != existing?.birthDate, existing != nil || !entry.onlyUpdate,
                let fault = PersonValidation.birthDateFault(
                    born, of: p.kind, sector: school.sector, today: today, leftOn: p.leftOn ?? existing?.leftOn)
            {
                ambiguous.append(ImportProblem(line: entry.line, message: fault))
                continue
            }
            if let existing {
                p.id = existing.id
                // What the file leaves empty is kept, not erased; the tussenvoegsel and the group
                // where the file has no column for them (`hasInfix`, `hasGroup`).
                if p.leftOn == nil { p.leftOn = existing.leftOn }
                if p.birthDate == nil { p.birthDate = existing.birthDate }
                if p.function == nil { p.function = existing.function }
                if !hasInfix { p.infix = existing.infix }
                if !hasGroup || (entry.onlyUpdate && p.group == nil) { p.group = existing.group }
                // An address or salutation entered by hand stays when the file has none.
                if p.salutation == .onbekend { p.salutation = existing.salutation }
                if p.address.isEmpty { p.address = existing.address }
                if p.kind == .parent, let ext = existing.externalID { p.externalID = ext }
                if p == existing {
                    report.unchanged += 1
                    if !links.isEmpty { writes.append(.link(p.id, children: links)) }
                } else {
                    report.updated += 1
                    for field in ChangedField.changes(from: existing, to: p) { changed[field, default: 0] += 1 }
                    // A name changed is shown as it was and as it becomes: "achternaam 1×" hid a
                    // pupil renamed by a file read in the wrong encoding (a review).
                    if existing.name != p.name { renamed.append("\(existing.name) → \(p.name)") }
                    writes.append(.update(p, children: links))
                }
                if existing.name != p.name, TextBytes.looksMisread(p.name) { odd.append(p.name) }
            } else if entry.onlyUpdate {
                report.skipped += 1
                report.linked -= links.count
            } else {
                report.added += 1
                if TextBytes.looksMisread(p.name) { odd.append(p.name) }
                writes.append(.insert(p, children: links))
            }
        }
        if !renamed.isEmpty {
            let shown = renamed.joined(separator: "; ")
            report.notes.append(
                Phrase(
                    "\(renamed.count) \(renamed.count == 1 ? "naam wordt" : "namen worden") anders: \(shown)",
                    "\(renamed.count) \(renamed.count == 1 ? "name changes" : "names change"): \(shown)"))
        }
        if !odd.isEmpty {
            let shown = odd.joined(separator: ", ")
            report.notes.append(
                Phrase(
                    "\(shown): een teken dat ontstaat als een bestand in Windows-1252 als UTF-8 wordt gelezen (het bestand is gelezen als \(report.encoding)). Klopt de naam niet, sla het bestand dan op als UTF-8 (in Excel: ‘CSV UTF-8’) en lees het opnieuw in; klopt hij wel, dan is er niets aan de hand",
                    "\(shown): a character that comes of a Windows-1252 file read as UTF-8 (the file was read as \(report.encoding)). If the name is wrong, save the file as UTF-8 (in Excel: ‘CSV UTF-8’) and import it again; if it is right, all is well"
                ))
        }
        if !ambiguous.isEmpty { throw ImportPlan.refusal(ambiguous, file: file, format: format) }
        report.changedFields = changed.map { ChangedField(label: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.label.nl) < ($0.count, $1.label.nl) }
        if let missing = Self.missing(from: entries, among: people) { report.notes.append(missing) }
        return Resolution(
            report: report, writes: writes, snapshot: people,
            firstID: try r.lastNumber(SequenceName.id(.person)) + 1)
    }

    /// Why a line of the file cannot be the person it matched (`existing`, by number) or be added:
    /// someone of another kind by number and name (a staff file read as pupils or volunteers, a
    /// pupil file as staff, whatever its columns said), someone else by number (neither name the
    /// line's: a volunteers' list numbered from 1 read as staff renamed each teacher), a pupil
    /// named as their own guardian (a parents' file read as pupils), a leaving day no person could
    /// have (before the birth, before 1900, more than a year ahead: a groep-3 pupil read as gone in
    /// 2015 was offered to the purge). Each was taken (reviews). Nil when the line may be it.
    func lineProblem(
        _ entry: Entry, _ p: Person, existing: Person?, byNumber: [PersonKind: [String: Person]], today: LocalDate,
        _ r: any StorageReader
    ) throws -> Phrase? {
        if let existing, p.kind != .parent, existing.firstName.folded != p.firstName.folded,
            existing.lastName.folded != p.lastName.folded
        {
            return Phrase(
                "nummer \((p.externalID ?? "").shown) is van \(existing.name) (\(existing.kind.label.nl), \(existing.id)), niet van \(p.name): een ander met hetzelfde nummer?",
                "number \((p.externalID ?? "").shown) is \(existing.name)'s (\(existing.kind.label.en), \(existing.id)), not \(p.name)'s: someone else with the same number?"
            )
        }
        if let existing, existing.kind == .pupil, existing.name.folded != p.name.folded,
            let parent = try r.guardians(ofPupil: existing.id).first(where: { $0.name.folded == p.name.folded })
        {
            return Phrase(
                "leerling \(existing.name) (\(existing.externalID ?? String(existing.id))) zou heten als haar ouder \(parent.name); is dit een oudersbestand? Lees het dan in met --kind parent",
                "pupil \(existing.name) (\(existing.externalID ?? String(existing.id))) would be named as their parent \(parent.name); is this a parents' file? Then import it with --kind parent"
            )
        }
        if let left = entry.person.leftOn, left != existing?.leftOn {
            let born = entry.person.birthDate ?? existing?.birthDate
            if left.year < 1900 || left > today.adding(days: DateRange.daysAhead) || born.map({ left < $0 }) == true {
                return Phrase(
                    "vertrekdatum \(left.dutch) kan niet" + (born.map { " (geboren \($0.dutch))" } ?? "")
                        + ": niet vóór de geboorte, niet vóór 1900 en niet meer dan een jaar vooruit",
                    "leaving day \(left.iso) cannot be" + (born.map { " (born \($0.iso))" } ?? "")
                        + ": not before the birth, not before 1900 and not more than a year ahead")
            }
        }
        if p.kind != .parent, let number = p.externalID {
            // Another kind of personnel always (a number is one person's there); pupils and
            // personnel where the number is nobody's of the line's own kind.
            let others = PersonKind.allCases.filter { k in
                k != p.kind && k != .parent && (existing == nil || (k.isPersonnel && p.kind.isPersonnel))
            }
            if let other = others.lazy.compactMap({ byNumber[$0]?[Self.numberKey(number)] })
                .first(where: { $0.name.folded == p.name.folded })
            {
                // An EDEX file has no --kind to choose (its hint named one, a review).
                let advice =
                    format == .edexml
                    ? Phrase("", "")
                    : Phrase(
                        "; lees het bestand in met --kind \(other.kind.rawValue)",
                        "; import the file with --kind \(other.kind.rawValue)")
                return Phrase(
                    "nummer \(number.shown) is al van \(other.name) (\(other.kind.label.nl), \(other.id))",
                    "number \(number.shown) already is \(other.name)'s (\(other.kind.label.en), \(other.id))") + advice
            }
        }
        return nil
    }

    /// A number as it is matched: digits without their leading zeros ("00123" as Excel saves it
    /// is 123, and a second import made every pupil twice, a review), anything else as written.
    static func numberKey(_ number: String) -> String {
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return number }
        let trimmed = number.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    /// Whether a parent's line names the child itself: the same words of the name, the tussenvoegsel
    /// and the placeholder first name aside, or the child's first name as the parent's first word
    /// and the same last name ("Sem Pieter Bakker" for Sem Bakker, a name in one column; a review
    /// got round the exact comparison each way).
    static func sameName(parent p: Person, child: Person) -> Bool {
        func words(_ s: String) -> [String] { s.folded.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let infix = Set(words(p.infix) + words(child.infix))
        let first = p.firstName == "(ouder)" ? [] : words(p.firstName)
        let parentWords = (first + words(p.lastName)).filter { !infix.contains($0) }
        let childWords = (words(child.firstName) + words(child.lastName)).filter { !infix.contains($0) }
        if Set(parentWords) == Set(childWords) { return true }
        return first.first != nil && first.first == words(child.firstName).first
            && words(p.lastName).filter { !infix.contains($0) } == words(child.lastName).filter { !infix.contains($0) }
    }

    /// A parent of a child, as a line of the file was matched to it.
    struct ParentOfChild: Hashable {
        var parent: PersonID
        var child: PersonID
    }

    /// The guardians of `child` that the file's parent `p` (at `line`) is: the one of that name;
    /// else, where the file added or left out a tussenvoegsel, the one of that first and last
    /// name ("de" for "van" is another name), not a second one beside it (a review). Where two
    /// guardians fit, or a parent another line of the file already took (one took the other's
    /// record and address, a review of that), none, and the line is a problem. The same parent on
    /// the lines of two children is one parent.
    static func guardians(
        of child: Person, named p: Person, among theirs: [Person], line: Int, taken: inout [ParentOfChild: Int],
        problems: inout [ImportProblem]
    ) -> [Person] {
        let number = child.externalID ?? String(child.id)
        let exact = theirs.filter { $0.name.folded == p.name.folded }
        let loose = theirs.filter {
            $0.firstName.folded == p.firstName.folded && $0.lastName.folded == p.lastName.folded
                && ($0.infix.isEmpty || p.infix.isEmpty)
        }
        if exact.isEmpty, loose.count > 1 {
            problems.append(
                ImportProblem(
                    line: line,
                    message: Phrase(
                        "twee ouders van leerling \(number) heten \(p.firstName) \(p.lastName) (\(loose.map(\.name).joined(separator: ", "))): geef het tussenvoegsel, zodat casus weet wie",
                        "two parents of pupil \(number) are called \(p.firstName) \(p.lastName) (\(loose.map(\.name).joined(separator: ", "))): give the tussenvoegsel, so casus knows which"
                    )))
        }
        let matched = exact.isEmpty ? (loose.count == 1 ? loose : []) : exact
        for parent in matched {
            let key = ParentOfChild(parent: parent.id, child: child.id)
            if let earlier = taken[key], earlier != line {
                problems.append(
                    ImportProblem(
                        line: line,
                        message: Phrase(
                            "deze regel en regel \(earlier) passen allebei bij ouder \(parent.name) van leerling \(number), en casus weet niet wie van beiden dat is: lees eerst de regel van die ouder alleen in, dan het bestand",
                            "this line and line \(earlier) both fit parent \(parent.name) of pupil \(number), and casus cannot tell which of the two that is: import that parent's line alone first, then the file"
                        )))
            }
            taken[key] = taken[key] ?? line
        }
        return matched
    }

    /// Pupils casus holds with a pupil number that the file, itself a list of pupils, leaves out
    /// and that have not left: said, so their leaving day can be recorded and their dossiers'
    /// retention start. A re-import without a pupil said "0 nieuw, 1 bijgewerkt" only (a review).
    static func missing(from entries: [Entry], among people: [Person]) -> Phrase? {
        // Numbers as they are matched (`numberKey`): "012345" and "12345" are one pupil, who was said
        // to be missing from the file, to be recorded as left (a review).
        let numbers = Set(
            entries.filter { $0.person.kind == .pupil }.compactMap { $0.person.externalID.map(numberKey) })
        guard !numbers.isEmpty else { return nil }
        let gone = people.filter {
            $0.kind == .pupil && $0.leftOn == nil && $0.externalID.map { numbers.contains(numberKey($0)) } == false
        }
        .sorted { $0.sortName < $1.sortName }
        guard !gone.isEmpty else { return nil }
        let named =
            gone.prefix(8).map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + (gone.count > 8 ? ", …" : "")
        return Phrase(
            "\(gone.count == 1 ? "1 leerling staat" : "\(gone.count) leerlingen staan") in casus maar niet in dit bestand: \(named). Verliet een leerling de school, leg dat dan vast met `casus people leave ID --on DATUM`: dan begint de bewaartermijn van het dossier.",
            "\(gone.count == 1 ? "1 pupil is" : "\(gone.count) pupils are") in casus but not in this file: \(named). If a pupil left the school, record it with `casus people leave ID --on DATE`: the dossier's retention period starts then."
        )
    }

    /// Writes a resolution inside the caller's transaction: only links and stores the events
    /// `encoded` (made by `resolution.encoded(firstID: resolution.firstID, keys:)` before the
    /// transaction opened). If someone added a person in between, the new people's ids are
    /// not the ones encoded: they are encoded again here, with the ids drawn.
    func write(_ resolution: Resolution, encoded: [EncodedPayload], _ tx: Transaction) throws {
        let inserts = resolution.inserts
        let first = inserts == 0 ? resolution.firstID : try tx.drawIDs(.person, count: inserts)
        try tx.emit(
            first == resolution.firstID
                ? encoded : try resolution.encoded(firstID: first, keys: tx.session.personKeys))
    }
}

extension String {
    /// A value from an import file as a message quotes it: control characters made visible,
    /// long values cut, so a hostile file cannot steer the terminal through an error.
    var shown: String {
        let clean = String(
            String.UnicodeScalarView(
                unicodeScalars.map {
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                        ? "\u{FFFD}" : $0
                }))
        return clean.count > 60 ? String(clean.prefix(60)) + "…" : clean
    }
}
