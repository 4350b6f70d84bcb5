import CasusCore

/// `/`: the people whose name the words find (Enter opens their dossier), then what the role may
/// see that matches, grouped by person; Enter reads a found entry in full, opens a case's summary
/// hit as the case, a report as the report (a director and the board find reports too).
public struct SearchScreen: ScreenModel {
    public let query: String
    public let hits: [SearchHit]
    public let people: [Person]
    /// The search names more people than are shown (it reads one more than `peopleShown`).
    public let morePeople: Bool
    /// The selected row: the people first, then the hits.
    public private(set) var cursor: Viewport
    private var lines: [StyledLine] = []
    private var cursorLine = 0
    private var laidOut: (LayoutKey, Int)?

    /// The most people a search lists by name (the Dossiers tab lists them all).
    public static let peopleShown = Directory.searchPeopleShown

    public init(query: String, hits: [SearchHit], people: [Person] = []) {
        self.query = query
        self.hits = hits
        self.people = Array(people.prefix(Self.peopleShown))
        self.morePeople = people.count > Self.peopleShown
        self.cursor = Viewport(selectable: true, count: self.people.count + hits.count)
    }

    public var context: KeyContext { .search }

    public func footer(_ s: AppState) -> [FooterItem] { Words.items([.open, .up, .down, .back]) }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        let page = s.pageRows - 1
        switch action {
        case .up: cursor.move(.up)
        case .down: cursor.move(.down)
        case .pageUp: cursor.move(.by(-page))
        case .pageDown: cursor.move(.by(page))
        case .top: cursor.move(.top)
        case .bottom: cursor.move(.bottom)
        case .open:
            guard let row = cursor.cursor else { return .handled }
            if people.indices.contains(row) {
                let p = people[row]
                // A parent has none: it opened an empty dossier with the core's refusal (a review).
                guard p.kind == .pupil || p.kind.isPersonnel else {
                    s.say(PeopleScreen.noDossier(of: p, s))
                    return .handled
                }
                return .open(DossierScreen(personID: p.id))
            }
            let i = row - people.count
            guard hits.indices.contains(i) else { return .handled }
            if let report = hits[i].incidentID { return .open(IncidentScreen(id: report)) }
            // An entry is read in full where it was found (it opened the case, where it had to be found again).
            if hits[i].source == .entry, let entry = hits[i].entryID { return .run([.ask(.entry(entry))]) }
            guard let id = hits[i].caseID else { return .handled }
            return .open(CaseScreen(id: id))
        default: return nil
        }
        return .handled
    }

    public mutating func layout(_ s: AppState) {
        let selected = cursor.cursor ?? 0
        guard laidOut.map({ $0.0 != LayoutKey(s) || $0.1 != selected }) ?? true else { return }
        // A search reads the newest `searchLimit` hits of each source: "600 teksten" read as all
        // there were (a review). Said as at least so many, and what was left out.
        let capped = Dictionary(grouping: hits, by: \.source).values.contains { $0.count >= Dossiers.searchLimit }
        let texts =
            Phrase.count(hits.count, "tekst", "teksten", "text", "texts")(s.lang)
            + (capped ? s.t(" of meer", " or more") : "")
        lines = [
            StyledLine(
                people.isEmpty
                    ? s.t("Zoekresultaten voor ‘\(query)’ (\(texts))", "Results for ‘\(query)’ (\(texts))")
                    : s.t("Zoekresultaten voor ‘\(query)’ (", "Results for ‘\(query)’ (")
                        + Phrase.count(people.count, "persoon", "personen", "person", "people")(s.lang)
                        + (morePeople ? s.t(" of meer", " or more") : "") + ", " + texts
                        + ")", .bold)
        ]
        if let searched = SearchQuery.cut(query) {
            lines += StyledLine.wrapped(
                s.t(
                    "Gezocht op de eerste \(SearchQuery.maxWords) woorden: ‘\(searched)’.",
                    "Searched for the first \(SearchQuery.maxWords) words: ‘\(searched)’."),
                width: s.width - 2, indent: 0, style: .warn)
        }
        if capped {
            lines += StyledLine.wrapped(
                s.t(
                    "Van elke soort (zaken, meldingen, stukken) de nieuwste \(Dossiers.searchLimit); zoek met meer woorden om te vinden wat ontbreekt.",
                    "Of each kind (cases, reports, entries) the newest \(Dossiers.searchLimit); search with more words to find what is missing."
                ), width: s.width - 2, indent: 0, style: .warn)
        }
        if !people.isEmpty {
            lines.append(.empty)
            lines.append(
                StyledLine(s.t("Personen (dossier openen met Enter)", "People (Enter opens the dossier)"), .accent))
            for (i, p) in people.enumerated() {
                if i == selected { cursorLine = lines.count }
                var about = p.kind.label(s.lang)
                about += s.session.group(p, s.lang) + s.session.school(p.schoolID)
                lines.append(StyledLine("  \(p.name) (\(about))", i == selected ? .selected : .bold))
            }
            if morePeople {
                lines.append(
                    StyledLine(
                        s.t("  meer namen: tab Dossiers, f", "  more names: the Dossiers tab, f"), .dim))
            }
        }
        // The reports under their own heading (a report is in no one's dossier), then per person.
        var lastGroup: PersonID??
        for (i, hit) in hits.enumerated() {
            let group: PersonID? = hit.source == .report ? nil : hit.person
            if lastGroup != .some(group) {
                lines.append(.empty)
                lines.append(
                    StyledLine(
                        group == nil
                            ? s.t("Meldingen", "Reports")
                            : "\(hit.personName) (\(hit.personKind.label(s.lang))\(s.session.school(hit.schoolID)))",
                        .accent))
                lastGroup = .some(group)
            }
            if people.count + i == selected { cursorLine = lines.count }
            let place =
                hit.incidentID.map {
                    s.t("melding ", "report ") + String($0)
                        + (hit.reportStanding.map { " (\($0.label(s.lang)))" } ?? "")
                }
                ?? hit.casePlace(s.lang) ?? s.t("dossier", "dossier")
            // The case's number is said once, by the place ("zaak 2026-0010 · Zaak 2026-0010").
            let title = hit.placedTitle.isEmpty ? "" : " · \(hit.placedTitle)"
            lines.append(
                StyledLine(
                    "  \(hit.at.localDate().dutch) · \(place)\(title)", people.count + i == selected ? .selected : .bold
                ))
            // «…» marks what matched: drawn underlined, markers dropped.
            for text in DisplayWidth.wrap(hit.snippet, to: max(10, s.width - 8)).prefix(2) {
                var line = StyledLine("      ")
                var bold = false
                var chunk = ""
                for ch in text {
                    if ch == "«" || ch == "»" {
                        if !chunk.isEmpty { line.add(chunk, bold ? Style(bold: true, underline: true) : .plain) }
                        chunk = ""
                        bold = ch == "«"
                    } else {
                        chunk.append(ch)
                    }
                }
                if !chunk.isEmpty { line.add(chunk, bold ? Style(bold: true, underline: true) : .plain) }
                lines.append(line)
            }
        }
        laidOut = (LayoutKey(s), selected)
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        // The page follows the selected hit, which stays in the middle.
        var page = Viewport(selectable: false, count: lines.count, rows: Page.rows(s))
        page.move(.to(cursorLine - (s.height - 3) / 2))
        Page.draw(lines, page, s, into: &c)
    }
}
