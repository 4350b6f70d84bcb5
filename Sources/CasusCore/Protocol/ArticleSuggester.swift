import Foundation

/// Proposes the protocol articles a report most likely concerns: BM25 over each conduct article's
/// words (the words people use for a breach), title and text, with field weights and Dutch-aware
/// normalisation (diacritics folded, stopwords and platform names dropped, a light stemmer for
/// inflections and diminutives, prefix and compound matching). Only conduct articles that bind the
/// subject are ranked. A proposal for the triage screen: the director confirms or picks another.
///
/// Measured on the triage corpus in Tests/CasusCoreTests/Fixtures/triage (see CHANGELOG.md).
public struct ArticleSuggester: Sendable {
    /// One proposed article, best first.
    public struct Suggestion: Sendable, Hashable, Codable {
        public var id: String
        public var cite: String
        public var score: Double

        public init(id: String, cite: String, score: Double) {
            self.id = id
            self.cite = cite
            self.score = score
        }
    }

    // Field weights and BM25 parameters (chosen on the development part of the corpus).
    static let wordsWeight = 3.0
    static let phrasePartWeight = 0.9  // a single word of a multi-word entry: 0.3 × the words weight
    static let titleWeight = 1.5
    static let textWeight = 1.0
    static let phraseBonus = 2.0  // a whole multi-word entry found in the report, × its idf
    static let k1 = 1.2
    static let b = 0.5
    static let platformBonus = 1.5
    /// An article that binds only the subject's kind is more specific than one that binds everybody.
    static let specificity = 1.3
    /// The general (decency) article wins when nothing specific is found.
    static let generalPrior = 1.5

    struct Doc: Sendable {
        var article: Article
        var singles: [String]
        var phrases: [[String]]
        var phraseParts: [String]
        var title: [String]
        var text: [String]
        var platforms: [String]
        var length: Double

        init(_ a: Article) {
            article = a
            var singles: [String] = []
            var phrases: [[String]] = []
            for w in a.words {
                let t = DutchText.terms(w)
                if t.count == 1 { singles.append(t[0]) } else if t.count > 1 { phrases.append(t) }
            }
            self.singles = singles
            self.phrases = phrases
            phraseParts = phrases.flatMap { $0 }
            title = DutchText.terms(a.title)
            text = DutchText.terms(a.text)
            platforms = a.platforms.map(\.folded)
            length =
                ArticleSuggester.wordsWeight * Double(singles.count) + ArticleSuggester.titleWeight
                * Double(title.count) + ArticleSuggester.textWeight * Double(text.count)
        }

        /// The weighted frequency of a report term in this article (each field counts its best match).
        func tf(_ q: String) -> Double {
            func best(_ field: [String]) -> Double {
                var m = 0.0
                for d in field {
                    let x = DutchText.match(q, d)
                    if x > m { m = x }
                    if m == 1 { break }
                }
                return m
            }
            return ArticleSuggester.wordsWeight * best(singles) + ArticleSuggester.phrasePartWeight
                * best(phraseParts) + ArticleSuggester.titleWeight * best(title) + ArticleSuggester.textWeight
                * best(text)
        }
    }

    let docs: [Doc]
    let averageLength: Double

    /// An index over the conduct articles among `articles` (the others are never proposed).
    public init(articles: [Article]) {
        docs = articles.filter(\.conduct).map(Doc.init)
        averageLength = docs.isEmpty ? 1 : max(1, docs.map(\.length).reduce(0, +) / Double(docs.count))
    }

    public init(profile: ProtocolProfile) { self.init(articles: profile.articles) }

    func idf(_ q: String) -> Double {
        let n = docs.filter { $0.tf(q) > 0 }.count
        return Self.idf(n: n, of: docs.count)
    }

    static func idf(n: Int, of count: Int) -> Double {
        log(1 + (Double(count - n) + 0.5) / (Double(n) + 0.5))
    }

