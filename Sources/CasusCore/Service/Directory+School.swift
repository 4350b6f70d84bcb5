/// What `casus init` and `casus school set` change in the school record; nil leaves a field.
public struct SchoolRecordChange: Sendable, Hashable {
    public var sector: Sector?
    public var denomination: Denomination?
    public var boardName: String?
    public var boardAddress: String?
    public var address: String?
    public var town: String?
    public var region: Region?

    public init(
        sector: Sector? = nil, denomination: Denomination? = nil, boardName: String? = nil,
        boardAddress: String? = nil, address: String? = nil, town: String? = nil, region: Region? = nil
    ) {
        self.sector = sector
        self.denomination = denomination
        self.boardName = boardName
        self.boardAddress = boardAddress
        self.address = address
        self.town = town
        self.region = region
    }

    public var isEmpty: Bool { self == SchoolRecordChange() }

    /// Applies it; refused (nothing changed) when a school without a record gets only one of
    /// sector and denomination: casus would then still assume the other.
    public func applied(to school: School) throws -> School {
        if !school.isLegalRecordSet, (sector == nil) != (denomination == nil) {
            throw CasusError.invalid(
                "geef sector én richting samen de eerste keer (--sector po|vo|so --denomination openbaar|bijzonder)",
                "give the sector and the denomination together the first time (--sector po|vo|so --denomination openbaar|bijzonder)",
                hint: Phrase("Er is niets veranderd.", "Nothing was changed."))
        }
        try ShortText.check(boardName, Phrase("de naam van het bestuur", "the board's name"))
        try ShortText.check(town, Phrase("de plaats", "the town"))
        try ShortText.check(address, Phrase("het adres", "the address"), limit: 3 * ShortText.line)
        try ShortText.check(
            boardAddress, Phrase("het adres van het bestuur", "the board's address"), limit: 3 * ShortText.line)
        var s = school
        if let sector { s.sector = sector }
        if let denomination { s.denomination = denomination }
        if sector != nil, denomination != nil { s.isLegalRecordSet = true }
        if let boardName { s.boardName = boardName.trimmed }
        if let boardAddress { s.boardAddress = School.addressLines(boardAddress).joined(separator: "\n") }
        if let address { s.address = School.addressLines(address).joined(separator: "\n") }
        if let town { s.town = town.trimmed }
        if let region { s.region = region }
        return s
    }
}

/// A school's calendar as `calendar show` and the school screen show it.
public struct CalendarView: Sendable {
    public var school: School
    /// The school's own closures and the national ones that apply, in date order.
    public var calendar: SchoolCalendar
    /// School years for which the school imported holidays of its own (`replacedNote`).
    public var replacedYears: [Int]
    /// What the school's own rooster replaces, said under a year it holds holidays for.
    public static let replacedNote = Phrase(
        "Het rooster van de school vervangt de landelijke adviesdata van de vakanties die het noemt, en de feestdagen binnen zijn periode die het niet noemt; de andere landelijke data tellen door.",
        "The school's own calendar replaces the national advice for the holidays it names, and the public holidays within its period that it does not name; the other national dates still count."
    )
    /// What the national defaults could not include (unverified dates).
    public var missing: [Phrase]
}

/// What `calendar remove` did: the days off taken away, and every day whose closing that changed
/// (a national holiday back, a public holiday open), to hold against the decided suspensions.
public struct CalendarRemoval: Sendable {
    public var removed: [Closure]
    public var changedDays: [ClosedRange<LocalDate>]
}

/// What `calendar import` did.
public struct CalendarImport: Sendable {
    public var imported: [Closure]
    /// The closures imported before that this file replaced.
    public var removed: [Closure] = []
    /// The file's events whose name does not say the school is closed, left out (`ClosureName`).
    public var skipped: [ICalendar.Event] = []
    public var schoolYears: [Int]
    /// The public holidays on a weekday that the school's calendar now leaves as school days: the
    /// rooster replaces casus's defaults within its period, so one without them counts them.
    public var openPublicHolidays: [Closure] = []
    /// The national holidays of the file's school years that it neither names nor overlaps:
    /// casus goes on counting the national advice for them.
    public var nationalKept: [Closure] = []
    /// The national holidays this file's holidays now replace.
    public var nationalReplaced: [Closure] = []
    /// The days whose closing the import changed, as runs: a decided suspension over them is said.
    public var changedDays: [ClosedRange<LocalDate>] = []
    public var replaced: Int { removed.count }
}

