import CasusCore

/// The Zaken and Meldingen tabs: virtualised lists drawn from the rows the state holds.
enum ListScreens {
    /// The School column, for a board over several schools (instead of part of the summary).
    static func schoolColumn(_ s: AppState, _ c: Canvas) -> [Table.Column] {
        s.session.acrossSchools ? [.init(title: s.t("School", "School"), width: min(24, 13 + max(0, c.width - 80) / 4))] : []
    }

    /// A board at 80 columns gives up the group column (a group means little across schools)
    /// and some of the name, so that the school fits.
    static func boardIsNarrow(_ s: AppState, _ c: Canvas) -> Bool { s.session.acrossSchools && c.width < 100 }

    static func cases(_ s: AppState, into c: inout Canvas) {
        let narrow = boardIsNarrow(s, c)
        // Case numbers run past 9999 in a year across a district: room for 2026-12345.
        let table = Table(columns: [
            .init(title: s.t("Zaak", "Case"), width: 10),
            .init(title: s.t("Betrokkene", "Subject"), width: narrow ? 16 : min(34, 21 + max(0, c.width - 80) / 3)),
        ] + (narrow ? [] : [Table.Column(title: s.t("Gr", "Gr"), width: 2, alignRight: true)]) + [
            .init(title: s.t("Trede", "Rung"), width: 12),
            .init(title: s.t("Geopend", "Opened"), width: 10),
            .init(title: s.t("Uiterlijk", "Due"), width: 11),
        ] + schoolColumn(s, c) + [
            .init(title: s.t("Samenvatting", "Summary"), width: 0, flexible: true),
        ])
        table.drawHeader(into: &c, y: 2)
        let rows = s.listRows
        if s.cases.isLoaded && s.cases.total == 0 {
            c.put(s.t("Geen zaken bij dit filter. ", "No cases with this filter. ") + CaseFilters.describe(s.caseFilter, lang: s.lang),
                  x: 2, y: 4, style: .dim)
            return
        }
        for i in 0..<rows {
            let index = s.cases.top + i
            guard index < s.cases.total else { break }
            let y = 3 + i
            guard let row = s.cases.row(at: index) else {
                c.put("…", x: 1, y: y, style: .dim)
                continue
            }
            let kindMark = row.subjectKind == .pupil ? "" : " (\(row.subjectKind.label(s.lang)))"
            let overdue = row.status == .open && (row.nextDue.map { $0 < s.today } ?? false)
            let due = row.status == .closed ? s.t("gesloten", "closed") : row.nextDue.map { (overdue ? "!" : " ") + $0.dutch } ?? ""
            table.drawRow([
                (row.number, .plain),
                (row.subjectName + kindMark, .plain),
            ] + (narrow ? [] : [(row.group ?? "", Style.plain)]) + [
                (row.rung.map { $0.shortLabel(s.lang) } ?? "—", row.rung == nil ? .dim : .plain),
                (row.openedAt.localDate().dutch, .plain),
                (due, overdue ? .alarm : .plain),
            ] + (s.session.acrossSchools ? [(School.shortName(row.schoolName), .plain)] : []) + [
                (row.summary, .plain),
            ], into: &c, y: y, selected: index == s.cases.selected)
        }
    }

    static func incidents(_ s: AppState, into c: inout Canvas) {
        let table = Table(columns: [
            .init(title: s.t("Leeftijd", "Age"), width: 8, alignRight: true),
            .init(title: s.t("Gemeld", "Reported"), width: 10),
            .init(title: s.t("Betrokkene(n)", "Subject(s)"), width: min(36, 24 + max(0, c.width - 80) / 3)),
            .init(title: s.t("Platform", "Platform"), width: 10),
        ] + schoolColumn(s, c) + [
            .init(title: s.t("Melding", "Report"), width: 0, flexible: true),
        ])
        table.drawHeader(into: &c, y: 2)
        if s.incidents.isLoaded && s.incidents.total == 0 {
            c.put(s.t("Geen nieuwe meldingen: de wachtrij is leeg.", "No new reports: the queue is empty."), x: 2, y: 4, style: .dim)
            return
        }
        for i in 0..<s.listRows {
            let index = s.incidents.top + i
            guard index < s.incidents.total else { break }
            let y = 3 + i
            guard let row = s.incidents.row(at: index) else {
                c.put("…", x: 1, y: y, style: .dim)
                continue
            }
            let days = row.reportedAt.localDate().days(until: s.today)
            let age = Age.text(days: days, lang: s.lang)
            table.drawRow([
                (age, days >= 5 ? .warn : .plain),
                (row.reportedAt.localDate().dutch, .plain),
                (row.subjects, .plain),
                (row.platform ?? "", .plain),
            ] + (s.session.acrossSchools ? [(School.shortName(row.schoolName), .plain)] : []) + [
                (row.summary, .plain),
            ], into: &c, y: y, selected: index == s.incidents.selected)
        }
    }
}

/// "3 dagen", "vandaag": how long a report has waited.
enum Age {
    static func text(days: Int, lang: Lang) -> String {
        switch days {
        case ..<1: Phrase("vandaag", "today")(lang)
        case 1: Phrase("1 dag", "1 day")(lang)
        default: Phrase("\(days) dagen", "\(days) days")(lang)
        }
    }
}
