import Foundation

/// Replaces other pupils' names by "[leerling]" in the text of an inzage export (AVG art. 15: the
/// requester sees their own data, not other children's). Every form of every other pupil's
/// name is hidden:
///
/// - the first name (roepnaam) alone, each of several first names alone, and all of them;
/// - the surname with and without its tussenvoegsel ("van der Berg", "Berg"), the tussenvoegsel
///   abbreviated ("v.d. Berg", "vd Berg", "v/d Berg"), each part of a double surname
///   ("Jansen-de Boer": "Jansen", "de Boer", "Boer");
/// - first name and surname together, and one to three initials before the surname
///   ("H. Vermeulen", "H.J. v.d. Berg");
///
/// matched case- and diacritics-insensitively ("Ines", "INÈS" and a decomposed "Ine\u{300}s" are
/// Inès; "Yilmaz" is Yılmaz), and as whole words only ("Fennas" and "Annabel" stay).
///
/// The people it keeps (the dossier's owner and their parents, who receive the export) stay
/// named: a form of another pupil's name that is also a form of theirs is left alone (when
/// Sietske de Vries asks, "de Vries" stays, "Sem de Vries" does not).
///
/// Staff stay readable. An inzage export must show who at school did what, and a teacher may
/// share a first name or surname with a pupil: a staff member's full name ("Anna Brouwer",
/// "A. Brouwer") and any form of it after a title ("juf Anna", "meneer Brouwer", "mw. Brouwer")
/// is left as it is, while "Anna" or "Brouwer" alone is still hidden when a pupil has that name.
/// A name after a teacher's title is a teacher's, in the records or not (a student teacher, a
/// substitute): "juf Anna" stays when no Anna works at the school.
///
/// Words that are also names. A name form that is a single name word which is also an ordinary
/// word (`commonWords`: "van", "roos", "bas", "joy", "hoop", "bakker", "berg"...) or has at
/// most two letters is hidden only where it is written with a capital, as a name is:
/// "Roos huilde" hides Roos, "een roos" stays a rose, and a pupil called Van never erases
/// "van". The same word at the start of a sentence is hidden (privacy first); the review
/// (`matches`) shows the director each replacement before anything is written. A form with two
/// name words ("Roos Kok") is a name however it is written.
///
/// Linear time: the text is split into words once, and at each word a trie of the name forms
/// (keyed by folded word) is followed at most as far as the longest form (a few words).
public struct Redactor: Sendable {
    /// What stands in a name's place.
    public static let placeholder = "[leerling]"
    /// What stands in the place of another pupil's parent in an inzage export.
    public static let parentPlaceholder = "[ouder]"
    /// What stands in the place of a colleague in an employee's inzage export, where asked.
    public static let colleaguePlaceholder = "[collega]"
    /// What stands in the place of a colleague's account name or e-mail address there.
    public static let colleagueHandle = "[account van een collega]"

    /// One replacement: the text as it stood, and the pupils whose name it is a form of.
    public struct Match: Sendable, Hashable {
        public var found: String
        public var people: [String]
        /// What stands there instead (before a capital at a sentence's start).
        public var replacement: String
    }

    /// A word of a name form: a folded word, or any initial ("H." in "H. Vermeulen").
    enum Key: Hashable, Sendable {
        case word(String)
        case initial
    }

    struct Node: Sendable {
        var children: [Key: Int] = [:]
        /// The people whose name ends here (indexes into `names`), empty when none does.
        var people: Set<Int> = []
        /// Only as a name word written with a capital (see the type's comment), at these
        /// positions of the form.
        var weak = true
        var nameParts: [Bool] = []
        /// A staff member's name (see `staff`): matched so that it is left as it is.
        var shield = false
    }

    private var nodes = [Node()]
    private var names: [String] = []
    /// Which of `names` are another pupil's parents (replaced by `parentReplacement`).
    private var isParent: [Bool] = []
    /// Which of `names` are the owner's colleagues, hidden in an employee's export on request
    /// (`colleagueReplacement`).
    private var isColleague: [Bool] = []
    /// What stands in a colleague's place ("[collega]").
    public let colleagueReplacement: String
    /// Each colleague's first names' initials (folded), by index into `names`: "J. Smits" is the
    /// colleague Joost Smits, not a pupil Smits, where both are hidden.
    private var colleagueInitials: [Int: Set<String>] = [:]
    /// Each hidden colleague's whole name run together as an account name holds it ("joostsmits",
    /// "jsmits", "smitsjoost"), with whose it is: the account is theirs where a pupil shares a part.
    private var colleagueForms: [String: Int] = [:]
    /// What stands in the place of another pupil's parent ("een ouder van een andere leerling").
    public let parentReplacement: String
    /// What stands in the place of an account name that holds another pupil's (or parent's) name
    /// ("@sem_deboer", "sannedevries2012"); nil: account names are not looked into.
    public let handleReplacement: String?
    /// The name words (folded, four letters or more, no ordinary word) an account name is searched
    /// for, with whose they are.
    private var handleWords: [String: [Int]] = [:]
    /// Their lengths, longest first: an account name is looked up at each position for each length
    /// (a dictionary lookup each), not compared with every word of every pupil (a board's export
    /// with a pasted chat took 29 s, a review).
    private var handleLengths: [Int] = []
    /// Whole names run together too short to look for inside an account name ("boli" is in
    /// "symbolic"): found only at its start or end ("@bo_li", "boli2015").
    private var handleEdges: [String: [Int]] = [:]
    /// Name words of three letters or more, found as a whole run of letters in an account name
    /// ("@zoe2015", "#JusticeForZoe", "sem123"): short first names went out so (a review).
    private var handleRuns: [String: [Int]] = [:]
    /// Whole names run together, as a word of their own ("annasmits", "jsmits", "hiddebos"): an
    /// account name without @, digits or a capital, taken as one where it is such a name whole.
    private var plainHandles: [String: [Int]] = [:]
    /// The name words of the people kept and of staff: a run that is one of theirs is theirs.
    private var ownWords: Set<String> = []
    /// The people kept's and staff's whole names as an account name holds them (`init`).
    private var ownForms: Set<String> = []
    private var ownLengths: [Int] = []
    private var edgeLengths: [Int] = []
    /// What this redactor writes in a name's place: `placeholder` in an inzage export, words a
    /// sentence can carry in a letter ("een andere leerling"; see `replacement(at:in:)`).
    public let replacement: String

