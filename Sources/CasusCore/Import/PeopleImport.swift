/// Turns a pupil-administration export into people, checking every row. Pure: the service
/// applies the plan in one transaction, and only when no row is bad.
public enum PeopleImport {
    public struct RowError: Sendable, Hashable {
        public var line: Int
        public var message: Phrase
    }

    public struct Row: Sendable {
        public var line: Int
        public var person: Person
        /// For a parent: the leerlingnummer of the child.
        public var childNumber: String?
    }

    enum Field: String, CaseIterable {
        case number, firstName, infix, lastName, group, birthDate, function, left, child

        /// Column names as the usual exports spell them (folded, without spaces and punctuation).
        var aliases: [String] {
            switch self {
            case .number: ["leerlingnummer", "llnr", "leerlingnr", "leerling", "personeelsnummer", "persnr", "medewerkernummer", "id", "nummer"]
            case .firstName: ["roepnaam", "voornaam", "voornamen", "firstname"]
            case .infix: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"]
            case .lastName: ["achternaam", "geslachtsnaam", "naam", "lastname", "familienaam"]
            case .group: ["groep", "klas", "jaargroep", "group"]
            case .birthDate: ["geboortedatum", "gebdatum", "geboren", "birthdate"]
            case .function: ["functie", "rol", "function"]
            case .left: ["uitschrijfdatum", "datumuitschrijving", "uitgeschreven", "datumuitdienst", "uitdienst", "einddatum"]
            case .child: ["leerlingnummer", "llnr", "leerlingnr", "kind", "leerlingnummerkind"]
            }
        }
    }

    static func key(_ header: String) -> String {
        header.folded.filter { $0.isLetter || $0.isNumber }
    }

    /// Which column holds which field, and what is required for this kind of person.
    static func columns(_ header: [String], kind: PersonKind, file: String) throws -> [Field: Int] {
        let keys = header.map(key)
        var map: [Field: Int] = [:]
        let wanted: [Field] = switch kind {
        case .pupil: [.number, .firstName, .infix, .lastName, .group, .birthDate, .left]
        case .parent: [.child, .firstName, .infix, .lastName]
        default: [.number, .firstName, .infix, .lastName, .function, .left]
        }
        for field in wanted {
            // Roepnaam wins over voornamen; the first alias found counts.
            for alias in field.aliases { if let i = keys.firstIndex(of: alias) { map[field] = i; break } }
        }
        let required: [Field] = kind == .parent ? [.child, .lastName] : [.number, .firstName, .lastName]
        let missing = required.filter { map[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { $0.aliases[0] }.joined(separator: ", ")
            throw CasusError.invalid("kolom ontbreekt: \(names) (gevonden: \(header.joined(separator: ", ")))",
                                     "missing column: \(names) (found: \(header.joined(separator: ", ")))",
                                     hint: Phrase("De eerste regel moet de kolomnamen bevatten, zoals in een export uit de leerlingadministratie.",
                                                  "The first line must hold the column names, as in an export from the pupil administration."),
                                     at: "\(file):1")
        }
        if kind == .parent, map[.firstName] == nil {
            map[.firstName] = keys.firstIndex(of: "voorletters")
        }
        return map
    }

    /// 21-11-2014, 21/11/2014, 1-2-2014, 2014-11-21.
    public static func date(_ text: String) -> LocalDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = LocalDate(iso: t) { return d }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
        return LocalDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
    }

    /// "Groep 5", "5", "5B", "groep 8a" → "5"; nil when there is no group 1–8 in it.
    public static func group(_ text: String) -> String? {
        let digits = text.folded.replacingOccurrences(of: "groep", with: "").trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }
        guard let n = Int(digits), (1...8).contains(n) else { return nil }
        return String(n)
    }

    /// Every row checked; the people it would import, and every bad row with its line and reason.
    public static func plan(_ table: CSVTable, kind: PersonKind, schoolID: SchoolID, file: String) throws -> (rows: [Row], errors: [RowError]) {
        let cols = try columns(table.header, kind: kind, file: file)
        var rows: [Row] = []
        var errors: [RowError] = []
        var seen: [String: Int] = [:]
        for (line, fields) in table.rows {
            func value(_ f: Field) -> String {
                guard let i = cols[f], i < fields.count else { return "" }
                return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            func fail(_ nl: String, _ en: String) { errors.append(RowError(line: line, message: Phrase(nl, en))) }
            if fields.count != table.header.count {
                fail("\(fields.count) velden, de kopregel heeft er \(table.header.count) (scheidingsteken ‘\(table.delimiter)’)",
                     "\(fields.count) fields, the header has \(table.header.count) (delimiter ‘\(table.delimiter)’)")
                continue
            }
            let first = value(.firstName), last = value(.lastName)
            if last.isEmpty { fail("achternaam ontbreekt", "last name is missing"); continue }
            if first.isEmpty && kind != .parent { fail("voornaam ontbreekt", "first name is missing"); continue }
            var person = Person(schoolID: schoolID, kind: kind, firstName: first.isEmpty ? "(ouder)" : first, infix: value(.infix), lastName: last)
            var child: String?
            switch kind {
            case .pupil:
                let number = value(.number)
                if number.isEmpty { fail("leerlingnummer ontbreekt", "pupil number is missing"); continue }
                if let earlier = seen[number] {
                    fail("leerlingnummer \(number) staat ook op regel \(earlier)", "pupil number \(number) also appears on line \(earlier)")
                    continue
                }
                seen[number] = line
                person.externalID = number
                let g = value(.group)
                if !g.isEmpty {
                    guard let n = group(g) else { fail("groep ‘\(g)’ is geen groep 1 tot en met 8", "group ‘\(g)’ is not a group 1 to 8"); continue }
                    person.group = n
                }
                let b = value(.birthDate)
                if !b.isEmpty {
                    guard let d = date(b) else { fail("geboortedatum ‘\(b)’ is geen datum (dd-mm-jjjj)", "birth date ‘\(b)’ is not a date (dd-mm-yyyy)"); continue }
                    person.birthDate = d
                }
            case .parent:
                let number = value(.child)
                if number.isEmpty { fail("leerlingnummer van het kind ontbreekt", "the child's pupil number is missing"); continue }
                child = number
                person.externalID = "ouder:\(number):\(person.name.folded)"
                if let earlier = seen[person.externalID!] {
                    fail("deze ouder staat voor dit kind ook op regel \(earlier)", "this parent appears for this child on line \(earlier) too")
                    continue
                }
                seen[person.externalID!] = line
            default:
                let number = value(.number)
                if number.isEmpty { fail("personeelsnummer ontbreekt", "staff number is missing"); continue }
                if let earlier = seen[number] {
                    fail("personeelsnummer \(number) staat ook op regel \(earlier)", "staff number \(number) also appears on line \(earlier)")
                    continue
                }
                seen[number] = line
                person.externalID = number
                person.function = value(.function).isEmpty ? nil : value(.function)
            }
            let l = value(.left)
            if !l.isEmpty {
                guard let d = date(l) else { fail("datum ‘\(l)’ is geen datum (dd-mm-jjjj)", "date ‘\(l)’ is not a date (dd-mm-yyyy)"); continue }
                person.leftOn = d
            }
            rows.append(Row(line: line, person: person, childNumber: child))
        }
        return (rows, errors)
    }
}
