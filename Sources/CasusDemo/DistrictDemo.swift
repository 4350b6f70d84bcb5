import CasusCore

/// `casus demo --size district`: a board's 30 schools, for measuring casus at scale (DESIGN.md §10):
/// 10,000 pupils with their parents, 1,200 staff, 100,000 reports, 60,000 cases at every rung and
/// 1,000,000 dossier entries. Seeded and anchored to a fixed date, so every run makes the same
/// district. Each school is one transaction: an interrupted run leaves whole schools, and running
/// it again adds the missing ones.
///
/// `casus demo --size board` is ten times the district: the same 30 schools with ten periods of
/// history instead of one (`periods`). A large board is not a board of 300 schools (the largest
/// Dutch boards run under a hundred), it is a board whose dossiers go back years: every period
/// before the latest brings its own 334 pupils, their parents, reports, cases and notes, 365 days
/// further back. Each period of each school is one transaction: an interrupted run leaves whole
/// periods, and running it again adds the missing ones.
public enum DistrictDemo {
    public static let schools = 30
    /// Periods of history per school: one for the district, ten for the board.
    public static let boardPeriods = 10
    public static let pupilsPerSchool = 334  // 30 × 334 ≈ 10,000
    public static let staffPerSchool = 40
    public static let incidentsPerSchool = 3334
    public static let casesPerSchool = 2000
    public static let entriesPerSchool = 33_334
    /// One pupil with a very long dossier, to measure opening the largest dossier.
    public static let largestDossierExtra = 4000
    /// The district's "now": data spans the school years before it.
    public static let anchor = Timestamp(iso: "2026-11-13T10:00:00Z")!
    public static let boardAccount = "demo-bestuur"

    static let names: [(String, String)] = [
        ("OBS De Regenboog", "Amersfoort"), ("CBS De Fontein", "Zwolle"), ("Basisschool 't Palet", "Deventer"),
        ("OBS De Vlinderhof", "Apeldoorn"), ("KBS Sint-Maarten", "Tilburg"), ("CBS De Wegwijzer", "Kampen"),
        ("OBS Het Kompas", "Almere"), ("Basisschool De Schatkist", "Ede"), ("CBS De Ark", "Heerenveen"),
        ("OBS De Springplank", "Emmen"), ("KBS De Zevensprong", "Breda"), ("Basisschool Het Anker", "Harderwijk"),
        ("OBS De Kameleon", "Lelystad"), ("CBS De Bron", "Sneek"), ("Basisschool De Piramide", "Nijmegen"),
        ("OBS De Toermalijn", "Hengelo"), ("CBS Het Mosterdzaadje", "Urk"), ("KBS De Wilgen", "Venlo"),
        ("OBS De Octopus", "Den Helder"), ("Basisschool De Horizon", "Assen"), ("CBS De Sleutelbloem", "Meppel"),
        ("OBS De Windroos", "Drachten"), ("KBS Sint-Jozef", "Roermond"), ("Basisschool De Vuurvogel", "Zeist"),
        ("OBS De Kleine Prins", "Gouda"), ("CBS De Morgenster", "Leeuwarden"), ("Basisschool Het Klaverblad", "Hoorn"),
        ("OBS De Duizendpoot", "Alkmaar"), ("KBS De Wingerd", "Oss"), ("CBS Eben-Haëzer", "Barneveld"),
    ]