    /// `pupils`: the school's other pupils; `keep`: who stays named in every form (the owner,
    /// their parents); `staff`: whose full names and titled names stay (the school's staff).
    /// `parents`: other pupils' parents, who would name their child: hidden by their surname,
    /// with or without first name, initials or a title ("mevrouw Yılmaz"), not by a first name
    /// alone (an adult's first name is too often a teacher's or anyone's). `colleagues`: staff
    /// hidden in every form, as pupils are, by `colleagueReplacement` (not among `staff`).
    public init(
        pupils: [Person], keep: [Person], staff: [Person] = [], parents: [Person] = [], colleagues: [Person] = [],
        replacement: String = Redactor.placeholder, parentReplacement: String? = nil, handleReplacement: String? = nil,
        colleagueReplacement: String = Redactor.colleaguePlaceholder
    ) {
        self.replacement = replacement
        self.parentReplacement = parentReplacement ?? replacement
        self.colleagueReplacement = colleagueReplacement
        self.handleReplacement = handleReplacement
        var kept: Set<[Key]> = []
        // A kept form with initials is kept with the person's own initials only (below): "L. Jansen",
        // another pupil, stayed because a kept mother is "P. de Vries-Jansen" (a review).
        for p in keep {
            for form in Self.forms(p, spacedParts: false) where form.keys.first != .initial { kept.insert(form.keys) }
        }
        for p in pupils {
            let index = names.count
            names.append(p.name)
            isParent.append(false)
            isColleague.append(false)
            for form in Self.forms(p) where !kept.contains(form.keys) { insert(form, person: index) }
        }
        for p in parents {
            let index = names.count
            names.append(p.name)
            isParent.append(true)
            isColleague.append(false)
            let last = Set(Self.words(p.lastName))
            for form in Self.forms(p, possessive: false) where !kept.contains(form.keys) {
                // Only forms that hold the surname.
                guard form.keys.contains(where: { if case let .word(w) = $0 { last.contains(w) } else { false } })
                else { continue }
                insert(form, person: index)
                for title in Self.parentTitles where !kept.contains(title + form.keys) {
                    insert(
                        Form(
                            keys: title + form.keys, nameParts: title.map { _ in false } + form.nameParts, weak: false),
                        person: index)
                }
            }
        }
        // After the pupils and parents: the account names below index those two lists only.
        for p in colleagues {
            let index = names.count
            names.append(p.name)
            isParent.append(false)
            isColleague.append(true)
            colleagueInitials[index] = Set(Self.words(p.firstName).compactMap { $0.first.map(String.init) })
            let last = (Self.words(p.infix) + Self.words(p.lastName)).joined()
            for first in Self.words(p.firstName) where !last.isEmpty {
                for form in [first + last, last + first, String(first.prefix(1)) + last] {
                    colleagueForms[form] = index
                }
            }
            for form in Self.forms(p) where !kept.contains(form.keys) { insert(form, person: index) }
        }
        if handleReplacement != nil {
            var byWord: [String: Set<Int>] = [:]
            var byEdge: [String: Set<Int>] = [:]
            // The whole names of the people kept and of staff, as an account name runs them together
            // (first and surname, an initial and surname, either way round): the part of an account
            // name they cover is theirs. The child's own "@otis_jansen2015" (a Tygo Jansen at school),
            // the father's address and "h.peters@klimop.nl" went out as "another pupil's account"
            // (a review); dropping their name words for everyone let "@smit.lisa", another Lisa, out
            // (the next review).
            var own = Set<String>()
            for p in keep + staff {
                let first = Self.words(p.firstName)
                let full = Self.words(p.infix) + Self.words(p.lastName)
                let bare = full.filter { !PersonName.infixes.contains($0) }
                for last in Set([full.joined(), bare.joined()]) where !last.isEmpty {
                    for f in first {
                        for form in [f + last, last + f, String(f.prefix(1)) + last] where form.count >= 4 {
                            own.insert(form)
                        }
                    }
                }
            }
            ownForms = own
            ownLengths = Set(own.map(\.count)).sorted(by: >)
            ownWords = Set((keep + staff).flatMap { Self.words($0.firstName) + Self.words($0.lastName) })
            var byRun: [String: Set<Int>] = [:]
            var plain: [String: Set<Int>] = [:]
            for (i, p) in pupils.enumerated() {
                for w in Self.words(p.firstName) + Self.words(p.lastName)
                where w.count >= 3 && !Self.commonWords.contains(w) && !PersonName.infixes.contains(w) {
                    byRun[w, default: []].insert(i)
                }
            }
            handleRuns = byRun.mapValues { $0.sorted() }
            // Colleagues hidden too: "@joost_smits" and "jsmits@klimop.nl" went out as another
            // pupil's account, a pupil Smits's (a review).
            for (i, p) in (pupils + parents + colleagues).enumerated() {
                let words = (isParent[i] ? [] : Self.words(p.firstName)) + Self.words(p.lastName)
                for w in words where w.count >= 4 && !Self.commonWords.contains(w) && !PersonName.infixes.contains(w) {
                    byWord[w, default: []].insert(i)
                }
                // The whole name run together ("@roos_kok", "#boli", "meeshoek2015"), a parent's too,
                // and with an initial either side ("j.bos@ziggo.nl", "smitsj"): each word of it may
                // be too short or too ordinary to look for alone, the whole is a name (the next
                // review sent "jeroenbos@ziggo.nl" and "hiddebos" out as they stood).
                let last = Self.words(p.lastName).filter { !PersonName.infixes.contains($0) }
                let withInfix = (Self.words(p.infix) + Self.words(p.lastName)).joined()
                for first in Self.words(p.firstName) where !last.isEmpty {
                    let initial = String(first.prefix(1))
                    // The surname first ("smitsj") only as a word of its own: inside a longer run
                    // it ran over into the next word ("meer" + "k" of "klimop" in a colleague's
                    // "w.vandermeer@klimop.nl" read as a parent K. van der Meer's, the last review).
                    for reversed in [last.joined() + first, last.joined() + initial] where reversed.count >= 4 {
                        plain[reversed, default: []].insert(i)
                    }
                    for joined in Set([
                        first + last.joined(), first + withInfix, initial + last.joined(), initial + withInfix,
                    ])
                    where joined.count >= 3 {
                        if joined.count >= 4 { plain[joined, default: []].insert(i) }
                        if joined.count >= 5 {
                            byWord[joined, default: []].insert(i)
                        } else {
                            byEdge[joined, default: []].insert(i)
                        }
                    }
                }
            }
            handleWords = byWord.mapValues { $0.sorted() }
            handleEdges = byEdge.mapValues { $0.sorted() }
            plainHandles = plain.mapValues { $0.sorted() }
            handleLengths = Set(handleWords.keys.map(\.count)).sorted(by: >)
            edgeLengths = Set(handleEdges.keys.map(\.count)).sorted(by: >)
        }
        for p in staff {
            for form in Self.forms(p) {
                let keys = form.keys
                if keys.first == .initial {
                    // Initials as the staff member's own letters ("A. Brouwer" for Anna), not any letter.
                    if let own = Self.ownInitials(form.keys, of: p) { shield(own) }
                } else if form.nameParts.filter({ $0 }).count > 1 {
                    shield(keys)
                }
                for title in Self.titles { shield([.word(title)] + keys) }
            }
        }
        // The people kept stay named wherever their name is written with more than one name word:
        // the last word of "Sofia Garcia Bakker" is another pupil's surname ("Bakker"), and was
        // hidden inside Sofia's own name (and her father's, "C. Garcia Bakker").
        for p in keep {
            for form in Self.forms(p) where form.nameParts.filter({ $0 }).count > 1 { shield(form.keys) }
            for form in Self.forms(p, spacedParts: false) where form.keys.first == .initial {
                guard let own = Self.ownInitials(form.keys, of: p) else { continue }
                shield(own)
                // With a title too: "Mevrouw S. El Amrani" heads her own letter, and another
                // pupil's mother of that surname is "mevrouw" and any initial.
                for title in Self.parentTitles { shield(title + own) }
            }
        }
    }

