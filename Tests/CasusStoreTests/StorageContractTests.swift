@testable import CasusCore
import Foundation
import Testing
import CasusTestSupport

/// What every backend must do, through the port alone: store and return every record as
/// written, all or nothing; enforce the chains' links; keep every query within its scope (as
/// `Scope.admits` states the rule); page consistently with its counts; move the change token
/// with data and not with audit lines.
@Suite struct StorageContractTests {
    static let at = Fixtures.at("2026-11-16")

    /// Two schools, each with a pupil, a parent and a staff member, a case in a pupil's dossier
    /// and one in a staff dossier, reports, and an entry in each dossier.
    struct World {
        var schools: [School] = []
        var people: [Person] = []
        var cases: [Case] = []
        var incidents: [Incident] = []
        var entries: [DossierEntry] = []

        func person(_ school: Int, _ kind: PersonKind) -> Person {
            people.first { $0.schoolID == schools[school].id && $0.kind == kind }!
        }
    }

    static func world(_ storage: any CasusStorage) throws -> World {
        try Fixtures.builder(storage).build(at: at) { tx in
            var world = World()
            // The builder's account is the board's: a purge is `verify`'d against who may make one.
            try tx.insert(user: User(account: "directeur", personID: nil, role: .board, schoolID: nil))
            for (n, name) in ["OBS De Linde", "CBS De Fontein"].enumerated() {
                let school = try tx.insert(school: School(name: name, protocolID: "jozefschool", town: "Ede"))
                world.schools.append(school)
                let pupil = try tx.insert(
                    person: Person(
                        schoolID: school.id, kind: .pupil, firstName: "Zoë", infix: "de",
                        lastName: "Vries\(n)", group: "7", externalID: "L\(n)",
                        birthDate: LocalDate(iso: "2015-03-02")))
                let parent = try tx.insert(
                    person: Person(schoolID: school.id, kind: .parent, firstName: "Kees", lastName: "de Vries\(n)"))
                try tx.link(parent: parent.id, pupil: pupil.id)
                let staff = try tx.insert(
                    person: Person(
                        schoolID: school.id, kind: .staff, firstName: "José", lastName: "Kramer\(n)",
                        function: "groepsleerkracht", externalID: "P\(n)"))
                world.people += [pupil, parent, staff]
                for (subject, dossier, kind) in [(pupil, pupil, "pupil"), (staff, staff, "staff")] {
                    let incident = try tx.insert(
                        incident: Incident(
                            schoolID: school.id, reportedAt: at,
                            summary: "Filmpje \(kind) \(n) op TikTok", platform: "TikTok"),
                        involved: [(subject.id, .subject)])
                    world.incidents.append(incident)
                    let c = try tx.insert(
                        case: Case(
                            schoolID: school.id, number: try tx.nextCaseNumber(year: 2026),
                            incidentID: incident.id, subjectID: subject.id, dossierID: dossier.id,
                            profileID: "jozefschool", articles: ["A.5"], severity: .medium,
                            summary: "Filmpje \(kind) \(n) gedeeld", openedAt: at))
                    world.cases.append(c)
                    world.entries.append(
                        try tx.append(
                            EntryDraft(
                                kind: .note, title: "Notitie \(kind)", body: "Gesprek over het filmpje \(n).",
                                caseID: c.id), to: dossier.id, at: at))
                }
            }
            return world
        }.value
    }