    static let summaries: [String] = [
        "%@ heeft tijdens de les met een telefoon gefilmd en het filmpje op TikTok gezet.",
        "In de klassenapp is een meme over de leerkracht gedeeld; %@ heeft hem doorgestuurd.",
        "%@ heeft zonder toestemming een foto van een klasgenoot op Snapchat geplaatst.",
        "%@ heeft in een groepsapp scheldwoorden en bedreigingen over een klasgenoot geplaatst.",
        "Het Instagramaccount van een leerling is overgenomen; %@ wordt genoemd.",
        "%@ gebruikte tijdens de les een mobiele telefoon zonder toestemming.",
        "Er is een nepaccount op naam van een leerkracht aangemaakt; %@ wordt genoemd als maker.",
        "%@ verstuurde anonieme berichten onder een fictieve naam in de klassenapp.",
        "%@ heeft een opname van de online les gedeeld in een Facebookgroep.",
        "%@ plaatste een beledigend bericht over de school op Facebook.",
        "%@ heeft vanaf een privéaccount vriendschapsverzoeken gestuurd aan leerlingen.",
        "%@ is op X in discussie gegaan met een ouder over een besluit van de school.",
        "%@ deelde in een appgroep vertrouwelijke informatie over een leerling.",
        "%@ stuurde een naaktfoto van een klasgenoot door (sexting).",
        "%@ heeft berichten van anderen veranderd en verspreid.",
    ]
    static let platforms = [
        "WhatsApp", "TikTok", "Snapchat", "Instagram", "Facebook", "X", "YouTube", "Telefoon", "Klasbord", "Discord",
    ]
    static let sentences: [String] = [
        "Gesprek gevoerd met %@ en de ouders over wat er is gebeurd.",
        "%@ erkent het bericht te hebben geplaatst en heeft het inmiddels verwijderd.",
        "De groepsleerkracht heeft het voorval in de klas besproken.",
        "Ouders telefonisch op de hoogte gebracht; zij steunen de aanpak van school.",
        "Afspraak gemaakt: geen telefoon meer in de klas zonder toestemming.",
        "%@ heeft excuses aangeboden aan de betrokken klasgenoot.",
        "De intern begeleider volgt de situatie in de groep.",
        "Schermafbeeldingen van de berichten zijn bewaard.",
        "In het teamoverleg besproken; de leerkrachten letten extra op in de pauzes.",
        "Het slachtoffer en de ouders zijn geïnformeerd over de genomen maatregel.",
        "Na twee weken opnieuw gesproken; de situatie is rustiger.",
        "De mentor heeft een gesprek gevoerd over veilig gebruik van sociale media.",
        "Het account is gemeld bij het platform en offline gehaald.",
        "%@ begrijpt dat het bericht kwetsend was voor anderen.",
        "De ouders zijn uitgenodigd voor een gesprek op school.",
        "Er zijn afspraken vastgelegd in een contract dat %@ heeft ondertekend.",
    ]

    static let sentenceParts: [[String]] = sentences.map { $0.components(separatedBy: "%@") }

    public struct Progress: Sendable {
        public var school: Int
        public var entries: Int
        /// 0 for the latest period (the district's), 1 … for the periods before it (the board's).
        public var period: Int = 0
    }

    public struct Result: Sendable {
        public var schoolsCreated: Int
        public var schoolsPresent: Int
        /// Periods of history before the latest added (board), and those already there.
        public var periodsCreated = 0
        public var periodsPresent = 0
    }

