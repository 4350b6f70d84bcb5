/// Schools, people and users: who is who at the school, and who may use casus.
public struct Directory: Sendable {
    let session: Session
    var actor: Actor { session.actor }

    /// `casus init`: a new school in an empty database; the calling account becomes its director
    /// (or, with `role: .board`, the board, which works across schools and adds the directors).
    public static func initialize(
        storage: any CasusStorage, schoolName: String, town: String = "", protocolID: String,
        account: String, director: (first: String, infix: String, last: String),
        role: Role = .director, record: SchoolRecordChange = SchoolRecordChange(), profiles: ProfileRegistry,
        clock: Clock = .system
    ) throws -> CasusService {
        guard role == .director || role == .board else {
            throw CasusError(
                .usage, Phrase("init maakt een directeur of het bestuur aan", "init creates a director or the board"))
        }
        _ = try profiles.require(protocolID)
        let name = schoolName.trimmed
        guard !name.isEmpty else {
            throw CasusError.invalid("geef de naam van de school (--school)", "give the school's name (--school)")
        }
        // The first account has no session yet: it founds the school as itself.
        let founder = Session(
            storage: storage,
            actor: Actor(
                user: User(account: account, personID: nil, role: role, schoolID: nil),
                displayName: account), profiles: profiles, clock: clock)
        _ = try founder.write { tx in
            if !(try tx.r.users().isEmpty) {
                throw CasusError.refused(
                    "deze database is al in gebruik", "this database is already in use",
                    hint: Phrase(
                        "Kies een nieuw pad met --db, of vraag een directeur u toe te voegen (`casus users add`).",
                        "Choose a new path with --db, or ask a director to add you (`casus users add`)."))
            }
            let school = try record.applied(to: School(name: name, protocolID: protocolID, town: town))
            try createSchool(school, account: account, director: director, role: role, in: tx)
        }
        return try CasusService.session(storage: storage, account: account, profiles: profiles, clock: clock)
    }

    /// A school, its director as a person, and the director's account (init, and the demo's schools).
    @discardableResult
    public static func createSchool(
        _ school: School, account: String, director: (first: String, infix: String, last: String),
        role: Role = .director, in tx: Transaction
    ) throws -> School {
        try ShortText.check(school.name, Phrase("de naam van de school", "the school's name"))
        try ShortText.check(school.town, Phrase("de plaats", "the town"))
        // Names that read the same are the same school: "obs b", "OBS  B" and "OBS\u{A0}B" were added
        // beside "OBS B" (found by a review), and the lists showed two schools that look alike.
        func key(_ name: String) -> String {
            name.folded.split(whereSeparator: { $0.isWhitespace || $0 == "\u{200B}" }).joined(separator: " ")
        }
        if let same = try tx.r.schools().first(where: { key($0.name) == key(school.name) }) {
            throw CasusError.refused(
                "school '\(same.name)' bestaat al; er is niets opgeslagen",
                "school '\(same.name)' already exists; nothing was saved")
        }
        let saved = try tx.insert(school: school)
        let person = try tx.insert(
            person: Person(
                schoolID: saved.id, kind: .staff, firstName: director.first, infix: director.infix,
                lastName: director.last, function: role == .board ? "bestuurder" : "directeur"))
        try tx.insert(
            user: User(account: account, personID: person.id, role: role, schoolID: role == .board ? nil : saved.id))
        try tx.audit("school.init", detail: school.name)
        return saved
    }

    /// The school the actor works at (the first school for the board), for the header.
    public func homeSchool() throws -> School? {
        try session.read { r in
            if let id = session.schoolID { return try r.school(id: id) }
            return try r.schools().first
        }
    }

    /// The schools the actor works for: one, or all of the board's.
    public func schools() throws -> [School] {
        try session.read { r in try r.schools().filter { session.reaches(school: $0.id) } }
    }

    public func profile(for schoolID: SchoolID) throws -> ProtocolProfile {
        guard let school = try session.read({ try $0.school(id: schoolID) }) else {
            throw CasusError.notFound("school \(schoolID) bestaat niet", "school \(schoolID) does not exist")
        }
        return try session.profiles.require(school.protocolID)
    }

