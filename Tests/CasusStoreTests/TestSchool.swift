import CasusCore
import CasusStore
import Foundation
import CasusTestSupport

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    var now: Timestamp
    init(_ iso: String, hour: Int = 10) { now = Fixtures.at(iso, hour: hour) }
    var clock: Clock { Clock { self.now } }
    func set(_ iso: String, hour: Int = 10) { now = Fixtures.at(iso, hour: hour) }
}

/// A school in an in-memory database with a director session, and people to write about.
struct TestSchool {
    let storage: SQLiteStorage
    let service: CasusService
    let clock: TestClock
    let profile: ProtocolProfile

    let profiles: ProfileRegistry

    init(
        protocol id: String, on day: String = "2026-11-16", role: Role = .director, storage: SQLiteStorage? = nil,
        record: SchoolRecordChange = SchoolRecordChange(), profiles: ProfileRegistry = Fixtures.profiles
    ) throws {
        self.clock = TestClock(day)
        self.storage = try storage ?? SQLiteStorage()
        self.profiles = profiles
        self.profile = profiles[id]!
        self.service = try Directory.initialize(
            storage: self.storage, schoolName: "Testschool \(id)", protocolID: id,
            account: role == .board ? "bestuur" : "directeur",
            director: ("Marieke", "van", "Dam"), role: role, record: record, profiles: profiles, clock: clock.clock)
    }

    func session(_ account: String, as other: String? = nil) throws -> CasusService {
        try CasusService.session(
            storage: storage, account: account, as: other, profiles: profiles, clock: clock.clock)
    }

    /// A meeting note in which these parties were heard.
    @discardableResult
    func heard(_ c: Case, _ parties: [HeardParty], _ body: String = "Gehoord.") throws -> DossierEntry {
        try service.cases.addEntry(c.id, kind: .meeting, body: body, heard: parties).value
    }

    /// A KOE school on 16 November 2026 with a staff member under a fourteen-day ordemaatregel
    /// (16–29 November): the extension's tests start from it.
    static func ordemaatregel(
        _ first: String, _ last: String, record: SchoolRecordChange = SchoolRecordChange(), sent: Bool = false
    ) throws -> (TestSchool, Person, Case) {
        let school = try TestSchool(protocol: "koe-troubadour", on: "2026-11-16", record: record)
        let member = try school.staff(first, last)
        let c = try school.openCase(about: member, articles: ["3A.8"], severity: .severe)
        // Heard first (Law.ordemaatregelHeard).
        try school.heard(c, [.employee], "Gehoord over de voorgenomen ordemaatregel.")
        try school.service.cases.step(
            c.id, StepRequest(rung: .precautionarySuspension, reason: "Onderzoek loopt.", days: 14)
        ).value
        // Given in writing, with reason and length: before anything extends it (LadderEngine).
        if sent { _ = try school.sendDecision(c, "ordemaatregel") }
        return (school, member, c)
    }

    @discardableResult
    func pupil(
        _ first: String, _ last: String, group: String = "7", parent: String? = nil, born: String? = nil
    ) throws -> (Person, Person?) {
        let p = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .pupil, firstName: first, lastName: last, group: group,
                birthDate: born.map(Fixtures.date))
        ).value
        guard let parent else { return (p, nil) }
        let parts = parent.split(separator: " ")
        let guardian = try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: String(parts[0]),
                lastName: parts.dropFirst().joined(separator: " "), address: Self.address), guardianOf: p.id
        ).value
        return (p, guardian)
    }

    /// The pupil's father, Kees de Vries, who lives apart from the mother (Geheimweg 9, 8912 CD
    /// Sneek): each parent gets a letter of their own.
    @discardableResult
    func fatherApart(of pupil: Person) throws -> Person {
        try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .parent, firstName: "Kees", lastName: "de Vries",
                address: PostalAddress(street: "Geheimweg 9", postcode: "8912 CD", town: "Sneek")),
            guardianOf: pupil.id
        ).value
    }

    /// A jozefschool school with Sanne de Vries (group 6), her mother at the school's address and
    /// her father apart (`fatherApart`), warned in a case: a letter to each parent, filed.
    static func warnedApart() throws -> (school: TestSchool, pupil: Person, case: Case, letters: [DossierEntry]) {
        let school = try TestSchool(protocol: "jozefschool")
        let (pupil, _) = try school.pupil("Sanne", "de Vries", group: "6", parent: "Petra de Vries")
        try school.fatherApart(of: pupil)
        let c = try school.openCase(about: pupil, articles: ["A.5"])
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        return (school, pupil, c, try school.service.fileDrafts(c, "waarschuwing"))
    }

    /// Where the test school's parents and staff live: letters to them are addressed (issue 16, item 2).
    static let address = PostalAddress(street: "Dorpsstraat 1", postcode: "8011 AA", town: "Zwolle")

    func staff(_ first: String, _ last: String, function: String = "groepsleerkracht") throws -> Person {
        try service.directory.addPerson(
            Person(
                schoolID: 1, kind: .staff, firstName: first, lastName: last, function: function, address: Self.address)
        ).value
    }

    /// A report about one subject, triaged into a case.
    func openCase(
        about subject: Person, articles: [String], summary: String = "Melding", victims: [Person] = [],
        severity: Severity? = nil, flags: CaseFlags = CaseFlags()
    ) throws -> Case {
        // The report in a teacher's words; the case in the director's (a letter states only theirs).
        let incident = try service.intake.report(
            summary: "Melding van de groepsleerkracht, na een gesprek met de klas: " + summary, platform: "WhatsApp",
            subjects: [subject.id], victims: victims.map(\.id),
            schoolID: subject.schoolID
        ).value
        return try service.cases.open(
            incident: incident.id, subject: subject.id, articles: articles, severity: severity, flags: flags,
            summary: summary
        ).value
    }

    func obligations(_ c: Case) throws -> [Obligation] { try service.cases.detail(c.id).obligations }
}