    @Test(arguments: Backend.all)
    func aWriteIsAllOrNothing(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try Fixtures.builder(storage).build { tx in
                _ = try tx.insert(school: School(name: "Half", protocolID: "jozefschool"))
                throw Stop()
            }
        }
        #expect(try storage.read { try $0.schools() }.isEmpty)
    }

    @Test(arguments: Backend.all)
    func everyRecordReadsBackAsWritten(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        try storage.read { r in
            #expect(try r.schools().map(\.name) == ["CBS De Fontein", "OBS De Linde"])
            for p in world.people { #expect(try r.person(id: p.id) == p) }
            let pupil = world.person(0, .pupil)
            #expect(try r.person(externalID: "L0", kind: .pupil, schoolID: world.schools[0].id) == pupil)
            #expect(try r.guardians(ofPupil: pupil.id).map(\.id) == [world.person(0, .parent).id])
            #expect(try r.children(ofParent: world.person(0, .parent).id).map(\.id) == [pupil.id])
            for i in world.incidents { #expect(try r.incident(id: i.id) == i) }
            for c in world.cases {
                #expect(try r.caseRecord(id: c.id) == c)
                #expect(try r.caseID(number: c.number) == c.id)
            }
            for e in world.entries {
                var stored = try #require(try r.entry(id: e.id))
                stored.caseNumber = nil
                #expect(stored == e)
                #expect(DossierChain.expectedHash(of: stored) == stored.hash)
            }
        }
    }

    /// Issue 16: a case's outcome and a reclassification read back through every read of a case;
    /// a report whose only case was a mistake is new again; a mistake beside a standing case is not.
    @Test(arguments: Backend.all)
    func outcomesAndReclassificationsReadBack(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let session = Fixtures.builder(storage)
        let (pupilCase, staffCase) = (world.cases[0], world.cases[1])
        try session.build { tx in
            for c in [pupilCase, staffCase] {
                try tx.setIncident(c.incidentID, status: .triaged, reason: nil, at: Self.at)
            }
            try tx.reclassify(
                case: pupilCase, articles: ["A.7", "A.5"], severity: .severe, reason: "Herzien.", at: Self.at)
            try tx.close(case: pupilCase, at: Self.at, reason: "Verkeerde leerling.", outcome: .mistake)
            try tx.close(case: staffCase, at: Self.at, reason: "Niet waar.", outcome: .unfounded)
        }
        try storage.read { r in
            let read = try #require(try r.caseRecord(id: pupilCase.id))
            #expect(read.articles == ["A.7", "A.5"] && read.severity == .severe)
            #expect(read.status == .closed && read.outcome == .mistake && read.closeReason == "Verkeerde leerling.")
            let about = try r.cases(aboutSubject: pupilCase.subjectID)
            #expect(about.map(\.outcome) == [.mistake] && about.first?.articles == ["A.7", "A.5"])
            #expect(try r.cases(ofIncident: staffCase.incidentID).map(\.outcome) == [.unfounded])
            #expect(try r.caseRecord(id: world.cases[2].id)?.outcome == nil)
            // The pupil's report had that case only: back to triage. The staff report stays triaged.
            #expect(try r.incident(id: pupilCase.incidentID)?.status == .new)
            #expect(try r.incident(id: staffCase.incidentID)?.status == .triaged)
        }
        var ledger = Ledger()
        try storage.read { r in try r.forEachEvent { ledger.apply($0) } }
        #expect(ledger.problems.isEmpty)
        for table in [DerivedTable.case, .caseArticle, .incident] {
            var rows: [DerivedRow] = []
            try storage.read { r in try r.forEachDerivedRow(table) { rows.append($0) } }
            #expect(rows == ledger.expected(table).map(\.row), "\(table.rawValue) differs from the replayed events")
        }
    }

    @Test(arguments: Backend.all)
    func theChainsAreEnforcedByTheStore(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let pupil = world.person(0, .pupil)
        let head = try storage.read { try $0.chainHead(dossier: pupil.id) }
        #expect(head.seq == 1 && head.hash == world.entries[0].hash)
        // An entry linked to anything but its dossier's last hash, or at a seq that is taken, is
        // refused, even inside an event that is itself well linked into the event chain.
        let draft = EntryDraft(kind: .note, title: "Vervalst", body: "x")
        func appendRaw(_ entry: DossierEntry) throws {
            try storage.write { w in
                var e = entry
                e.id = try w.nextID(.entry)
                try w.append(
                    EventChain.link(
                        .entryAppended(e, evidence: []), after: try w.eventHead(), at: Self.at, account: "x",
                        realAccount: nil, auditSeq: try w.auditHead().seq))
            }
        }
        let forged = DossierChain.link(
            draft, dossier: pupil.id, after: ChainHead(seq: 1, hash: String(repeating: "f", count: 64)),
            author: "x", authorName: "x", at: Self.at)
        #expect(throws: (any Error).self) { try appendRaw(forged) }
        let taken = DossierChain.link(
            draft, dossier: pupil.id, after: .genesis, author: "x", authorName: "x", at: Self.at)
        #expect(throws: (any Error).self) { try appendRaw(taken) }
        // An event that does not follow the event chain's head is refused.
        let good = DossierChain.link(draft, dossier: pupil.id, after: head, author: "x", authorName: "x", at: Self.at)
        #expect(throws: (any Error).self) {
            try storage.write { w in
                var e = good
                e.id = try w.nextID(.entry)
                let stale = ChainHead(seq: try w.eventHead().seq - 1, hash: String(repeating: "0", count: 64))
                try w.append(
                    EventChain.link(
                        .entryAppended(e, evidence: []), after: stale, at: Self.at, account: "x", realAccount: nil,
                        auditSeq: 0))
            }
        }
        var line = AuditRecord(
            at: Self.at, account: "x", realAccount: nil, action: "test", personID: nil, caseID: nil, detail: "",
            prevHash: String(repeating: "e", count: 64))
        line.hash = line.expectedHash
        #expect(throws: (any Error).self) { try storage.write { w in try w.insert(audit: line) } }
        // A purge leaves the head in its tombstone: the chain goes on from there.
        let session = Fixtures.builder(storage)
        let tomb = try session.build { tx in try tx.purge(dossier: pupil.id, at: Self.at, reason: "bewaartermijn") }
            .value
        #expect(tomb.lastSeq == 1 && tomb.lastHash == world.entries[0].hash)
        let after = try storage.read { try $0.chainHead(dossier: pupil.id) }
        #expect(after == ChainHead(seq: 1, hash: world.entries[0].hash))
        let next = try session.build { tx in
            try tx.append(EntryDraft(kind: .note, title: "Na de opschoning", body: "y"), to: pupil.id, at: Self.at)
        }.value
        #expect(next.seq == 2 && next.prevHash == tomb.lastHash)
    }

    /// A purge takes the last case, report and entry with it: their ids and the case number
    /// are still never handed out again (a letter naming zaak 2026-0004 must never mean another).
    @Test(arguments: Backend.all)
    func idsAndCaseNumbersNeverComeBackAfterAPurge(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let staff = world.person(1, .staff)
        let lastCase = try #require(world.cases.last)
        #expect(lastCase.dossierID == staff.id, "the world's last case is in the purged dossier")
        let session = Fixtures.builder(storage)
        _ = try session.build { tx in try tx.purge(dossier: staff.id, at: Self.at, reason: "bewaartermijn") }
        let (gone, number) = try storage.read { r in
            (try r.caseRecord(id: lastCase.id), try r.caseID(number: lastCase.number))
        }
        #expect(gone == nil && number == nil, "the purge took the case")
        // Drawn and not used: the transaction is given up (a server keeps no number a save does
        // not use, PostgresRoleTests.numbersDrawnAndNotUsedAreNotKept).
        struct GivenUp: Error {}
        var numbers: (number: String, caseID: Int64, incident: Int64, entry: Int64)?
        #expect(throws: GivenUp.self) {
            try session.build { tx in
                numbers = (
                    number: try tx.nextCaseNumber(year: 2026), caseID: try tx.writer.nextID(.case),
                    incident: try tx.writer.nextID(.incident), entry: try tx.writer.nextID(.entry)
                )
                throw GivenUp()
            }
        }
        let drawn = try #require(numbers)
        #expect(drawn.number > lastCase.number, "\(drawn.number) came back after \(lastCase.number)")
        #expect(drawn.caseID > world.cases.map(\.id).max()!)
        #expect(drawn.incident > world.incidents.map(\.id).max()!)
        #expect(drawn.entry > world.entries.map(\.id).max()!)
    }

    /// A report dismissed without a case, about the pupil alone, goes with the pupil's dossier in a
    /// purge: it stayed behind the purged dossier, with the pupil's name and what was said of them.
    /// One about someone else too stays (it is theirs as well), and so does one about someone else.
    @Test(arguments: Backend.all)
    func aDismissedReportAboutThePupilAloneGoesWithTheirDossier(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let pupil = world.person(0, .pupil), staff = world.person(0, .staff)
        let builder = Fixtures.builder(storage)
        let (alone, shared, other, waiting) = try builder.build(at: Self.at) { tx in
            func report(_ text: String, _ subjects: [PersonID], dismissed: Bool = true) throws -> Incident {
                let i = try tx.insert(
                    incident: Incident(schoolID: world.schools[0].id, reportedAt: Self.at, summary: text),
                    involved: subjects.map { ($0, .subject) })
                if dismissed {
                    try tx.setIncident(i.id, status: .dismissed, reason: "Geen sociale media.", at: Self.at)
                }
                return i
            }
            return (
                try report("Alleen over Zoë", [pupil.id]), try report("Over Zoë en José", [pupil.id, staff.id]),
                try report("Over José", [staff.id]), try report("Nog te beoordelen", [pupil.id], dismissed: false)
            )
        }.value
        let about = try storage.read { try $0.reports(aboutSubject: pupil.id) }
        #expect(
            about.map { "\($0.id) \($0.status.rawValue) \($0.leavesWithDossier)" } == [
                "\(world.incidents[0].id) new false", "\(alone.id) dismissed true", "\(shared.id) dismissed false",
                "\(waiting.id) new false",
            ])
        #expect(about[0].hasCases && about[2].otherSubjects)
        _ = try builder.build(at: Self.at) { tx in
            try tx.purgeDue(dossier: pupil.id, at: Self.at, reason: "bewaartermijn")
        }
        let left = try storage.read { r in try [alone, shared, other, waiting].map { try r.incident(id: $0.id)?.id } }
        #expect(left == [nil, shared.id, other.id, waiting.id])
        // A parent's case is filed in the child's dossier: purged with it, its report goes too (a
        // review found it left behind, caseless, naming the purged child).
        let child = world.person(1, .pupil), parent = world.person(1, .parent)
        let parentsReport = try builder.build(at: Self.at) { tx -> Incident in
            let i = try tx.insert(
                incident: Incident(schoolID: world.schools[1].id, reportedAt: Self.at, summary: "Ouder scheldt online"),
                involved: [(parent.id, .subject), (child.id, .victim)])
            _ = try tx.insert(
                case: Case(
                    schoolID: world.schools[1].id, number: try tx.nextCaseNumber(year: 2026), incidentID: i.id,
                    subjectID: parent.id, dossierID: child.id, profileID: "jozefschool", articles: ["A.5"],
                    severity: .medium, summary: "Ouder scheldt online", openedAt: Self.at))
            return i
        }.value
        _ = try builder.build(at: Self.at) { tx in
            try tx.purgeDue(dossier: child.id, at: Self.at, reason: "bewaartermijn")
        }
        #expect(try storage.read { try $0.incident(id: parentsReport.id) } == nil)
        let report = try Integrity(session: builder).verify()
        #expect(Self.soundButUnaudited(report), "\(report.differences) \(report.problems)")
    }

    /// Sound but for the audit log: the world is written by the store alone, without the lines the
    /// service writes with each change (`VerifyReport.auditUnmatched`).
    static func soundButUnaudited(_ report: VerifyReport) -> Bool {
        var r = report
        r.auditUnmatched = nil
        return r.isSound
    }

    /// A pupil of the world's first school, in a test's transaction.
    static func pupil(_ name: String, _ world: World, in tx: Transaction) throws -> Person {
        try tx.insert(
            person: Person(schoolID: world.schools[0].id, kind: .pupil, firstName: name, lastName: "Bos", group: "8"))
    }

    /// A report at the world's first school about these subjects, set to `status`.
    static func report(
        _ summary: String, about subjects: [PersonID], _ status: IncidentStatus, _ world: World, in tx: Transaction
    ) throws -> Incident {
        let i = try tx.insert(
            incident: Incident(schoolID: world.schools[0].id, reportedAt: at, summary: summary),
            involved: subjects.map { ($0, .subject) })
        try tx.setIncident(i.id, status: status, reason: status == .dismissed ? "Geen sociale media." : nil, at: at)
        return i
    }

    /// A case from a report about one of its subjects, in that subject's own dossier.
    static func openCase(on report: Incident, about subject: Person, in tx: Transaction) throws {
        _ = try tx.insert(
            case: Case(
                schoolID: report.schoolID, number: try tx.nextCaseNumber(year: 2026), incidentID: report.id,
                subjectID: subject.id, dossierID: subject.id, profileID: "jozefschool", articles: ["A.5"],
                severity: .medium, summary: report.summary, openedAt: at))
    }

    /// A dossier purged a day after the world's moment, with everything the rule says goes with it.
    static func purgeADayLater(_ dossier: PersonID, _ builder: Session) throws {
        let later = Timestamp(seconds: at.seconds + 86_400)
        _ = try builder.build(at: later) { tx in try tx.purgeDue(dossier: dossier, at: later, reason: "bewaartermijn") }
    }

    /// A report about two pupils is kept while one of them keeps it: the first purge leaves it to
    /// the other, the second takes it, whether it was dismissed or each had a case of their own.
    /// Before, each purge left it to the other, and it outlived both, with both names in it.
    @Test(arguments: Backend.all)
    func aReportAboutTwoGoesWithTheLastOfThem(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let builder = Fixtures.builder(storage)
        let (a, b, dismissed, withCases) = try builder.build(at: Self.at) { tx in
            let a = try Self.pupil("Sem", world, in: tx), b = try Self.pupil("Lot", world, in: tx)
            let dismissed = try Self.report(
                "Sem en Lot in de groepsapp", about: [a.id, b.id], .dismissed, world, in: tx)
            let withCases = try Self.report(
                "Sem en Lot filmen een leraar", about: [a.id, b.id], .triaged, world, in: tx)
            for p in [a, b] { try Self.openCase(on: withCases, about: p, in: tx) }
            return (a, b, dismissed, withCases)
        }.value
        func reports() throws -> [IncidentID?] {
            try storage.read { r in try [dismissed, withCases].map { try r.incident(id: $0.id)?.id } }
        }
        #expect(try storage.read { try $0.reports(aboutSubject: a.id) }.allSatisfy { $0.otherSubjects })
        try Self.purgeADayLater(a.id, builder)
        #expect(try reports() == [dismissed.id, withCases.id], "Lot keeps both")
        let ofLot = try storage.read { try $0.reports(aboutSubject: b.id) }
        #expect(ofLot.map(\.otherSubjects) == [false, false], "Sem's purge left them to Lot")
        #expect(ofLot.first?.leavesWithDossier == true)
        try Self.purgeADayLater(b.id, builder)
        #expect(try reports() == [nil, nil])
        let report = try Integrity(session: builder).verify()
        #expect(Self.soundButUnaudited(report), "\(report.differences) \(report.problems)")
    }

    /// A report whose one case went with its subject's purge goes with the other subject's, the
    /// last who keeps it; a parent keeps no report without a case (a parent has no dossier to
    /// purge). Both stayed for good (a review of this stop's rule).
    @Test(arguments: Backend.all)
    func aReportLeftWithoutItsCaseOrAboutAParentGoesWithThePupils(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let parent = world.person(0, .parent)
        let builder = Fixtures.builder(storage)
        let (a, b, oneCase, withParent) = try builder.build(at: Self.at) { tx in
            let a = try Self.pupil("Lotte", world, in: tx), b = try Self.pupil("Luuk", world, in: tx)
            let oneCase = try Self.report(
                "Lotte en Luuk in de groepsapp", about: [a.id, b.id], .triaged, world, in: tx)
            try Self.openCase(on: oneCase, about: a, in: tx)
            let withParent = try Self.report(
                "Lotte en haar vader op TikTok", about: [a.id, parent.id], .dismissed, world, in: tx)
            return (a, b, oneCase, withParent)
        }.value
        func left() throws -> [IncidentID?] {
            try storage.read { r in try [oneCase, withParent].map { try r.incident(id: $0.id)?.id } }
        }
        try Self.purgeADayLater(a.id, builder)
        #expect(try left() == [oneCase.id, nil], "Luuk keeps the one; the parent keeps none")
        #expect(try storage.read { try $0.reports(aboutSubject: b.id) }.map(\.leavesWithDossier) == [true])
        try Self.purgeADayLater(b.id, builder)
        #expect(try left() == [nil, nil])
        let report = try Integrity(session: builder).verify()
        #expect(Self.soundButUnaudited(report), "\(report.differences) \(report.problems)")
    }

    /// The scope rule is stated once (Scope.admits); every query of every backend keeps to it.
    @Test(arguments: Backend.all)
    func everyQueryStaysWithinItsScope(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let first = world.schools[0].id
        let scopes: [(String, Scope)] = [
            ("board", Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)),
            ("director", Scope(schoolID: first, pupilDossiers: true, staffDossiers: true)),
            ("ib", Scope(schoolID: first, pupilDossiers: true, staffDossiers: false)),
            ("teacher", Scope(schoolID: first, pupilDossiers: false, staffDossiers: false)),
            ("nothing", .nothing),
        ]
        try storage.read { r in
            for (name, scope) in scopes {
                let cases = try r.cases(CaseQuery(scope: scope), offset: 0, limit: 100)
                let expected = world.cases.filter { c in
                    scope.admits(
                        school: c.schoolID, staffDossier: world.people.first { $0.id == c.dossierID }!.kind.isPersonnel)
                }
                #expect(Set(cases.map(\.id)) == Set(expected.map(\.id)), "cases for \(name)")
                #expect(try r.countCases(CaseQuery(scope: scope)) == expected.count, "case count for \(name)")
                let people = try r.people(PeopleQuery(scope: scope), offset: 0, limit: 100)
                #expect(Set(people.map(\.id)) == Set(world.people.filter(scope.admits).map(\.id)), "people for \(name)")
                #expect(try r.countPeople(PeopleQuery(scope: scope)) == people.count)
                let hits = try r.search(SearchQuery(scope: scope, text: "filmpje"))
                #expect(
                    hits.allSatisfy { scope.admits(school: $0.schoolID, staffDossier: $0.personKind.isPersonnel) },
                    "search for \(name)")
                #expect(
                    Set(hits.compactMap(\.entryID))
                        == Set(
                            world.entries.filter { e in
                                scope.admits(world.people.first { $0.id == e.dossierID }!)
                            }.map(\.id)), "search hits for \(name)")
                let incidents = try r.incidents(IncidentQuery(scope: scope), offset: 0, limit: 100)
                let reach = scope.pupilDossiers || scope.staffDossiers
                #expect(
                    Set(incidents.map(\.id))
                        == Set(world.incidents.filter { reach && scope.admits(school: $0.schoolID) }.map(\.id)),
                    "reports for \(name)")
            }
        }
    }

    @Test(arguments: Backend.all)
    func pagesAndCountsAgree(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let school = world.schools[0]
        let pupil = world.person(0, .pupil)
        _ = try Fixtures.builder(storage).build { tx in
            for n in 0..<30 {
                let when = Self.at.adding(seconds: Int64(n * 3600))
                let i = try tx.insert(
                    incident: Incident(schoolID: school.id, reportedAt: when, summary: "Melding \(n)"),
                    involved: [(pupil.id, .subject)])
                _ = try tx.insert(
                    case: Case(
                        schoolID: school.id, number: try tx.nextCaseNumber(year: 2026), incidentID: i.id,
                        subjectID: pupil.id, dossierID: pupil.id, profileID: "jozefschool", articles: ["A.5"],
                        severity: .light, summary: "Zaak \(n)", openedAt: when))
            }
        }
        let scope = Scope(schoolID: school.id, pupilDossiers: true, staffDossiers: true)
        try storage.read { r in
            let total = try r.countCases(CaseQuery(scope: scope))
            var seen: [CaseRow] = []
            var offset = 0
            while offset < total {
                seen += try r.cases(CaseQuery(scope: scope), offset: offset, limit: 7)
                offset += 7
            }
            #expect(seen.count == total && Set(seen.map(\.id)).count == total)
            #expect(seen.map(\.openedAt) == seen.map(\.openedAt).sorted(by: >), "newest first")
            let queue = try r.incidents(IncidentQuery(scope: scope), offset: 0, limit: 100)
            #expect(queue.count == (try r.countIncidents(IncidentQuery(scope: scope))))
            #expect(queue.map(\.reportedAt) == queue.map(\.reportedAt).sorted(), "oldest first")
        }
    }

    @Test(arguments: Backend.all)
    func theChangeTokenMovesWithDataNotWithAuditLines(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let before = try storage.changeToken()
        // A read's line, as a read writes it (a server writes a read's line through its read alone).
        try storage.appendAuditLine(
            AuditRecord(
                at: Self.at, account: "directeur", realAccount: nil, action: "cases.list", personID: nil,
                caseID: nil, detail: "0 van 0"))
        #expect(try storage.changeToken() == before, "an audit line is not a change a screen shows")
        _ = try Fixtures.builder(storage).build { tx in
            try tx.insert(
                incident: Incident(schoolID: world.schools[0].id, reportedAt: Self.at, summary: "Nog een"),
                involved: [])
        }
        #expect(try storage.changeToken() != before)
    }

    /// The line a read leaves (`appendAuditLine`) links after the audit log's head as it stands,
    /// also when another session wrote a line after this one last looked, and its hash is the one
    /// its contents give: the audit chain stays whole and no screen reloads for it.
    @Test(arguments: Backend.all)
    func aReadsAuditLineFollowsWhateverWasWrittenMeanwhile(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let before = try storage.read { try $0.auditHead() }
        let token = try storage.changeToken()
        // Another session's line, written after `before` was read.
        try storage.appendAuditLine(
            AuditRecord(
                at: Self.at, account: "directeur", realAccount: nil, action: "search", personID: nil, caseID: nil,
                detail: "1 woord, 0 treffers"))
        let c = world.cases[0]
        try storage.appendAuditLine(
            AuditRecord(
                at: Self.at, account: "directeur", realAccount: nil, action: "case.read", personID: c.dossierID,
                caseID: c.id, detail: c.number))
        let after = try storage.read { try $0.auditHead() }
        #expect(after.seq == before.seq + 2)
        var lines: [AuditRecord] = []
        try storage.read { r in try r.forEachAudit { lines.append($0) } }
        let last = try #require(lines.last)
        #expect(last.action == "case.read" && last.caseID == c.id && last.personID == c.dossierID)
        #expect(last.prevHash == lines[lines.count - 2].hash && last.hash == last.expectedHash)
        #expect(last.hash == after.hash)
        for (earlier, line) in zip(lines, lines.dropFirst()) {
            #expect(line.prevHash == earlier.hash && line.hash == line.expectedHash, "line \(line.id)")
        }
        #expect(try storage.changeToken() == token, "a read's line is not a change a screen shows")
    }

    /// v9: the school record, the school's closures, a case's facts and flags, a step's phase and a
    /// suspended term read back as written (each an event); a purge takes a case's facts with it;
    /// and the replayed events agree with every row.
    @Test(arguments: Backend.all)
    func theSchoolRecordCalendarAndLegalFactsReadBackAsWritten(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let builder = Fixtures.builder(storage)
        var school = world.schools[0]
        #expect(!school.isLegalRecordSet && school.sector == .po && school.denomination == .bijzonder)
        school.sector = .vo
        school.denomination = .openbaar
        school.isLegalRecordSet = true
        school.boardName = "Stichting Openbaar Onderwijs Ede"
        school.boardAddress = "Postbus 1\n6710 AA Ede"
        school.address = "Lindelaan 1\n6711 AB Ede"
        school.region = .midden
        let before = try storage.changeToken()
        _ = try builder.build(at: Self.at) { tx in try tx.update(school: school) }
        #expect(try storage.changeToken() != before)
        try storage.read { r throws -> Void in
            #expect(try r.school(id: school.id) == school)
            #expect(try r.school(id: world.schools[1].id) == world.schools[1], "the other school is untouched")
        }
        // Closures: inserted, listed by first day, removed.
        let d = Fixtures.date
        _ = try builder.build(at: Self.at) { tx throws -> Void in
            _ = try tx.insert(
                closure: Closure(
                    schoolID: school.id, first: d("2027-02-15"), last: d("2027-02-15"), reason: "Studiedag",
                    kind: .studyDay, source: .manual))
            _ = try tx.insert(
                closure: Closure(
                    schoolID: school.id, first: d("2026-12-19"), last: d("2027-01-03"), reason: "Kerstvakantie",
                    source: .imported))
        }
        try storage.read { r throws -> Void in
            let c = try r.closures(school: school.id)
            #expect(c.map(\.reason) == ["Kerstvakantie", "Studiedag"])
            #expect(c[1].kind == .studyDay && c[1].source == .manual && c[0].last == d("2027-01-03"))
            #expect(try r.closures(school: world.schools[1].id).isEmpty)
        }
        let imported = try storage.read { try $0.closures(school: school.id) }.filter { $0.source == .imported }
        _ = try builder.build(at: Self.at) { tx in try tx.deleteClosures(imported, school: school.id) }
        #expect(imported.count == 1)
        #expect(try storage.read { try $0.closures(school: school.id) }.map(\.reason) == ["Studiedag"])
        // A case's facts, flags, a step's phase, an obligation's suspended term.
        let c = world.cases[0]
        let pupil = world.person(0, .pupil)
        _ = try builder.build(at: Self.at) { tx throws -> Void in
            let fact = try tx.insert(
                fact: CaseFact(
                    caseID: c.id, kind: .disputeRequested, date: d("2026-12-15"), value: "", note: "via de ouders",
                    at: Self.at, actor: "directeur", entryID: world.entries[0].id))
            #expect(try tx.r.facts(case: c.id) == [fact])
            let step = try tx.insert(
                step: Step(
                    caseID: c.id, rung: .suspension, at: Self.at, date: d("2026-11-16"), reason: "r", actor: "d",
                    phase: .proposal))
            #expect(try tx.r.steps(case: c.id).last == step)
            let o = try tx.insert(
                obligation: Obligation(caseID: c.id, kind: .objectionDecision, due: d("2027-01-07")), stepID: nil,
                at: Self.at)
            try tx.setDue(o, due: d("2027-01-07"), pausedFrom: d("2026-12-15"))
            #expect(try tx.r.obligations(case: c.id).first?.pausedFrom == d("2026-12-15"))
            #expect(
                try tx.r.cases(
                    CaseQuery(scope: Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)), offset: 0,
                    limit: 10
                )
                .first { $0.id == c.id }?.nextDue == nil, "a suspended term is not due")
            try tx.setDue(o, due: d("2027-02-24"), pausedFrom: nil)
            #expect(try tx.r.obligations(case: c.id).first?.due == d("2027-02-24"))
            let flagged = try tx.insert(
                case: Case(
                    schoolID: school.id, number: try tx.nextCaseNumber(year: 2026), incidentID: c.incidentID,
                    subjectID: pupil.id, dossierID: pupil.id, profileID: "jozefschool", articles: ["A.5"],
                    severity: .severe, flags: CaseFlags(dataBreach: true, meldcode: true), summary: "Datalek",
                    openedAt: Self.at))
            #expect(try tx.r.caseRecord(id: flagged.id)?.flags == CaseFlags(dataBreach: true, meldcode: true))
        }
        #expect(Self.soundButUnaudited(try Integrity(session: builder).verify()))
        // The dispute answered and the objection decided: a purge waits for both (`verify` holds it to that).
        _ = try builder.build(at: Self.at) { tx throws -> Void in
            _ = try tx.insert(
                fact: CaseFact(
                    caseID: c.id, kind: .disputeOpinion, date: d("2027-01-20"), value: "", note: "gegrond",
                    at: Self.at, actor: "directeur", entryID: nil))
            for o in try tx.r.obligations(case: c.id) where o.kind == .objectionDecision && !o.isDone {
                try tx.markDone(o, at: Self.at, entry: nil)
            }
        }
        _ = try builder.build(at: Self.at) { tx in
            try tx.purgeDue(dossier: pupil.id, at: Self.at, reason: "bewaartermijn")
        }
        #expect(try storage.read { try $0.facts(case: c.id) }.isEmpty)
        let report = try Integrity(session: builder).verify()
        #expect(Self.soundButUnaudited(report), "\(report.differences) \(report.problems)")
    }

    /// The case screen's parts read together (on a server, one round trip) are the parts read by
    /// the port's single reads: for a pupil's and a staff member's case, with steps, an obligation,
    /// a fact, a closure of the school and a second case about the same subject.
    @Test(arguments: Backend.all)
    func aCasesPartsReadTogetherAreItsPartsReadOneByOne(_ backend: Backend) throws {
        let scratch = Scratch("contract")
        let storage = try backend.make(in: scratch)
        let world = try Self.world(storage)
        let builder = Fixtures.builder(storage)
        let d = Fixtures.date
        let c = world.cases[0]
        _ = try builder.build(at: Self.at) { tx throws -> Void in
            _ = try tx.insert(
                closure: Closure(
                    schoolID: c.schoolID, first: d("2027-02-15"), last: d("2027-02-15"), reason: "Studiedag",
                    kind: .studyDay, source: .manual))
            _ = try tx.insert(
                fact: CaseFact(
                    caseID: c.id, kind: .disputeRequested, date: d("2026-12-15"), value: "", note: "via de ouders",
                    at: Self.at, actor: "directeur", entryID: world.entries[0].id))
            _ = try tx.insert(
                step: Step(caseID: c.id, rung: .warning, at: Self.at, date: d("2026-11-16"), reason: "r", actor: "d"))
            _ = try tx.insert(
                obligation: Obligation(caseID: c.id, kind: .objectionDecision, due: d("2027-01-07")), stepID: nil,
                at: Self.at)
            _ = try tx.insert(
                case: Case(
                    schoolID: c.schoolID, number: try tx.nextCaseNumber(year: 2026), incidentID: c.incidentID,
                    subjectID: c.subjectID, dossierID: c.dossierID, profileID: "jozefschool", articles: ["A.7"],
                    severity: .severe, summary: "Tweede zaak", openedAt: Self.at))
        }
        try storage.read { r throws -> Void in
            for record in world.cases {
                let together = try r.caseParts(of: record)
                #expect(together == (try r.casePartsOneByOne(of: record)), "case \(record.number)")
                // The ladder's read: the same parts without the dossier's letter sendings.
                let forLadder = try r.caseParts(of: record, sendings: false)
                #expect(forLadder == (try r.casePartsOneByOne(of: record, sendings: false)), "case \(record.number)")
                #expect(forLadder.sendings.isEmpty && forLadder.entries == together.entries)
                let concerned = try r.caseWithPeople(id: record.id)
                #expect(concerned == (try r.caseWithPeopleOneByOne(id: record.id)), "case \(record.number)")
                #expect(concerned?.subject?.id == record.subjectID && concerned?.owner?.id == record.dossierID)
                #expect(together.incident?.id == record.incidentID && together.school?.id == record.schoolID)
                #expect(!together.entries.isEmpty && together.subjectCases.contains { $0.id == record.id })
            }
            #expect(try r.caseWithPeople(id: 999_999) == nil, "no such case")
            // What opening a case reads about its report, and people by their ids: the same
            // together as one by one, on every backend.
            for incident in world.incidents {
                let report = try r.reportForTriage(id: incident.id)
                #expect(report == (try r.reportForTriageOneByOne(id: incident.id)), "report \(incident.id)")
                #expect(report?.incident == incident && report?.school?.id == incident.schoolID)
                #expect(report?.cases.map(\.incidentID).allSatisfy { $0 == incident.id } == true)
                #expect(report?.involved.isEmpty == false)
            }
            #expect(try r.reportForTriage(id: 999_999) == nil, "no such report")
            let ids = world.people.map(\.id) + [999_999] + world.people.prefix(1).map(\.id)
            let found = try r.people(ids: ids)
            #expect(found.map { $0?.id } == ids.map { $0 == 999_999 ? nil : $0 })
            #expect(found == (try ids.map { try r.person(id: $0) }))
            #expect(try r.people(ids: []).isEmpty)
            // The people a letter may have to leave unnamed, for a pupil's and a staff member's case.
            for record in world.cases {
                let owner = try #require(try r.person(id: record.dossierID))
                let guardiansOf = owner.kind == .pupil ? owner.id : nil
                let incidents = [record.incidentID, world.incidents[0].id]
                let people = try r.redactionPeople(
                    school: record.schoolID, guardiansOf: guardiansOf, incidents: incidents)
                #expect(
                    people
                        == (try r.redactionPeopleOneByOne(
                            school: record.schoolID, guardiansOf: guardiansOf, incidents: incidents)),
                    "case \(record.number)")
                #expect(!people.pupils.isEmpty && !people.staff.isEmpty && !people.involved.isEmpty)
                #expect(people.pupils.allSatisfy { $0.kind == .pupil && $0.schoolID == record.schoolID })
            }
            let parts = try r.caseParts(of: c)
            #expect(parts.steps.count == 1 && parts.obligations.count == 1 && parts.facts.count == 1)
            #expect(parts.closures.map(\.reason) == ["Studiedag"] && parts.subjectCases.count == 2)
        }
    }
}