    /// A form's leading initials as the person's own letters ("A. Brouwer" for Anna Brouwer), nil
    /// when the form has more initials than the person has first names.
    static func ownInitials(_ keys: [Key], of p: Person) -> [Key]? {
        let initials = words(p.firstName).compactMap { $0.first.map { Key.word(String($0)) } }
        let n = keys.prefix { $0 == .initial }.count
        guard n <= initials.count else { return nil }
        var own = keys
        own.replaceSubrange(0..<n, with: initials.prefix(n))
        return own
    }

    /// Words before a parent's name: mevrouw Yılmaz, de heer Bakker, dhr. Bakker (folded).
    static let parentTitles: [[Key]] = [
        ["mevrouw"], ["mevr"], ["mw"], ["meneer"], ["heer"], ["de", "heer"], ["dhr"], ["vader"], ["moeder"],
    ].map { $0.map { Key.word($0) } }

    /// Titles only a teacher is given: the name after them is never a pupil's.
    static let teacherTitles: Set<String> = ["juf", "juffrouw", "meester"]

    /// Words before a staff member's name: juf Anna, meneer Brouwer, mw. Brouwer (folded).
    static let titles = [
        "juf", "juffrouw", "meester", "meneer", "mevrouw", "mevr", "mw", "mr", "dhr", "heer", "dr", "drs", "ir",
    ]

    private mutating func shield(_ keys: [Key]) {
        var at = 0
        for key in keys {
            if let next = nodes[at].children[key] {
                at = next
            } else {
                nodes.append(Node())
                nodes[at].children[key] = nodes.count - 1
                at = nodes.count - 1
            }
        }
        // The same words as a pupil's name: the pupil's name wins.
        if nodes[at].people.isEmpty { nodes[at].shield = true }
    }

    /// A name form: its keys, which of them are name words (not a tussenvoegsel or an
    /// initial), and whether it is weak.
    struct Form {
        var keys: [Key]
        var nameParts: [Bool]
        var weak: Bool
    }

    private mutating func insert(_ form: Form, person: Int) {
        var at = 0
        for key in form.keys {
            if let next = nodes[at].children[key] {
                at = next
            } else {
                nodes.append(Node())
                nodes[at].children[key] = nodes.count - 1
                at = nodes.count - 1
            }
        }
        if nodes[at].people.isEmpty || (nodes[at].weak && !form.weak) {
            nodes[at].weak = form.weak
            nodes[at].nameParts = form.nameParts
        }
        nodes[at].people.insert(person)
        nodes[at].shield = false
    }

    // MARK: The forms of a name