func refusal(_ body: () throws -> Void) -> CasusError? {
    do {
        try body()
        return nil
    } catch let e as CasusError {
        return e
    } catch {
        return CasusError(.storage, Phrase(verbatim: "\(error)"))
    }
}

extension CaseWorkflow.Stepped {
    /// The step and the obligations it created, as the tests read them.
    var parts: (Step, [Obligation]) { (step, obligations) }
}

extension Letters.Filed {
    var parts: (DossierEntry, [Obligation]) { (entry, done) }
}

/// De st. Jozefschool (PO, bijzonder) with Marieke van Dam ("directeur") as its director, on a
/// fresh store: the school most service tests start from.
func jozefschool(on storage: any CasusStorage, clock: Clock) throws -> CasusService {
    try Directory.initialize(
        storage: storage, schoolName: "De st. Jozefschool", protocolID: "jozefschool", account: "directeur",
        director: ("Marieke", "van", "Dam"), record: SchoolRecordChange(sector: .po, denomination: .bijzonder),
        profiles: Fixtures.profiles, clock: clock)
}

extension TestSchool {
    /// An openbare PO school on `day`: Daan Vos (born 2015), his mother Petra Jansen and, `apart`,
    /// his father Kees Bakker at another address; a case about him with the teacher and the
    /// parents heard, and his removal decided that afternoon (the law's order for a removal).
    static func removalOfDaan(on day: String, apart: Bool) throws -> (TestSchool, Person, Case) {
        let school = try TestSchool(
            protocol: "jozefschool", on: day, record: SchoolRecordChange(sector: .po, denomination: .openbaar))
        let (pupil, _) = try school.pupil("Daan", "Vos", group: "6", parent: "Petra Jansen", born: "2015-05-01")
        if apart {
            _ = try school.service.directory.addPerson(
                Person(
                    schoolID: 1, kind: .parent, firstName: "Kees", lastName: "Bakker",
                    address: PostalAddress(street: "Havenweg 9", postcode: "8021 BB", town: "Kampen")),
                guardianOf: pupil.id
            ).value
        }
        let c = try school.openCase(about: pupil, articles: ["A.5"], summary: "Filmpje zonder toestemming.")
        try school.heard(c, [.teacher, .parents], "Moeder gehoord; vader kwam niet, is wel uitgenodigd.")
        school.clock.set(day, hour: 15)
        try school.service.cases.step(
            c.id, StepRequest(rung: .removal, reason: "Ernstig.", justification: "Zeer ernstig voorval.")
        ).value
        return (school, pupil, c)
    }
}

extension CasusService {
    /// A decision made known as the law asks, in writing (`isWrittenDecision`): every letter of
    /// `template` the case needs (one per address) filed, its fields filled in, and sent on `day`.
    @discardableResult
    func sendDecision(_ c: Case, _ template: String, on day: LocalDate) throws -> [DossierEntry] {
        let t = try Fixtures.letters.require(template)
        // The parents agreed to leave out the objection's documents (Awb art. 7:4 lid 5; the rule's own
        // tests: ObjectionDocumentsTests).
        if try cases.detail(c.id).obligations.contains(where: { $0.kind == .objectionDocuments && !$0.isDone }) {
            let consent = try cases.addEntry(
                c.id, kind: .note, body: "De ouders stemden in met het achterwege laten van de terinzagelegging."
            ).value
            try cases.markDone(
                c.id, obligation: ObligationKind.objectionDocuments.rawValue, entry: consent.id, waived: true
            ).value
        }
        let filed = try fileDrafts(c, template)
        for e in filed { _ = try letters.sent(entry: e.id, on: day, via: .post, library: Fixtures.letters).value }
        return filed
    }
}

extension TestSchool {
    /// `CasusService.sendDecision`, sent today.
    @discardableResult
    func sendDecision(_ c: Case, _ template: String) throws -> [DossierEntry] {
        try service.sendDecision(c, template, on: clock.now.localDate())
    }
}
