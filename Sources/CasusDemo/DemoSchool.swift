import CasusCore

/// `casus demo`: a fictional school with pupils in groups 1–8, their parents, staff, and reports
/// drawn from the seed protocols, handled through the same service (and so the same rules,
/// ladder and hash chains) as real work. Deterministic: the same seed gives the same school.
public enum DemoSchool {
    public enum Size: String, Sendable, CaseIterable {
        case small, district, board
    }

    /// The fictional school that goes with each shipped protocol.
    public static func schoolName(for protocolID: String) -> (name: String, town: String) {
        switch protocolID {
        case "koe-troubadour": ("Basisschool De Klimop", "Zwolle")
        case "jozefschool": ("Basisschool De Wilgenhoek", "Utrecht")
        case "cbo-meilan": ("CBS It Fûgelnêst", "Leeuwarden")
        case "schoolwerkplaats": ("Kindcentrum Het Baken", "Almere")
        // Not "OBS" (an openbare school): every demo school is bijzonder, so its rules are those of a bijzondere school.
        case "konot": ("Basisschool De Zonnewijzer", "Emmen")
        default: ("Demoschool \(protocolID)", "Amersfoort")
        }
    }

    public static let defaultProtocol = "koe-troubadour"
    /// Demo accounts besides the caller's, to try the other roles with `--as`.
    public static let ibAccount = "demo-ib"
    public static let teacherAccount = "demo-leerkracht"

    public struct Result: Sendable {
        public var school: School
        public var created: Bool
        public var people: Int
        public var incidents: Int
        public var cases: Int
    }

