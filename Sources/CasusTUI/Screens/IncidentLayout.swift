import CasusCore

enum IncidentLayout {
    static func lines(
        _ i: Incident, involved: [Involved], cases: [Case], groupResponse: GroupResponse.Level?,
        width: Int, lang: Lang, today: LocalDate, sectors: [SchoolID: Sector] = [:], readsCases: Bool = true
    ) -> [StyledLine] {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        let w = max(20, width - 2)
        var out: [StyledLine] = []
        var title = StyledLine()
        title.add(t("Melding ", "Report ") + String(i.id), .bold)
        title.add(" · " + i.standing.label(lang), i.status == .new ? .warn : .dim)
        let days = i.reportedAt.localDate().days(until: today)
        title.add(
            " · " + t("gemeld ", "reported ") + i.reportedAt.dutch() + " (" + Age.ago(days: days, lang: lang) + ")",
            .dim)
        out.append(title)
        if let p = i.platform { out.append(StyledLine(t("Platform: ", "Platform: ") + p)) }
        if let r = i.reporterName { out.append(StyledLine(t("Gemeld door: ", "Reported by: ") + r)) }
        var when = StyledLine(t("Gebeurd op: ", "Happened on: "))
        if let day = i.happenedOn {
            when.add(day.dutch + " (" + Age.ago(days: day.days(until: today), lang: lang) + ")")
        } else {
            when.add(t("onbekend (niet opgegeven)", "not known (not given)"), .dim)
        }
        out.append(when)
        out.append(.empty)
        out += StyledLine.wrapped(i.summary, width: w, indent: 0)
        if !i.evidence.isEmpty {
            out.append(.empty)
            out.append(StyledLine(t("Bewijs", "Evidence"), .accent))
            for file in i.evidence {
                var line = StyledLine("  " + file.name)
                line.add("  " + file.shortHash + "…  " + file.sizeText, .dim)
                out.append(line)
            }
        }
        out.append(.empty)
        out.append(StyledLine(t("Betrokken personen", "People involved"), .accent))
        for inv in involved {
            var line = StyledLine()
            line.add("  " + DisplayWidth.fit(inv.role.label(lang), to: 13), .dim)
            line.add(inv.person.name)
            var extra = inv.person.kind.label(lang)
            if let g = inv.person.group {
                extra += ", " + PupilGroup.label(g, sectors[inv.person.schoolID] ?? .po)(lang)
            }
            line.add("  (\(extra))", .dim)
            // Whom of those it is about a case was opened for, and whom not yet: a report about
            // three pupils left the queue with two cases, and nothing said the third had none (a review).
            // Only for a role that reads the cases: a teacher reading back its report was told "nog
            // geen zaak (t)" of a pupil with a case, and offered a key it may not use (a review).
            if inv.role == .subject, i.status == .triaged, readsCases {
                if let c = cases.first(where: { $0.subjectID == inv.person.id }) {
                    line.add(t("  zaak ", "  case ") + c.number, .dim)
                } else {
                    line.add(t("  nog geen zaak (t)", "  no case yet (t)"), .warn)
                }
            }
            out.append(line)
        }
        if let group = groupResponse {
            out.append(.empty)
            out += StyledLine.wrapped(
                t("Aanpak volgens het protocol: ", "Response under the protocol: ") + group.action,
                width: w, indent: 0, style: .accent)
        }
        if let reason = i.dismissedReason {
            out.append(.empty)
            out += StyledLine.wrapped(t("Afgewezen: ", "Dismissed: ") + reason, width: w, indent: 0, style: .dim)
        }
        if !cases.isEmpty {
            out.append(.empty)
            out.append(StyledLine(t("Zaken", "Cases"), .accent))
            for c in cases {
                out.append(
                    StyledLine(
                        "  \(c.number)  \(c.status.label(lang))"
                            + (c.outcome.map { " (\($0.label(lang)))" } ?? "")
                            + "  \(c.rung.map { $0.shortLabel(lang) } ?? "—")"))
            }
        }
        return out
    }
}
