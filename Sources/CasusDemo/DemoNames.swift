import CasusCore

/// Fictional people for the demo school: names as they occur in Dutch (and Frisian) schools,
/// with the diacritics a real administration holds.
enum DemoNames {
    static let girls = [
        "Sanne", "Lotte", "Femke", "Joëlle", "Zoë", "Chloë", "Noëlle", "Tess", "Saar", "Fleur",
        "Anouk", "Iris", "Mila", "Julia", "Emma", "Sophie", "Nour", "Yasmina", "Elif", "Çağla",
        "Wytske", "Jildou", "Tjitske", "Maaike", "Liv", "Hélène", "Inès", "Fenna", "Evi", "Lieke",
        "Aya", "Sara", "Nina", "Roos", "Puck", "Floor", "Isa", "Noor", "Anna", "Daphne",
    ]
    static let boys = [
        "Daniël", "Noë", "Bram", "Thijs", "Sem", "Daan", "Luuk", "Finn", "Jesse", "Noah",
        "Lucas", "Mohamed", "Ayoub", "Emre", "Sjoerd", "Hylke", "Auke", "Sytse", "Ids", "Jurre",
        "Stijn", "Milan", "Gijs", "Jens", "Teun", "Olivier", "René", "Mats", "Siem", "Boaz",
        "Rayan", "Yusuf", "Levi", "Jan", "Otis", "Wessel", "Koen", "Ruben", "Tygo", "Hidde",
    ]
    static let adults = [
        "Marieke", "Jeroen", "Wouter", "Esther", "Ingrid", "Michiel", "André", "Karin", "Petra",
        "Hanneke", "Bas", "Erik", "Monique", "Ilse", "Rob", "Fatima", "Hatice", "Mustafa",
        "Saskia", "Arjen", "Gerrit", "Anke", "Joost", "Miriam", "Ahmed", "Linda", "Marco",
        "Renée", "Willemijn", "Pieter", "Geartsje", "Durk", "Baukje", "José", "Frédérique",
    ]
    /// (tussenvoegsel, achternaam)
    static let families: [(String, String)] = [
        ("de", "Vries"), ("van den", "Berg"), ("", "Jansen"), ("de", "Jong"), ("", "Bakker"), ("", "Visser"),
        ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
        ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
        ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"),
        ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
        ("van den", "Broek"), ("de", "Bruijn"), ("van der", "Heijden"), ("", "Schouten"), ("", "Çelik"),
        ("", "Yılmaz"), ("El", "Amrani"), ("", "Bouzid"), ("", "Hoekstra"), ("", "Postma"), ("", "Wijnstra"),
        ("", "Sijtsma"), ("", "Köse"), ("", "Öztürk"), ("van", "Dijk"), ("", "Kramer"), ("ten", "Brink"),
        ("", "Hoogeveen"), ("in 't", "Veld"), ("", "Zwart"), ("", "Bosma"), ("", "Terpstra"), ("van", "Wijk"),
    ]
    /// How the fictional adults wish to be addressed (a real school imports it: casus never
    /// guesses it from a first name). José: by name only.
    static func salutation(_ first: String) -> Salutation {
        let women: Set<String> = [
            "Marieke", "Esther", "Ingrid", "Karin", "Petra", "Hanneke", "Monique", "Ilse", "Fatima", "Hatice",
            "Saskia", "Anke", "Miriam", "Linda", "Renée", "Willemijn", "Geartsje", "Baukje", "Frédérique",
        ]
        if first == "José" { return .neutraal }
        return women.contains(first) ? .mevrouw : .heer
    }

    static let streets = [
        "Kerkstraat", "Molenweg", "Dorpsstraat", "Schoolstraat", "Lindenlaan", "Esdoornlaan", "Wilhelminastraat",
        "Beukenlaan", "Vondelstraat", "Burgemeester van Roijensingel", "Assendorperstraat", "Thorbeckegracht",
    ]

    /// A fictional address in `town`, the same for the same seed (no draw from the demo's random
    /// numbers, so the rest of the demo stays as it was).
    static func address(_ seed: Int64, town: String) -> PostalAddress {
        guard !town.isEmpty else { return .none }
        let n = Int(seed)
        let letters = Array("ABCDEGHJKLMNPRTVWXZ")
        return PostalAddress(
            street: "\(streets[n % streets.count]) \(n % 89 + 1)",
            postcode: "80\(n % 40 + 11) \(letters[n % letters.count])\(letters[(n / 7) % letters.count])", town: town)
    }

    static let staffFunctions = [
        "groepsleerkracht", "groepsleerkracht", "groepsleerkracht", "groepsleerkracht",
        "groepsleerkracht", "groepsleerkracht", "groepsleerkracht", "groepsleerkracht",
        "intern begeleider", "vakleerkracht gym", "onderwijsassistent", "onderwijsassistent",
        "conciërge", "administratief medewerker",
    ]
}

/// A small deterministic random source (SplitMix64): the same seed gives the same school.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
}

extension DemoNames {
    /// One parent, or two (7 in 10), for a pupil; the first has the pupil's family name. Saved,
    /// linked to the pupil, with external ids `O<id>-1`, `O<id>-2`.
    /// Parents live in the school's town (`town`); in one family in four the second parent lives
    /// elsewhere in it, and gets a letter of their own.
    static func parents(
        of pupil: Person, family: (infix: String, last: String), externalID: String,
        rng: inout SeededRandom, directory: Directory, in tx: Transaction, town: String = ""
    ) throws -> [Person] {
        var parents: [Person] = []
        for n in 0..<(rng.chance(0.7) ? 2 : 1) {
            let (infix, last) = n == 0 ? family : rng.pick(families)
            let first = rng.pick(adults)
            let apart = n == 1 && pupil.id % 4 == 0
            let parent = try directory.addPerson(
                Person(
                    schoolID: pupil.schoolID, kind: .parent, firstName: first,
                    infix: infix, lastName: last, externalID: "O\(externalID)-\(n + 1)",
                    salutation: salutation(first),
                    address: address(apart ? pupil.id * 7 + 3 : pupil.id, town: town)),
                guardianOf: pupil.id, in: tx)
            parents.append(parent)
        }
        return parents
    }
}