    /// Fills the demo school unless it is there already (then only makes sure the caller may use it).
    /// Refuses to write a fictional school into a database that holds a real one.
    public static func populate(
        storage: any CasusStorage, protocolID: String, account: String,
        profiles: ProfileRegistry, clock: Clock = .system, seed: UInt64 = 2026
    ) throws -> Result {
        let profile = try profiles.require(protocolID)
        let (name, town) = schoolName(for: protocolID)
        let now = clock.now()
        // The school is founded by its director-to-be, who then does the rest: every record goes
        // through the same service, rules and audit log as real work.
        let founder = Session(
            storage: storage,
            actor: Actor(
                user: User(
                    account: "demo-directeur", personID: nil, role: .director,
                    schoolID: nil), displayName: "Marieke van Dam"),
            profiles: profiles, clock: clock, personKeys: .demo)
        return try founder.write(at: now) { tx in
            let schools = try tx.r.schools()
            if let real = schools.first(where: { !$0.isDemo }) {
                throw CasusError.refused(
                    "deze database bevat een echte school (\(real.name)); de demo schrijft daar niet in",
                    "this database holds a real school (\(real.name)); the demo does not write into it",
                    hint: Phrase(
                        "Geef de demo een eigen database met --db PAD.",
                        "Give the demo its own database with --db PATH."))
            }
            if let other = schools.first(where: { $0.name != name }) {
                throw CasusError.refused(
                    "deze database heeft al een andere demoschool (\(other.name), protocol \(other.protocolID))",
                    "this database already holds another demo school (\(other.name), protocol \(other.protocolID))",
                    hint: Phrase(
                        "Eén demoschool per database: kies een ander pad met --db.",
                        "One demo school per database: choose another path with --db."))
            }
            let everything = Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)
            if let existing = schools.first {
                // Already there: nothing is added twice; only make sure this account may open it.
                if try tx.r.user(account: account) == nil {
                    let director = try CasusService.session(
                        storage: storage, account: "demo-directeur", profiles: profiles, clock: clock)
                    let personID = director.actor.user.personID
                    try director.directory.addUser(
                        account: account, role: .director, personID: personID, in: tx.acting(as: director.session))
                }
                return Result(
                    school: existing, created: false,
                    people: try tx.r.countPeople(PeopleQuery(scope: everything)),
                    incidents: try tx.r.countIncidents(IncidentQuery(scope: everything)),
                    cases: try tx.r.countCases(CaseQuery(scope: everything)))
            }
            let start = now.adding(seconds: -90 * 86_400)
            let school = try Directory.createSchool(
                School(
                    name: name, protocolID: profile.id, town: town, isDemo: true, sector: .po,
                    denomination: .bijzonder, isLegalRecordSet: true, boardName: "Stichting Demoscholen (fictief)",
                    boardAddress: "Postbus 100\n1234 AB \(town.isEmpty ? "Demostad" : town)"),
                account: "demo-directeur", director: ("Marieke", "van", "Dam"),
                in: tx.at(start))
            let director = try tx.r.user(account: "demo-directeur")!
            let real = account == "demo-directeur" ? nil : account
            let service = CasusService(
                Session(
                    storage: storage, actor: Actor(user: director, realAccount: real, displayName: "Marieke van Dam"),
                    profiles: profiles, clock: clock, personKeys: .demo))
            var builder = Builder(
                tx: tx.acting(as: service.session), service: service, school: school, profile: profile,
                rng: SeededRandom(seed: seed), now: now)
            if account != "demo-directeur" {
                try service.directory.addUser(
                    account: account, role: .director, personID: director.personID, in: builder.tx)
            }
            try builder.people()
            try builder.incidents()
            return Result(
                school: school, created: true, people: builder.peopleCount + 1, incidents: builder.incidentCount,
                cases: builder.caseCount)
        }.value
    }

    /// Builds the school inside one transaction: a kill halfway leaves no half school behind.
    struct Builder {
        let tx: Transaction
        let service: CasusService
        let school: School
        let profile: ProtocolProfile
        var rng: SeededRandom
        let now: Timestamp

        var pupilsByGroup: [Int: [Person]] = [:]
        var parentsOf: [PersonID: [Person]] = [:]
        var staff: [Person] = []
        var teacherOfGroup: [Int: Person] = [:]
        var peopleCount = 0
        var incidentCount = 0
        var caseCount = 0

        init(
            tx: Transaction, service: CasusService, school: School, profile: ProtocolProfile, rng: SeededRandom,
            now: Timestamp
        ) {
            self.tx = tx
            self.service = service
            self.school = school
            self.profile = profile
            self.rng = rng
            self.now = now
        }

        mutating func people() throws {
            let today = now.localDate()
            for (i, function) in DemoNames.staffFunctions.enumerated() {
                let (infix, last) = rng.pick(DemoNames.families)
                let first = rng.pick(DemoNames.adults)
                let p = try service.directory.addPerson(
                    Person(
                        schoolID: school.id, kind: .staff, firstName: first,
                        infix: infix, lastName: last, function: function,
                        externalID: String(format: "P%04d", 101 + i), salutation: DemoNames.salutation(first),
                        address: DemoNames.address(Int64(500 + i), town: school.town)), in: tx)
                staff.append(p)
                if i < 8 { teacherOfGroup[i + 1] = p }
                if function == "intern begeleider" {
                    try service.directory.addUser(account: DemoSchool.ibAccount, role: .ib, personID: p.id, in: tx)
                }
                if i == 0 {
                    try service.directory.addUser(
                        account: DemoSchool.teacherAccount, role: .teacher, personID: p.id, in: tx)
                }
            }
            for extra in [(PersonKind.intern, "stagiair Pabo"), (.volunteer, "vrijwilliger bibliotheek")] {
                let (infix, last) = rng.pick(DemoNames.families)
                staff.append(
                    try service.directory.addPerson(
                        Person(
                            schoolID: school.id, kind: extra.0, firstName: rng.pick(DemoNames.adults),
                            infix: infix, lastName: last, function: extra.1), in: tx))
            }
            var number = 1001
            for group in 1...8 {
                for _ in 0..<rng.int(13...17) {
                    let (infix, last) = rng.pick(DemoNames.families)
                    let girl = rng.chance(0.5)
                    let age = group + 4
                    let birth = LocalDate(
                        year: today.year - age - (today.month < 9 ? 1 : 0), month: rng.int(1...12), day: rng.int(1...28)
                    )
                    let pupil = try service.directory.addPerson(
                        Person(
                            schoolID: school.id, kind: .pupil,
                            firstName: rng.pick(girl ? DemoNames.girls : DemoNames.boys),
                            infix: infix, lastName: last, group: String(group),
                            externalID: String(number), birthDate: birth), in: tx)
                    number += 1
                    pupilsByGroup[group, default: []].append(pupil)
                    parentsOf[pupil.id] = try DemoNames.parents(
                        of: pupil, family: (infix, last), externalID: String(number),
                        rng: &rng, directory: service.directory, in: tx, town: school.town)
                }
            }
            peopleCount =
                staff.count + pupilsByGroup.values.reduce(0) { $0 + $1.count }
                + parentsOf.values.reduce(0) { $0 + $1.count }
        }

        var used: Set<PersonID> = []

        /// A pupil of the group not yet in another scenario, so every report is about someone else.
        mutating func pupil(in group: Int) -> Person {
            let free = (pupilsByGroup[group] ?? []).filter { !used.contains($0.id) }
            let p = rng.pick(free.isEmpty ? pupilsByGroup[group]! : free)
            used.insert(p.id)
            return p
        }

        /// The first article that binds this kind of subject and mentions one of the words.
        func article(for kind: SubjectKind, words: [String]) -> Article? {
            let candidates = profile.articles(for: kind)
            for word in words {
                if let a = candidates.first(where: { ($0.text + " " + $0.title).folded.contains(word.folded) }) {
                    return a
                }
            }
            return candidates.first { $0.severity != .light } ?? candidates.first
        }

        func at(daysAgo: Double, hour: Int = 10) -> Timestamp {
            let midnight = Timestamp(seconds: Int64(now.localDate().dayNumber) * 86_400)
            var day = midnight.adding(seconds: Int64(-daysAgo * 86_400) + Int64(hour * 3600 - 3600))
            // Reports come in on school days.
            while day.localDate().isWeekend { day = day.adding(seconds: -86_400) }
            return min(day, now)
        }

        mutating func report(
            _ summary: String, platform: String, subjects: [Person], victims: [Person] = [],
            reporter: Person?, daysAgo: Double
        ) throws -> Incident {
            incidentCount += 1
            return try service.intake.report(
                summary: summary, platform: platform, subjects: subjects.map(\.id),
                victims: victims.map(\.id), witnesses: [], reporter: reporter?.id,
                schoolID: school.id, in: tx, at: at(daysAgo: daysAgo, hour: 9))
        }

        /// A case in the director's own words (`summary`): a letter states those, never the report's.
        mutating func open(
            _ incident: Incident, _ subject: Person, words: [String], flags: CaseFlags = CaseFlags(),
            severity: Severity? = nil, summary: String, daysAgo: Double
        ) throws -> Case? {
            guard let a = article(for: subject.kind.ladderKind, words: words) else { return nil }
            var flags = flags
            if flags.crossing, let vi = profile.escalations.vertrouwensinspecteur, !vi.qualifiedBy.contains(.director) {
                flags.crossing = false
            }
            if flags.crossing, profile.escalations.vertrouwensinspecteur == nil { flags.crossing = false }
            caseCount += 1
            return try service.cases.open(
                incident: incident.id, subject: subject.id, articles: [a.id], severity: severity,
                flags: flags, dossierPupil: nil, summary: summary, in: tx, at: at(daysAgo: daysAgo, hour: 11))
        }

        func note(
            _ c: Case, _ kind: EntryKind, _ title: String, _ body: String, heard: [HeardParty] = [], daysAgo: Double
        ) throws {
            _ = try service.cases.addEntry(
                c.id, kind: kind, title: title, body: body, heard: heard, corrects: nil,
                evidence: [], in: tx, at: at(daysAgo: daysAgo, hour: 14))
        }

        /// Takes the suggested step, or a named one; a skip gets a realistic justification.
        func step(_ c: Case, _ rung: Rung? = nil, days: Int? = nil, reason: String, daysAgo: Double) throws {
            let when = at(daysAgo: daysAgo, hour: 15)
            let (_, assessment) = try service.cases.assess(c.id, in: tx, on: when.localDate())
            guard let target = rung ?? assessment.suggested,
                let option = assessment.options.first(where: { $0.rung == target })
            else { return }
            let justification =
                option.skips.isEmpty
                ? nil
                : "Gezien de ernst van het voorval en de gevolgen voor de betrokkenen is een lichtere maatregel niet passend."
            _ = try service.cases.step(
                c.id,
                StepRequest(
                    rung: target, reason: reason, days: option.needsDays ? (days ?? 1) : nil,
                    justification: justification), in: tx, at: when)
        }

        func done(_ c: Case, _ kind: ObligationKind, daysAgo: Double) throws {
            guard try tx.r.obligations(case: c.id).contains(where: { $0.kind == kind && !$0.isDone }) else { return }
            _ = try service.cases.markDone(
                c.id, obligation: kind.rawValue, entry: nil, in: tx, at: at(daysAgo: daysAgo, hour: 16))
        }

        // swiftlint:disable:next function_body_length
        mutating func incidents() throws {
            let ib = staff.first { $0.function == "intern begeleider" }
            let t7 = teacherOfGroup[7]!, t8 = teacherOfGroup[8]!, t6 = teacherOfGroup[6]!, t5 = teacherOfGroup[5]!

            // 1. A pupil films a lesson and posts it (KOE 3A.1, Jozefschool A.3/A.5).
            let filmer = pupil(in: 6)
            let i1 = try report(
                "\(filmer.firstName) (groep 6) heeft tijdens de rekenles met een telefoon de les gefilmd; het filmpje met \(t6.name) staat op TikTok.",
                platform: "TikTok", subjects: [filmer], victims: [t6], reporter: t6, daysAgo: 34)
            if let c = try open(
                i1, filmer, words: ["tijdens de les", "opnamen", "filmpjes"],
                summary:
                    "Tijdens de rekenles heeft \(filmer.firstName) met een telefoon de les gefilmd en het filmpje zonder toestemming van de leerkracht op TikTok gezet.",
                daysAgo: 33)
            {
                try note(
                    c, .meeting, "Gesprek met \(filmer.firstName) en ouders",
                    "\(filmer.firstName) erkent het filmpje te hebben gemaakt en heeft het verwijderd. Ouders steunen de aanpak van school.",
                    heard: [.pupil, .parents], daysAgo: 32)
                try step(c, reason: "Les gefilmd en op TikTok gezet zonder toestemming van de leerkracht.", daysAgo: 32)
                try done(c, .informParents, daysAgo: 31)
            }

            // 2. A meme about a teacher in the class app (KOE 3A.8); several pupils of one group.
            let memers = [pupil(in: 7), pupil(in: 7), pupil(in: 7)]
            let i2 = try report(
                "In de klassenapp van groep 7 is een meme over \(t7.name) gedeeld en door meerdere leerlingen doorgestuurd.",
                platform: "WhatsApp", subjects: memers, victims: [t7], reporter: t7, daysAgo: 21)
            for (n, p) in memers.prefix(2).enumerated() {
                if let c = try open(
                    i2, p, words: ["memes", "fatsoensnormen", "beledigend", "schade"],
                    summary:
                        "In de klassenapp van groep 7 heeft \(p.firstName) een meme over de leerkracht \(n == 0 ? "gemaakt en gedeeld" : "doorgestuurd").",
                    daysAgo: 20)
                {
                    try note(
                        c, .meeting, "Gesprek met \(p.firstName)",
                        "\(p.firstName) heeft de meme \(n == 0 ? "gemaakt" : "doorgestuurd") en begrijpt dat dit kwetsend is voor \(t7.firstName).",
                        heard: [.pupil], daysAgo: 19)
                }
            }

            // 3. A staff member befriends pupils from a private account (KOE 3A.6, Meilân G.6).
            let befriender = staff[9]
            let i3 = try report(
                "\(befriender.name) (\(befriender.function ?? "medewerker")) heeft vanaf een privé-Instagramaccount vriendschapsverzoeken gestuurd aan leerlingen van groep 8.",
                platform: "Instagram", subjects: [befriender], victims: [pupil(in: 8), pupil(in: 8)], reporter: ib,
                daysAgo: 9)
            if let c = try open(
                i3, befriender, words: ["vrienden", "privéaccount", "vriend"], flags: CaseFlags(crossing: true),
                summary:
                    "Vanaf een privé-Instagramaccount heeft \(befriender.name) vriendschapsverzoeken gestuurd aan leerlingen van groep 8.",
                daysAgo: 8)
            {
                try note(
                    c, .meeting, "Gesprek met \(befriender.name)",
                    "\(befriender.firstName) verklaart de verzoeken uit onwetendheid te hebben gestuurd en heeft ze ingetrokken. Afspraak: geen contact met leerlingen via privéaccounts.",
                    heard: [.employee], daysAgo: 7)
                try step(
                    c, .warning, reason: "Vriendschapsverzoeken aan leerlingen vanaf een privéaccount.", daysAgo: 7)
            }

            // 4. A parent shares a recorded remote lesson (KOE 3A.7).
            let child = pupil(in: 4)
            if let parent = parentsOf[child.id]?.first {
                let i4 = try report(
                    "Een ouder van \(child.firstName) (groep 4) heeft een opname van de online les gedeeld in een Facebookgroep van ouders.",
                    platform: "Facebook", subjects: [parent], victims: [teacherOfGroup[4]!],
                    reporter: teacherOfGroup[4], daysAgo: 5)
                if let c = try open(
                    i4, parent, words: ["lessen op afstand", "opnamen", "opnames", "foto-, film"],
                    summary:
                        "In een Facebookgroep van ouders heeft \(parent.name) een opname van een online les van groep 4 gedeeld.",
                    daysAgo: 4)
                {
                    try note(
                        c, .phone, "Telefoongesprek met \(parent.name)",
                        "Ouder gebeld; de opname is uit de Facebookgroep gehaald.", daysAgo: 4)
                }
            }

            // 5. A photo of a classmate without consent (Jozefschool A.5): warning, then a 3-day suspension.
            let poster = pupil(in: 8)
            let victim = pupil(in: 8)
            let i5 = try report(
                "\(poster.firstName) heeft zonder toestemming een foto van \(victim.firstName) met een spottende tekst op Snapchat gezet.",
                platform: "Snapchat", subjects: [poster], victims: [victim], reporter: t8, daysAgo: 27)
            if let c = try open(
                i5, poster, words: ["foto-, film", "opnamen", "toestemming", "fatsoensnormen"], severity: .medium,
                summary:
                    "Op Snapchat heeft \(poster.firstName) zonder toestemming een foto van een klasgenoot met een spottende tekst gezet.",
                daysAgo: 26)
            {
                try step(c, .warning, reason: "Foto van een klasgenoot zonder toestemming gedeeld.", daysAgo: 26)
                try done(c, .informParents, daysAgo: 25)
                try note(
                    c, .note, "Nieuwe melding",
                    "Ondanks de waarschuwing opnieuw een foto van \(victim.firstName) gedeeld, nu in een groepschat.",
                    daysAgo: 6)
                try step(
                    c, .suspension, days: 3,
                    reason: "Herhaling na een schriftelijke waarschuwing; het slachtoffer voelt zich niet meer veilig.",
                    daysAgo: 5)
                // Its written decision is a letter, left for the director to write (`c` on the case).
                try note(
                    c, .meeting, "Gesprek met de groepsleerkracht",
                    "\(t8.name) is gehoord over het gedrag van \(poster.firstName) in de groep.",
                    heard: [.teacher], daysAgo: 2)
            }

            // 6. Bullying in a group chat (KOE 3A.8, Jozefschool A.7): suspension straight away, justified.
            let bully = pupil(in: 5)
            let i6 = try report(
                "In een groepsapp heeft \(bully.firstName) herhaaldelijk scheldwoorden en bedreigingen over een klasgenoot geplaatst.",
                platform: "WhatsApp", subjects: [bully], victims: [pupil(in: 5)], reporter: t5, daysAgo: 3)
            if let c = try open(
                i6, bully, words: ["pesten", "bedreigen", "fatsoensnormen"], severity: .severe,
                summary:
                    "In een groepsapp heeft \(bully.firstName) herhaaldelijk scheldwoorden en bedreigingen over een klasgenoot geplaatst.",
                daysAgo: 2)
            {
                try note(
                    c, .meeting, "Gesprek met \(bully.firstName) en ouders",
                    "Ouders zijn geschrokken en werken mee. Afspraken gemaakt over telefoongebruik thuis.",
                    heard: [.pupil, .parents], daysAgo: 2)
                try step(
                    c, .suspension, days: 2, reason: "Bedreigingen aan een klasgenoot in een groepsapp.", daysAgo: 1)
            }

            // 7. A hacked account: possibly criminal (aangifte mandatory or optional per profile).
            let hacker = pupil(in: 8)
            let i7 = try report(
                "Het Instagramaccount van een leerling uit groep 8 is overgenomen; vanaf het account zijn berichten verstuurd. Vermoedelijk door \(hacker.firstName).",
                platform: "Instagram", subjects: [hacker], victims: [pupil(in: 8)], reporter: t8, daysAgo: 12)
            _ = try open(
                i7, hacker, words: ["hacken", "toegang", "veranderen", "fatsoensnormen"],
                flags: CaseFlags(criminal: true), severity: .severe,
                summary:
                    "Het Instagramaccount van een klasgenoot is overgenomen en er zijn berichten vanaf verstuurd, vermoedelijk door \(hacker.firstName).",
                daysAgo: 11)

            // 8. A staff member argues with a parent on social media (Konot 4): informal warning.
            let arguer = staff[3]
            let i8 = try report(
                "\(arguer.name) is op X (Twitter) in discussie gegaan met een ouder over een besluit van de school.",
                platform: "X", subjects: [arguer], reporter: nil, daysAgo: 40)
            if let c = try open(
                i8, arguer, words: ["discussie", "ontsporen", "leidinggevende"], severity: .light,
                summary:
                    "Op X (Twitter) is \(arguer.name) met een ouder in discussie gegaan over een besluit van de school.",
                daysAgo: 39)
            {
                try step(
                    c, .warning, reason: "Discussie met een ouder op sociale media in plaats van offline.", daysAgo: 38)
                try note(
                    c, .note, "Afspraak",
                    "Bij twijfel eerst overleggen met de directie; discussies met ouders worden offline gevoerd.",
                    daysAgo: 38)
                try service.cases.close(
                    c.id, outcome: .founded, reason: "Afspraken gemaakt; geen herhaling.", in: tx, at: at(daysAgo: 30))
            }

            // 9.–12. New reports waiting in the triage queue.
            let phone = pupil(in: 6)
            _ = try report(
                "\(phone.firstName) gebruikte tijdens de les een mobiele telefoon zonder toestemming en maakte foto's van klasgenoten.",
                platform: "Telefoon", subjects: [phone], reporter: t6, daysAgo: 1)
            let insulted = pupil(in: 3)
            if let parent = parentsOf[insulted.id]?.first {
                _ = try report(
                    "\(parent.name) plaatste op Facebook een beledigend bericht over de directeur en noemde haar bij naam.",
                    platform: "Facebook", subjects: [parent], reporter: nil, daysAgo: 2)
            }
            let faker = pupil(in: 7)
            _ = try report(
                "Er is een nepaccount op naam van \(t7.name) aangemaakt; \(faker.firstName) wordt genoemd als maker.",
                platform: "TikTok", subjects: [faker], victims: [t7], reporter: t7, daysAgo: 0.2)
            let confidential = staff[10]
            _ = try report(
                "\(confidential.name) heeft in een appgroep van collega's vertrouwelijke informatie over een leerling gedeeld.",
                platform: "WhatsApp", subjects: [confidential], reporter: ib, daysAgo: 4)

            // 13. Dismissed: handled in class.
            let scroller = pupil(in: 5)
            let i13 = try report(
                "\(scroller.firstName) zat tijdens de les op Instagram.", platform: "Instagram", subjects: [scroller],
                reporter: t5, daysAgo: 15)
            try service.intake.dismiss(
                i13.id, reason: "Afgehandeld door de leerkracht volgens de klassenafspraken.",
                in: tx, at: at(daysAgo: 14))
        }
    }
}
