/// `casus demo --size district`: a board's 30 schools, for measuring casus at scale (DESIGN.md §10):
/// 10,000 pupils with their parents, 1,200 staff, 100,000 reports, 60,000 cases at every rung and
/// 1,000,000 dossier entries. Seeded and anchored to a fixed date, so every run makes the same
/// district. Each school is one transaction: an interrupted run leaves whole schools, and running
/// it again adds the missing ones.
public enum DistrictDemo {
    public static let schools = 30
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
    static let platforms = ["WhatsApp", "TikTok", "Snapchat", "Instagram", "Facebook", "X", "YouTube", "Telefoon", "Klasbord", "Discord"]
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
    }

    public struct Result: Sendable {
        public var schoolsCreated: Int
        public var schoolsPresent: Int
    }

    public static func populate(storage: any CasusStorage, account: String, profiles: ProfileRegistry, seed: UInt64 = 2026,
                                schools count: Int = schools, progress: (Progress) -> Void = { _ in }) throws -> Result {
        var created = 0
        var present = 0
        for index in 0..<min(count, schools) {
            let (name, town) = names[index]
            let made = try storage.write { w -> Bool in
                let existing = try w.schools()
                if let real = existing.first(where: { !$0.isDemo }) {
                    throw CasusError.refused("deze database bevat een echte school (\(real.name)); de demo schrijft daar niet in",
                                             "this database holds a real school (\(real.name)); the demo does not write into it",
                                             hint: Phrase("Geef de demo een eigen database met --db PAD.", "Give the demo its own database with --db PATH."))
                }
                if existing.contains(where: { $0.name == name }) { return false }
                var school = SchoolBuilder(w: w, index: index, profiles: profiles, rng: SeededRandom(seed: seed &+ UInt64(index) &* 7919))
                try school.build(name: name, town: town, account: account)
                progress(Progress(school: index + 1, entries: school.entries))
                return true
            }
            if made { created += 1 } else { present += 1 }
        }
        return Result(schoolsCreated: created, schoolsPresent: present)
    }

    struct SchoolBuilder {
        let w: any StorageWriter
        let index: Int
        let profiles: ProfileRegistry
        var rng: SeededRandom
        var entries = 0
        var pupils: [Person] = []
        var parentsOf: [PersonID: [Person]] = [:]
        var staff: [Person] = []
        /// The next case number per year, read once from the store.
        var numbers: [Int: Int] = [:]
        /// Each dossier's chain head: every dossier is new, so the chain is known without asking.
        var heads: [PersonID: (seq: Int64, hash: String)] = [:]
        /// Staff cases that went all the way: they end in dismissal and summary dismissal in turn.
        var dismissals = 0

        /// Appends to a dossier's chain, keeping its head in memory.
        mutating func chain(_ draft: EntryDraft, to dossier: PersonID, author: Actor, at: Timestamp) throws -> DossierEntry {
            let e = try w.append(draft, dossier: dossier, author: author.account, authorName: author.displayName, at: at,
                                 after: heads[dossier] ?? (0, DossierChain.genesis))
            heads[dossier] = (e.seq, e.hash)
            entries += 1
            return e
        }

        init(w: any StorageWriter, index: Int, profiles: ProfileRegistry, rng: SeededRandom) {
            self.w = w
            self.index = index
            self.profiles = profiles
            self.rng = rng
        }

        /// A moment `days` before the anchor, in school hours, on a weekday.
        mutating func time(daysBefore days: Int) -> Timestamp {
            var t = DistrictDemo.anchor.adding(seconds: Int64(-days * 86_400 + rng.int(-3...5) * 3600 + rng.int(0...59) * 60))
            while t.localDate().isWeekend { t = t.adding(seconds: -86_400) }
            return t
        }

        /// One to three sentences about `name` (the templates are split once: a million of these are written).
        mutating func sentence(_ name: String) -> String {
            (0..<rng.int(1...3)).map { _ in rng.pick(DistrictDemo.sentenceParts).joined(separator: name) }.joined(separator: " ")
        }

        mutating func build(name: String, town: String, account: String) throws {
            // Every school needs articles for its pupils: KONOT's profile covers staff only, so the
            // district's schools take the four protocols that cover pupils in turn.
            let forPupils = profiles.profiles.filter { !$0.articles(for: .pupil).isEmpty }
            let profile = forPupils[index % forPupils.count]
            let school = try CasusService.createSchool(w, School(name: name, protocolID: profile.id, town: town, isDemo: true),
                                                       account: "demo-directeur-\(index + 1)", director: ("Marieke", "van", "Dam"),
                                                       at: DistrictDemo.anchor.adding(seconds: -900 * 86_400))
            let directorUser = try w.user(account: "demo-directeur-\(index + 1)")!
            if index == 0 {
                if try w.user(account: DistrictDemo.boardAccount) == nil {
                    try w.insert(user: User(account: DistrictDemo.boardAccount, personID: nil, role: .board, schoolID: nil))
                }
                if account != DistrictDemo.boardAccount, try w.user(account: account) == nil {
                    try w.insert(user: User(account: account, personID: nil, role: .board, schoolID: nil))
                }
            }
            let actor = Actor(user: directorUser, displayName: "Marieke van Dam")
            try people(school)
            try incidentsAndCases(school, profile: profile, actor: actor)
            try w.append(audit: AuditRecord(at: DistrictDemo.anchor, account: account, realAccount: nil, action: "demo.district",
                                            personID: nil, caseID: nil, detail: "\(name): \(entries) stukken"))
        }

        mutating func people(_ school: School) throws {
            for i in 0..<DistrictDemo.staffPerSchool {
                let (infix, last) = rng.pick(DemoNames.families)
                staff.append(try w.insert(person: Person(schoolID: school.id, kind: .staff, firstName: rng.pick(DemoNames.adults), infix: infix,
                                                         lastName: last, function: i < 16 ? "groepsleerkracht" : rng.pick(DemoNames.staffFunctions),
                                                         externalID: "P\(index + 1)-\(i + 1)")))
            }
            try w.insert(user: User(account: "demo-ib-\(index + 1)", personID: staff[16].id, role: .ib, schoolID: school.id))
            for i in 0..<DistrictDemo.pupilsPerSchool {
                let (infix, last) = rng.pick(DemoNames.families)
                let group = i % 8 + 1
                let pupil = try w.insert(person: Person(schoolID: school.id, kind: .pupil,
                                                        firstName: rng.pick(rng.chance(0.5) ? DemoNames.girls : DemoNames.boys),
                                                        infix: infix, lastName: last, group: String(group),
                                                        externalID: "\(index + 1)\(String(format: "%04d", i + 1))",
                                                        birthDate: LocalDate(year: 2026 - group - 4, month: rng.int(1...12), day: rng.int(1...28))))
                pupils.append(pupil)
                parentsOf[pupil.id] = try DemoNames.parents(of: pupil, family: (infix, last), externalID: pupil.externalID!,
                                                            rng: &rng, w: w)
            }
        }

        mutating func append(_ draft: EntryDraft, to dossier: PersonID, author: Actor, at: Timestamp) throws {
            _ = try chain(draft, to: dossier, author: author, at: at)
        }

        mutating func incidentsAndCases(_ school: School, profile: ProtocolProfile, actor: Actor) throws {
            let director = actor.account
            // Reports spread over about two school years before the anchor, oldest first.
            let days = (0..<DistrictDemo.incidentsPerSchool).map { _ in rng.int(1...800) }.sorted(by: >)
            var caseCount = 0
            let casesWanted = DistrictDemo.casesPerSchool
            for (n, day) in days.enumerated() {
                let reported = time(daysBefore: day)
                let roll = rng.int(0...99)
                // About 3 in 100 about staff and 7 about parents, where the protocol has articles for them.
                let subject: Person
                if roll < 3, !profile.articles(for: .staff).isEmpty { subject = rng.pick(staff) } else if roll < 10, !profile.articles(for: .parent).isEmpty {
                    subject = rng.pick(parentsOf[rng.pick(pupils).id]!)
                } else { subject = rng.pick(pupils) }
                let victim = rng.pick(pupils)
                let summary = rng.pick(DistrictDemo.summaries).replacingOccurrences(of: "%@", with: subject.firstName)
                // Of the rest: some dismissed, the newest waiting in the queue.
                let left = DistrictDemo.incidentsPerSchool - n
                let needCase = casesWanted - caseCount
                let makeCase = needCase > 0 && (left <= needCase || rng.int(0...99) < 62)
                let queued = !makeCase && day < 60
                let status: IncidentStatus = makeCase ? .triaged : queued ? .new : .dismissed
                let incident = try w.insert(incident: Incident(schoolID: school.id, reportedAt: reported, summary: summary,
                                                               platform: rng.pick(DistrictDemo.platforms), status: status,
                                                               reporterName: rng.pick(staff).name,
                                                               dismissedReason: status == .dismissed ? "Afgehandeld in de klas." : nil),
                                            involved: [(subject.id, .subject), (victim.id, .victim)], reportedBy: director)
                if status == .dismissed {
                    try w.setIncident(id: incident.id, status: .dismissed, reason: "Afgehandeld in de klas.", by: director, at: reported)
                }
                guard makeCase else { continue }
                if try openCase(incident, subject: subject, school: school, profile: profile, actor: actor,
                                at: reported.adding(seconds: 3600), age: day) {
                    caseCount += 1
                }
            }
            // The benchmark's figures are only comparable if every school has its full share.
            guard caseCount == casesWanted else {
                throw CasusError(.invalid, Phrase("de districtsdemo maakte \(caseCount) van de \(casesWanted) zaken voor \(school.name)",
                                                  "the district demo made \(caseCount) of \(casesWanted) cases for \(school.name)"),
                                 hint: Phrase("Het protocol \(profile.id) heeft te weinig artikelen voor leerlingen; controleer Config/protocols.",
                                              "Protocol \(profile.id) has too few articles for pupils; check Config/protocols."))
            }
            // Notes outside cases to reach the district's million, and one very long dossier.
            var extra = max(0, DistrictDemo.entriesPerSchool - entries)
            if index == 0 {
                let largest = pupils[0]
                for i in 0..<DistrictDemo.largestDossierExtra {
                    let at = time(daysBefore: 800 - i % 790)
                    try append(EntryDraft(kind: .care, title: "Zorgnotitie \(i + 1)", body: sentence(largest.firstName)), to: largest.id,
                               author: actor, at: at)
                }
            }
            while extra > 0 {
                let p = rng.pick(pupils)
                try append(EntryDraft(kind: rng.chance(0.5) ? .care : .note, title: rng.chance(0.5) ? "Zorgoverleg" : "Notitie",
                                      body: sentence(p.firstName)), to: p.id, author: actor, at: time(daysBefore: rng.int(1...800)))
                extra -= 1
            }
        }

        /// False when the protocol has no article for this subject (no case is opened).
        @discardableResult
        mutating func openCase(_ incident: Incident, subject: Person, school: School, profile: ProtocolProfile, actor: Actor,
                               at opened: Timestamp, age: Int) throws -> Bool {
            let kind = subject.kind.ladderKind
            let articles = profile.articles(for: kind)
            guard !articles.isEmpty else { return false }
            let chosen = [rng.pick(articles).id]
            let dossier = subject.kind == .parent ? (try w.children(ofParent: subject.id).first ?? subject) : subject
            let year = opened.localDate().year
            if numbers[year] == nil { numbers[year] = Int(try w.nextCaseNumber(year: year).dropFirst(5)) ?? 1 }
            let caseNumber = "\(year)-" + String(format: "%04d", numbers[year]!)
            numbers[year]! += 1
            var record = try w.insert(case: Case(schoolID: school.id, number: caseNumber,
                                                 incidentID: incident.id, subjectID: subject.id, dossierID: dossier.id,
                                                 profileID: profile.id, articles: chosen,
                                                 severity: profile.article(chosen[0])?.severity ?? .medium, summary: incident.summary,
                                                 openedAt: opened), openedBy: actor.account)
            var history = CaseHistory(record: record, subject: subject, steps: [], obligations: [], entries: [], subjectCases: [record])
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
                let entry = try b.chain(EntryDraft(kind: entryKind, title: entryKind == .meeting ? "Gesprek over zaak" : entryKind.label.nl.capitalizedFirst,
                                                   body: b.sentence(subject.firstName), caseID: record.id, heard: heard),
                                        to: dossier.id, author: actor, at: when)
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
            for rung in rungs {
                try note(&self, kind: rng.pick([EntryKind.meeting, .phone, .note]))
                if rung == .removal { try note(&self, kind: .meeting, heard: [.teacher, .parents]) }
                when = when.adding(seconds: 86_400)
                guard when < DistrictDemo.anchor else { break }
                let request = StepRequest(rung: rung, reason: "Besluit na \(history.steps.count + 1)e gesprek over deze melding.",
                                          days: rung == .suspension && kind == .pupil ? rng.int(1...5) : nil,
                                          justification: "Gezien de ernst van het voorval.")
                guard let plan = try? LadderEngine.plan(request, h: history, profile: profile, actor: actor.account, at: when) else { break }
                let step = try w.insert(step: plan.step)
                history.steps.append(step)
                for o in plan.obligations {
                    // What is older than a few weeks was done; the rest is open, some of it overdue.
                    let done = age > 30 || rng.chance(0.5)
                    let doneAt = done ? when.adding(seconds: 3600) : nil
                    history.obligations.append(try w.insert(obligation: Obligation(caseID: record.id, kind: o.kind, due: o.due, note: o.note,
                                                                                   isDeadlineForOthers: o.forOthers, doneAt: doneAt,
                                                                                   doneBy: done ? actor.account : nil),
                                                            stepID: step.id, at: when))
                }
                if let decision = plan.decision {
                    _ = try chain(decision, to: dossier.id, author: actor, at: when)
                    written += 1
                }
                try w.setRung(case: record.id, LadderEngine.reached(history, ladder: ladder))
            }
            while written < planned {
                try note(&self, kind: rng.pick([EntryKind.note, .phone, .meeting, .email, .letter]))
                if when > DistrictDemo.anchor { break }
            }
            try w.refreshCaseSummary(case: record.id)
            if age > 60, LadderEngine.closeBlockers(history).isEmpty, rng.chance(0.85) {
                try w.close(case: record.id, at: min(when.adding(seconds: 86_400), DistrictDemo.anchor), by: actor.account, reason: "Afgehandeld.")
                record.status = .closed
            }
            return true
        }
    }
}