extension Directory {
    /// The school a command is about: the actor's; the board names one when it has several.
    public func school(_ id: SchoolID? = nil) throws -> School {
        try session.read { try targetSchool($0, id) }
    }

    /// A school of the board (`casus school add`), with its director's account and person: the board
    /// of several schools sets up each of its schools so. Only the board; nothing changes on a refusal.
    @discardableResult
    public func addSchool(
        name: String, town: String = "", protocolID: String, director account: String,
        directorName: (first: String, infix: String, last: String), record: SchoolRecordChange = SchoolRecordChange()
    ) throws -> Saved<School> {
        try session.require(.manageSchool)
        guard actor.role == .board else {
            throw CasusError.refused(
                "alleen het bestuur voegt een school toe; er is niets opgeslagen",
                "only the board adds a school; nothing was saved",
                hint: Phrase(
                    "Een directeur van een andere school begint met `casus init` in een eigen database, of vraagt het bestuur.",
                    "A director of another school starts with `casus init` in a database of their own, or asks the board."
                ))
        }
        let text = name.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw CasusError.invalid("geef de naam van de school", "give the school's name")
        }
        _ = try session.profiles.require(protocolID)
        try Self.checkAccount(account)
        return try session.write { tx in
            if try tx.r.user(account: account) != nil {
                throw CasusError.refused(
                    "account '\(account)' bestaat al; er is niets opgeslagen",
                    "account '\(account)' already exists; nothing was saved",
                    hint: Phrase(
                        "Elke school heeft een eigen directeursaccount: geef een account dat casus nog niet kent.",
                        "Every school has a director's account of its own: give an account casus does not know yet."))
            }
            // A school the board adds is the board's: its name and address (the bevoegd gezag the
            // letters sign for and send objections to) unless given. Left unset, the new school's
            // decisions told parents to object to "het bevoegd gezag van Het Lyceum" (a review).
            var record = record
            // The address goes with the name: under another board's name given by hand it put the
            // foundation's postbox (a review).
            let given = record.boardName?.trimmingCharacters(in: .whitespaces)
            // The board's own record: its first school's (a list by name put another's first, a review).
            if let board = try tx.r.schools().filter({ !$0.boardName.isEmpty }).min(by: { $0.id < $1.id }),
                given == nil || given?.folded == board.boardName.folded
            {
                // An address given alone would stand under the board's name: said, not combined
                // (a bijzondere school's postbox under the foundation's name, a review).
                if given == nil, record.boardAddress != nil {
                    throw CasusError.invalid(
                        "--board-address zonder --board-name: geef ook de naam van het bevoegd gezag van deze school; er is niets opgeslagen",
                        "--board-address without --board-name: give the name of this school's competent authority too; nothing was saved"
                    )
                }
                record.boardName = board.boardName
                if record.boardAddress == nil, !board.boardAddress.isEmpty { record.boardAddress = board.boardAddress }
            }
            let school = try record.applied(
                to: School(name: text, protocolID: protocolID, town: town.trimmingCharacters(in: .whitespaces)))
            return try Directory.createSchool(school, account: account, director: directorName, in: tx)
        }
    }

    /// Sets the school record (director or board). Nothing changes on a refusal.
    @discardableResult
    public func setSchool(_ change: SchoolRecordChange, school id: SchoolID? = nil) throws -> Saved<School> {
        try session.require(.manageSchool)
        guard !change.isEmpty else {
            throw CasusError(
                .usage,
                Phrase(
                    "niets te wijzigen: geef bijvoorbeeld --sector, --denomination, --board-name of --region",
                    "nothing to change: give for example --sector, --denomination, --board-name or --region"))
        }
        return try session.write { tx in
            let old = try targetSchool(tx.r, id)
            let new = try change.applied(to: old)
            try tx.update(school: new)
            try tx.audit(
                "school.set",
                detail: "\(new.name): \(new.sector.rawValue)/\(new.denomination.rawValue)"
                    + (new.region.map { " \($0.rawValue)" } ?? ""))
            return new
        }
    }

    /// Another sector or denomination is another law for every open case: cases with steps taken
    /// go on under the new record, their decisions, terms and letters taken under the old one.
    /// `school set --sector vo` over a primary school's open suspension made its case say "WVO 2020"
    /// beside obligations citing the WPO, without a word (a review). Said, not refused: a record set
    /// wrong at the start is corrected so. The cases (numbers) and what to do; nil when the change
    /// changes no law or no open case has a step.
    public func lawChangeNotice(_ change: SchoolRecordChange, school id: SchoolID? = nil) throws -> Phrase? {
        try session.read { r in
            let old = try targetSchool(r, id)
            let new = try change.applied(to: old)
            guard old.isLegalRecordSet, old.sector != new.sector || old.denomination != new.denomination else {
                return nil
            }
            let open = try r.cases(
                CaseQuery(scope: Scope(schoolID: old.id, pupilDossiers: true, staffDossiers: true), status: .open),
                offset: 0, limit: Int.max
            ).filter { $0.rung != nil }
            guard !open.isEmpty else { return nil }
            let numbers = open.prefix(5).map(\.number).joined(separator: ", ") + (open.count > 5 ? ", …" : "")
            return Phrase(
                "Let op: \(open.count) open zaak/zaken met genomen stappen (\(numbers)) volgen nu \(new.legalLabel.nl); hun besluiten, termijnen en brieven van eerder noemen \(old.legalLabel.nl). Leg in elke zaak vast wat dat betekent (`casus note`), en vraag zo nodig juridisch advies.",
                "Note: \(open.count) open case(s) with steps taken (\(numbers)) now follow \(new.legalLabel.en); their earlier decisions, terms and letters cite \(old.legalLabel.en). Record in each case what that means (`casus note`), and seek legal advice where needed."
            )
        }
    }

    /// The school's calendar: its closures and the national advisory dates that apply.
    public func calendar(school id: SchoolID? = nil) throws -> CalendarView {
        try session.read { r in
            let school = try targetSchool(r, id)
            let stored = try r.closures(school: school.id)
            let own = SchoolCalendar.ownYears(stored)
            return CalendarView(
                school: school, calendar: SchoolCalendar.effective(stored: stored, region: school.region),
                replacedYears: NationalCalendar.schoolYears.filter(own.contains), missing: NationalCalendar.missing)
        }
    }

    /// Imports the school's vakantierooster (iCalendar): its days off replace what was imported
    /// before of the same sorts over the dates they span, and its holidays the national advice
    /// holiday by holiday (`SchoolCalendar.replaces`). An event whose name does not say the whole
    /// school is closed for whole days (an ouderavond, a sportdag, a study afternoon, a group's day
    /// off, a recurring or cancelled event) is left out and listed, unless `everyEvent` takes
    /// every event of whole days. A broken file, or one with no closure in it, changes nothing.
    @discardableResult
    public func importCalendar(
        _ text: String, file: String, everyEvent: Bool = false, school id: SchoolID? = nil
    ) throws -> Saved<CalendarImport> {
        try session.require(.manageSchool)
        let events = try ICalendar.parse(text, file: file)
        func kind(_ e: ICalendar.Event) -> ClosureKind? {
            guard e.wholeDays, !e.cancelled, !e.tooLong else { return nil }
            return e.kind ?? (everyEvent ? .holiday : nil)
        }
        // A recurring event is read as no day off: casus does not count out its repeats, and a
        // kleuters' weekly Friday refused the whole file (a review); it is listed with the others.
        let kept = events.filter { kind($0) != nil && $0.recurrence == nil }
        let skipped = events.filter { kind($0) == nil || $0.recurrence != nil }
        guard !kept.isEmpty else {
            let some = skipped.prefix(5).map {
                "\($0.summary) (\($0.first.dutch)\($0.recurrence == nil ? "" : ", herhalend"))"
            }.joined(separator: ", ")
            throw CasusError.invalid(
                "geen van de \(events.count) gebeurtenissen in \(file) is volgens de naam een vakantie of vrije dag: \(some)\(skipped.count > 5 ? ", …" : ""); er is niets ingelezen",
                "none of the \(events.count) events in \(file) is a holiday or day off by its name: \(some)\(skipped.count > 5 ? ", …" : ""); nothing was imported",
                hint: skipped.contains(where: { $0.recurrence != nil && kind($0) != nil })
                    // A recurring day off is refused for what it is: --every-event took no repeats
                    // either, and the advice to use it did not help (a review).
                    ? Phrase(
                        "Herhalende gebeurtenissen (RRULE) leest casus niet in, ook niet met --every-event: voeg die dagen toe met `casus calendar add`.",
                        "Recurring events (RRULE) are not imported, not with --every-event either: add those days with `casus calendar add`."
                    )
                    : Phrase(
                        "Heten de vakanties in dit bestand anders, lees het dan in met --every-event (elke gebeurtenis van hele dagen is dan een vrije dag), of voeg ze toe met `casus calendar add`.",
                        "If the holidays in this file have other names, import it with --every-event (every event of whole days is then a day off), or add them with `casus calendar add`."
                    ))
        }
        return try session.write { tx in
            let school = try targetSchool(tx.r, id)
            let years = Array(Set(kept.map(\.first.schoolYear))).sorted()
            // The file replaces the imported days of the sorts it holds (holidays of some days,
            // loose days off, study days), over the dates of what it imports or cancels. By school
            // year, the next calendar year's file took the Christmas holiday before it; by every
            // kind, a study days' file the holidays and two loose days three holidays; by every
            // event, a skipped trip a year on the next autumn holiday; a day cancelled in the
            // updated file stayed (reviews).
            let cancelled = events.filter { $0.cancelled && $0.kind != nil }
            func sort(_ kind: ClosureKind, _ first: LocalDate, _ last: LocalDate) -> String {
                kind == .holiday
                    ? (Closure(first: first, last: last, reason: "").isAHoliday ? "holiday" : "day") : kind.rawValue
            }
            let sorts = Set(
                kept.map { sort(kind($0)!, $0.first, $0.last) } + cancelled.map { sort($0.kind!, $0.first, $0.last) })
            let spanned = kept + cancelled
            let span = Closure(
                first: spanned.map(\.first).min()!, last: spanned.map(\.last).max()!, reason: file)
            let before = try tx.r.closures(school: school.id)
            let removed = before.filter {
                $0.source == .imported && sorts.contains(sort($0.kind, $0.first, $0.last)) && $0.overlaps(span)
            }
            try tx.deleteClosures(removed, school: school.id)
            let saved = try kept.map {
                try tx.insert(
                    closure: Closure(
                        schoolID: school.id, first: $0.first, last: $0.last, reason: $0.summary, kind: kind($0)!,
                        source: .imported))
            }
            try tx.audit(
                "calendar.import",
                detail:
                    // Not the file's name, typed by the user (a line holds casus's words only, and a
                    // server takes no other: AuditRecord.writtenShapes).
                    "school \(school.id): \(saved.count) dagen of perioden; schooljaren \(years.map(String.init).joined(separator: ","))"
                    + (skipped.isEmpty ? "" : "; \(skipped.count) overgeslagen")
            )
            let stored = try tx.r.closures(school: school.id)
            let now = SchoolCalendar.effective(stored: stored, region: school.region)
            // Every day whose closing the import changed, national and public holidays too: a
            // suspension over Tweede Paasdag the rooster left open was not said (a second review).
            let was = SchoolCalendar.effective(stored: before, region: school.region)
            let from = ([LocalDate(year: years.first!, month: 8, day: 1)] + removed.map(\.first)).min()!
            let through = ([LocalDate(year: years.last! + 1, month: 7, day: 31)] + removed.map(\.last)).max()!
            let changed = SchoolCalendar.changes(from: was, to: now, over: from...through)
            // The public holidays the rooster's span leaves school days; the national holidays of
            // its years it does not name, which casus goes on counting.
            let open = years.flatMap(PublicHolidays.closures(schoolYear:)).filter { now.isSchoolDay($0.first) }
            let own = SchoolCalendar.ownHolidays(stored)
            let ownBefore = SchoolCalendar.ownHolidays(before)
            let advised = NationalCalendar.closures(region: school.region).filter {
                years.contains($0.first.schoolYear)
            }
            let national = advised.filter { sorts.contains("holiday") && !SchoolCalendar.replaces(own, $0) }
            // And those it replaces, named (they went without a word, a second review).
            let replacedNational = advised.filter {
                SchoolCalendar.replaces(own, $0) && !SchoolCalendar.replaces(ownBefore, $0)
            }
            return CalendarImport(
                imported: saved, removed: removed, skipped: skipped, schoolYears: years, openPublicHolidays: open,
                nationalKept: national, nationalReplaced: replacedNational, changedDays: changed)
        }
    }

    /// A pupil's suspension decided for days a closure now falls on (`suspensions(during:)`).
    public struct SuspensionInPeriod: Sendable, Hashable {
        public var caseNumber: String
        public var pupil: String
        public var from: LocalDate
        public var through: LocalDate
    }

    /// The pupils' suspensions decided for days from `first` through `last` at the school: a study
    /// day added inside one left "schorsing 2 schooldagen (07-12 t/m 08-12)" over one school day,
    /// the decision, its letter and the pupil's days no longer agreeing, with no word (a review).
    /// casus does not change a decision taken; the director is told which, to tell the parents.
    /// Read from the cases that reached a suspension or a removal (a suspension starts within a
    /// year of its decision, `LadderEngine.farAhead`).
    public func suspensions(during first: LocalDate, through last: LocalDate, school id: SchoolID? = nil) throws
        -> [SuspensionInPeriod]
    {
        try session.require(.manageSchool)
        return try session.read { r in
            let school = try targetSchool(r, id)
            let since = first.adding(days: -(DateRange.daysAhead + 7))
            var out: [SuspensionInPeriod] = []
            for rung in [Rung.suspension, .removal] {
                let rows = try r.cases(
                    CaseQuery(
                        scope: Scope(schoolID: school.id, pupilDossiers: true, staffDossiers: false),
                        subjectKind: .pupil,
                        rung: rung), offset: 0, limit: 10_000)
                for row in rows where row.openedAt.localDate() >= since {
                    for step in try r.steps(case: row.id)
                    where step.rung == .suspension && step.phase == .decision {
                        guard let from = step.startDate, let through = step.endDate, from <= last, through >= first
                        else { continue }
                        out.append(
                            SuspensionInPeriod(
                                caseNumber: row.number, pupil: row.subjectName, from: from, through: through))
                    }
                }
            }
            return out.sorted { ($0.from, $0.caseNumber) < ($1.from, $1.caseNumber) }
        }
    }

    /// A closure added by hand (a study day, a holiday the national advice lacks).
    @discardableResult
    public func addClosure(
        from first: LocalDate, through last: LocalDate, reason: String, kind: ClosureKind, school id: SchoolID? = nil
    ) throws -> Saved<Closure> {
        try session.require(.manageSchool)
        let why = reason.trimmed
        guard !why.isEmpty else {
            throw CasusError.invalid(
                "geef een reden (--reason), bijvoorbeeld \"Studiedag\"",
                "give a reason (--reason), for example \"Studiedag\"")
        }
        guard why.count <= ICalendar.longestName else {
            throw CasusError.invalid(
                "de reden is \(why.count) tekens; ten hoogste \(ICalendar.longestName) (--reason)",
                "the reason is \(why.count) characters; at most \(ICalendar.longestName) (--reason)",
                hint: Phrase(
                    "Geef de vrije dag een korte naam, zoals \"Studiedag\". Er is niets veranderd.",
                    "Give the day off a short name, such as \"Studiedag\". Nothing was changed."))
        }
        guard first <= last else {
            throw CasusError.invalid(
                "de eerste dag (\(first.dutch)) ligt na de laatste (\(last.dutch))",
                "the first day (\(first.dutch)) is after the last (\(last.dutch))",
                hint: Phrase(
                    "Schrijf EERSTE..LAATSTE. Er is niets veranderd.", "Write FIRST..LAST. Nothing was changed."))
        }
        guard first.days(until: last) < ICalendar.maxDays else {
            throw CasusError.invalid(
                "\(first.days(until: last) + 1) dagen is geen vakantie of studiedag (ten hoogste \(ICalendar.maxDays))",
                "\(first.days(until: last) + 1) days is not a holiday or study day (at most \(ICalendar.maxDays))")
        }
        return try session.write { tx in
            let school = try targetSchool(tx.r, id)
            // A closure already on the calendar is not added again: the same study day added twice
            // stood there twice (a review).
            if let covering = try tx.r.closures(school: school.id).first(where: { $0.first <= first && last <= $0.last }
            ) {
                throw CasusError.refused(
                    "\(first.dutch) t/m \(last.dutch) valt al binnen ‘\(covering.reason)’ (\(covering.first.dutch) t/m \(covering.last.dutch)); er is niets veranderd",
                    "\(first.dutch) to \(last.dutch) already falls within ‘\(covering.reason)’ (\(covering.first.dutch) to \(covering.last.dutch)); nothing was changed",
                    hint: Phrase(
                        "`casus calendar show` toont de kalender.", "`casus calendar show` shows the calendar."))
            }
            let saved = try tx.insert(
                closure: Closure(
                    schoolID: school.id, first: first, last: last, reason: why, kind: kind, source: .manual))
            try tx.audit("calendar.add", detail: "\(school.name): \(first.iso)..\(last.iso) \(why)")
            return saved
        }
    }

    /// Takes the school's own days off (imported or added by hand) that fall on any day from
    /// `first` through `last` off its calendar: a study day added on the wrong date, or cancelled,
    /// stood for good (a review). The national advice and the public holidays are not the school's
    /// to take away here: its own rooster replaces them. Nothing changes on a refusal.
    @discardableResult
    public func removeClosures(from first: LocalDate, through last: LocalDate, school id: SchoolID? = nil) throws
        -> Saved<CalendarRemoval>
    {
        try session.require(.manageSchool)
        guard first <= last else {
            throw CasusError.invalid(
                "de eerste dag (\(first.dutch)) ligt na de laatste (\(last.dutch)); er is niets veranderd",
                "the first day (\(first.dutch)) is after the last (\(last.dutch)); nothing was changed")
        }
        return try session.write { tx in
            let school = try targetSchool(tx.r, id)
            let asked = Closure(first: first, last: last, reason: "")
            let stored = try tx.r.closures(school: school.id)
            let own = stored.filter { $0.source != .national && $0.overlaps(asked) }
            // Whole days off only: one day asked took a nine-day holiday away (a review).
            if let part = own.first(where: { $0.first < first || $0.last > last }) {
                throw CasusError.refused(
                    "‘\(part.reason)’ loopt van \(part.first.dutch) t/m \(part.last.dutch); casus haalt een vrije periode alleen helemaal weg; er is niets veranderd",
                    "‘\(part.reason)’ runs from \(part.first.dutch) to \(part.last.dutch); casus takes a period off away only whole; nothing was changed",
                    hint: Phrase(
                        "Geef de hele periode (`casus calendar remove \(part.first.iso)..\(part.last.iso)`) en voeg zo nodig het deel dat blijft opnieuw toe (`casus calendar add`).",
                        "Give the whole period (`casus calendar remove \(part.first.iso)..\(part.last.iso)`) and add again what stays, if any (`casus calendar add`)."
                    ))
            }
            let gone = own
            guard !gone.isEmpty else {
                throw CasusError.refused(
                    "de school heeft geen eigen vrije dag op \(first == last ? first.dutch : "\(first.dutch) t/m \(last.dutch)"); er is niets veranderd",
                    "the school has no day off of its own on \(first == last ? first.dutch : "\(first.dutch) to \(last.dutch)"); nothing was changed",
                    hint: Phrase(
                        "`casus calendar show` toont de kalender. Landelijke adviesdata en feestdagen vervangt het rooster van de school (`casus calendar import`).",
                        "`casus calendar show` shows the calendar. The school's own calendar replaces national advice and public holidays (`casus calendar import`)."
                    ))
            }
            try tx.deleteClosures(gone, school: school.id)
            let now = SchoolCalendar.effective(stored: try tx.r.closures(school: school.id), region: school.region)
            let was = SchoolCalendar.effective(stored: stored, region: school.region)
            // Over the school years of what went: a national holiday back, a public holiday open.
            let changed = SchoolCalendar.changes(
                from: was, to: now,
                over: LocalDate(
                    year: gone.map(\.first.schoolYear).min()!, month: 8, day: 1)...LocalDate(
                        year: gone.map(\.last.schoolYear).max()! + 1, month: 7, day: 31))
            try tx.audit(
                "calendar.remove",
                detail: "\(school.name): "
                    + gone.map { "\($0.first.iso)..\($0.last.iso) \($0.reason)" }.joined(separator: "; "))
            return CalendarRemoval(removed: gone, changedDays: changed)
        }
    }
}
