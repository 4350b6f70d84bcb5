public typealias PersonID = Int64
public typealias SchoolID = Int64

/// What a person is to the school. Decides which ladder applies and whose dossier a case goes into.
public enum PersonKind: String, Sendable, Codable, CaseIterable {
    case pupil, parent, staff, volunteer, intern

    public var label: Phrase {
        switch self {
        case .pupil: Phrase("leerling", "pupil")
        case .parent: Phrase("ouder/verzorger", "parent/guardian")
        case .staff: Phrase("medewerker", "staff")
        case .volunteer: Phrase("vrijwilliger", "volunteer")
        case .intern: Phrase("stagiair", "intern")
        }
    }

    /// The kind beside a name in a list column, where "ouder/verzorger" was cut to "(ou…".
    public var shortLabel: Phrase {
        self == .parent ? Phrase("ouder", "parent") : label
    }

    /// Staff, volunteers and interns answer to the staff ladder and have a personeelsdossier.
    public var isPersonnel: Bool { self == .staff || self == .volunteer || self == .intern }

    /// The ladder a case about this person walks.
    public var ladderKind: SubjectKind {
        switch self {
        case .pupil: .pupil
        case .parent: .parent
        case .staff, .volunteer, .intern: .staff
        }
    }
}

/// The ladders a profile defines: pupils, parents/guardians, staff.
public enum SubjectKind: String, Sendable, Codable, CaseIterable {
    case pupil, parent, staff

    public var label: Phrase {
        switch self {
        case .pupil: Phrase("leerling", "pupil")
        case .parent: Phrase("ouder/verzorger", "parent/guardian")
        case .staff: Phrase("medewerker", "staff")
        }
    }
}

public struct Person: Sendable, Hashable, Codable, Identifiable {
    public var id: PersonID
    public var schoolID: SchoolID
    public var kind: PersonKind
    public var firstName: String
    /// Tussenvoegsel: "de", "van der". Sorted on the last name, shown before it.
    public var infix: String
    public var lastName: String
    /// Groep 1–8 for pupils.
    public var group: String?
    /// Function for staff: leerkracht, IB'er, conciërge.
    public var function: String?
    /// Leerlingnummer or personeelsnummer from the administration; key for re-import.
    public var externalID: String?
    public var birthDate: LocalDate?
    /// Left the school / employment ended: starts the retention period.
    public var leftOn: LocalDate?
    /// How a letter addresses them (issue 16, item 2): "Geachte heer …", "Geachte mevrouw …", by name.
    public var salutation: Salutation
    /// Where a letter to them goes; empty until imported or entered (`casus people edit`).
    public var address: PostalAddress

    public init(
        id: PersonID = 0, schoolID: SchoolID, kind: PersonKind, firstName: String, infix: String = "",
        lastName: String, group: String? = nil, function: String? = nil, externalID: String? = nil,
        birthDate: LocalDate? = nil, leftOn: LocalDate? = nil, salutation: Salutation = .onbekend,
        address: PostalAddress = .none
    ) {
        self.id = id
        self.schoolID = schoolID
        self.kind = kind
        self.firstName = firstName
        self.infix = infix
        self.lastName = lastName
        self.group = group
        self.function = function
        self.externalID = externalID
        self.birthDate = birthDate
        self.leftOn = leftOn
        self.salutation = salutation
        self.address = address
    }

    /// "Sanne de Vries"; "#812" for a person whose details went with a purge (`erased`).
    public var name: String {
        let name = [firstName, infix, lastName].filter { !$0.isEmpty }.joined(separator: " ")
        return name.isEmpty ? "#\(id)" : name
    }

    /// The person as a purge leaves them once no record that stays names them: who they were to
    /// which school and when they left, and nothing that tells who they are (name, class,
    /// function, number, birth date, address). The retention period was over, and keeping these
    /// for good broke AVG art. 5 lid 1 onder c and e (a review: a purged pupil's name, birth date
    /// and home address stayed in every list of people and every backup).
    public var erased: Person {
        Person(id: id, schoolID: schoolID, kind: kind, firstName: "", lastName: "", leftOn: leftOn)
    }

    /// "Vries, Sanne de": how Dutch administrations sort and list.
    /// "#812" for an erased person, as `name` (a list showed an empty name, a review).
    public var sortName: String {
        let sorted = typedSortName
        return sorted.isEmpty ? name : sorted
    }

    /// The sort name as typed, empty for an erased person: what the sort key is made of.
    var typedSortName: String {
        let rest = [firstName, infix].filter { !$0.isEmpty }.joined(separator: " ")
        return rest.isEmpty ? lastName : "\(lastName), \(rest)"
    }

    /// Age in whole years on a date (AVG: from 16 a pupil exercises their own rights).
    public func age(on date: LocalDate) -> Int? {
        guard let birthDate else { return nil }
        var age = date.year - birthDate.year
        if (date.month, date.day) < (birthDate.month, birthDate.day) { age -= 1 }
        return age
    }
}

public struct School: Sendable, Hashable, Codable, Identifiable {
    public var id: SchoolID
    public var name: String
    public var protocolID: String
    public var town: String
    /// Made by `casus demo`: fictional, and never mixed with a real school's records.
    public var isDemo: Bool
    /// Which law applies (WPO, WVO 2020, WEC): DESIGN.md §3, "the school decides which law applies".
    public var sector: Sector
    public var denomination: Denomination
    /// False for a school from before the school record (v8): casus then assumes po/bijzonder and says so.
    public var isLegalRecordSet: Bool
    /// The bevoegd gezag (the foundation or the municipality) that signs decisions.
    public var boardName: String
    /// Postal address of the bevoegd gezag, lines separated by newlines.
    public var boardAddress: String
    /// The school's own postal address, lines separated by newlines.
    public var address: String
    /// Holiday region of the national advisory calendar; nil until set.
    public var region: Region?

    public init(
        id: SchoolID = 0, name: String, protocolID: String, town: String = "", isDemo: Bool = false,
        sector: Sector = .po, denomination: Denomination = .bijzonder, isLegalRecordSet: Bool = false,
        boardName: String = "", boardAddress: String = "", address: String = "", region: Region? = nil
    ) {
        self.id = id
        self.name = name
        self.protocolID = protocolID
        self.town = town
        self.isDemo = isDemo
        self.sector = sector
        self.denomination = denomination
        self.isLegalRecordSet = isLegalRecordSet
        self.boardName = boardName
        self.boardAddress = boardAddress
        self.address = address
        self.region = region
    }
}

extension School {
    /// The name without its kind of school ("OBS De Regenboog" → "De Regenboog"), for a column
    /// that names a row's school: across a district the kind repeats, the name tells them apart.
    public static func shortName(_ name: String) -> String {
        let kinds = [
            "openbare basisschool ", "christelijke basisschool ", "katholieke basisschool ", "basisschool ",
            "obs ", "cbs ", "kbs ", "pcbs ", "rkbs ", "ikc ",
        ]
        let lower = name.lowercased()
        guard let kind = kinds.first(where: { lower.hasPrefix($0) && name.count > $0.count }) else { return name }
        return String(name.dropFirst(kind.count))
    }
}

extension Person {
    /// The person as a report may name them: name, kind and group, nothing from the school's
    /// administration (birth date, number, function, leaving date).
    public var rosterName: Person {
        Person(
            id: id, schoolID: schoolID, kind: kind, firstName: firstName, infix: infix, lastName: lastName,
            group: group)
    }

    /// Whether the person had not left before `day` (always, without a day).
    public func isPresent(on day: LocalDate?) -> Bool {
        guard let day, let left = leftOn else { return true }
        return left >= day
    }
}
