/// Reads an EDEXML 2.x export (EDEX.XML from ParnasSys, Esis and other pupil administrations)
/// into an `ImportPlan`: pupils with their group 1–8, teachers as staff. Pure: bytes and a file
/// name in, a plan out; every bad element is named with its line.
///
/// The format is Edustandaard's EDEXML 2.1 (EDEXML.structuur.xsd and EDEXML.elementen.xsd of
/// 2016-12-07, EDEXML.types.variabel.xsd of 2017-02-17); 2.0 has the same elements:
///
///     <EDEX>
///       <school> schooljaar, brincode, xsdversie … </school>
///       <groepen> <groep key="…"> naam, jaargroep </groep> <samengestelde_groep key="…"> … </groepen>
///       <leerlingen> <leerling key="…" eckid="…"> achternaam, voorvoegsel, voornamen, voorletters-1,
///           roepnaam, geboortedatum, geslacht, jaargroep, <groep key="…"/>, … bsn, postcodenl,
///           instroomdatum, uitstroomdatum … </leerling> </leerlingen>
///       <leerkrachten> <leerkracht key="…"> achternaam, voorvoegsel, roepnaam, emailadres, rol,
///           <groepen> <groep key="…"/> </groepen> </leerkracht> </leerkrachten>
///     </EDEX>
///
/// casus keeps what handling a case needs (data minimisation, AVG art. 5(1)(c)): the key (to
/// recognise a person on the next import), the name, the birth date, the group, the leaving
/// date; for teachers their role. The BSN and everything else is read past, never stored, and
/// listed in the report as left out.
public enum EDEXImport {
    /// The fields casus takes from a `leerling` and a `leerkracht`.
    static let pupilFields: Set<String> = [
        "achternaam", "voorvoegsel", "roepnaam", "geboortedatum", "jaargroep", "groep", "uitstroomdatum",
    ]
    static let teacherFields: Set<String> = [
        "achternaam", "voorvoegsel", "roepnaam", "rol", "rolomschrijving", "groepen",
    ]
    /// Bookkeeping of the export itself, not about the person: not listed as left out.
    static let bookkeeping: Set<String> = ["mutatiedatum"]

    /// EDEXML `rol` codes (EDEXLeerkrachtRolType) as a function in casus.
    static let roles: [String: String] = [
        "ADJ": "adjunct-directeur", "ADM": "administratief medewerker", "CON": "conciërge", "DIR": "directeur",
        "ICT": "ICT-coördinator", "IB": "intern begeleider", "KLA": "klassenassistent", "LRK": "leerkracht",
        "LOS": "leraarondersteuner", "LOC": "locatieleider", "OWA": "onderwijsassistent", "OUD": "ouder",
        "RT": "remedial teacher", "SMW": "schoolmaatschappelijk werker", "STA": "stagiair", "TAL": "toetsafnameleider",
        "VAK": "vakleerkracht",
    ]

    /// What a field holds, for the list of fields left out (EDEXML element names and the usual
    /// CSV column names, folded).
    static func label(_ key: String) -> Phrase? {
        switch key {
        case "bsn", "burgerservicenummer": Phrase("burgerservicenummer (BSN)", "citizen service number (BSN)")
        case "sofinummer": Phrase("sofinummer", "sofi number")
        case "onderwijsnummer": Phrase("onderwijsnummer", "education number")
        case "bsn_ondwnr-4", "bsnondwnr4":
            Phrase("laatste 4 cijfers van BSN of onderwijsnummer", "last 4 digits of BSN or education number")
        case "rijksregisternummer": Phrase("rijksregisternummer", "national register number")
        case "eckid": Phrase("ECK-iD (landelijk pseudoniem)", "ECK iD (national pseudonym)")
        case "geslacht": Phrase("geslacht", "sex")
        case "voornamen": Phrase("voornamen (de roepnaam is genoeg)", "given names (the name used is enough)")
        case "voorletters-1", "voorletters": Phrase("voorletters", "initials")
        case "etniciteit": Phrase("etniciteit", "ethnicity")
        case "land": Phrase("land van herkomst", "country of origin")
        case "land_vader": Phrase("land van herkomst vader", "father's country of origin")
        case "land_moeder": Phrase("land van herkomst moeder", "mother's country of origin")
        case "gewicht", "gewicht_nieuw": Phrase("leerlinggewicht", "pupil weighting")
        case "postcodenl", "postnummerbe", "postcodeoverig", "postcode": Phrase("postcode", "postcode")
        case "adres", "straat", "huisnummer", "woonplaats", "woonadres": Phrase("adres", "address")
        case "emailadres", "email": Phrase("e-mailadres", "e-mail address")
        case "telefoon", "telefoonnummer", "mobiel": Phrase("telefoonnummer", "phone number")
        case "gebruikersnaam": Phrase("gebruikersnaam", "user name")
        case "fotourl": Phrase("foto", "photo")
        case "start_ondw_jgr3": Phrase("startdatum groep 3", "start date of group 3")
        case "instroomdatum": Phrase("instroomdatum", "date of entry")
        case "samengestelde_groepen": Phrase("samengestelde groepen", "composite groups")
        case "vestiging": Phrase("vestiging", "branch")
        case "toevoegingen":
            Phrase("toevoegingen (vrije velden van de administratie)", "additions (the administration's free fields)")
        default: nil
        }
    }

