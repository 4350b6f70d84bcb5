/// Turns a pupil-administration CSV export into an `ImportPlan`, checking every row. Pure: the
/// service applies the plan in one transaction, and only when no row is bad.
public enum PeopleImport {
    public typealias RowError = ImportProblem

    enum Field: String, CaseIterable {
        case number, firstName, infix, lastName, group, birthDate, function, left, child
        /// A parent's e-mail and phone: only to tell two parents with the same name apart; never stored.
        case email, phone
        /// The postal address and how a letter addresses them (parents and staff; issue 16, item 2).
        /// For parents the address also tells two parents with the same name apart.
        case postcode, houseNumber, address, town, salutation

        /// Column names as the usual exports spell them (folded, without spaces and punctuation).
        var aliases: [String] {
            switch self {
            case .number:
                [
                    "leerlingnummer", "llnr", "leerlingnr", "leerling", "stamnummer", "stamnr", "personeelsnummer",
                    "persnr", "medewerkernummer", "id", "nummer",
                ]
            case .firstName: ["roepnaam", "voornaam", "voornamen", "firstname"]
            case .infix: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"]
            case .lastName: ["achternaam", "geslachtsnaam", "naam", "lastname", "familienaam"]
            case .group: ["groep", "klas", "jaargroep", "group"]
            case .birthDate: ["geboortedatum", "gebdatum", "geboren", "birthdate"]
            case .function: ["functie", "rol", "function"]
            case .left:
                ["uitschrijfdatum", "datumuitschrijving", "uitgeschreven", "datumuitdienst", "uitdienst", "einddatum"]
            case .child: ["leerlingnummer", "llnr", "leerlingnr", "kind", "leerlingnummerkind"]
            case .email: ["email", "emailadres", "mail", "emailouder", "emailadresouder", "emailverzorger"]
            case .phone:
                [
                    "telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobielnummer", "telefoonmobiel", "gsm",
                    "phone",
                ]
            case .postcode: ["postcode"]
            case .houseNumber: ["huisnummer", "huisnr"]
            case .address: ["straat", "straatnaam", "adres", "woonadres", "straatenhuisnummer", "address", "street"]
            case .town: ["plaats", "woonplaats", "plaatsnaam", "town", "city"]
            case .salutation: ["aanhef", "geslacht", "aanspreekvorm", "aanschrijftitel", "salutation", "gender"]
            }
        }
    }

    static func key(_ header: String) -> String {
        header.folded.filter { $0.isLetter || $0.isNumber }
    }

    /// Number columns that say whose number it is: a pupil file imported with `--kind staff` made
    /// every pupil a member of staff too (and with `--kind parent`, a parent of themself), which no
    /// command undoes (a review).
    static let pupilNumbers: Set<String> = ["leerlingnummer", "llnr", "leerlingnr", "leerling", "stamnummer", "stamnr"]
    static let staffNumbers: Set<String> = ["personeelsnummer", "persnr", "medewerkernummer"]