    /// Every conduct article that binds one of the kinds, best first (ties in document order).
    public func rank(summary: String, platform: String?, kinds: Set<SubjectKind>) -> [Suggestion] {
        let q = DutchText.terms(summary)
        var seen = Set<String>()
        let unique = q.filter { seen.insert($0).inserted }
        let idfs = unique.map(idf)
        let platform = platform?.folded.trimmingCharacters(in: .whitespaces)
        var scored: [(Int, Double)] = []
        for (index, d) in docs.enumerated() where !kinds.isDisjoint(with: d.article.appliesTo) {
            var score = 0.0
            for (t, termIDF) in zip(unique, idfs) {
                let tf = d.tf(t)
                guard tf > 0 else { continue }
                let norm =
                    tf * (Self.k1 + 1) / (tf + Self.k1 * (1 - Self.b + Self.b * d.length / averageLength))
                score += termIDF * norm
            }
            for p in d.phrases where DutchText.contains(q, p) {
                let n = docs.filter { $0.phrases.contains(p) }.count
                score += Self.phraseBonus * Self.idf(n: n, of: docs.count)
            }
            if let platform, !platform.isEmpty, d.platforms.contains(platform) { score += Self.platformBonus }
            if d.article.appliesTo.count == 1 { score *= Self.specificity }
            if d.article.general { score += Self.generalPrior }
            scored.append((index, score))
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map {
            let a = docs[$0.0].article
            return Suggestion(id: a.id, cite: a.cite, score: ($0.1 * 100).rounded() / 100)
        }
    }

    /// The best `limit` articles, from the profile's conduct articles that bind one of the kinds.
    public static func suggest(
        summary: String, platform: String?, articles: [Article], kinds: Set<SubjectKind>, limit: Int = 3
    ) -> [Suggestion] {
        Array(
            ArticleSuggester(articles: articles).rank(summary: summary, platform: platform, kinds: kinds).prefix(
                limit))
    }
}

/// Dutch-aware text normalisation for the suggester.
enum DutchText {
    static let stopwords: Set<String> = Set(
        """
        de het een en van in op te dat die dit deze is was waren zijn ben bent heeft hebben had hadden heb
        wordt worden werd werden er aan met voor om bij of dan nog wel uit naar door over tot als maar ook
        niet geen hij zij ze ik je jij we wij jullie u hem haar hun mij me mijn jouw jou ons onze hier daar
        wat wie waar hoe waarom toen nu al alle meer veel zo zich zelf iets niets iemand kan kunnen kon
        moet moeten mag mogen zal zullen zou zouden wil willen gaat gaan ging doet doen deed heel erg toch
        even gewoon echt elke iedere ieder andere ander na sinds terwijl omdat want dus zonder tegen onder
        tussen binnen buiten vanaf via per tijdens men hen wiens s t m n d
        school scholen klas groep juf meester leerling leerlingen kind kinderen ouder ouders moeder vader
        collega collegas leerkracht leerkrachten medewerker medewerkers betrokkene betrokkenen toegestaan
        sociale social media anderen iedereen personeel
        alleen elkaar steeds blijft blijven dag dagen hele tijd keer weer week weken net pas later eerst
        daarna ineens nooit altijd vaak soms volgens
        zet zette zetten gezet plaatst plaatste plaatsen geplaatst stuurt stuurde sturen gestuurd deelt
        deelde delen gedeeld maakt maakte maken gemaakt post postte posten gepost schrijft schreef schrijven
        geschreven zegt zei zeggen gezegd komt kwam komen gekomen krijgt kreeg krijgen gekregen laat liet
        laten gelaten ziet zag zien gezien weet wist weten staat stond staan gestaan ligt lag liggen houdt
        hield houden vindt vond vinden gevonden online
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Names of channels: they say where it happened, not what was breached (the article's own
    /// `platforms` and the report's platform field carry that).
    static let platformNames: Set<String> = [
        "whatsapp", "facebook", "instagram", "insta", "tiktok", "snapchat", "snap", "youtube", "twitter",
        "linkedin", "discord", "roblox", "fortnite", "minecraft", "pinterest", "reddit", "spotify", "google",
    ]

    /// Lowercase words of letters and digits, diacritics folded ("Zoë's" → "zoe", "s").
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for scalar in text.folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func terms(_ text: String) -> [String] {
        tokens(text).filter { $0.count > 1 && !stopwords.contains($0) && !platformNames.contains($0) }.map(stem)
    }

    static let participlePrefixes: [(String, String)] = [
        ("uitge", "uit"), ("opge", "op"), ("afge", "af"), ("doorge", "door"), ("rondge", "rond"),
        ("aange", "aan"), ("meege", "mee"), ("terugge", "terug"), ("ge", ""),
    ]
    static let suffixes = ["heden", "heid", "ingen", "ing", "ende", "en", "de", "te", "es", "e", "s"]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// A light Dutch stemmer: participles (gefilmd → film), diminutives (filmpje → film,
    /// berichtjes → bericht), plural and verb endings, doubled consonants and vowels.
    static func stem(_ word: String) -> String {
        var w = Array(word)
        guard w.count > 3, !w.allSatisfy(\.isNumber) else { return word }
        func ends(_ s: String) -> Bool { w.count >= s.count && String(w.suffix(s.count)) == s }
        var participle = false
        for (prefix, replacement) in participlePrefixes
        where String(w.prefix(prefix.count)) == prefix && w.count - prefix.count >= 3
            && (ends("d") || ends("t") || ends("en"))
        {
            w = Array(replacement) + w.dropFirst(prefix.count)
            participle = true
            break
        }
        if ends("mpjes") {
            w.removeLast(4)
        } else if ends("mpje") {
            w.removeLast(3)
        } else if ends("jes"), w.count >= 7 {
            w.removeLast(3)
        } else if ends("je"), w.count >= 5 {
            w.removeLast(2)
        } else {
            for suffix in suffixes + (participle ? ["t", "d"] : []) where ends(suffix) && w.count - suffix.count >= 3 {
                w.removeLast(suffix.count)
                break
            }
        }
        let n = w.count
        if n >= 4, w[n - 1] == w[n - 2], !vowels.contains(w[n - 1]) {
            w.removeLast()
        }
        let m = w.count
        if m >= 4, !vowels.contains(w[m - 1]), w[m - 2] == w[m - 3], vowels.contains(w[m - 2]),
            !vowels.contains(w[m - 4])
        {
            w.remove(at: m - 2)
        }
        return String(w)
    }

    /// How well a report stem matches an article stem: 1 the same, 0.8 the same but for at most two
    /// letters at the end (filmt, film), 0.6 a compound that ends or starts with it
    /// (doodsbedreiging, naaktfoto), 0 not at all.
    static func match(_ q: String, _ d: String) -> Double {
        if q == d { return 1 }
        let (a, b) = q.count <= d.count ? (q, d) : (d, q)
        if a.count >= 4, b.hasPrefix(a), b.count - a.count <= 2 { return 0.8 }
        if d.count >= 4, q.count > d.count + 2, q.hasSuffix(d) || (d.count >= 5 && q.hasPrefix(d)) { return 0.6 }
        return 0
    }

    /// Does the report hold the phrase's words one after another?
    static func contains(_ seq: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, seq.count >= phrase.count else { return false }
        for i in 0...(seq.count - phrase.count)
        where phrase.indices.allSatisfy({ match(seq[i + $0], phrase[$0]) > 0 }) {
            return true
        }
        return false
    }
}
