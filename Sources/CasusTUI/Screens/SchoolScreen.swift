import CasusCore

/// `S` on the Overzicht, or `:school`: the school record (sector, denomination, bevoegd gezag,
/// addresses, holiday region), the school year's calendar, and the legal layer that follows from
/// them. The director and the board change the record with `e`; others read it.
public struct SchoolScreen: ScreenModel {
    public struct SchoolData: Sendable {
        public var view: CalendarView
        public var legal: [LegalSummary.Section]
        public var editable: Bool
    }

    public private(set) var data = Loadable<SchoolData>()
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init() {}

    public var school: School? { data.value?.view.school }
    public var context: KeyContext { .school }

    public func footer(_ s: AppState) -> [FooterItem] {
        var items: [Action] = [.back, .up, .down]
        if data.value?.editable == true { items.append(.edit) }
        items.append(.help)
        return Words.items(items)
    }

    /// The parts of the record the director can change.
    enum Field: String, CaseIterable {
        case legal, boardName = "board-name", boardAddress = "board-address", address, region

        func label(_ s: AppState) -> String {
            switch self {
            case .legal: s.t("Sector en richting", "Sector and denomination")
            case .boardName: s.t("Bevoegd gezag: naam", "Board: name")
            case .boardAddress: s.t("Bevoegd gezag: postadres", "Board: postal address")
            case .address: s.t("Adres van de school", "School address")
            case .region: s.t("Vakantieregio", "Holiday region")
            }
        }
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .top: viewport.move(.top)
        case .bottom: viewport.move(.bottom)
        case .edit:
            guard let d = data.value else { return .handled }
            guard d.editable else {
                s.say(
                    Phrase(
                        "Alleen de directeur of het bestuur wijzigt de schoolgegevens.",
                        "Only the director or the board changes the school record."), error: true)
                return .handled
            }
            return .open(
                PickerScreen(
                    title: s.t("Wat wijzigen?", "Change what?"),
                    items: Field.allCases.map { PickerItem(id: $0.rawValue, label: $0.label(s)) },
                    purpose: .schoolField))
        case .school:
            break
        default: return nil
        }
        return .handled
    }

    /// The choices for a field that has them; nil for a text field.
    static func choices(_ field: Field, _ s: AppState) -> [PickerItem]? {
        switch field {
        case .legal:
            return Sector.allCases.flatMap { sector in
                Denomination.allCases.map { d in
                    PickerItem(
                        id: "\(sector.rawValue)/\(d.rawValue)",
                        label: "\(sector.rawValue) — \(sector.label(s.lang)), \(d.label(s.lang))", detail: sector.act)
                }
            }
        case .region:
            return Region.allCases.map { PickerItem(id: $0.rawValue, label: $0.label(s.lang)) }
        default:
            return nil
        }
    }

    /// The change a chosen value (or typed text) makes.
    static func change(_ field: Field, _ value: String) -> SchoolRecordChange? {
        switch field {
        case .legal:
            let parts = value.split(separator: "/").map(String.init)
            guard parts.count == 2, let sector = Sector(rawValue: parts[0]),
                let d = Denomination(rawValue: parts[1])
            else { return nil }
            return SchoolRecordChange(sector: sector, denomination: d)
        case .region: return Region(rawValue: value).map { SchoolRecordChange(region: $0) }
        case .boardName: return SchoolRecordChange(boardName: value)
        case .boardAddress: return SchoolRecordChange(boardAddress: value)
        case .address: return SchoolRecordChange(address: value)
        }
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard data.state.needsRequest else { return [] }
        return [.fetch(.school, ticket: data.state.begin())]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard request == .school, case let .school(view, legal, editable) = value else { return false }
        guard data.take(SchoolData(view: view, legal: legal, editable: editable), ticket: ticket, version: version)
        else { return false }
        laidOut = nil
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        request == .school && data.state.fail(ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) {
        if isAffected(.school) { data.state.markStale() }
    }

    public mutating func retry(onTick: Bool) { data.state.retry(onTick: onTick) }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            if let d = data.value {
                lines = Self.lines(d, width: s.width, lang: s.lang, today: s.today)
                laidOut = key
            } else {
                lines =
                    data.state.error.map { StyledLine.wrapped($0.text(s.lang), width: s.width - 2, style: .alarm) }
                    ?? Page.loading(s)
            }
        }
        viewport.resize(count: lines.count, rows: Page.rows(s))
    }

    public func draw(_ s: AppState, into c: inout Canvas) { Page.draw(lines, viewport, s, into: &c) }

    static func lines(_ d: SchoolData, width: Int, lang: Lang, today: LocalDate) -> [StyledLine] {
        func t(_ nl: String, _ en: String) -> String { lang == .nl ? nl : en }
        let w = max(20, width - 2)
        let school = d.view.school
        var out: [StyledLine] = []
        var title = StyledLine()
        title.add(school.name, .bold)
        if !school.town.isEmpty { title.add(", \(school.town)") }
        title.add(" · " + school.legalLabel(lang), school.isLegalRecordSet ? .good : .warn)
        out.append(title)
        let none = t("(niet ingesteld)", "(not set)")
        func field(_ label: String, _ values: [String], _ style: Style = .plain) {
            let pad = 18
            for (i, v) in (values.isEmpty ? [none] : values).enumerated() {
                for (j, part) in DisplayWidth.wrap(v, to: max(8, w - pad)).enumerated() {
                    var line = StyledLine()
                    line.add(
                        i == 0 && j == 0 ? DisplayWidth.fit(label, to: pad) : String(repeating: " ", count: pad), .dim)
                    line.add(part, values.isEmpty ? .dim : style)
                    out.append(line)
                }
            }
        }
        field(
            t("Sector", "Sector"), ["\(school.sector.rawValue) — \(school.sector.label(lang)) (\(school.sector.act))"])
        field(
            t("Richting", "Denomination"),
            [
                // The word a command takes, beside its label where they differ ("bijzonder — bijzonder").
                school.denomination.label(lang) == school.denomination.rawValue
                    ? school.denomination.rawValue
                    : "\(school.denomination.rawValue) — \(school.denomination.label(lang))"
            ])
        field(t("Bevoegd gezag", "Board"), school.boardName.isEmpty ? [] : [school.boardName])
        field(t("  postadres", "  postal address"), School.addressLines(school.boardAddress))
        field(t("Adres school", "School address"), School.addressLines(school.address))
        field(t("Vakantieregio", "Holiday region"), school.region.map { [$0.label(lang)] } ?? [])
        field("Protocol", [school.protocolID])
        if let notice = school.assumedNotice {
            out.append(.empty)
            out += StyledLine.wrapped(notice(lang), width: w, indent: 0, style: .warn)
        }

        let year = today.schoolYear
        let from = LocalDate(year: year, month: 8, day: 1)
        let to = LocalDate(year: year + 1, month: 7, day: 31)
        out.append(.empty)
        out.append(StyledLine(t("Schoolkalender \(year)-\(year + 1)", "School calendar \(year)-\(year + 1)"), .accent))
        let closures = d.view.calendar.closures.filter { $0.last >= from && $0.first <= to }
        if closures.isEmpty { out.append(StyledLine(t("  geen vakanties bekend", "  no holidays known"), .dim)) }
        for c in closures {
            var line = StyledLine("  \(c.dates(lang))  ")
            line.add(c.reason, .bold)
            line.add("  " + c.origin(lang), .dim)
            out.append(line)
        }
        if d.view.replacedYears.contains(year) {
            out += StyledLine.wrapped(CalendarView.replacedNote(lang), width: w, indent: 2, style: .dim)
        } else {
            out += StyledLine.wrapped(
                t(
                    "Landelijke adviesdata (Rijksoverheid) tot de school haar eigen rooster importeert: casus calendar import ROOSTER.ics.",
                    "National advisory dates (Rijksoverheid) until the school imports its own calendar: casus calendar import FILE.ics."
                ), width: w, indent: 2, style: .dim)
            for m in d.view.missing { out += StyledLine.wrapped(m(lang), width: w, indent: 2, style: .dim) }
            out += StyledLine.wrapped(PublicHolidays.assumption(lang), width: w, indent: 2, style: .dim)
        }
        if school.region == nil {
            out += StyledLine.wrapped(
                t(
                    "Geen vakantieregio: alleen landelijke vakanties tellen.",
                    "No holiday region: only nationwide holidays count."), width: w, indent: 2, style: .warn)
        }

        out.append(.empty)
        out.append(
            StyledLine(
                t("Wettelijke laag (", "Legal layer (") + "\(school.sector.rawValue)/\(school.denomination.rawValue))",
                .accent))
        for section in d.legal {
            out.append(StyledLine("  " + section.title(lang), .bold))
            for r in section.rules { out += StyledLine.wrapped("- " + r(lang), width: w, indent: 4) }
        }
        return out
    }
}
