/// The public holidays a school is closed on unless its own calendar says otherwise: the
/// generally recognised holidays of the Algemene termijnenwet (art. 3 lid 1) that can fall on a
/// weekday outside the Christmas holiday: Nieuwjaarsdag, tweede Paasdag, Koningsdag, Hemelvaartsdag,
/// tweede Pinksterdag and both Christmas days. No law closes a school on them (the school sets its
/// own days off within the minimum teaching time); casus assumes the common practice. Goede Vrijdag
/// and 5 mei differ from school to school: they are the school's to add (`casus calendar add`).
/// Without them, a suspension's five school days counted Easter Monday as one (a review).
public enum PublicHolidays {
    /// Said wherever the calendar is shown: what casus assumes, and on what.
    public static let assumption = Phrase(
        "Feestdagen (Algemene termijnenwet art. 3) telt casus als vrije dagen: gewone praktijk, geen wettelijke regel. Goede Vrijdag en 5 mei bepaalt de school zelf: `casus calendar add` als ze dan dicht is.",
        "Public holidays (Algemene termijnenwet art. 3) count as days off: common practice, not a statutory rule. Good Friday and 5 May are the school's choice: `casus calendar add` when it is closed then."
    )

    /// The holidays of one school year (August to July) on a weekday, each as a one-day closure:
    /// the Algemene termijnenwet's (`StatutoryTerm.holidays`) but Goede Vrijdag and 5 mei.
    public static func closures(schoolYear y: Int) -> [Closure] {
        let schoolsOwn: Set = ["Goede Vrijdag", "Bevrijdingsdag"]
        return (StatutoryTerm.holidays(in: y) + StatutoryTerm.holidays(in: y + 1)).filter {
            $0.day.schoolYear == y && !$0.day.isWeekend && !schoolsOwn.contains($0.name)
        }.map { Closure(first: $0.day, last: $0.day, reason: $0.name, kind: .publicHoliday, source: .national) }
    }

    /// The school years casus fills in: wide enough for any case a school keeps (its retention)
    /// and any date a step may be planned on.
    public static let schoolYears = 2010...2050

    public static let all: [Closure] = schoolYears.flatMap(closures(schoolYear:))
}
