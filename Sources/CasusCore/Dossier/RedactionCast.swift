/// Who a redaction is about at one school: its pupils and its parents (whose names would name
/// their child) to hide, its staff whose full and titled names stay. One read for the letter's
/// review (Letters+Review) and the inzage export (Dossiers+Export).
struct RedactionCast {
    var pupils: [PersonID: Person]
    var parents: [Person]
    var staff: [Person]

    /// The school's people, but for `kept` (the subject, the owner, their parents), with the pupils
    /// named in the reports added (a report may name a pupil of another school). A kept parent's
    /// record at another school of the board is kept too (`sameParent`).
    init(_ read: RedactionPeople, kept people: [Person]) {
        let kept = Set(people.map(\.id))
        var pupils: [PersonID: Person] = [:]
        for inv in read.involved where inv.person.kind == .pupil && !kept.contains(inv.person.id) {
            pupils[inv.person.id] = inv.person
        }
        for other in read.pupils where !kept.contains(other.id) { pupils[other.id] = other }
        self.pupils = pupils
        parents = read.parents.filter { p in !kept.contains(p.id) && !people.contains { Self.sameParent($0, p) } }
        staff = read.staff
    }

    /// One parent with a record at each of two schools of the board (a person is of one school):
    /// the same name at the same address. The board's letter to her was refused as naming "another
    /// pupil's parent", or went out "Geachte een ouder van een andere leerling" (a review).
    static func sameParent(_ a: Person, _ b: Person) -> Bool {
        a.kind == .parent && b.kind == .parent && a.schoolID != b.schoolID && !a.address.postcode.isEmpty
            && a.address.postcode == b.address.postcode && a.address.street.folded == b.address.street.folded
            && a.name.folded == b.name.folded
    }

    /// Whose pupils are hidden: the school's, for a director; every school's, for the board, which
    /// reads them all (a child of another school of the board, in the same database, went out named
    /// in an export, a review). A director cannot read another school's pupils, so cannot hide them:
    /// the review says so.
    static func reach(_ session: Session, school: SchoolID) -> SchoolID? {
        session.scope.schoolID == nil ? nil : school
    }

    /// The redactor over this cast, keeping `keep` named in every form.
    /// `colleagues`: staff hidden as pupils are (an employee's export, on request), not kept readable.
    func redactor(
        keep: [Person], replacement: String, parentReplacement: String, handleReplacement: String? = nil,
        colleagues: [Person] = []
    ) -> Redactor {
        let hidden = Set(colleagues.map(\.id))
        return Redactor(
            pupils: pupils.values.sorted { $0.id < $1.id }, keep: keep, staff: staff.filter { !hidden.contains($0.id) },
            parents: parents, colleagues: colleagues, replacement: replacement, parentReplacement: parentReplacement,
            handleReplacement: handleReplacement)
    }
}

/// What a RedactionCast is made of: the school's pupils, parents and staff, everyone named in the
/// reports, and the parents of the dossier's owner (who stay named). One call of the port
/// (StorageReader.redactionPeople), so that a server answers it in one round trip, not five.
public struct RedactionPeople: Sendable, Equatable {
    public var guardians: [Person]
    public var involved: [Involved]
    public var pupils: [Person]
    public var parents: [Person]
    public var staff: [Person]

    public init(guardians: [Person], involved: [Involved], pupils: [Person], parents: [Person], staff: [Person]) {
        self.guardians = guardians
        self.involved = involved
        self.pupils = pupils
        self.parents = parents
        self.staff = staff
    }

    /// The three lists of the school's people it reads (every pupil, every parent, every staff
    /// member of the school, as far as the reader may see them); of every school the reader
    /// reaches when nil (the board's).
    public static func schoolQueries(_ school: SchoolID?) -> [PeopleQuery] {
        [
            PeopleQuery(scope: Scope(schoolID: school, pupilDossiers: true, staffDossiers: false), kinds: [.pupil]),
            PeopleQuery(scope: Scope(schoolID: school, pupilDossiers: true, staffDossiers: false), kinds: [.parent]),
            PeopleQuery(
                scope: Scope(schoolID: school, pupilDossiers: false, staffDossiers: true),
                kinds: [.staff, .volunteer, .intern]),
        ]
    }
}

extension StorageReader {
    public func redactionPeople(school: SchoolID?, guardiansOf pupil: PersonID?, incidents: [IncidentID]) throws
        -> RedactionPeople
    {
        try redactionPeopleOneByOne(school: school, guardiansOf: pupil, incidents: incidents)
    }

    /// What `redactionPeople` must equal on every backend (StorageContractTests).
    public func redactionPeopleOneByOne(school: SchoolID?, guardiansOf pupil: PersonID?, incidents: [IncidentID])
        throws -> RedactionPeople
    {
        let lists = try RedactionPeople.schoolQueries(school).map { try people($0, offset: 0, limit: Int.max) }
        return RedactionPeople(
            guardians: try pupil.map { try guardians(ofPupil: $0) } ?? [],
            involved: try incidents.flatMap { try involved(incident: $0) }, pupils: lists[0], parents: lists[1],
            staff: lists[2])
    }
}