    /// `spacedParts`: the words of a surname written with spaces are each a form too (see
    /// `surnameParts`); not for the people kept, whose single surname words stay another pupil's
    /// ("Bakker lachte" hides Nina Bakker in Sofia Garcia Bakker's export, as before).
    static func forms(_ p: Person, possessive: Bool = true, spacedParts: Bool = true) -> [Form] {
        let first = words(p.firstName)
        let infix = words(p.infix)
        let last = words(p.lastName)
        guard !last.isEmpty || !first.isEmpty else { return [] }
        // Surnames: (words, which are name words).
        var surnames: [[(String, Bool)]] = []
        func surname(_ ws: [String]) -> [(String, Bool)] { ws.map { ($0, !PersonName.infixes.contains($0)) } }
        if !last.isEmpty {
            surnames.append(surname(last))
            if !infix.isEmpty {
                surnames.append(infix.map { ($0, false) } + surname(last))
                let initials = infix.compactMap { $0.first.map(String.init) }
                surnames.append(initials.map { ($0, false) } + surname(last))
                if initials.count > 1 { surnames.append([(initials.joined(), false)] + surname(last)) }
            }
            // A double surname: each part, with and without its own tussenvoegsel. Parts are joined
            // by a hyphen ("Jansen-de Boer") or, as in Spanish and Portuguese names, by a space
            // ("Garcia Bakker", "Vet Jansen": "Lisa Jansen" was left as "[leerling] Jansen").
            let parts = surnameParts(p.lastName, spaced: spacedParts)
            if parts.count > 1 {
                for part in parts {
                    surnames.append(surname(part))
                    let bare = Array(part.drop { PersonName.infixes.contains($0) })
                    if !bare.isEmpty, bare.count < part.count { surnames.append(surname(bare)) }
                }
                // The record's tussenvoegsel goes with the first part ("van Dijk" of van Dijk Jansen).
                if !infix.isEmpty, let firstPart = parts.first, firstPart.count < last.count {
                    surnames.append(infix.map { ($0, false) } + surname(firstPart))
                }
            }
            // A surname that holds its own tussenvoegsel ("van der Berg" in the surname field).
            let bare = Array(last.drop { PersonName.infixes.contains($0) })
            if !bare.isEmpty, bare.count < last.count { surnames.append(surname(bare)) }
        }
        var firsts: [[String]] = []
        if !first.isEmpty {
            firsts.append(first)
            if first.count > 1 { firsts += first.map { [$0] } }
        }
        var out: [Form] = []
        func add(_ parts: [(Key, Bool)], weak forced: Bool = false) {
            let nameWords = parts.compactMap { key, isName -> String? in
                guard isName, case let .word(w) = key else { return nil }
                return w
            }
            guard !nameWords.isEmpty, nameWords.contains(where: { $0.count > 1 }) else { return }
            let weak =
                forced || nameWords.count == 1 && (nameWords[0].count <= 2 || commonWords.contains(nameWords[0]))
            out.append(Form(keys: parts.map(\.0), nameParts: parts.map(\.1), weak: weak))
        }
        for f in firsts { add(f.map { (.word($0), true) }) }
        // The Dutch possessive without an apostrophe ("Sannes foto", "Pieters telefoon"): a first
        // name with an s, only where it is written with a capital, as a name is.
        for name in first where possessive && name.count >= 3 && !"sxz".contains(name.last!) {
            add([(.word(name + "s"), true)], weak: true)
        }
        for s in surnames {
            let sKeys = s.map { (Key.word($0.0), $0.1) }
            add(sKeys)
            // "Jansens broertje", "de Jansens": the surname with an s, written with a capital.
            if possessive, let (last, isName) = s.last, isName, last.count >= 3, !"sxz".contains(last.last!) {
                add(Array(sKeys.dropLast()) + [(.word(last + "s"), true)], weak: true)
            }
            for f in firsts { add(f.map { (.word($0), true) } + sKeys) }
            for n in 1...3 { add(Array(repeating: (Key.initial, false), count: n) + sKeys) }
        }
        return out
    }

    /// The parts of a double surname, each a name word with the tussenvoegsels before it: split at
    /// hyphens, and (`spaced`) at the spaces between name words ("de Boer van Dijk": "de Boer",
    /// "van Dijk"). A surname of one part gives one.
    static func surnameParts(_ lastName: String, spaced: Bool) -> [[String]] {
        var parts: [[String]] = []
        for piece in lastName.split(separator: "-") {
            let ws = words(String(piece))
            guard !ws.isEmpty else { continue }
            guard spaced else {
                parts.append(ws)
                continue
            }
            var current: [String] = []
            for w in ws {
                current.append(w)
                if !PersonName.infixes.contains(w) {
                    parts.append(current)
                    current = []
                }
            }
            // Tussenvoegsels after the last name word belong to it.
            if !current.isEmpty {
                if parts.isEmpty { parts.append(current) } else { parts[parts.count - 1] += current }
            }
        }
        return parts
    }

