/// A search over what a role may see (DESIGN.md §5).
public struct SearchQuery: Sendable, Hashable {
    public var scope: Scope
    public var text: String
    /// How many hits of each source (case summaries, reports, entries), newest first.
    public var limit: Int
    /// Whether the reports (the triage queue's) are searched too: only for a role that reads the
    /// queue (DESIGN.md §6, "`/` searches reports too"), within its scope's school.
    public var reports: Bool
    /// Whether letters are searched whole, their heads too: for whoever writes letters. Else a
    /// letter is found by the words it shows (`LetterHead.cut`) and its snippet is made from them,
    /// as the server does for its callers (`find_entries`): an IB's search on a personal database
    /// showed the address block the dossier hid (a review).
    public var lettersWhole = true
    /// The reports about these people are not searched: the reader's own (`IncidentQuery.notAbout`).
    public var reportsNotAbout: [PersonID] = []

    /// Whole words are searched first; each word is taken as a prefix as well ("gesprek" →
    /// "gesprekken") only when the whole words give fewer hits of a source than this. A fixed
    /// number, not the page asked for, so that every page of one search reads the same list.
    public static let wholeWordsEnough = 200

    /// Up to `limit` hits of one source, newest first: the whole words' (`exact`), or, when they give
    /// fewer than `wholeWordsEnough`, the prefixes' (`prefixed`). Each backend's one rule for it.
    ///
    /// A page smaller than `wholeWordsEnough` (a command's page) first counts the whole words' hits
    /// (`exactCount(n)`: how many there are, at most n) and then reads only itself, so that it makes
    /// no snippets but its own: a page of 20 made 200 to decide. A page at least that large (the
    /// search screen's) is its own count: counting first would walk the same hits twice.
    public static func wholeWordsFirst<Hit>(
        limit: Int, exactCount: (Int) throws -> Int, exact: (Int) throws -> [Hit], prefixed: (Int) throws -> [Hit]
    ) rethrows -> [Hit] {
        if limit >= wholeWordsEnough {
            let found = try exact(limit)
            return found.count < wholeWordsEnough ? try prefixed(limit) : found
        }
        return try exactCount(wholeWordsEnough) < wholeWordsEnough ? prefixed(limit) : exact(limit)
    }

    public init(scope: Scope, text: String, limit: Int = 200, reports: Bool = false, lettersWhole: Bool = true) {
        self.scope = scope
        self.text = text
        self.limit = limit
        self.reports = reports
        self.lettersWhole = lettersWhole
    }

    /// What was typed, as words, split as SQLite's `unicode61` tokenizer splits text (the
    /// search indexes use it): a word is a run of letters (L*), digits and numbers (N*) and
    /// private-use characters (Co); the Latin combining diacritics U+0300–U+0331 that
    /// unicode61 folds away continue a word; everything else separates — punctuation, symbols,
    /// spaces, and the other marks (a Devanagari virama or vowel sign, Arabic harakat, U+0336).
    /// So a word never holds a separator, and no input can be read as query syntax ("NOT",
    /// quotes, colons, the index's own `_school` tokens: '_' separates here).
    ///
    /// The SQLite backend builds its MATCH expressions with SQLite's own tokenizer (exact for
    /// every Unicode version); these words serve the name index's text (`search_name`), the
    /// scan that stands in for it, and the question whether anything searchable was typed.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isWordScalar(u) || (!word.isEmpty && isFoldedDiacritic(u.value)) {
                word.append(u)
            } else if !word.isEmpty {
                out.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { out.append(String(word)) }
        return out
    }

    /// The most words a search takes: every word is a term of each index's query, and 104 words
    /// (a paste, or a key held down) kept the full screen busy for ten seconds, deaf to Esc (a
    /// review). Eight find any text a person would look for.
    public static let maxWords = 8

    /// `text` up to the end of its `maxWords`th word (`words`), itself when it has no more.
    public static func leading(_ text: String) -> String {
        var count = 0
        var inWord = false
        for i in text.unicodeScalars.indices {
            let u = text.unicodeScalars[i]
            let wordy = isWordScalar(u) || (inWord && isFoldedDiacritic(u.value))
            if wordy && !inWord {
                if count == maxWords { return String(text.unicodeScalars[..<i]) }
                count += 1
            }
            inWord = wordy
        }
        return text
    }

    /// The words searched when `text` has more than `maxWords` (`leading`, without the space after
    /// the last), for the screen and the command line to say so; nil when all are searched.
    public static func cut(_ text: String) -> String? {
        words(text).count > maxWords ? leading(text).trimmed : nil
    }

    /// unicode61's token characters: General_Category L*, N* and Co.
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 {
            return (0x30...0x39).contains(u.value) || (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value)
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// The diacritics unicode61 lets continue a word (sqlite3Fts5UnicodeIsdiacritic): a set
    /// of the combining marks U+0300–U+0331.
    static func isFoldedDiacritic(_ c: UInt32) -> Bool {
        guard (768...817).contains(c) else { return false }
        let mask0: UInt32 = 0x0802_9FDF
        let mask1: UInt32 = 0x0003_61F8
        return c < 800 ? mask0 & (1 << (c - 768)) != 0 : mask1 & (1 << (c - 800)) != 0
    }
}

/// One page of a search's hits, and whether the list goes on after it.
public struct SearchPage: Sendable, Hashable {
    public var hits: [SearchHit]
    public var more: Bool

    public init(hits: [SearchHit], more: Bool) {
        self.hits = hits
        self.more = more
    }
}