    /// Identifying numbers first, then special categories, then the rest.
    static let leftOutOrder = [
        "bsn", "sofinummer", "onderwijsnummer", "bsn_ondwnr-4", "rijksregisternummer", "eckid",
        "geslacht", "etniciteit", "land", "land_vader", "land_moeder", "gewicht_nieuw", "gewicht",
        "postcodenl", "postnummerbe", "postcodeoverig", "emailadres",
    ]

    /// Jaargroep codes (EDEXJaargroepType) that are not a group 1–8 but still a pupil.
    static let otherJaargroepen: Set<String> = ["S", "V", "C", "N", "11", "12", "13", "14", "15", "16"]
    /// Baby's, dreumesen, peuters: in an IKC's export, not pupils of the school.
    static let toddlers: Set<String> = ["B", "D", "0"]

    public static func plan(bytes: [UInt8], file: String) throws -> ImportPlan {
        let tree = try XMLTree.parse(bytes: bytes, file: file)
        let root = tree.root
        guard root.name == "EDEX" else {
            throw CasusError.invalid(
                "dit is geen EDEXML-bestand: het hoofdelement is <\(root.name.shown)>, niet <EDEX>",
                "this is not an EDEXML file: the root element is <\(root.name.shown)>, not <EDEX>",
                hint: Phrase(
                    "Gebruik de EDEXML-export (EDEX.XML) van de leerlingadministratie, of --format csv voor een CSV-bestand.",
                    "Use the EDEXML export (EDEX.XML) of the pupil administration, or --format csv for a CSV file."),
                at: "\(file):\(root.line)")
        }
        var plan = ImportPlan(format: .edexml, file: file, encoding: tree.encoding)
        plan.version = root.child("school")?.value("xsdversie")
        func problem(_ line: Int, _ nl: String, _ en: String) {
            plan.problems.append(ImportProblem(line: line, message: Phrase(nl, en)))
        }
        var leftOut: [String: Int] = [:]
        func leftOutFields(_ e: XMLTree.Element, used: Set<String>) {
            for name in Set(e.children.filter(\.hasContent).map(\.name))
            where !used.contains(name) && !bookkeeping.contains(name) {
                leftOut[name, default: 0] += 1
            }
            for name in e.attributes.keys where name != "key" && e.attribute(name) != nil {
                leftOut[name, default: 0] += 1
            }
        }

        // Groups: key → name and jaargroep.
        var groups: [String: (name: String, jaargroep: String?, line: Int)] = [:]
        for g in root.child("groepen")?.children("groep") ?? [] {
            guard let key = g.attribute("key") else {
                problem(g.line, "groep zonder key", "group without key")
                continue
            }
            if let earlier = groups[key] {
                problem(
                    g.line, "groep-key ‘\(key.shown)’ staat ook op regel \(earlier.line)",
                    "group key ‘\(key.shown)’ also appears on line \(earlier.line)")
                continue
            }
            groups[key] = (g.value("naam") ?? key, g.value("jaargroep"), g.line)
        }
        plan.groups = groups.count

        guard let leerlingen = root.child("leerlingen"), !leerlingen.children("leerling").isEmpty else {
            throw CasusError.invalid(
                "het bestand bevat geen leerlingen (<leerlingen> ontbreekt of is leeg); er is niets ingelezen",
                "the file holds no pupils (<leerlingen> is missing or empty); nothing was imported",
                hint: Phrase(
                    "Controleer de export in de leerlingadministratie (schooljaar, filter) en exporteer opnieuw.",
                    "Check the export in the pupil administration (school year, filter) and export again."),
                at: "\(file):\(root.child("leerlingen")?.line ?? root.line)")
        }

        var toddlerCount = 0, withoutGroup: [String: Int] = [:], former = 0
        var seen: [String: Int] = [:]
        for e in leerlingen.children("leerling") {
            guard let key = e.attribute("key") else {
                problem(
                    e.line, "leerling zonder key (het nummer uit de administratie)",
                    "pupil without key (the administration's number)")
                continue
            }
            if let earlier = seen[key] {
                problem(
                    e.line, "leerling-key ‘\(key.shown)’ staat ook op regel \(earlier)",
                    "pupil key ‘\(key.shown)’ also appears on line \(earlier)")
                continue
            }
            seen[key] = e.line
            var used = pupilFields
            guard let name = name(e, used: &used, problem: problem) else { continue }
            var person = Person(
                schoolID: 0, kind: .pupil, firstName: name.first, infix: name.infix, lastName: name.last,
                externalID: key)
            if let b = e.value("geboortedatum") {
                guard let d = date(b) else {
                    problem(
                        e.child("geboortedatum")?.line ?? e.line,
                        "geboortedatum ‘\(b.shown)’ is geen datum (jjjj-mm-dd)",
                        "birth date ‘\(b.shown)’ is not a date (yyyy-mm-dd)")
                    continue
                }
                person.birthDate = d
            }
            if let u = e.value("uitstroomdatum") {
                guard let d = date(u) else {
                    problem(
                        e.child("uitstroomdatum")?.line ?? e.line,
                        "uitstroomdatum ‘\(u.shown)’ is geen datum (jjjj-mm-dd)",
                        "leaving date ‘\(u.shown)’ is not a date (yyyy-mm-dd)")
                    continue
                }
                person.leftOn = d
            }
            var jaargroep = e.value("jaargroep")
            if let ref = e.child("groep") {
                guard let groupKey = ref.attribute("key"), let group = groups[groupKey] else {
                    let k = ref.attribute("key") ?? ""
                    problem(
                        ref.line, "groep ‘\(k.shown)’ staat niet in <groepen>", "group ‘\(k.shown)’ is not in <groepen>"
                    )
                    continue
                }
                // A combination group has no jaargroep of its own: the pupil's counts.
                if jaargroep == nil || jaargroep == "C" { jaargroep = group.jaargroep }
            }
            let entryLine = e.line
            leftOutFields(e, used: used)
            switch jaargroep {
            case let j? where Int(j).map({ (1...8).contains($0) }) ?? false:
                person.group = String(Int(j)!)
            case "H":
                // Historisch: a former pupil. Known ones get their leaving date; none is added.
                former += 1
                plan.entries.append(ImportPlan.Entry(line: entryLine, person: person, onlyUpdate: true))
                continue
            case let j? where toddlers.contains(j):
                toddlerCount += 1
                continue
            case nil:
                withoutGroup["–", default: 0] += 1
            case let j? where otherJaargroepen.contains(j):
                withoutGroup[j, default: 0] += 1
            case let j?:
                problem(
                    e.child("jaargroep")?.line ?? entryLine,
                    "jaargroep ‘\(j.shown)’ bestaat niet in EDEXML (1–8, S, C, H …)",
                    "jaargroep ‘\(j.shown)’ does not exist in EDEXML (1–8, S, C, H …)")
                continue
            }
            plan.entries.append(ImportPlan.Entry(line: entryLine, person: person))
        }

        var seenTeachers: [String: Int] = [:]
        for e in root.child("leerkrachten")?.children("leerkracht") ?? [] {
            guard let key = e.attribute("key") else {
                problem(
                    e.line, "leerkracht zonder key (het nummer uit de administratie)",
                    "teacher without key (the administration's number)")
                continue
            }
            if let earlier = seenTeachers[key] {
                problem(
                    e.line, "leerkracht-key ‘\(key.shown)’ staat ook op regel \(earlier)",
                    "teacher key ‘\(key.shown)’ also appears on line \(earlier)")
                continue
            }
            seenTeachers[key] = e.line
            var used = teacherFields
            guard let name = name(e, used: &used, problem: problem) else { continue }
            var bad = false
            for ref in e.child("groepen")?.children("groep") ?? []
            where ref.attribute("key").flatMap({ groups[$0] }) == nil {
                let k = ref.attribute("key") ?? ""
                problem(
                    ref.line, "groep ‘\(k.shown)’ staat niet in <groepen>", "group ‘\(k.shown)’ is not in <groepen>")
                bad = true
            }
            if bad { continue }
            var functions: [String] = []
            for code in e.children("rol").compactMap({ $0.text.trimmingCharacters(in: .whitespacesAndNewlines) })
            where !code.isEmpty {
                let f = roles[code.uppercased()] ?? code
                if !functions.contains(f) { functions.append(f) }
            }
            let function =
                functions.isEmpty ? (e.value("rolomschrijving") ?? "leerkracht") : functions.joined(separator: ", ")
            leftOutFields(e, used: used)
            plan.entries.append(
                ImportPlan.Entry(
                    line: e.line,
                    person: Person(
                        schoolID: 0, kind: .staff, firstName: name.first, infix: name.infix,
                        lastName: name.last, function: function, externalID: key)))
        }

        plan.leftOut = leftOut.map { field, count in
            LeftOutField(field: field, label: label(field) ?? Phrase(verbatim: field), count: count)
        }
        .sorted { a, b in
            let ia = leftOutOrder.firstIndex(of: a.field) ?? Int.max,
                ib = leftOutOrder.firstIndex(of: b.field) ?? Int.max
            return (ia, -a.count, a.field) < (ib, -b.count, b.field)
        }
        if let v = plan.version, !v.hasPrefix("2") {
            plan.notes.append(
                Phrase(
                    "het bestand noemt EDEXML-versie \(v.shown); casus is gemaakt voor 2.x — controleer het resultaat",
                    "the file names EDEXML version \(v.shown); casus is made for 2.x — check the result"))
        }
        if toddlerCount > 0 {
            plan.notes.append(
                Phrase.count(toddlerCount, "kind", "kinderen", "child", "children")
                    + Phrase(
                        " in een baby-, dreumes- of peutergroep (jaargroep B, D of 0) niet ingelezen: casus is voor groep 1–8",
                        " in a baby, toddler or pre-school group (jaargroep B, D or 0) not imported: casus is for groups 1–8"
                    ))
        }
        if !withoutGroup.isEmpty {
            let n = withoutGroup.values.reduce(0, +)
            let codes = withoutGroup.keys.sorted().joined(separator: ", ")
            plan.notes.append(
                Phrase.count(n, "leerling", "leerlingen", "pupil", "pupils")
                    + Phrase(
                        " zonder groep 1–8 ingelezen (jaargroep \(codes))",
                        " imported without a group 1–8 (jaargroep \(codes))"))
        }
        if former > 0 {
            plan.notes.append(
                Phrase.count(former, "oud-leerling", "oud-leerlingen", "former pupil", "former pupils")
                    + Phrase(
                        " (jaargroep H): alleen bijgewerkt als casus ze al kent, nooit toegevoegd",
                        " (jaargroep H): only updated when casus knows them already, never added"))
        }
        return plan
    }

