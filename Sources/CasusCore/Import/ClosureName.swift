import Foundation

/// Whether a calendar event's name says the school is closed that day, and how. A school's
/// exported calendar holds its ouderavond, sportdag and kerstviering beside its holidays: taken
/// as closures they moved every term and suspension day across them (a review). The name
/// decides, because the shape does not: a study day is often written 08:30–15:00, a sportdag as
/// a whole day. What the name does not say is left out and listed, never guessed.
public enum ClosureName {
    /// Words that are a closure on their own (a whole word of the name).
    static let words: Set<String> = [
        "vakantie", "vrij", "vrije", "vrijaf", "lesvrij", "lesvrije", "roostervrij", "roostervrije",
        "kerst", "kerstmis", "herfst", "voorjaar", "krokus", "zomer", "pasen", "pinksteren", "hemelvaart",
        "koningsdag", "bevrijdingsdag", "nieuwjaar", "nieuwjaarsdag", "gesloten", "dicht",
        "holiday", "holidays", "vacation", "closed", "studiedag", "studiedagen", "margedag", "margedagen",
    ]
    /// Parts of a word that make it a closure: Kerstvakantie, Tweede Paasdag, Hemelvaartsdag.
    static let parts = [
        "vakantie", "feestdag", "kerstdag", "paasdag", "paasmaandag", "pinksterdag", "hemelvaartsdag",
        "studiedag", "studiemiddag", "studieochtend", "margedag", "lesvrij", "roostervrij",
    ]
    /// Whole phrases: "Goede Vrijdag", "geen school", "day off".
    static let phrases = ["goede vrijdag", "geen school", "geen les", "day off", "days off", "study day", "inset day"]
    /// What makes a closure a study day rather than a holiday.
    static let study = ["studie", "study", "margedag", "inset"]

    /// The kind of closure the name says, or nil when it does not say the school is closed.
    public static func kind(of name: String) -> ClosureKind? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let tokens = folded.split { !$0.isLetter }.map(String.init)
        let closed =
            tokens.contains(where: words.contains)
            || tokens.contains { t in parts.contains(where: t.contains) }
            || phrases.contains { (" " + tokens.joined(separator: " ") + " ").contains(" \($0) ") }
        guard closed else { return nil }
        return study.contains(where: folded.contains) ? .studyDay : .holiday
    }
}