    public static func populate(
        storage: any CasusStorage, account: String, profiles: ProfileRegistry, seed: UInt64 = 2026,
        schools count: Int = schools, periods: Int = 1, progress: (Progress) -> Void = { _ in }
    ) throws -> Result {
        var created = 0
        var present = 0
        var periodsCreated = 0
        var periodsPresent = 0
        for index in 0..<min(count, schools) {
            let (name, town) = names[index]
            // Each school is founded by its director-to-be, who then does the rest through the
            // service: the same rules, chains and audit log as real work.
            let founder = Session(
                storage: storage,
                actor: Actor(
                    user: User(
                        account: "demo-directeur-\(index + 1)", personID: nil,
                        role: .director, schoolID: nil),
                    displayName: "Marieke van Dam"),
                profiles: profiles, clock: .fixed(DistrictDemo.anchor), personKeys: .demo)
            let made = try founder.write(at: DistrictDemo.anchor) { tx -> Bool in
                let existing = try tx.r.schools()
                if let real = existing.first(where: { !$0.isDemo }) {
                    throw CasusError.refused(
                        "deze database bevat een echte school (\(real.name)); de demo schrijft daar niet in",
                        "this database holds a real school (\(real.name)); the demo does not write into it",
                        hint: Phrase(
                            "Geef de demo een eigen database met --db PAD.",
                            "Give the demo its own database with --db PATH."))
                }
                if existing.contains(where: { $0.name == name }) { return false }
                var school = SchoolBuilder(
                    tx: tx, storage: storage, index: index, profiles: profiles,
                    rng: SeededRandom(seed: seed &+ UInt64(index) &* 7919))
                school.periods = max(1, periods)
                try school.build(name: name, town: town, account: account)
                progress(Progress(school: index + 1, entries: school.entries))
                return true
            }.value
            if made { created += 1 } else { present += 1 }
            for period in 1..<max(1, periods) {
                let director = Session(
                    storage: storage,
                    actor: Actor(
                        user: User(
                            account: "demo-directeur-\(index + 1)", personID: nil, role: .director, schoolID: nil),
                        displayName: "Marieke van Dam"),
                    profiles: profiles, clock: .fixed(DistrictDemo.anchor), personKeys: .demo)
                let added = try director.write(at: DistrictDemo.anchor) { tx -> Bool in
                    guard let school = try tx.r.schools().first(where: { $0.name == name }),
                        let user = try tx.r.user(account: "demo-directeur-\(index + 1)")
                    else { return false }
                    var builder = SchoolBuilder(
                        tx: tx, storage: storage, index: index, profiles: profiles,
                        rng: SeededRandom(seed: seed &+ UInt64(index) &* 7919 &+ UInt64(period) &* 104_729))
                    guard try builder.buildPeriod(period, school: school, director: user) else { return false }
                    progress(Progress(school: index + 1, entries: builder.entries, period: period))
                    return true
                }.value
                if added { periodsCreated += 1 } else { periodsPresent += 1 }
            }
        }
        return Result(
            schoolsCreated: created, schoolsPresent: present, periodsCreated: periodsCreated,
            periodsPresent: periodsPresent)
    }

    struct SchoolBuilder {
        /// The founder's transaction; `act` is the same transaction with the school's director acting.
        let tx: Transaction
        let storage: any CasusStorage
        let index: Int
        let profiles: ProfileRegistry
        var rng: SeededRandom
        var entries = 0
        var pupils: [Person] = []
        var parentsOf: [PersonID: [Person]] = [:]
        var staff: [Person] = []
        /// Staff cases that went all the way: they end in dismissal and summary dismissal in turn.
        var dismissals = 0
        var service: CasusService!
        var act: Transaction!
        /// Which period of history (0: the latest, the district's) and so how many days back its reports lie.
        var period = 0
        /// How many periods the school will have (its founding day lies before the oldest).
        var periods = 1
        var days: ClosedRange<Int> { period == 0 ? 1...800 : (800 + (period - 1) * 365 + 1)...(800 + period * 365) }

        init(tx: Transaction, storage: any CasusStorage, index: Int, profiles: ProfileRegistry, rng: SeededRandom) {
            self.tx = tx
            self.storage = storage
            self.index = index
            self.profiles = profiles
            self.rng = rng
        }

        /// A note in a dossier through the service (the chain, the audit line).
        mutating func append(_ draft: EntryDraft, to dossier: PersonID, at: Timestamp) throws -> DossierEntry {
            entries += 1
            if let c = draft.caseID {
                return try service.cases.addEntry(
                    c, kind: draft.kind, title: draft.title, body: draft.body, heard: draft.heard,
                    corrects: nil, evidence: [], in: act, at: at)
            }
            return try service.dossiers.addEntry(
                person: dossier, kind: draft.kind, title: draft.title, body: draft.body,
                in: act, at: at)
        }