    /// First name, tussenvoegsel, last name. The roepnaam is the first name; without one the first
    /// of the voornamen, else the initials. The spec allows a leerling with a roepnaam only; casus
    /// needs a last name to write a letter, so that is refused.
    static func name(
        _ e: XMLTree.Element, used: inout Set<String>,
        problem: (Int, String, String) -> Void
    ) -> (first: String, infix: String, last: String)? {
        let what = e.name == "leerling" ? ("leerling", "pupil") : ("leerkracht", "teacher")
        guard let last = e.value("achternaam") else {
            problem(
                e.line, "\(what.0) ‘\(e.attribute("key")?.shown ?? "")’: achternaam ontbreekt",
                "\(what.1) ‘\(e.attribute("key")?.shown ?? "")’: last name is missing")
            return nil
        }
        var first = e.value("roepnaam")
        if first == nil, let given = e.value("voornamen")?.split(whereSeparator: \.isWhitespace).first {
            first = String(given)
            used.insert("voornamen")
        }
        if first == nil, let initials = e.value("voorletters-1") {
            first = initials.contains(".") ? initials : initials.filter(\.isLetter).map { "\($0)." }.joined()
            used.insert("voorletters-1")
        }
        guard let first, !first.isEmpty else {
            problem(
                e.line,
                "\(what.0) ‘\(e.attribute("key")?.shown ?? "")’: roepnaam ontbreekt (en geen voornamen of voorletters)",
                "\(what.1) ‘\(e.attribute("key")?.shown ?? "")’: first name is missing (and no given names or initials)"
            )
            return nil
        }
        return (first, e.value("voorvoegsel") ?? "", last)
    }

    /// xs:date: 2014-06-21, possibly with a time zone (2014-06-21Z, 2014-06-21+01:00).
    static func date(_ text: String) -> LocalDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = LocalDate(iso: t) { return d }
        guard t.count > 10 else { return nil }
        let zone = t.dropFirst(10)
        guard zone == "Z" || zone.range(of: #"^[+-]\d\d:\d\d$"#, options: .regularExpression) != nil else { return nil }
        return LocalDate(iso: String(t.prefix(10)))
    }
}
