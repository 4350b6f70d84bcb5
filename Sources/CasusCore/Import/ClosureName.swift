import Foundation

/// Whether a calendar event's name says the school is closed that day, and how. A school's
/// exported calendar holds its ouderavond, sportdag and kerstviering beside its holidays: taken
/// as closures they moved every term and suspension day across them (a review). The name
/// decides, because the shape does not: a study day is often written 08:30–15:00, a sportdag as
/// a whole day. What the name does not say is left out and listed, never guessed; so is a day off
/// for part of the day or part of the school ("Vrije middag", "Groep 1-4 vrij", "Juf Marieke
/// vrij"): the school is open for the others (a second review).
public enum ClosureName {
    /// Words that are a closure wherever they stand in the name (a whole word).
    static let words: Set<String> = [
        "lesvrij", "lesvrije", "roostervrij", "roostervrije", "koningsdag", "bevrijdingsdag", "nieuwjaarsdag",
        "holiday", "holidays", "vacation", "studiedag", "studiedagen", "margedag", "margedagen",
    ]
    /// Words that are a closure as the name's last word: "Leerlingen vrij", "School gesloten";
    /// not "Kinderboekenweek: vrij lezen" (a third review).
    static let last: Set<String> = ["vrij", "vrijaf", "gesloten", "closed", "frij"]
    /// Names of a holiday that are one only alone (with a year beside it): "Herfst", "Kerst 2026";
    /// not "Herfst wandeling" or "Kerst-musical" (a second review).
    static let alone: Set<String> = [
        "kerst", "kerstmis", "herfst", "voorjaar", "krokus", "zomer", "pasen", "pinksteren", "hemelvaart", "nieuwjaar",
        "carnaval",
    ]
    /// Endings of a word that make it a closure: Kerstvakantie, Tweede Paasdag, Hemelvaartsdag.
    static let endings = [
        "vakantie", "vakanties", "feestdag", "feestdagen", "kerstdag", "paasdag", "paasmaandag", "pinksterdag",
        "hemelvaartsdag", "studiedag", "studiedagen", "margedag", "margedagen", "fakansje",
    ]
    /// Whole phrases: "Goede Vrijdag", "geen school", "vrije dag".
    static let phrases = [
        "goede vrijdag", "geen school", "geen les", "geen lessen", "school dicht", "school is dicht", "vrije dag",
        "vrije dagen", "day off", "days off", "study day", "inset day", "na hemelvaart",
    ]
    /// Words that make it part of the day, or of the school: a day off for some is a school day.
    static let partial = [
        "middag", "middags", "ochtend", "ochtends", "avond", "morgen", "uur", "kleuters", "kleuter", "juf", "meester",
        "leerkracht", "onderbouw", "bovenbouw", "bouw",
        // Not the school but a room or a service in it (a third review: "Gymzaal gesloten
        // (onderhoud)" replaced the spring holiday).
        "zaal", "gym", "opvang", "bso", "tso", "inschrijving", "aanmelding", "bibliotheek", "kantine", "administratie",
        // Or some of its people: "Studiedag directie", "Studiedag IB", "Suikerfeest (islamitische
        // leerlingen vrij)" (a fifth review).
        "directie", "ib", "mr", "gmr", "concierge", "islamitische", "christelijke", "joodse", "hindoestaanse",
    ]
    /// Who may be free when "vrij" or "gesloten" ends the name: the school and its pupils, not
    /// "Marieke vrij" (a fifth review).
    static let wholeSchool: Set<String> = [
        "leerlingen", "alle", "kinderen", "iedereen", "school", "de", "het", "hele", "basisschool", "dag",
    ]
    /// Words that make the name about a school day beside a holiday, not the holiday: "Eerste
    /// schooldag na de kerstvakantie", "Begin kerstvakantie", "Informatie meivakantie in de
    /// nieuwsbrief", "Viering Koningsdag op school" were closed (a fourth review).
    static let aboutADay = [
        "schooldag", "schooldagen", "viering", "informatie", "nieuwsbrief", "start", "begin", "einde", "spelen",
    ]

    /// What makes a closure a study day rather than a holiday.
    static let study = ["studie", "study", "marge", "inset"]

    /// The kind of closure the name says, or nil when it does not say the whole school is closed.
    public static func kind(of name: String) -> ClosureKind? {
        // Every group is the whole school: "Studiedag team, groep 1-8".
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacing(/groep(en)?\s*1\s*(-|t\s*\/?\s*m|tot en met)\s*8/, with: "")
        let tokens = folded.split { !$0.isLetter }.map(String.init)
        let spaced = " " + tokens.joined(separator: " ") + " "
        // Part of the day ("Vrije middag", "Studiemiddag") or of the school ("Groep 1-4 vrij").
        if tokens.contains(where: { t in partial.contains(where: t.hasSuffix) })
            || folded.contains(/groep(en)?\s*[0-9]/) || folded.contains(/\b(gr\.?|klas|leerjaar)\s*[0-9]/)
            // A time of day: "om 12.00 vrij" is half a day.
            || folded.contains(/\b[0-9]{1,2}[.:][0-9]{2}\b/)
            || tokens.contains(where: { t in aboutADay.contains(where: t.hasSuffix) })
            || (" " + tokens.joined(separator: " ") + " ").contains(" op school ")
        {
            return nil
        }
        let named = tokens.filter { !["de", "het", "en", "t", "m", "tm"].contains($0) }
        let closed =
            tokens.contains(where: words.contains)
            || (tokens.last.map(last.contains) == true && tokens.dropLast().allSatisfy(wholeSchool.contains))
            || tokens.contains { t in endings.contains(where: t.hasSuffix) }
            || phrases.contains { spaced.contains(" \($0) ") }
            || (named.count == 1 && alone.contains(named[0]))
        guard closed else { return nil }
        // A holiday named with a study day beside it is a holiday ("Voorjaarsvakantie +
        // studiedag"): as a study day it replaced no national holiday.
        if tokens.contains(where: { $0.hasSuffix("vakantie") || $0.hasSuffix("fakansje") }) { return .holiday }
        return study.contains(where: folded.contains) ? .studyDay : .holiday
    }
}