    /// Which column holds which field, and what is required for this kind of person.
    static func columns(_ header: [String], kind: PersonKind, file: String, line: Int = 1) throws -> [Field: Int] {
        let keys = header.map(key)
        var map: [Field: Int] = [:]
        let wanted: [Field] =
            switch kind {
            case .pupil: [.number, .firstName, .infix, .lastName, .group, .birthDate, .left]
            case .parent:
                [
                    .child, .firstName, .infix, .lastName, .email, .phone, .postcode, .houseNumber, .address, .town,
                    .salutation,
                ]
            default:
                [
                    .number, .firstName, .infix, .lastName, .function, .left, .postcode, .houseNumber, .address, .town,
                    .salutation,
                ]
            }
        for field in wanted {
            // Roepnaam wins over voornamen; the first alias found counts.
            for alias in field.aliases {
                if let i = keys.firstIndex(of: alias) {
                    map[field] = i
                    break
                }
            }
        }
        // A primary school's "Groep" names its class ("Groep 1/2a"); "Jaargroep" beside it says the
        // pupil's own year (the whole file was refused over the combination groups, a review).
        if map[.group].map({ keys[$0] == "groep" }) == true, let year = keys.firstIndex(of: "jaargroep") {
            map[.group] = year
        }
        // Columns only another kind's file has: a parents' file (its pupil number the child's, its
        // contact columns, no group) read with --kind pupil renamed each pupil after a parent; a
        // pupil file with a plain "nummer", a group and a date of birth read as staff made every
        // pupil a member of staff (a review). A pupil file with the pupils' own e-mail has a group.
        let contact = Set(Field.email.aliases + Field.phone.aliases + ["aanhef", "aanspreekvorm", "aanschrijftitel"])
        let pupilOnly = Set(Field.group.aliases + ["stamgroep", "leerjaar", "mentorgroep"])
        let born = Set(Field.birthDate.aliases), function = Set(Field.function.aliases)
        // A column and what it says of the file: its number column named for the other kind ("is een
        // nummer van"), or a column only another kind's file has ("hoort bij een bestand van").
        let numberedFor: Phrase? =
            map[.number].map { kind.isPersonnel ? pupilNumbers.contains(keys[$0]) : staffNumbers.contains(keys[$0]) }
                == true ? (kind.isPersonnel ? Phrase("leerlingen", "pupils") : Phrase("personeel", "staff")) : nil
        let foreign: (column: Int, says: Phrase, option: String)? =
            if let i = map[.number], let other = numberedFor {
                (
                    i, Phrase("is een nummer van \(other.nl)", "is a number of \(other.en)"),
                    kind.isPersonnel ? "--kind pupil" : "--kind staff"
                )
            } else if kind == .pupil, !keys.contains(where: pupilOnly.contains),
                let i = keys.firstIndex(where: contact.contains)
            {
                (
                    i, Phrase("hoort bij een bestand van ouders of personeel", "belongs to a file of parents or staff"),
                    "--kind parent"
                )
            } else if kind == .pupil, let i = keys.firstIndex(where: function.contains) {
                (i, Phrase("hoort bij een bestand van personeel", "belongs to a file of staff"), "--kind staff")
            } else if kind.isPersonnel, map[.number].map({ !staffNumbers.contains(keys[$0]) }) == true,
                !keys.contains(where: function.contains), keys.contains(where: born.contains),
                let i = keys.firstIndex(where: pupilOnly.contains)
            {
                (
                    i,
                    Phrase(
                        "hoort bij een bestand van leerlingen (met geboortedatum)",
                        "belongs to a file of pupils (with a date of birth)"), "--kind pupil"
                )
            } else { nil }
        if let foreign {
            throw CasusError.invalid(
                "de kolom ‘\(header[foreign.column].shown)’ \(foreign.says.nl), niet van wie --kind \(kind.rawValue) inleest; er is niets ingelezen",
                "the column ‘\(header[foreign.column].shown)’ \(foreign.says.en), not of whom --kind \(kind.rawValue) imports; nothing was imported",
                hint: Phrase(
                    "Lees het bestand in met \(foreign.option) (of de soort die erbij hoort), of haal de kolom weg als het toch het goede bestand is.",
                    "Import the file with \(foreign.option) (or the kind it belongs to), or remove the column if it is the right file after all."
                ),
                at: "\(file):\(line)")
        }
        let required: [Field] = kind == .parent ? [.child, .lastName] : [.number, .firstName, .lastName]
        let missing = required.filter { map[$0] == nil }
        if !missing.isEmpty {
            // A staff file is told of its own number's column, not a pupil's (a review).
            let names = missing.map { $0 == .number && kind.isPersonnel ? "personeelsnummer" : $0.aliases[0] }
                .joined(separator: ", ")
            let found = header.map(\.shown).joined(separator: ", ")
            throw CasusError.invalid(
                "kolom ontbreekt: \(names) (gevonden: \(found))",
                "missing column: \(names) (found: \(found))",
                hint: Phrase(
                    "De eerste regel moet de kolomnamen bevatten, zoals in een export uit de leerlingadministratie.",
                    "The first line must hold the column names, as in an export from the pupil administration."),
                at: "\(file):\(line)")
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
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4
        else { return nil }
        return LocalDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
    }

    /// Every row checked: the people the file would import, every bad row with its line and
    /// reason, and the columns casus leaves out.
    /// `sector`: the school's, which says what a pupil's group is (`PupilGroup`).
    /// A date of birth no person of the kind can have is refused when the plan is matched
    /// (`ImportPlan.resolve`, for the EDEX file too).
    public static func plan(
        _ table: CSVTable, kind: PersonKind, file: String, sector: Sector = .po
    ) throws -> ImportPlan {
        let cols = try columns(table.header, kind: kind, file: file, line: table.headerLine)
        var plan = ImportPlan(format: .csv, file: file, encoding: table.encoding, delimiter: table.delimiter)
        plan.hasInfix = cols[.infix] != nil
        plan.hasGroup = cols[.group] != nil
        var seen: [String: Int] = [:]
        var parents: [ParentRow] = []
        var leftOutCounts = [Int](repeating: 0, count: table.header.count)
        let contactColumns: Set<Int> = Set([Field.email, .phone].compactMap { cols[$0] })
        let used = Set(cols.values).subtracting(contactColumns)
        for (line, fields) in table.rows {
            func value(_ f: Field) -> String {
                guard let i = cols[f], i < fields.count else { return "" }
                return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            func fail(_ nl: String, _ en: String) {
                plan.problems.append(ImportProblem(line: line, message: Phrase(nl, en)))
            }
            if fields.count != table.header.count {
                let shownDelimiter = table.delimiter == "\t" ? "tab" : String(table.delimiter)
                fail(
                    "\(fields.count) velden, de kopregel heeft er \(table.header.count) (scheidingsteken ‘\(shownDelimiter)’)",
                    "\(fields.count) fields, the header has \(table.header.count) (delimiter ‘\(shownDelimiter)’)")
                continue
            }
            for (i, f) in fields.enumerated() where !used.contains(i) && !f.trimmingCharacters(in: .whitespaces).isEmpty
            {
                leftOutCounts[i] += 1
            }
            let first = value(.firstName), last = value(.lastName)
            if last.isEmpty {
                fail("achternaam ontbreekt", "last name is missing")
                continue
            }
            if first.isEmpty && kind != .parent {
                fail("voornaam ontbreekt", "first name is missing")
                continue
            }
            var person = Person(
                schoolID: 0, kind: kind, firstName: first.isEmpty ? "(ouder)" : first, infix: value(.infix),
                lastName: last)
            if kind != .pupil {
                let s = value(.salutation)
                guard let salutation = Salutation.parse(s) else {
                    fail(
                        "aanhef ‘\(s.shown)’ is geen m, v, x, heer of mevrouw",
                        "salutation ‘\(s.shown)’ is not m, v, x, heer or mevrouw")
                    continue
                }
                person.salutation = salutation
                let pc = value(.postcode)
                guard pc.isEmpty || PostalAddress.postcode(pc) != nil else {
                    fail(
                        "postcode ‘\(pc.shown)’ is geen postcode (vier cijfers en twee letters, 1234 AB)",
                        "postcode ‘\(pc.shown)’ is not a postcode (four digits and two letters, 1234 AB)")
                    continue
                }
                person.address = PostalAddress(
                    street: PostalAddress.street(value(.address), number: value(.houseNumber)),
                    postcode: PostalAddress.postcode(pc) ?? "", town: value(.town))
            }
            switch kind {
            case .pupil:
                let number = value(.number)
                if number.isEmpty {
                    fail("leerlingnummer ontbreekt", "pupil number is missing")
                    continue
                }
                if let earlier = seen[number] {
                    fail(
                        "leerlingnummer \(number.shown) staat ook op regel \(earlier)",
                        "pupil number \(number.shown) also appears on line \(earlier)")
                    continue
                }
                seen[number] = line
                person.externalID = number
                let g = value(.group)
                if !g.isEmpty {
                    guard let n = PupilGroup.normalized(g, sector: sector) else {
                        let (word, rule) = (PupilGroup.word(sector), PupilGroup.rule(sector))
                        fail(
                            "\(word.nl) ‘\(g.shown)’ bestaat niet: \(rule.nl)",
                            "\(word.en) ‘\(g.shown)’ does not exist: \(rule.en)")
                        continue
                    }
                    person.group = n
                }
                let b = value(.birthDate)
                if !b.isEmpty {
                    guard let d = date(b) else {
                        // Why, where it is written as a day ("februari 2018 heeft 28 dagen"); both
                        // ways of writing one are read (it named dd-mm-jjjj only, a review).
                        let why = LocalDate.whyNot(typed: b).map { (": " + $0.nl, ": " + $0.en) } ?? ("", "")
                        fail(
                            "geboortedatum ‘\(b.shown)’ is geen datum (dd-mm-jjjj of jjjj-mm-dd)\(why.0)",
                            "birth date ‘\(b.shown)’ is not a date (dd-mm-yyyy or yyyy-mm-dd)\(why.1)")
                        continue
                    }
                    person.birthDate = d
                }
            case .parent:
                let number = value(.child)
                if number.isEmpty {
                    fail("leerlingnummer van het kind ontbreekt", "the child's pupil number is missing")
                    continue
                }
                parents.append(
                    ParentRow(
                        line: line, person: person, child: number,
                        contacts: contacts(
                            email: value(.email), phone: value(.phone), postcode: value(.postcode),
                            houseNumber: value(.houseNumber), address: value(.address))))
                continue
            default:
                let number = value(.number)
                if number.isEmpty {
                    fail("personeelsnummer ontbreekt", "staff number is missing")
                    continue
                }
                if let earlier = seen[number] {
                    fail(
                        "personeelsnummer \(number.shown) staat ook op regel \(earlier)",
                        "staff number \(number.shown) also appears on line \(earlier)")
                    continue
                }
                seen[number] = line
                person.externalID = number
                person.function = value(.function).isEmpty ? nil : value(.function)
            }
            let l = value(.left)
            if !l.isEmpty {
                guard let d = date(l) else {
                    let why = LocalDate.whyNot(typed: l).map { (": " + $0.nl, ": " + $0.en) } ?? ("", "")
                    fail(
                        "datum ‘\(l.shown)’ is geen datum (dd-mm-jjjj of jjjj-mm-dd)\(why.0)",
                        "date ‘\(l.shown)’ is not a date (dd-mm-yyyy or yyyy-mm-dd)\(why.1)")
                    continue
                }
                person.leftOn = d
            }
            plan.entries.append(ImportPlan.Entry(line: line, person: person))
        }
        if kind == .parent {
            let (entries, problems) = groupParents(parents)
            plan.entries = entries
            plan.problems += problems
        }
        plan.leftOut = table.header.indices.filter { leftOutCounts[$0] > 0 }.map { i in
            let label =
                contactColumns.contains(i)
                ? Phrase(
                    "\(table.header[i].shown) (alleen gebruikt om dezelfde ouder te herkennen)",
                    "\(table.header[i].shown) (only used to recognise the same parent)")
                : EDEXImport.label(key(table.header[i])) ?? Phrase(verbatim: table.header[i].shown)
            return LeftOutField(field: table.header[i], label: label, count: leftOutCounts[i])
        }
        return plan
    }

    // MARK: Parents

    /// One parent row: a parent of one child. A parent of three children is on three rows.
    struct ParentRow {
        var line: Int
        var person: Person
        var child: String
        /// "email", "phone", "address" → normalised value; empty when the file has none.
        var contacts: [String: String]
    }

    static func contacts(email: String, phone: String, postcode: String, houseNumber: String, address: String)
        -> [String: String]
    {
        var c: [String: String] = [:]
        let mail = email.lowercased().filter { !$0.isWhitespace }
        if !mail.isEmpty { c["email"] = mail }
        let digits = phone.filter(\.isASCII).filter(\.isNumber)
        if digits.count >= 9 { c["phone"] = String(digits.suffix(9)) }  // 06…, +316…, 00316… alike
        let pc = postcode.uppercased().filter { $0.isLetter || $0.isNumber }
        if !pc.isEmpty {
            c["address"] = pc + " " + houseNumber.folded.filter { $0.isLetter || $0.isNumber }
        } else {
            let a = (address + " " + houseNumber).folded.filter { $0.isLetter || $0.isNumber }
            if !a.isEmpty { c["address"] = a }
        }
        return c
    }

    /// The same parent on several rows (one per child) becomes one person linked to every
    /// child: same name, and no contact detail (e-mail, phone, address) that differs. Rows
    /// without contact details join the only parent of that name; with two parents of that
    /// name who differ in contact details, such a row cannot be placed and is refused.
    static func groupParents(_ rows: [ParentRow]) -> (entries: [ImportPlan.Entry], problems: [ImportProblem]) {
        struct Cluster {
            var rows: [ParentRow]
            var contacts: [String: String]
            func conflicts(_ c: [String: String]) -> Bool {
                c.contains { k, v in contacts[k].map { $0 != v } ?? false }
            }
        }
        var clusters: [String: [Cluster]] = [:]
        var problems: [ImportProblem] = []
        var order: [String] = []
        // Rows with contact details first, so the result does not depend on the order of the rows.
        for row in rows.filter({ !$0.contacts.isEmpty }) + rows.filter({ $0.contacts.isEmpty }) {
            let name = row.person.name.folded
            if clusters[name] == nil { order.append(name) }
            var list = clusters[name] ?? []
            if row.contacts.isEmpty {
                if list.count > 1 {
                    let lines = list.map { String($0.rows[0].line) }.joined(separator: ", ")
                    problems.append(
                        ImportProblem(
                            line: row.line,
                            message: Phrase(
                                "er zijn twee ouders ‘\(row.person.name.shown)’ met verschillende contactgegevens (regels \(lines)); op deze regel staan er geen, zodat niet te zien is welke ouder bedoeld is",
                                "there are two parents ‘\(row.person.name.shown)’ with different contact details (lines \(lines)); this line has none, so it cannot tell which parent is meant"
                            )))
                    continue
                }
                if list.isEmpty { list.append(Cluster(rows: [row], contacts: [:])) } else { list[0].rows.append(row) }
            } else if let i = list.firstIndex(where: { !$0.conflicts(row.contacts) }) {
                list[i].rows.append(row)
                list[i].contacts.merge(row.contacts) { old, _ in old }
            } else {
                list.append(Cluster(rows: [row], contacts: row.contacts))
            }
            clusters[name] = list
        }
        var entries: [ImportPlan.Entry] = []
        for name in order {
            for cluster in clusters[name] ?? [] {
                let sorted = cluster.rows.sorted { $0.line < $1.line }
                var children: [ImportPlan.ChildRef] = []
                var firstLine: [String: Int] = [:]
                for row in sorted {
                    if let earlier = firstLine[row.child] {
                        problems.append(
                            ImportProblem(
                                line: row.line,
                                message: Phrase(
                                    "deze ouder staat voor dit kind ook op regel \(earlier)",
                                    "this parent appears for this child on line \(earlier) too")))
                        continue
                    }
                    firstLine[row.child] = row.line
                    children.append(ImportPlan.ChildRef(number: row.child, line: row.line))
                }
                var person = sorted[0].person
                // The key for a re-import: the parent's name with their first child's number.
                let key = children.map(\.number).min() ?? sorted[0].child
                person.externalID = "ouder:\(key):\(person.name.folded)"
                entries.append(ImportPlan.Entry(line: sorted[0].line, person: person, children: children))
            }
        }
        entries.sort { $0.line < $1.line }
        return (entries, problems)
    }
}