    /// The school a new record belongs to: the actor's; the board must say which.
    func targetSchool(_ r: any StorageReader, _ schoolID: SchoolID?) throws -> School {
        if let own = session.schoolID {
            if let schoolID, schoolID != own {
                throw CasusError.refused("u werkt alleen voor uw eigen school", "you work for your own school only")
            }
            guard let s = try r.school(id: own) else {
                throw CasusError.notFound("school \(own) bestaat niet", "school \(own) does not exist")
            }
            return s
        }
        let all = try r.schools()
        // 0: none given (a draft's school before it is placed).
        let asked = schoolID == 0 ? nil : schoolID
        if let asked, let s = all.first(where: { $0.id == asked }) { return s }
        if asked == nil, all.count == 1 { return all[0] }
        if let asked {
            throw CasusError.notFound(
                "school \(asked) bestaat niet; er is niets opgeslagen",
                "school \(asked) does not exist; nothing was saved",
                hint: Phrase(
                    "Scholen: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", "),
                    "Schools: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", ")))
        }
        throw CasusError(
            .usage, Phrase("kies een school met --school ID", "choose a school with --school ID"),
            hint: Phrase(
                "Scholen: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", "),
                "Schools: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", ")))
    }

    @discardableResult
    public func addPerson(_ draft: Person, guardianOf pupil: PersonID? = nil) throws -> Saved<Person> {
        try session.write { tx in try addPerson(draft, guardianOf: pupil, in: tx) }
    }

    public func addPerson(_ draft: Person, guardianOf pupil: PersonID? = nil, in tx: Transaction) throws -> Person {
        try session.require(.managePeople)
        // The school asked for is held to the actor's own (0: none asked): a director's `people add
        // --school 2` put the pupil in their own school without a word (a review).
        let school = try targetSchool(tx.r, draft.schoolID == 0 ? nil : draft.schoolID)
        var p = try PersonValidation.checked(draft, sector: school.sector)
        if let born = p.birthDate {
            try PersonValidation.birthDate(
                born, of: p.kind, sector: school.sector, today: session.today, leftOn: p.leftOn)
        }
        p.address.postcode = try PersonValidation.postcode(p.address.postcode)
        p.schoolID = school.id
        if let pupil {
            guard p.kind == .parent else {
                throw CasusError(
                    .usage,
                    Phrase("--guardian-of past alleen bij --kind parent", "--guardian-of goes with --kind parent only"))
            }
            guard let child = try tx.r.person(id: pupil), child.kind == .pupil, child.schoolID == school.id else {
                throw CasusError.notFound(
                    "leerling \(pupil) bestaat niet op deze school", "pupil \(pupil) does not exist at this school")
            }
        }
        // A personnel number is one person's, whichever kind of personnel (a volunteer's number given
        // to a teacher too made the next import rename the one after the other, a review).
        let kinds = p.kind.isPersonnel ? PersonKind.allCases.filter(\.isPersonnel) : [p.kind]
        if let ext = p.externalID, let holder = try Self.holder(of: ext, kinds: kinds, school: school.id, tx.r) {
            throw CasusError.refused(
                "er is al een \(holder.kind.label.nl) met nummer \(ext): \(holder.name) (\(holder.id)); er is niets opgeslagen",
                "there already is a \(holder.kind.label.en) with number \(ext): \(holder.name) (\(holder.id)); nothing was saved"
            )
        }
        let saved = try tx.insert(person: p)
        if let pupil { try tx.link(parent: saved.id, pupil: pupil) }
        try tx.audit("person.add", person: saved.id, detail: saved.kind.rawValue)
        return saved
    }

    public func person(_ id: PersonID) throws -> Person {
        guard let p = try session.read({ try $0.person(id: id) }), AccessPolicy.maySeePerson(p, actor: actor) else {
            throw CasusError.notFound(
                "persoon \(id) bestaat niet (of u mag hem niet zien)",
                "person \(id) does not exist (or you may not see them)")
        }
        return AccessPolicy.shown(p, to: actor)
    }

    public func people(
        kinds: [PersonKind] = [], group: String? = nil, text: String = "", offset: Int = 0,
        limit: Int = 1000
    ) throws -> [Person] {
        let scope = session.scope
        return try scope.check(
            try session.read { r in
                let group = try group.map { try Self.group($0, of: scope.schoolID, in: r) }
                return try r.people(
                    PeopleQuery(scope: scope, kinds: kinds, group: group, text: text), offset: offset, limit: limit)
            }, scope.admits
        ).map { AccessPolicy.shown($0, to: actor) }
    }

    /// As many people as a search lists by name (the Dossiers tab and `people list` list them all).
    public static let searchPeopleShown = 10

    /// The people a search's words name, one more than `searchPeopleShown` (to say there are
    /// more), for a role that reads people's records: a director typed a pupil's surname and found
    /// only texts that happened to hold it, an IB found nothing (reviews). The list is one line in
    /// the audit log, as any list of people; `/` and `casus search` both list it.
    public func searchedPeople(_ text: String) throws -> [Person] {
        // A search of no words (`"`, `)(`) finds nobody, as its texts: it listed the school's first
        // ten people, and logged a read of them all (a review).
        let text = SearchQuery.leading(text)
        guard AccessPolicy.readsRecords(session.actor), !SearchQuery.words(text).isEmpty else { return [] }
        // The rows alone: a search shows no count of them, so none is made.
        let found = try people(text: text, limit: Self.searchPeopleShown + 1)
        if !found.isEmpty { try recordList(kinds: [], group: nil, text: text) }
        return found
    }

    /// A list of people as `casus people list` shows it, recorded in the audit log once with what
    /// it was filtered on (DESIGN §5: "a list of people" is a read that is logged; it showed names,
    /// groups and addresses and left no line, found by a review of the server).
    public func recordList(kinds: [PersonKind], group: String?, text: String) throws {
        var filter = kinds.map(\.rawValue)
        if let group { filter.append("groep \(group)") }
        // How many words of a name were typed, not the words: they stay in the log for good, after
        // the dossier they name is purged ("naam bruijn adhd", a review; as a search's line).
        let words = SearchQuery.words(text.folded)
        if !words.isEmpty { filter.append("een naam van " + Phrase.count(words.count, "woord", "woorden", "", "").nl) }
        try session.auditRead("people.list", detail: filter.isEmpty ? "allen" : filter.joined(separator: ", "))
    }

    /// A group as typed to filter on ("groep 5", "klas 3B") as the school records it, by its
    /// sector; on a board of several schools as written, less a leading "groep" or "klas".
    static func group(_ text: String, of school: SchoolID?, in r: StorageReader) throws -> String {
        let sector = try school.flatMap { try r.school(id: $0) }?.sector
        return PupilGroup.normalized(text, sector: sector ?? .vo) ?? text
    }

    /// Who a report may be about, found by name: the pupils and staff of the actor's school, with
    /// their group. Whoever may file a report may look names up this way (a teacher too), names
    /// only: it opens no dossier and shows nothing else of the person.
    public func roster(_ text: String, limit: Int = 8) throws -> [Person] {
        try session.require(.reportIncident)
        guard text.count <= 200 else {
            throw CasusError.invalid(
                "een naam van meer dan 200 tekens zoekt niemand; er is niet gezocht",
                "a name of more than 200 characters finds no one; nothing was searched")
        }
        let school = session.scope.schoolID
        let present = Self.rosterDay(session)
        let found = try session.read {
            try $0.roster(school: school, text: text, limit: max(1, min(limit, 50)), presentOn: present)
        }
        return found.filter { p in school.map { p.schoolID == $0 } ?? true && p.kind != .parent }.map(\.rosterName)
    }

    /// A reporter who reads no one's record (a teacher) is offered only those who are still at the
    /// school: the names of pupils who left stayed on a teacher's roster until their dossiers were
    /// purged (a review). Whoever reads records (a director, the board) is offered everyone, a
    /// report about what happened before someone left included.
    static func rosterDay(_ session: Session) -> LocalDate? {
        AccessPolicy.readsRecords(session.actor) ? nil : session.today
    }

    public func countPeople(kinds: [PersonKind] = [], group: String? = nil, text: String = "") throws -> Int {
        let scope = session.scope
        return try session.read { r in
            let group = try group.map { try Self.group($0, of: scope.schoolID, in: r) }
            return try r.countPeople(PeopleQuery(scope: scope, kinds: kinds, group: group, text: text))
        }
    }

    /// A page of the Dossiers tab and the number of people it is a page of, from one read. The
    /// list scrolls through the first `cap` people found; when more are found the page says so
    /// (the screen asks to type on). Counting every match of a first letter on a board (50,000
    /// people) took 17 ms of a key's 5; counting stops one past the cap.
    public static let peopleCap = 2000

    public func peoplePage(
        kinds: [PersonKind], group: String?, text: String, offset: Int, limit: Int, cap: Int = Directory.peopleCap
    ) throws -> ListPage<Person> {
        let scope = session.scope
        let end = max(0, min(cap - offset, limit))
        let (rows, count) = try session.read { r in
            let q = PeopleQuery(
                scope: scope, kinds: kinds, group: try group.map { try Self.group($0, of: scope.schoolID, in: r) },
                text: text)
            return (end == 0 ? [] : try r.people(q, offset: offset, limit: end), try r.countPeople(q, atMost: cap + 1))
        }
        return ListPage(
            rows: try scope.check(rows, scope.admits).map { AccessPolicy.shown($0, to: actor) }, total: min(count, cap),
            isCapped: count > cap)
    }

    /// Where a case about this employee ended their employment (a summary dismissal decided, an
    /// end recorded), if one did: the earliest.
    public func employmentEnd(of person: PersonID) throws -> LadderEngine.EmploymentEnd? {
        try session.read { r in try CaseWorkflow.employmentEnd(in: try r.cases(aboutSubject: person), r) }
    }

    /// Records that a pupil left the school or an employee's employment ended: the retention clock
    /// starts. Returns the day recorded before, which a second `leave` replaces (it did so unsaid).
    /// A parent has no dossier to start a clock on, and no one leaves before being born: both were
    /// taken (a review).
    @discardableResult
    public func setLeft(_ person: PersonID, on date: LocalDate?) throws -> Saved<LocalDate?> {
        try session.require(.managePeople)
        if let date { try DateRange.checkNotFarAhead(date, today: session.today, option: "--on") }
        return try session.write { tx in
            guard var p = try tx.r.person(id: person), session.reaches(school: p.schoolID) else {
                throw CasusError.notFound("persoon \(person) bestaat niet", "person \(person) does not exist")
            }
            try CaseWorkflow.requireNotTheBoardsRecord(
                p, actor: actor, tx.r, what: Phrase("hun vertrek vastleggen", "recording their leaving"))
            // Nor one's own: a director set their own leaving day five years back, and their
            // dossier's retention ran from it (a review). The employer records it.
            try AccessPolicy.requireNotAbout(
                p, actor: actor, what: Phrase("het vertrek vastleggen", "recording the leaving"))
            if p.kind == .parent {
                throw CasusError.invalid(
                    "\(p.name) (\(person)) is een ouder: een ouder heeft geen dossier en geen vertrekdatum; er is niets veranderd",
                    "\(p.name) (\(person)) is a parent: a parent has no dossier and no leaving day; nothing was changed",
                    hint: Phrase(
                        "Leg het vertrek van het kind vast: casus people leave ID-VAN-HET-KIND --on DATUM.",
                        "Record the child's leaving: casus people leave CHILD-ID --on DATE."))
            }
            if let date, let born = p.birthDate, date < born {
                throw CasusError.invalid(
                    "\(date.dutch) ligt vóór de geboortedatum van \(p.name) (\(born.dutch)); er is niets veranderd",
                    "\(date.dutch) is before \(p.name)'s date of birth (\(born.dutch)); nothing was changed",
                    hint: Phrase("Controleer de datum (JJJJ-MM-DD).", "Check the date (YYYY-MM-DD)."))
            }
            // Nor on a day the person could not have been at the school (a pupil who left aged 0
            // could no longer be given their own date of birth, a review).
            if let date, let born = p.birthDate,
                let fault = PersonValidation.ageFault(
                    born, of: p.kind, sector: try tx.r.school(id: p.schoolID)?.sector ?? .po, today: session.today,
                    leftOn: date)
            {
                throw CasusError(
                    .invalid,
                    Phrase("vertrek op \(date.dutch): ", "leaving on \(date.iso): ") + fault
                        + Phrase("; er is niets veranderd", "; nothing was changed"))
            }
            // An employment a case ended left on that day: `case ended` sets it, and a leaving day of
            // three months after a summary dismissal started the dossier's retention late, unchecked
            // (a review).
            // While that case is open, where `case ended` records another day; a closed one's end
            // is said by `people leave` (a court may have annulled the dismissal, which casus does
            // not record: the hint sent the director to a command the closed case refused, a review).
            if p.kind.isPersonnel,
                let end = try CaseWorkflow.employmentEnd(in: try tx.r.cases(aboutSubject: person), tx.r),
                end.caseOpen, date != end.date
            {
                throw CasusError(
                    .refused,
                    Phrase(
                        "het dienstverband van \(p.name) eindigde op \(end.date.dutch) (zaak \(end.caseNumber)): dat is de vertrekdatum; er is niets veranderd",
                        "\(p.name)'s employment ended on \(end.date.iso) (case \(end.caseNumber)): that is the leaving day; nothing was changed"
                    ),
                    hint: Phrase(
                        "Eindigde het op een andere dag, leg die vast in de zaak: `casus case ended \(end.caseNumber) --on JJJJ-MM-DD` (de vertrekdatum gaat mee).",
                        "If it ended on another day, record that in the case: `casus case ended \(end.caseNumber) --on YYYY-MM-DD` (the leaving day follows)."
                    ))
            }
            let before = p.leftOn
            p.leftOn = date
            try tx.update(person: p)
            try tx.audit(
                "person.left", person: person, detail: (date?.iso ?? "-") + (before.map { " (was \($0.iso))" } ?? ""))
            return before
        }
    }

    /// Who holds a number among these kinds at the school, if anyone.
    static func holder(of number: String, kinds: [PersonKind], school: SchoolID, _ r: any StorageReader) throws
        -> Person?
    {
        for kind in kinds {
            if let p = try r.person(externalID: number, kind: kind, schoolID: school) { return p }
        }
        return nil
    }

    /// Records how a person is addressed and where their letters go, and their date of birth
    /// (`casus people edit`): each value given replaces the one recorded ("" clears it), the others
    /// stay. A postcode that is no Dutch postcode, or a birth after today, is refused and nothing changes.
    @discardableResult
    public func setAddress(
        _ person: PersonID, salutation: Salutation? = nil, street: String? = nil, postcode: String? = nil,
        town: String? = nil, born: LocalDate? = nil
    ) throws -> Saved<Person> {
        try session.require(.managePeople)
        let code = try postcode.map { try PersonValidation.postcode($0) }
        try ShortText.check(street, Phrase("de straat", "the street"))
        try ShortText.check(town, Phrase("de plaats", "the town"))
        return try session.write { tx in
            guard var p = try tx.r.person(id: person), session.reaches(school: p.schoolID) else {
                throw CasusError.notFound(
                    "persoon \(person) bestaat niet; er is niets veranderd",
                    "person \(person) does not exist; nothing was changed",
                    hint: Phrase(
                        "`casus people list` toont de personen met hun id.",
                        "`casus people list` lists people with their ids."))
            }
            try CaseWorkflow.requireNotTheBoardsRecord(
                p, actor: actor, tx.r, what: Phrase("hun gegevens wijzigen", "changing their details"))
            if let born {
                let sector = try tx.r.school(id: p.schoolID)?.sector ?? .po
                try PersonValidation.birthDate(born, of: p.kind, sector: sector, today: session.today, leftOn: p.leftOn)
            }
            if let salutation { p.salutation = salutation }
            if let street { p.address.street = street.trimmingCharacters(in: .whitespaces) }
            if let code { p.address.postcode = code }
            if let town { p.address.town = town.trimmingCharacters(in: .whitespaces) }
            if let born { p.birthDate = born }
            try tx.update(person: p)
            // Which fields, not their values: a birth date stayed in the log after the purge.
            let fields =
                [
                    salutation.map { _ in "aanhef" }, (street ?? postcode ?? town).map { _ in "adres" },
                    born.map { _ in "geboortedatum" },
                ].compactMap { $0 }
            try tx.audit("person.address", person: person, detail: fields.joined(separator: ", "))
            return p
        }
    }
}

/// Checks on a person's fields, shared by `people add` and the imports.
public enum PersonValidation {
    /// The most characters a first name, an infix or a last name may have.
    public static let longestNamePart = 100

    /// The person with their group as the school's sector names it (`PupilGroup`), or the reason
    /// they cannot be recorded.
    public static func checked(_ draft: Person, sector: Sector) throws -> Person {
        var p = draft
        try check(p)
        if p.kind == .pupil, let g = p.group, !g.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let group = PupilGroup.normalized(g, sector: sector) else {
                let word = PupilGroup.word(sector)
                let rule = PupilGroup.rule(sector)
                throw CasusError.invalid(
                    "\(word.nl) '\(g.shown)' bestaat niet; \(rule.nl); er is niets opgeslagen",
                    "\(word.en) '\(g.shown)' does not exist; \(rule.en); nothing was saved")
            }
            p.group = group
        } else if p.group?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            p.group = nil
        }
        return p
    }

    /// A date of birth casus records for a person of this kind: not before 1900, and an age today that such
    /// a person can have. A pupil born today was taken into groep 8, and a teacher of two; a typo in
    /// the year then decided who is of age in every letter (a review).
    public static func birthDate(
        _ born: LocalDate, of kind: PersonKind, sector: Sector, today: LocalDate, leftOn: LocalDate? = nil
    ) throws {
        if let fault = birthDateFault(born, of: kind, sector: sector, today: today, leftOn: leftOn) {
            throw CasusError(.invalid, fault + Phrase("; er is niets opgeslagen", "; nothing was saved"))
        }
    }

    /// Why a date of birth cannot be this person's (an import names it at its line), or nil.
    public static func birthDateFault(
        _ born: LocalDate, of kind: PersonKind, sector: Sector, today: LocalDate, leftOn: LocalDate? = nil
    ) -> Phrase? {
        if born.year < 1900 {
            return Phrase(
                "geboortedatum \(born.dutch) kan niet: vóór 1900", "date of birth \(born.iso) cannot be: before 1900")
        }
        return ageFault(born, of: kind, sector: sector, today: today, leftOn: leftOn)
    }

    /// Why a date of birth cannot be this person's today, or nil. The floors: a pupil is at least 4
    /// (WPO art. 39 lid 1 for primary schools; no school admits younger), a member of staff at least
    /// 14, a parent at least 12: below them the date is a typo, not a person.
    /// `leftOn`: a person who left is counted as old as they were on leaving (a pupil's date of
    /// birth recorded years after they left).
    static func ageFault(
        _ born: LocalDate, of kind: PersonKind, sector: Sector, today: LocalDate, leftOn: LocalDate?
    ) -> Phrase? {
        guard born <= today else {
            return Phrase(
                "geboortedatum \(born.dutch) kan niet: na vandaag", "date of birth \(born.iso) cannot be: after today")
        }
        let day = min(today, leftOn ?? today)
        var age = day.year - born.year
        if (day.month, day.day) < (born.month, born.day) { age -= 1 }
        // A pupil's ceiling: a primary school's pupils leave by the end of the school year in which
        // they turn 14 (WPO art. 39 lid 4), so none is 15; no secondary or special school has a
        // pupil of 30. A groep-5 pupil born in 1916 (for 2016) had letters as an adult (a review).
        if kind == .pupil {
            let ceiling = sector == .po ? 15 : 30
            if age >= ceiling {
                let rule =
                    sector == .po
                    ? Phrase(
                        "een leerling verlaat de basisschool uiterlijk aan het eind van het schooljaar waarin hij 14 wordt\(Law.wpo39_4.bracketed.nl)",
                        "a pupil leaves primary school by the end of the school year in which they turn 14\(Law.wpo39_4.bracketed.en)"
                    ) : Phrase("geen school heeft een leerling van 30", "no school has a pupil of 30")
                return Phrase(
                    "geboortedatum \(born.dutch) kan niet: dan is de leerling \(age) jaar oud, en \(rule.nl); controleer de datum",
                    "date of birth \(born.iso) cannot be: the pupil would be \(age) years old, and \(rule.en); check the date"
                )
            }
        }
        let floor: Int
        let who: Phrase
        switch kind {
        case .pupil:
            floor = 4
            who =
                sector == .po
                ? Phrase(
                    "een leerling is ten minste 4 jaar oud\(Law.wpo39_1.bracketed.nl)",
                    "a pupil is at least 4 years old\(Law.wpo39_1.bracketed.en)")
                : Phrase("een leerling is ten minste 4 jaar oud", "a pupil is at least 4 years old")
        case .parent:
            floor = 12
            who = Phrase("een ouder is ouder dan 12 jaar", "a parent is older than 12")
        default:
            floor = 14
            who = Phrase("een medewerker is ten minste 14 jaar oud", "a member of staff is at least 14 years old")
        }
        guard age < floor else { return nil }
        return Phrase(
            "geboortedatum \(born.dutch) kan niet: dan is de \(kind.label.nl) \(age) jaar oud, en \(who.nl); controleer de datum",
            "date of birth \(born.iso) cannot be: the \(kind.label.en) would be \(age) years old, and \(who.en); check the date"
        )
    }

    /// The checks every sector shares (names, lengths); the group is `checked`'s.
    public static func check(_ p: Person) throws {
        if p.firstName.trimmingCharacters(in: .whitespaces).isEmpty
            || p.lastName.trimmingCharacters(in: .whitespaces).isEmpty
        {
            throw CasusError.invalid("voornaam en achternaam zijn verplicht", "first and last name are required")
        }
        if let tooLong = nameTooLong(p) {
            throw CasusError(
                .invalid, tooLong,
                hint: Phrase(
                    "Geef de naam zoals de school hem kent; een tweede voornaam mag weg.",
                    "Give the name as the school knows it; a second first name may be left out."))
        }
        try ShortText.check(p.function, Phrase("de functie", "the function"))
        try ShortText.check(p.externalID, Phrase("het nummer", "the number"))
        try ShortText.check(p.address.street, Phrase("de straat", "the street"))
        try ShortText.check(p.address.town, Phrase("de plaats", "the town"))
    }

    /// What is wrong when a part of the name is longer than any real name (`longestNamePart`);
    /// nil when none is. The add of one person and an import of many both ask.
    public static func nameTooLong(_ p: Person) -> Phrase? {
        let parts = [
            (Phrase("de voornaam", "the first name"), p.firstName), (Phrase("het tussenvoegsel", "the infix"), p.infix),
            (Phrase("de achternaam", "the last name"), p.lastName),
        ]
        guard let (part, text) = parts.first(where: { $0.1.count > longestNamePart }) else { return nil }
        return Phrase(
            "\(part.nl) is te lang (\(text.count) tekens, ten hoogste \(longestNamePart)); er is niets veranderd",
            "\(part.en) is too long (\(text.count) characters, at most \(longestNamePart)); nothing was changed")
    }

    /// A postcode as a letter prints it ("1234 AB"); "" stays empty (no postcode). Anything else
    /// than four digits and two letters is refused, nothing changed.
    public static func postcode(_ text: String) throws -> String {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "" }
        guard let code = PostalAddress.postcode(text) else {
            throw CasusError.invalid(
                "postcode '\(text.shown)' is geen Nederlandse postcode; er is niets veranderd",
                "postcode '\(text.shown)' is not a Dutch postcode; nothing was changed",
                hint: Phrase(
                    "Een postcode is vier cijfers en twee letters, bijvoorbeeld 1234 AB.",
                    "A postcode is four digits and two letters, for example 1234 AB."))
        }
        return code
    }
}