        /// A moment `days` before the anchor, in school hours, on a weekday.
        mutating func time(daysBefore days: Int) -> Timestamp {
            var t = DistrictDemo.anchor.adding(
                seconds: Int64(-days * 86_400 + rng.int(-3...5) * 3600 + rng.int(0...59) * 60))
            while t.localDate().isWeekend { t = t.adding(seconds: -86_400) }
            return t
        }

        /// One to three sentences about `name` (the templates are split once: a million of these are written).
        mutating func sentence(_ name: String) -> String {
            (0..<rng.int(1...3)).map { _ in rng.pick(DistrictDemo.sentenceParts).joined(separator: name) }.joined(
                separator: " ")
        }

        mutating func build(name: String, town: String, account: String) throws {
            // Every school needs articles for its pupils: KONOT's profile covers staff only, so the
            // district's schools take the four protocols that cover pupils in turn.
            let forPupils = try profiles.profiles.filter { !$0.articles(for: .pupil).isEmpty }
            let profile = forPupils[index % forPupils.count]
            let directorAccount = "demo-directeur-\(index + 1)"
            let school = try Directory.createSchool(
                School(
                    name: name, protocolID: profile.id, town: town, isDemo: true, sector: .po,
                    denomination: .bijzonder, isLegalRecordSet: true, boardName: "Stichting Demoscholen (fictief)"),
                account: directorAccount, director: ("Marieke", "van", "Dam"),
                // Founded before its oldest report: 900 days back, and a year more for every earlier period.
                in: tx.at(DistrictDemo.anchor.adding(seconds: -Int64(900 + (periods - 1) * 365) * 86_400)))
            let director = try tx.r.user(account: directorAccount)!
            service = CasusService(
                Session(
                    storage: storage, actor: Actor(user: director, displayName: "Marieke van Dam"),
                    profiles: profiles, clock: .fixed(DistrictDemo.anchor), personKeys: .demo))
            act = tx.acting(as: service.session)
            if index == 0 {
                // The board's accounts are added by the board.
                let board = Session(
                    storage: storage,
                    actor: Actor(
                        user: User(
                            account: DistrictDemo.boardAccount, personID: nil,
                            role: .board, schoolID: nil), displayName: "Bestuur"),
                    profiles: profiles, clock: .fixed(DistrictDemo.anchor), personKeys: .demo)
                // In a fixed order (a Set's order changes from run to run, and with it every hash).
                for a in Set([DistrictDemo.boardAccount, account]).sorted() where try tx.r.user(account: a) == nil {
                    try CasusService(board).directory.addUser(
                        account: a, role: .board, personID: nil, in: tx.acting(as: board))
                }
            }
            try people(school)
            try incidentsAndCases(school, profile: profile)
            try act.audit("demo.district", detail: "\(name): \(entries) stukken", at: DistrictDemo.anchor)
        }

        /// A period of history before the latest (the board): the school's staff as they are, a
        /// generation of pupils of its own (with parents), and its reports, cases and notes.
        /// False when this period is there already.
        mutating func buildPeriod(_ period: Int, school: School, director: User) throws -> Bool {
            self.period = period
            let forPupils = try profiles.profiles.filter { !$0.articles(for: .pupil).isEmpty }
            let profile = forPupils[index % forPupils.count]
            if try tx.r.person(externalID: pupilID(0), kind: .pupil, schoolID: school.id) != nil { return false }
            service = CasusService(
                Session(
                    storage: storage, actor: Actor(user: director, displayName: "Marieke van Dam"),
                    profiles: profiles, clock: .fixed(DistrictDemo.anchor), personKeys: .demo))
            act = tx.acting(as: service.session)
            for i in 0..<DistrictDemo.staffPerSchool {
                if let p = try tx.r.person(externalID: "P\(index + 1)-\(i + 1)", kind: .staff, schoolID: school.id) {
                    staff.append(p)
                }
            }
            try pupils(school)
            try incidentsAndCases(school, profile: profile)
            try act.audit(
                "demo.board", detail: "\(school.name), periode \(period + 1): \(entries) stukken",
                at: DistrictDemo.anchor)
            return true
        }

