extension CasusService {
    /// `casus init`: a new school in an empty database; the calling account becomes its director
    /// (or, with `role: .board`, the board, which works across schools and adds the directors).
    public static func initialize(storage: any CasusStorage, schoolName: String, town: String = "", protocolID: String,
                                  account: String, director: (first: String, infix: String, last: String),
                                  role: Role = .director, profiles: ProfileRegistry, clock: Clock = .system) throws -> CasusService {
        guard role == .director || role == .board else {
            throw CasusError(.usage, Phrase("init maakt een directeur of het bestuur aan", "init creates a director or the board"))
        }
        _ = try profiles.require(protocolID)
        let name = schoolName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw CasusError.invalid("geef de naam van de school (--school)", "give the school's name (--school)") }
        try storage.write { w in
            if !(try w.users().isEmpty) {
                throw CasusError.refused("deze database is al in gebruik", "this database is already in use",
                                         hint: Phrase("Kies een nieuw pad met --db, of vraag een directeur u toe te voegen (`casus users add`).",
                                                      "Choose a new path with --db, or ask a director to add you (`casus users add`)."))
            }
            try createSchool(w, School(name: name, protocolID: protocolID, town: town), account: account,
                             director: director, role: role, at: clock.now())
        }
        return try session(storage: storage, account: account, profiles: profiles, clock: clock)
    }

    /// A school, its director as a person, and the director's account.
    @discardableResult
    static func createSchool(_ w: any StorageWriter, _ school: School, account: String,
                             director: (first: String, infix: String, last: String), role: Role = .director,
                             at now: Timestamp) throws -> School {
        if try w.schools().contains(where: { $0.name == school.name }) {
            throw CasusError.refused("school '\(school.name)' bestaat al", "school '\(school.name)' already exists")
        }
        let saved = try w.insert(school: school)
        let person = try w.insert(person: Person(schoolID: saved.id, kind: .staff, firstName: director.first,
                                                 infix: director.infix, lastName: director.last,
                                                 function: role == .board ? "bestuurder" : "directeur"))
        try w.insert(user: User(account: account, personID: person.id, role: role, schoolID: role == .board ? nil : saved.id))
        try w.append(audit: AuditRecord(at: now, account: account, realAccount: nil, action: "school.init",
                                        personID: nil, caseID: nil, detail: school.name))
        return saved
    }
}