    /// The words of a name, folded.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in s {
            if isWordCharacter(c) {
                current.append(c)
            } else if isInvisible(c) {
                continue
            } else if !current.isEmpty {
                out.append(fold(current))
                current = ""
            }
        }
        if !current.isEmpty { out.append(fold(current)) }
        return out
    }

    @inline(__always)
    static func isWordCharacter(_ c: Character) -> Bool {
        if c.isASCII { return c.isLetter || c.isNumber }
        if c.isLetter || c.isNumber { return true }
        // A mark with nothing before it to join (a decomposed letter after a separator).
        switch c.unicodeScalars.first?.properties.generalCategory {
        case .nonspacingMark?, .spacingMark?, .enclosingMark?: return true
        default: return false
        }
    }

    /// A character no one sees, that text pasted from a web page or a word processor carries inside
    /// words: a soft hyphen, a zero-width space or joiner, a word joiner, a byte order mark (Unicode's
    /// format characters). "Li\u{AD}sa Jan\u{200D}sen" reads "Lisa Jansen" on paper and went out so.
    static func isInvisible(_ c: Character) -> Bool {
        !c.isASCII && c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }

    /// Lowercased, diacritics removed, invisible characters left out, letters of other styles made
    /// plain (compatibility mapping: "𝐋𝐢𝐬𝐚" and a full-width "Ｌｉｓａ" are Lisa), and the letters
    /// Unicode does not decompose made plain (ı ø ł đ ß æ œ), so that a name is found however it was
    /// typed.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        var plain = word
        if plain.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
            plain = String(
                String.UnicodeScalarView(plain.unicodeScalars.filter { $0.properties.generalCategory != .format }))
        }
        var s = plain.precomposedStringWithCompatibilityMapping.folded
        guard s.unicodeScalars.contains(where: { $0.value >= 0xC0 }) else { return s }
        for (from, to) in plainLetters where s.contains(from) { s = s.replacingOccurrences(of: from, with: to) }
        return s
    }

    static let plainLetters: [(String, String)] = [
        ("ı", "i"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
    ]

    // MARK: Matching

    struct Word {
        var range: Range<String.Index>
        var key: String
        /// One letter with a full stop after it: may be an initial.
        var isInitial: Bool
        var isCapitalised: Bool
    }

    static func split(_ text: String) -> [Word] {
        var out: [Word] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard isWordCharacter(text[i]) else {
                i = text.index(after: i)
                continue
            }
            let start = i
            var count = 0
            // Through invisible characters inside the word, not past the last letter.
            var end = i
            while i < text.endIndex, isWordCharacter(text[i]) || isInvisible(text[i]) {
                if isWordCharacter(text[i]) {
                    count += 1
                    end = text.index(after: i)
                }
                i = text.index(after: i)
            }
            i = end
            let first = text[start]
            out.append(
                Word(
                    range: start..<i, key: fold(String(text[start..<i])),
                    isInitial: count == 1 && first.isUppercase && i < text.endIndex && text[i] == ".",
                    isCapitalised: first.isUppercase))
        }
        return out
    }

    /// Whether `gap` joins two words of one name after `word`: a full stop only after an initial or
    /// an abbreviation ("H. Vermeulen", "v.d. Berg", "mw. Brouwer"); after a whole word it ends a
    /// sentence ("Tweede regel met Nina.⏎Broek gedeeld" was one name, "Nina. Broek", and the full
    /// stop went with it, a review).
    static func joins(after word: Word, _ gap: Substring) -> Bool {
        guard joins(gap) else { return false }
        guard gap.contains(".") else { return true }
        return word.key.count == 1 || abbreviations.contains(word.key)
    }

    /// What may stand between two words of one name: a space, a full stop, a hyphen, an
    /// apostrophe or a slash ("v/d"), at most three of them; or one line break where the text
    /// was wrapped ("Sanne de⏎Vries" in a letter), with its indentation, never a blank line.
    static func joins(_ gap: Substring) -> Bool {
        if gap.count <= 3 && gap.allSatisfy({ " \u{A0}.-'’/".contains($0) }) { return true }
        var newlines = 0
        var marks = 0
        for c in gap {
            switch c {
            case "\n": newlines += 1
            case " ", "\u{A0}", "\t", "\r": continue
            case ".", "-", "'", "’", "/": marks += 1
            default: return false
            }
        }
        return newlines == 1 && marks <= 2 && gap.count <= 12
    }

    /// The longest name form starting at word `i`: the word after it, and the node it ends at.
    func longest(_ words: [Word], from i: Int, in text: String) -> (end: Int, node: Int)? {
        var best: (end: Int, node: Int)?
        var stack = [(node: 0, next: i)]
        while let (node, j) = stack.popLast() {
            guard j < words.count else { continue }
            if j > i, !Self.joins(after: words[j - 1], text[words[j - 1].range.upperBound..<words[j].range.lowerBound])
            {
                continue
            }
            var steps: [Int] = []
            if let n = nodes[node].children[.word(words[j].key)] { steps.append(n) }
            if words[j].isInitial, let n = nodes[node].children[.initial] { steps.append(n) }
            for n in steps {
                let end = j + 1
                let ends = nodes[n].shield || (!nodes[n].people.isEmpty && admits(nodes[n], words[i..<end]))
                // As long as another: a staff member's own initials beat "any initial".
                if ends, best.map({ end > $0.end || (end == $0.end && nodes[n].shield) }) ?? true {
                    best = (end, n)
                }
                stack.append((n, end))
            }
        }
        return best
    }

    /// A weak form only where its name word is written with a capital.
    func admits(_ node: Node, _ words: ArraySlice<Word>) -> Bool {
        guard node.weak else { return true }
        for (k, w) in words.enumerated() where k < node.nameParts.count && node.nameParts[k] && !w.isCapitalised {
            return false
        }
        return true
    }

    /// What stands in the place of a name form of these people: a parent's only when it is no
    /// pupil's name too.
    func replacement<People: Sequence<Int>>(for people: People) -> String {
        let people = Array(people)
        if !people.isEmpty, people.allSatisfy({ isColleague[$0] }) { return colleagueReplacement }
        return people.allSatisfy { isParent[$0] } ? parentReplacement : replacement
    }

    /// Each replacement in the text, in order.
    public func matches(in text: String) -> [Match] {
        // What `review` replaces, account names included: the export's review listed the names
        // only, three of eight replacements, while the export made all eight (a review).
        found(in: text).map { range, people, base in
            Match(
                found: String(text[range]), people: people.map { names[$0] },
                replacement: replacement(base, at: range.lowerBound, in: text))
        }
    }

    /// Every replacement in the text, in order: an account name that holds a name whole, the names
    /// outside account names. Both lists come in order, so one walk over them (a name inside an
    /// account name that is someone's own stays too).
    func found(in text: String) -> [(range: Range<String.Index>, people: [Int], stands: String)] {
        let handles = self.handles(in: text)
        var out: [(range: Range<String.Index>, people: [Int], stands: String)] = []
        var h = 0
        func passHandles(before bound: String.Index?) {
            while h < handles.count, bound.map({ handles[h].range.upperBound <= $0 }) ?? true {
                if !handles[h].people.isEmpty { out.append(handles[h]) }
                h += 1
            }
        }
        for (range, whose) in scan(text) {
            passHandles(before: range.lowerBound)
            if h < handles.count, handles[h].range.overlaps(range) {
                let account = handles[h]
                // Inside an account name with no whole name in it: the account name goes whole.
                guard account.people.isEmpty, !account.stands.isEmpty else { continue }
                // But a month beside digits is a date ("15-jan-2026"), no pupil Jan (a review).
                if Self.months.contains(Self.fold(String(text[range]))),
                    text[account.range].contains(where: \.isNumber)
                {
                    continue
                }
                if let last = out.last, last.range == account.range {
                    out[out.count - 1].people = Array(Set(last.people).union(whose)).sorted()
                } else {
                    let colleague = whose.allSatisfy { isColleague[$0] }
                    out.append((account.range, whose.sorted(), colleague ? Self.colleagueHandle : account.stands))
                }
                continue
            }
            let people = whose.sorted()
            out.append((range, people, replacement(for: people)))
        }
        passHandles(before: nil)
        return out
    }

    func scan(_ text: String) -> [(Range<String.Index>, Set<Int>)] { scanning(text).replaced }

    /// Each name form found: those replaced, and those kept because a teacher's title stands
    /// before them (`kept(in:)`).
    func scanning(_ text: String) -> (
        replaced: [(Range<String.Index>, Set<Int>)], kept: [(Range<String.Index>, Set<Int>)]
    ) {
        guard nodes[0].children.count > 0 else { return ([], []) }
        let words = Self.split(text)
        var out: [(start: Int, end: Int, people: Set<Int>)] = []
        var kept: [(Range<String.Index>, Set<Int>)] = []
        var i = 0
        while i < words.count {
            if let (end, node) = longest(words, from: i, in: text) {
                var people = nodes[node].people
                let colleagues = people.filter { isColleague[$0] }
                let titled = afterTitle(words, i, in: text)
                // A staff member's titled name ("juf Anna", a teacher Anna Visser) that begins a
                // pupil's full name ("juf Anna Smits"): the pupil's name is meant, after the title
                // (it read "juf Anna [leerling]", the first name unlisted, a review).
                if nodes[node].shield, Self.teacherTitles.contains(words[i].key),
                    let inner = longest(words, from: i + 1, in: text), inner.end > end, !nodes[inner.node].shield,
                    !nodes[inner.node].people.isEmpty
                {
                    i += 1
                    continue
                }
                // A colleague hidden is the one meant after a title or by their own initial, where a
                // pupil shares the name ("meester Smits", "J. Smits" stood, or read "[leerling]").
                if !colleagues.isEmpty,
                    titled
                        || (words[i].isInitial
                            && colleagues.contains { colleagueInitials[$0]?.contains(words[i].key) == true })
                {
                    people = colleagues
                }
                // A staff member's name is passed over whole, as it stands; so is one name word
                // right after a teacher's title ("juf Anna", "meester Tygo"): a student teacher's or
                // a substitute's, not in the records ("een filmpje van juf een andere leerling" was
                // filed in a suspension decision, a review). Not a full name, nor across a line's
                // end or a dash: "juf⏎Noor Peters" was a list of who was there (the next review).
                if !nodes[node].shield {
                    if titled, colleagues.isEmpty, end - i == 1 {
                        kept.append((words[i].range, people))
                    } else if let last = out.last, let joined = interrupted(last, by: i, people: people, words, text) {
                        out[out.count - 1] = (last.start, end, joined)
                    } else {
                        out.append((i, end, people))
                    }
                }
                i = end
            } else {
                i += 1
            }
        }
        return (
            out.map { (words[$0.start].range.lowerBound..<words[$0.end - 1].range.upperBound, $0.people) }, kept
        )
    }

    /// The names a teacher's title kept as they stand ("juf Anna" where a pupil is Anna), with
    /// their line (from 1), for the review to show: a pupil nicknamed "juffrouw Maaike" stays, and
    /// the director judges.
    public func kept(in text: String) -> [Replaced] {
        scanning(text).kept.map { range, people in
            Replaced(
                found: String(text[range]), people: people.sorted().map { names[$0] },
                line: text[..<range.lowerBound].utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1,
                replacement: "")
        }
    }

    /// Whether word `i` follows a teacher's title with one space between. Not "mevrouw" or
    /// "meneer": "mevrouw Jansen" is as often a pupil's mother, who names her child.
    func afterTitle(_ words: [Word], _ i: Int, in text: String) -> Bool {
        guard i > 0, Self.teacherTitles.contains(words[i - 1].key) else { return false }
        let gap = text[words[i - 1].range.upperBound..<words[i].range.lowerBound]
        return gap == " " || gap == "\u{A0}"
    }

    /// One pupil's name with a middle name or initial between its forms, that the school's records
    /// do not hold ("Lisa Vet Jansen", "Lisa M. Jansen" for Lisa Jansen): one name, hidden whole,
    /// not "[leerling] Vet [leerling]". At most two words between, each written with a capital, an
    /// initial or a tussenvoegsel, joined as a name's words are; the pupils both forms may be.
    func interrupted(
        _ before: (start: Int, end: Int, people: Set<Int>), by next: Int, people: Set<Int>, _ words: [Word],
        _ text: String
    ) -> Set<Int>? {
        let between = before.end..<next
        guard between.count <= 2 else { return nil }
        let shared = before.people.intersection(people)
        guard !shared.isEmpty else { return nil }
        for k in between where !(words[k].isCapitalised || PersonName.infixes.contains(words[k].key)) { return nil }
        for k in before.end...next {
            let gap = text[words[k - 1].range.upperBound..<words[k].range.lowerBound]
            // A full stop only after an initial: "Lisa. Daarna Jansen" is two sentences.
            guard Self.joins(gap), !gap.contains(".") || words[k - 1].isInitial else { return nil }
        }
        return shared
    }

    public func apply(_ text: String) -> String { review(text).text }

    /// A replacement as the reviewer sees it: what stood there, whose name it is, on which line
    /// (from 1) of the text.
    public struct Replaced: Sendable, Hashable {
        public var found: String
        public var people: [String]
        public var line: Int
        public var replacement: String

        /// What was found, on one line (a name wrapped across two lines is shown on one).
        public var shown: String { found.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// The text with every other pupil's name replaced, and each replacement in order.
    public func review(_ text: String) -> (text: String, replaced: [Replaced]) {
        let found = self.found(in: text)
        guard !found.isEmpty else { return (text, []) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var replaced: [Replaced] = []
        var at = text.startIndex
        var line = 1
        for (range, people, base) in found {
            let before = text[at..<range.lowerBound]
            line += before.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
            out += before
            let stands = replacement(base, at: range.lowerBound, in: text)
            out += stands
            // A name wrapped across lines keeps its line breaks: the lines after it keep their numbers.
            out += String(repeating: "\n", count: text[range].utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count)
            replaced.append(
                Replaced(found: String(text[range]), people: people.map { names[$0] }, line: line, replacement: stands))
            line += text[range].utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
            at = range.upperBound
        }
        out += text[at...]
        return (out, replaced)
    }

    /// Account names that hold a name ("@sem_deboer", "sannedevries2012"): a run of characters
    /// without spaces that has an @ or _ in it, or letters and digits together. Such a name cannot
    /// be replaced by words a sentence carries, so the whole account name is.
    func handles(in text: String) -> [(range: Range<String.Index>, people: [Int], stands: String)] {
        guard let stands = handleReplacement, !handleWords.isEmpty || !handleEdges.isEmpty || !ownForms.isEmpty
        else { return [] }
        var out: [(range: Range<String.Index>, people: [Int], stands: String)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard !text[i].isWhitespace else {
                i = text.index(after: i)
                continue
            }
            var j = i
            while j < text.endIndex, !text[j].isWhitespace { j = text.index(after: j) }
            // Not the punctuation around it: "(@sem_deboer)," is the account @sem_deboer.
            var lo = i
            var hi = j
            while lo < hi, !(text[lo].isLetter || text[lo].isNumber || text[lo] == "@" || text[lo] == "#") {
                lo = text.index(after: lo)
            }
            while hi > lo, !(text[text.index(before: hi)].isLetter || text[text.index(before: hi)].isNumber) {
                hi = text.index(before: hi)
            }
            let token = text[lo..<hi]
            // A hashtag, and a name written as one word with a capital inside ("LisaJansen"), too.
            let camel = zip(token, token.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
            let plainName = Self.fold(String(token.filter { $0.isLetter }))
            let looksLikeAccount =
                token.contains("@") || token.contains("_") || token.contains("#") || camel
                || (token.contains(where: \.isNumber) && token.contains(where: \.isLetter))
                || (token.allSatisfy { $0.isLetter || $0 == "." } && plainHandles[plainName] != nil
                    && !ownForms.contains(plainName))
            if looksLikeAccount, token.count >= 4 {
                let folded = Array(Self.fold(String(token.filter { $0.isLetter || $0.isNumber })))
                let letters = Array(Self.fold(String(token.filter(\.isLetter))))
                // What a kept person's or staff member's whole name covers is theirs.
                let covered = self.covered(folded)
                var people = Set<Int>()
                for start in folded.indices {
                    for length in handleLengths where start + length <= folded.count {
                        guard !covered[start..<start + length].allSatisfy({ $0 }) else { continue }
                        if let whose = handleWords[String(folded[start..<start + length])] { people.formUnion(whose) }
                    }
                }
                let ownLetters = self.covered(letters).contains(true)
                for length in edgeLengths where length <= letters.count && !ownLetters {
                    for part in [letters.prefix(length), letters.suffix(length)] {
                        if let whose = handleEdges[String(part)] { people.formUnion(whose) }
                    }
                }
                // A short name as a whole run of letters: "zoe" in "@zoe2015", "Zoe" in "#JusticeForZoe".
                if people.isEmpty, !covered.contains(true) {
                    for run in Self.letterRuns(token) where !ownWords.contains(run) && !Self.months.contains(run) {
                        if let whose = handleRuns[run] { people.formUnion(whose) }
                    }
                }
                // A colleague's whole name in it: the colleague's account, not a pupil's of that name.
                let theirs = colleagueForms.filter { folded.count >= $0.key.count && String(folded).contains($0.key) }
                if !theirs.isEmpty { people = Set(theirs.values) }
                // Someone's own account name stands as it is: no name inside it is hidden either.
                if people.isEmpty, covered.contains(true) {
                    out.append((lo..<hi, [], ""))
                    i = j
                    continue
                }
                // An account name with no whole name in it is listed too, without people: a name
                // found inside it by the words (`found`) hides the whole account name. "@zoe_vdl2015"
                // went out as "@een andere leerling_vdl2015", her surname's letters and birth year
                // beside it (a review).
                // A colleague's own account name is one, not another pupil's.
                let colleague = !people.isEmpty && people.allSatisfy { isColleague[$0] }
                out.append((lo..<hi, people.sorted(), colleague ? Self.colleagueHandle : stands))
            }
            i = j
        }
        return out
    }

    /// A month in a date or a file's name ("15-jan-2026", "IMG_jan2026.png") is no pupil Jan (a review).
    static let months: Set<String> = [
        "jan", "feb", "mrt", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
        "januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "may", "march", "june", "july",
    ]

    /// An account name's runs of letters, folded: split where a letter is not, and where a small
    /// letter meets a capital ("JusticeForZoe" is justice, for, zoe).
    static func letterRuns(_ token: Substring) -> [String] {
        var runs: [String] = []
        var current = ""
        var previous: Character?
        for ch in token {
            if !ch.isLetter {
                if !current.isEmpty { runs.append(current) }
                current = ""
            } else {
                if let p = previous, p.isLowercase, ch.isUppercase, !current.isEmpty {
                    runs.append(current)
                    current = ""
                }
                current.append(ch)
            }
            previous = ch
        }
        if !current.isEmpty { runs.append(current) }
        return runs.map { fold($0) }
    }

    /// Which characters of a folded account name a kept person's or staff member's whole name covers.
    func covered(_ folded: [Character]) -> [Bool] {
        var covered = [Bool](repeating: false, count: folded.count)
        for start in folded.indices {
            for length in ownLengths where start + length <= folded.count {
                if ownForms.contains(String(folded[start..<start + length])) {
                    for k in start..<start + length { covered[k] = true }
                }
            }
        }
        return covered
    }

    /// The replacement, with a capital where a sentence begins: at the start of the text or of a
    /// paragraph, or after a full stop, question or exclamation mark or an ellipsis, quotes and
    /// brackets passed over ("Sanne stuurde" becomes "Een andere leerling stuurde"); never after
    /// a colon in mid-sentence, nor after the full stop of an abbreviation ("o.a.", "bijv.").
    func replacement(_ replacement: String, at i: String.Index, in text: String) -> String {
        guard let first = replacement.first, first.isLowercase else { return replacement }
        let capitalised = first.uppercased() + replacement.dropFirst()
        var j = i
        var newlines = 0
        while j > text.startIndex {
            let p = text.index(before: j)
            let c = text[p]
            if c == "\n" {
                newlines += 1
                if newlines == 2 { return capitalised }
            } else if !(c.isWhitespace || "\"'“‘”’()«»".contains(c)) {
                if "!?…".contains(c) { return capitalised }
                return c == "." && !Self.abbreviated(before: p, in: text) ? capitalised : replacement
            }
            j = p
        }
        return capitalised
    }

    /// Whether the full stop at `dot` ends an abbreviation or an initial ("o.a.", "bijv.", "J."),
    /// not a sentence.
    static func abbreviated(before dot: String.Index, in text: String) -> Bool {
        var start = dot
        while start > text.startIndex,
            text[text.index(before: start)].isLetter || text[text.index(before: start)] == "."
        {
            start = text.index(before: start)
        }
        let word = text[start..<dot].lowercased()
        if word.contains(".") || word.count == 1 { return true }
        return abbreviations.contains(word)
    }

    static let abbreviations: Set<String> = [
        "bijv", "bv", "ca", "enz", "etc", "evt", "incl", "excl", "mr", "dhr", "mw", "mevr", "dr", "drs", "ir", "nr",
        "blz", "jl", "jr", "sr", "vs", "zgn", "resp", "ong", "ivm", "mbt", "tav", "nav", "hr", "ing", "prof", "st",
    ]

    /// Ordinary Dutch (and a few English) words that are also first names or surnames: as a
    /// name form of one word they are hidden only where written with a capital (folded).
    public static let commonWords: Set<String> = [
        // Function words, tussenvoegsels and short words.
        "de", "het", "een", "en", "van", "in", "op", "te", "ten", "ter", "dat", "die", "is", "was", "met", "voor",
        "aan", "om", "als", "bij", "of", "maar", "ook", "nog", "naar", "uit", "tot", "dan", "wel", "niet", "zo", "al",
        "er", "hij", "zij", "ze", "we", "wij", "je", "jij", "ik", "me", "mij", "mijn", "haar", "hem", "ons", "hun",
        "wat", "wie", "waar", "hoe", "toen", "nu", "ben", "heb", "had", "kan", "kon", "zal", "wil", "moet", "mag",
        "ga", "kom", "doe", "over", "onder", "door", "na", "den", "der", "des", "la", "le", "les", "du", "da", "do",
        "dos", "di", "del", "von", "zu", "an", "no", "so", "el", "lot", "job", "jet", "kas", "bob", "mat", "tin",
        "ton", "mei", "juni", "juli", "april", "augustus", "may", "june",
        // First names.
        "roos", "bas", "joy", "hoop", "mark", "mees", "fleur", "iris", "jade", "amber", "linde", "hazel", "storm",
        "lief", "will", "frank", "pier", "max", "rosa", "rose", "hope", "faith", "grace", "sky", "sunny", "lily",
        "ivy", "summer", "angel", "merel", "vink", "lente", "zomer", "winter", "bloem", "maan", "zon", "ster", "nova",
        "jasmijn", "madelief", "lelie", "rozemarijn", "robijn", "parel",
        // Surnames that are words.
        "bakker", "visser", "smit", "smid", "boer", "jong", "groot", "wit", "bruin", "dekker", "brouwer", "kok",
        "koster", "koning", "graaf", "berg", "bergen", "dijk", "dam", "leeuw", "leeuwen", "bos", "hoek", "prins",
        "kuiper", "post", "kramer", "lange", "klein", "heide", "groen", "zwart", "blauw", "rood", "wolf", "beer",
        "haas", "vos", "das", "valk", "raaf", "kraai", "zwaan", "haan", "mol", "gans", "eend", "vogel", "vis", "steen",
        "hof", "veld", "velde", "veen", "hout", "kamp", "sluis", "brug", "brink", "beek", "bron", "zand", "duin",
        "meer", "water", "weg", "molen", "toren", "kerk", "school", "huis", "haven", "kade", "zoet", "bijl", "kort",
        "lang", "schipper", "molenaar", "boon", "snel", "stam", "stok", "kaal", "best", "oud", "nieuw", "man",
        "wilde", "koopman", "schaap", "es", "ham", "eik", "peer", "appel", "kers", "noot", "room", "kaas", "honing",
        "jager", "schilder", "snijder", "herder", "kooi", "baas", "heer", "ridder", "paus", "bisschop", "keizer",
        "hertog", "hamer", "spijker", "kraan", "goud", "zilver", "koper", "glas", "hoorn", "blad", "tak", "knoop",
        "vries", "land", "dorp", "stad", "tuin", "akker", "weide", "polder", "strand", "zee", "regen", "wind",
        "sneeuw", "kruis", "timmerman", "metselaar", "voerman",
    ]
}