        /// A pupil's number in the school's administration; a period's pupils have their own.
        func pupilID(_ i: Int) -> String {
            period == 0 ? "\(index + 1)\(String(format: "%04d", i + 1))" : "\(index + 1)-\(period)-\(i + 1)"
        }

        mutating func people(_ school: School) throws {
            let directory = service.directory
            for i in 0..<DistrictDemo.staffPerSchool {
                let (infix, last) = rng.pick(DemoNames.families)
                staff.append(
                    try directory.addPerson(
                        Person(
                            schoolID: school.id, kind: .staff, firstName: rng.pick(DemoNames.adults),
                            infix: infix, lastName: last,
                            function: i < 16 ? "groepsleerkracht" : rng.pick(DemoNames.staffFunctions),
                            externalID: "P\(index + 1)-\(i + 1)"), in: act))
            }
            try directory.addUser(account: "demo-ib-\(index + 1)", role: .ib, personID: staff[16].id, in: act)
            try pupils(school)
        }

        mutating func pupils(_ school: School) throws {
            let directory = service.directory
            for i in 0..<DistrictDemo.pupilsPerSchool {
                let (infix, last) = rng.pick(DemoNames.families)
                let group = i % 8 + 1
                let pupil = try directory.addPerson(
                    Person(
                        schoolID: school.id, kind: .pupil,
                        firstName: rng.pick(rng.chance(0.5) ? DemoNames.girls : DemoNames.boys),
                        infix: infix, lastName: last, group: String(group),
                        externalID: pupilID(i),
                        birthDate: LocalDate(
                            year: 2026 - group - 4, month: rng.int(1...12),
                            day: rng.int(1...28))), in: act)
                pupils.append(pupil)
                parentsOf[pupil.id] = try DemoNames.parents(
                    of: pupil, family: (infix, last), externalID: pupil.externalID!,
                    rng: &rng, directory: directory, in: act, town: school.town)
            }
        }

