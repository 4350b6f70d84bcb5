import CasusCore

/// Horizontal bar charts in text: a label, a bar scaled to the largest count, the count.
public enum BarChart {
    public static func lines(_ counts: [Statistics.Count], width: Int, labelWidth: Int = 26) -> [String] {
        let maxCount = counts.map(\.count).max() ?? 0
        let barWidth = max(4, width - labelWidth - 8)
        return counts.map { c in
            let n = maxCount == 0 ? 0 : Int((Double(c.count) / Double(maxCount) * Double(barWidth)).rounded(.up))
            let bar = String(repeating: "█", count: c.count == 0 ? 0 : max(1, n))
            return DisplayWidth.fit(c.label, to: labelWidth) + " " + DisplayWidth.fit(bar, to: barWidth) + " "
                + String(c.count)
        }
    }

    /// The whole overview as lines, for the Overzicht tab and `casus stats`.
    public static func overview(_ s: Statistics, width: Int, lang: Lang, today: LocalDate, yearHint: Bool = true)
        -> [StyledLine]
    {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        var out: [StyledLine] = []
        var head = StyledLine()
        head.add(t("Schooljaar ", "School year ") + s.schoolYearLabel, .bold)
        head.add(t("  ·  \(s.cases) zaken", "  ·  \(s.cases) cases"))
        if s.incidents > 0 { head.add(t("  ·  \(s.incidents) meldingen", "  ·  \(s.incidents) reports")) }
        if yearHint { head.add(t("   ([ en ] wisselen van jaar)", "   ([ and ] change the year)"), .dim) }
        out.append(head)
        for (title, counts) in [
            (t("Zaken per maand", "Cases per month"), s.labelled(lang).byMonth),
            (t("Per artikel (gegronde en lopende zaken)", "Per article (founded and open cases)"), s.byArticle),
            (t("Per platform", "Per platform"), s.byPlatform),
            (t("Per trede", "Per rung"), s.labelled(lang).byRung),
        ] {
            out.append(.empty)
            out.append(StyledLine(title, .accent))
            if counts.isEmpty { out.append(StyledLine(t("  geen", "  none"), .dim)) }
            out += lines(counts, width: width - 2).map { StyledLine("  " + $0) }
        }
        out.append(.empty)
        out.append(StyledLine(t("Open verplichtingen (op datum)", "Open obligations (by date)"), .accent))
        if s.openObligations.isEmpty { out.append(StyledLine(t("  geen", "  none"), .dim)) }
        for o in s.openObligations {
            let style: Style = o.overdue ? .alarm : .plain
            out.append(
                StyledLine([
                    ("  \(o.overdue ? "!" : " ") \(o.due.dutch)  ", style), ("\(o.caseNumber)  ", .bold),
                    (DisplayWidth.fit(o.subject, to: 22) + "  ", .plain), (o.kind.label(lang), style),
                ]))
        }
        return out
    }
}