extension Transaction {
    /// A case written straight into the store (no triage), its people read first.
    func insert(case c: Case) throws -> Case {
        guard let subject = try r.person(id: c.subjectID), let owner = try r.person(id: c.dossierID) else {
            throw CasusError.notFound("persoon van de zaak bestaat niet", "the case's person does not exist")
        }
        return try insert(case: c, subject: subject, owner: owner)
    }
}

extension Transaction {
    /// A purge as casus makes one when it is due: the person had left, every case filed in the
    /// dossier closed (`verify` holds a purge to both); then the store's purge.
    @discardableResult
    func purgeDue(dossier: PersonID, at: Timestamp, reason: String) throws -> Tombstone {
        if var p = try r.person(id: dossier), p.leftOn == nil {
            p.leftOn = at.localDate().adding(days: -1)
            try update(person: p)
        }
        let everything = Scope(schoolID: nil, pupilDossiers: true, staffDossiers: true)
        for row in try r.cases(CaseQuery(scope: everything, dossierID: dossier), offset: 0, limit: Int.max) {
            if let c = try r.caseRecord(id: row.id), c.status == .open {
                try close(case: c, at: at, reason: "Afgehandeld.", outcome: .founded)
            }
        }
        return try purge(dossier: dossier, at: at, reason: reason)
    }
}