        mutating func incidentsAndCases(_ school: School, profile: ProtocolProfile) throws {
            // Reports spread over about two school years before the anchor, oldest first.
            let days = (0..<DistrictDemo.incidentsPerSchool).map { _ in rng.int(self.days) }.sorted(by: >)
            var caseCount = 0
            let casesWanted = DistrictDemo.casesPerSchool
            for (n, day) in days.enumerated() {
                let reported = time(daysBefore: day)
                let roll = rng.int(0...99)
                // About 3 in 100 about staff and 7 about parents, where the protocol has articles for them.
                let subject: Person
                if roll < 3, !profile.articles(for: .staff).isEmpty {
                    subject = rng.pick(staff)
                } else if roll < 10, !profile.articles(for: .parent).isEmpty {
                    subject = rng.pick(parentsOf[rng.pick(pupils).id]!)
                } else {
                    subject = rng.pick(pupils)
                }
                // Someone else than the subject (a person is in a report once), with no draw more, so
                // the district stays the one every seed made before.
                var victim = rng.pick(pupils)
                if victim.id == subject.id, let i = pupils.firstIndex(where: { $0.id == victim.id }) {
                    victim = pupils[(i + 1) % pupils.count]
                }
                let summary = rng.pick(DistrictDemo.summaries).replacingOccurrences(of: "%@", with: subject.firstName)
                // Of the rest: some dismissed, the newest waiting in the queue.
                let left = DistrictDemo.incidentsPerSchool - n
                let needCase = casesWanted - caseCount
                let makeCase = needCase > 0 && (left <= needCase || rng.int(0...99) < 62)
                let queued = !makeCase && day < 60
                let status: IncidentStatus = makeCase ? .triaged : queued ? .new : .dismissed
                let reporter = rng.pick(staff)
                let incident = try service.intake.report(
                    summary: summary, platform: rng.pick(DistrictDemo.platforms),
                    subjects: [subject.id], victims: [victim.id], reporter: reporter.id,
                    schoolID: school.id, in: act, at: reported)
                if status == .dismissed {
                    try service.intake.dismiss(incident.id, reason: "Afgehandeld in de klas.", in: act, at: reported)
                }
                guard makeCase else { continue }
                if try openCase(
                    incident, subject: subject, school: school, profile: profile,
                    at: reported.adding(seconds: 3600), age: day)
                {
                    caseCount += 1
                }
            }
            // The benchmark's figures are only comparable if every school has its full share.
            guard caseCount == casesWanted else {
                throw CasusError(
                    .invalid,
                    Phrase(
                        "de districtsdemo maakte \(caseCount) van de \(casesWanted) zaken voor \(school.name)",
                        "the district demo made \(caseCount) of \(casesWanted) cases for \(school.name)"),
                    hint: Phrase(
                        "Het protocol \(profile.id) heeft te weinig artikelen voor leerlingen; controleer Config/protocols.",
                        "Protocol \(profile.id) has too few articles for pupils; check Config/protocols."))
            }
            // Notes outside cases to reach the district's million, and one very long dossier.
            var extra = max(0, DistrictDemo.entriesPerSchool - entries)
            if index == 0, period == 0 {
                let largest = pupils[0]
                for i in 0..<DistrictDemo.largestDossierExtra {
                    let at = time(daysBefore: 800 - i % 790)
                    _ = try append(
                        EntryDraft(kind: .care, title: "Zorgnotitie \(i + 1)", body: sentence(largest.firstName)),
                        to: largest.id, at: at)
                }
            }
            while extra > 0 {
                let p = rng.pick(pupils)
                _ = try append(
                    EntryDraft(
                        kind: rng.chance(0.5) ? .care : .note, title: rng.chance(0.5) ? "Zorgoverleg" : "Notitie",
                        body: sentence(p.firstName)), to: p.id, at: time(daysBefore: rng.int(self.days)))
                extra -= 1
            }
        }

