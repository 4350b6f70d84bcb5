/// Proposes the protocol articles a report most likely concerns, by the words they share.
/// Only a proposal for the triage screen: the director confirms or picks another.
public enum ArticleSuggester {
    /// Word stems that say more than their spelling: "filmde" and "filmpje" both point at film.
    static func stems(_ text: String) -> Set<String> {
        let words = text.folded.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return Set(words.filter { $0.count >= 4 && !stopwords.contains($0) }.map { String($0.prefix(5)) })
    }

    static let stopwords: Set<String> = [
        "het", "een", "van", "deze", "door", "voor", "niet", "heeft", "hebben", "zijn", "wordt",
        "worden", "over", "naar", "ook", "bij", "tijdens", "toegestaan", "school", "leerling",
        "leerlingen", "medewerker", "medewerkers", "betrokkenen", "sociale", "media", "anderen",
    ]

    /// Article ids, best first, that bind one of the kinds and share words with the summary.
    public static func suggest(
        summary: String, platform: String?, articles: [Article], kinds: Set<SubjectKind>,
        limit: Int = 3
    ) -> [String] {
        let words = stems(summary + " " + (platform ?? ""))
        let scored = articles.filter { !kinds.isDisjoint(with: $0.appliesTo) }.map { a -> (String, Int) in
            var score = stems(a.text + " " + a.title).intersection(words).count * 2
            if let p = platform?.folded, a.platforms.contains(where: { $0.folded == p }) { score += 3 }
            return (a.id, score)
        }
        return scored.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0)
    }
}
