extension CasusService {
    /// The school a new record belongs to: the actor's; the board must say which.
    func targetSchool(_ r: any StorageReader, _ schoolID: SchoolID?) throws -> School {
        if let own = actor.user.schoolID {
            if let schoolID, schoolID != own {
                throw CasusError.refused("u werkt alleen voor uw eigen school", "you work for your own school only")
            }
            guard let s = try r.school(id: own) else { throw CasusError.notFound("school \(own) bestaat niet", "school \(own) does not exist") }
            return s
        }
        let all = try r.schools()
        if let schoolID, let s = all.first(where: { $0.id == schoolID }) { return s }
        if schoolID == nil, all.count == 1 { return all[0] }
        throw CasusError(.usage, Phrase("kies een school met --school ID", "choose a school with --school ID"),
                         hint: Phrase("Scholen: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", "),
                                      "Schools: " + all.map { "\($0.id) \($0.name)" }.joined(separator: ", ")))
    }

    public func addPerson(_ draft: Person, guardianOf pupil: PersonID? = nil) throws -> Person {
        try AccessPolicy.require(actor, .managePeople)
        try PersonValidation.check(draft)
        return try storage.write { w in
            let school = try targetSchool(w, actor.user.schoolID == nil ? draft.schoolID : nil)
            var p = draft
            p.schoolID = school.id
            if let pupil {
                guard p.kind == .parent else {
                    throw CasusError(.usage, Phrase("--guardian-of past alleen bij --kind parent", "--guardian-of goes with --kind parent only"))
                }
                guard let child = try w.person(id: pupil), child.kind == .pupil, child.schoolID == school.id else {
                    throw CasusError.notFound("leerling \(pupil) bestaat niet op deze school", "pupil \(pupil) does not exist at this school")
                }
            }
            if let ext = p.externalID, try w.person(externalID: ext, kind: p.kind, schoolID: school.id) != nil {
                throw CasusError.refused("er is al een \(p.kind.label.nl) met nummer \(ext)", "there already is a \(p.kind.label.en) with number \(ext)")
            }
            let saved = try w.insert(person: p)
            if let pupil { try w.link(parent: saved.id, pupil: pupil) }
            try audit(w, "person.add", person: saved.id, detail: saved.kind.rawValue)
            return saved
        }
    }

    public func person(_ id: PersonID) throws -> Person {
        guard let p = try storage.read({ try $0.person(id: id) }), AccessPolicy.maySeePerson(p, actor: actor) else {
            throw CasusError.notFound("persoon \(id) bestaat niet (of u mag hem niet zien)", "person \(id) does not exist (or you may not see them)")
        }
        return p
    }

    public func people(kinds: [PersonKind] = [], group: String? = nil, text: String = "", offset: Int = 0,
                       limit: Int = 1000) throws -> [Person] {
        try storage.read { try $0.people(PeopleQuery(scope: scope, kinds: kinds, group: group, text: text), offset: offset, limit: limit) }
    }

    public func countPeople(kinds: [PersonKind] = [], group: String? = nil, text: String = "") throws -> Int {
        try storage.read { try $0.countPeople(PeopleQuery(scope: scope, kinds: kinds, group: group, text: text)) }
    }

    public func addUser(account: String, role: Role, personID: PersonID?, schoolID: SchoolID? = nil) throws {
        try AccessPolicy.require(actor, .manageUsers)
        guard account.range(of: "^[a-z_][a-z0-9_.-]*[$]?$", options: .regularExpression) != nil, account.count <= 32 else {
            throw CasusError.invalid("'\(account)' is geen geldige accountnaam", "'\(account)' is not a valid account name",
                                     hint: Phrase("Gebruik de loginnaam van het besturingssysteem (kleine letters).",
                                                  "Use the operating-system login name (lowercase)."))
        }
        if role == .board, actor.role != .board {
            throw CasusError.refused("alleen het bestuur voegt bestuursleden toe", "only the board adds board members")
        }
        try storage.write { w in
            if try w.user(account: account) != nil {
                throw CasusError.refused("account '\(account)' bestaat al", "account '\(account)' already exists")
            }
            if let personID {
                guard let p = try w.person(id: personID), scope.schoolID == nil || p.schoolID == scope.schoolID else {
                    throw CasusError.notFound("persoon \(personID) bestaat niet", "person \(personID) does not exist")
                }
            }
            let school: SchoolID? = role == .board ? nil : try targetSchool(w, schoolID).id
            try w.insert(user: User(account: account, personID: personID, role: role, schoolID: school))
            try audit(w, "user.add", person: personID, detail: "\(account) \(role.rawValue)")
        }
    }
}

/// Checks on a person's fields, shared by `people add` and the CSV import.
public enum PersonValidation {
    public static func check(_ p: Person) throws {
        if p.firstName.trimmingCharacters(in: .whitespaces).isEmpty || p.lastName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CasusError.invalid("voornaam en achternaam zijn verplicht", "first and last name are required")
        }
        if p.kind == .pupil, let g = p.group, !g.isEmpty, Int(g).map({ !(1...8).contains($0) }) ?? false {
            throw CasusError.invalid("groep '\(g)' bestaat niet; groepen zijn 1 tot en met 8", "group '\(g)' does not exist; groups are 1 to 8")
        }
    }
}

extension CasusService {
    public func users() throws -> [User] {
        try AccessPolicy.require(actor, .manageUsers)
        return try storage.read { r in
            try r.users().filter { scope.schoolID == nil || $0.schoolID == scope.schoolID }
        }
    }
}