        /// False when the protocol has no article for this subject (no case is opened). The case,
        /// its steps and obligations are planned by the ladder engine and saved by the service's
        /// own `record` functions (with their audit lines), as a director's would be.
        @discardableResult
        mutating func openCase(
            _ incident: Incident, subject: Person, school: School, profile: ProtocolProfile,
            at opened: Timestamp, age: Int
        ) throws -> Bool {
            let kind = subject.kind.ladderKind
            let articles = profile.articles(for: kind)
            guard !articles.isEmpty else { return false }
            let chosen = [rng.pick(articles).id]
            let dossier =
                subject.kind == .parent ? (try act.r.children(ofParent: subject.id).first ?? subject) : subject
            let year = opened.localDate().year
            let caseNumber = try act.nextCaseNumber(year: year)
            let cases = service.cases
            var (record, history) = try cases.record(
                Case(
                    schoolID: school.id, number: caseNumber, incidentID: incident.id,
                    subjectID: subject.id, dossierID: dossier.id, profileID: profile.id,
                    articles: chosen, severity: profile.article(chosen[0])?.severity ?? .medium,
                    summary: incident.summary, openedAt: opened),
                subject: subject, owner: dossier, school: school, profile: profile, incident: incident, in: act,
                at: opened)
            history.subjectCases = [record]
            let ladder = LegalOrder.effective(profile.ladders.written(for: kind), kind: kind)
            // How far up the ladder this case went: every rung is reached by some.
            let roll = rng.int(0...99)
            let depth = roll < 20 ? 0 : roll < 55 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : ladder.count
            var when = opened
            let notes = rng.int(2...22)
            let hasRemoval = ladder.prefix(depth).contains(.removal)
            let planned = notes + (hasRemoval ? 2 : 0)
            var written = 0
            func note(_ b: inout SchoolBuilder, kind entryKind: EntryKind, heard: [HeardParty] = []) throws {
                when = when.adding(seconds: Int64(b.rng.int(1...4) * 86_400))
                let entry = try b.append(
                    EntryDraft(
                        kind: entryKind,
                        title: entryKind == .meeting
                            ? "Gesprek over zaak"
                            : entryKind.label.nl.prefix(1).uppercased() + entryKind.label.nl.dropFirst(),
                        body: b.sentence(subject.firstName), caseID: record.id, heard: heard),
                    to: dossier.id, at: when)
                history.entries.append(entry)
                written += 1
            }
            // A dismissal ends a case: the deepest staff cases end in one of the two, not both.
            var rungs = Array(ladder.prefix(depth))
            if rungs.contains(.dismissal), rungs.contains(.summaryDismissal) {
                let dropped: Rung = dismissals % 2 == 0 ? .summaryDismissal : .dismissal
                dismissals += 1
                rungs.removeAll { $0 == dropped }
            }
            // An employee's facts are punished once: after the warning (a talk), the one measure the
            // case went to, not each below it (LegalLayer.punishedAlready).
            if kind == .staff, rungs.count > 2 { rungs = [rungs[0], rungs[rungs.count - 1]] }
            rungLoop: for rung in rungs {
                try note(&self, kind: rng.pick([EntryKind.meeting, .phone, .note]))
                if rung == .removal { try note(&self, kind: .meeting, heard: [.teacher, .parents]) }
                when = when.adding(seconds: 86_400)
                guard when < DistrictDemo.anchor else { break }
                // A staff reprimand or suspension is a voornemen first; the besluit follows once the
                // employee's term to respond has passed (three weeks later).
                let phases: [StepPhase] =
                    kind == .staff && (rung == .reprimand || rung == .suspension)
                    ? [.proposal, .decision] : [.decision]
                for phase in phases {
                    if phase == .decision, phases.count > 1 {
                        when = when.adding(seconds: 21 * 86_400)
                        guard when < DistrictDemo.anchor else { break rungLoop }
                    }
                    let request = StepRequest(
                        rung: rung, reason: "Besluit na \(history.steps.count + 1)e gesprek over deze melding.",
                        days: rung == .suspension && kind == .pupil
                            ? rng.int(1...5) : rung == .accessBan ? rng.int(7...30) : nil,
                        justification: "Gezien de ernst van het voorval.", phase: phase,
                        route: rung == .dismissal ? .kantonrechter : nil)
                    guard
                        let plan = try? LadderEngine.plan(
                            request, h: history, profile: profile, actor: service.actor.account, at: when)
                    else { break rungLoop }
                    let (stepped, after) = try cases.record(
                        plan, on: history, profile: profile, dossier: dossier.id, in: act, at: when)
                    history = after
                    if plan.decision != nil {
                        entries += 1
                        written += 1
                    }
                    for o in stepped.obligations {
                        // What is older than a few weeks was done; the rest is open, some of it overdue.
                        guard age > 30 || rng.chance(0.5) else { continue }
                        let done = try cases.complete(
                            o, of: record, dossier: dossier.id, entry: nil, in: act, at: when.adding(seconds: 3600))
                        if let i = history.obligations.firstIndex(where: { $0.id == o.id }) {
                            history.obligations[i] = done
                        }
                    }
                }
            }
            while written < planned {
                try note(&self, kind: rng.pick([EntryKind.note, .phone, .meeting, .email, .letter]))
                if when > DistrictDemo.anchor { break }
            }
            if age > 60, LadderEngine.closeBlockers(history).isEmpty, rng.chance(0.85) {
                try cases.close(
                    record.id, outcome: .founded, reason: "Afgehandeld.", in: act,
                    at: min(when.adding(seconds: 86_400), DistrictDemo.anchor))
                record.status = .closed
            }
            return true
        }
    }
}
