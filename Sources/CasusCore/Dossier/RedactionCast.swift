/// Who a redaction is about at one school: its pupils and its parents (whose names would name
/// their child) to hide, its staff whose full and titled names stay. One read for the letter's
/// review (Letters+Review) and the inzage export (Dossiers+Export).
struct RedactionCast {
    var pupils: [PersonID: Person]
    var parents: [Person]
    var staff: [Person]

    /// The school's people, but for `kept` (the subject, the owner, their parents), with the pupils
    /// named in `incidents` added (a report may name a pupil of another school).
    init(school: SchoolID, kept: Set<PersonID>, incidents: [IncidentID], in r: any StorageReader) throws {
        func everyone(_ kinds: [PersonKind], pupils: Bool) throws -> [Person] {
            try r.people(
                PeopleQuery(
                    scope: Scope(schoolID: school, pupilDossiers: pupils, staffDossiers: !pupils), kinds: kinds),
                offset: 0, limit: Int.max)
        }
        var pupils: [PersonID: Person] = [:]
        for incident in incidents {
            for inv in try r.involved(incident: incident)
            where inv.person.kind == .pupil && !kept.contains(inv.person.id) {
                pupils[inv.person.id] = inv.person
            }
        }
        for other in try everyone([.pupil], pupils: true) where !kept.contains(other.id) { pupils[other.id] = other }
        self.pupils = pupils
        parents = try everyone([.parent], pupils: true).filter { !kept.contains($0.id) }
        staff = try everyone([.staff, .volunteer, .intern], pupils: false)
    }

    /// The redactor over this cast, keeping `keep` named in every form.
    func redactor(
        keep: [Person], replacement: String, parentReplacement: String, handleReplacement: String? = nil
    ) -> Redactor {
        Redactor(
            pupils: pupils.values.sorted { $0.id < $1.id }, keep: keep, staff: staff, parents: parents,
            replacement: replacement, parentReplacement: parentReplacement, handleReplacement: handleReplacement)
    }
}