/// One hit: an entry of a dossier, a case's summary, or a report (a melding of the triage queue:
/// its person is the first it names as subject, by id, and its title the names of everyone it is
/// about, in id order).
public struct SearchHit: Sendable, Hashable, Codable {
    public enum Source: String, Sendable, Codable { case entry, caseSummary = "case", report }

    public var source: Source
    public var entryID: EntryID?
    public var caseID: CaseID?
    public var caseNumber: String?
    /// The report a `.report` hit is (nil for the others).
    public var incidentID: IncidentID?
    /// Where that report stands (new, a case made of it, dismissed): a dismissed report looked as
    /// one still to act on (nil for the others).
    public var reportStatus: IncidentStatus?
    /// Every case that report led to is closed (`Incident.casesClosed`): a hit said "in behandeling"
    /// of a report whose cases were all closed, where the report itself read "afgehandeld" (a review).
    public var reportCasesClosed = false
    /// Where the report stands as its own screen says it (nil for the others).
    public var reportStanding: ReportStanding? {
        reportStatus.map { ReportStanding(status: $0, casesClosed: reportCasesClosed) }
    }
    /// Everyone that report names, subjects, victims and witnesses: each gets a line in the audit
    /// log when it is shown (the victim's parents asking who read of her found no search, a
    /// review; empty for the other hits).
    public var reportPeople: [PersonID] = []
    public var person: PersonID
    public var personName: String
    public var personKind: PersonKind
    public var schoolID: SchoolID
    public var title: String
    /// The matching text with the hits between « and »; the text's own « and » are shown as ‹ and ›,
    /// so that « » mark the hits alone (`marked(_:)`).
    public var snippet: String
    public var at: Timestamp
    /// How a case ended, on a closed case's own hit (nil while it is open, and for the other hits):
    /// a hit of a case closed as unfounded read as a measure behind the pupil (a review).
    public var caseOutcome: CaseOutcome?

    /// Where the hit is, as a search lists it: its case (a closed case's own hit with how it ended),
    /// else nil (a dossier's entry of no case, a report).
    public func casePlace(_ lang: Lang) -> String? {
        caseNumber.map { number in
            Phrase("zaak ", "case ")(lang) + number
                + (caseOutcome.map { " (" + Phrase("gesloten: ", "closed: ")(lang) + $0.label(lang) + ")" } ?? "")
        }
    }

    /// The title as it stands beside `casePlace`, which names the case: none for a case's own hit
    /// (its title is its number), and a letter's without its own " — zaak N" ("zaak 2026-0001 ·
    /// Waarschuwing — zaak 2026-0001" said the number twice, a review).
    public var placedTitle: String {
        if source == .caseSummary { return "" }
        if let caseNumber, title.hasSuffix(" — zaak \(caseNumber)") {
            return String(title.dropLast(" — zaak \(caseNumber)".count))
        }
        return title
    }

    public init(
        source: Source, entryID: EntryID?, caseID: CaseID?, caseNumber: String?, person: PersonID, personName: String,
        personKind: PersonKind, schoolID: SchoolID, title: String, snippet: String, at: Timestamp,
        incidentID: IncidentID? = nil, reportStatus: IncidentStatus? = nil, caseOutcome: CaseOutcome? = nil
    ) {
        self.caseOutcome = caseOutcome
        self.incidentID = incidentID
        self.reportStatus = reportStatus
        self.schoolID = schoolID
        self.source = source
        self.entryID = entryID
        self.caseID = caseID
        self.caseNumber = caseNumber
        self.person = person
        self.personName = personName
        self.personKind = personKind
        self.title = title
        self.snippet = snippet
        self.at = at
    }
}

extension SearchHit {
    /// What the stores mark a hit with in a snippet: private-use characters no text casus writes
    /// holds. A report's own "«nep»" was drawn as a hit (found by a review).
    public static let hitStart = "\u{E000}"
    public static let hitEnd = "\u{E001}"

    /// A store's snippet as a hit shows it: the text's own « and » as ‹ and ›, then the hits
    /// between « and », on one line: a letter's address, date and blank lines before the word
    /// filled both lines the full screen gives a hit, the match cut off, and `casus search` broke
    /// a hit over several lines (reviews). Every run of white space is one space.
    /// One pass over the scalars: Foundation's `replacingOccurrences` went through CoreFoundation's
    /// locale-aware search, four times per snippet, and was a third of a district search's time
    /// (`perf`: search p95 38–42 ms against 30).
    public static func marked(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            switch scalar {
            case "«": out.append("‹")
            case "»": out.append("›")
            case "\u{E000}": out.append("«")
            case "\u{E001}": out.append("»")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a store's snippet marks a hit (scalar by scalar, as `marked`).
    public static func marksAHit(_ raw: String) -> Bool { raw.unicodeScalars.contains("\u{E000}") }
}

/// What a retention purge leaves of a dossier.
public struct Tombstone: Sendable, Hashable, Codable {
    public var dossierID: PersonID
    public var purgedAt: Timestamp
    public var purgedBy: String
    public var entryCount: Int
    public var lastSeq: Int64
    public var lastHash: String
    public var reason: String

    public init(
        dossierID: PersonID, purgedAt: Timestamp, purgedBy: String, entryCount: Int, lastSeq: Int64, lastHash: String,
        reason: String
    ) {
        self.dossierID = dossierID
        self.purgedAt = purgedAt
        self.purgedBy = purgedBy
        self.entryCount = entryCount
        self.lastSeq = lastSeq
        self.lastHash = lastHash
        self.reason = reason
    }
}
