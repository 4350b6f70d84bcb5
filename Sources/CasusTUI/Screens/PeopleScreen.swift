import CasusCore

/// Tab 3, Dossiers: people found as you type, by kind and group; Enter opens a dossier.
public struct PeopleScreen: ScreenModel {
    public var list = ListState<Person>()
    public var name = TextField("", limit: 60)
    /// Typing a name: letters go to the name field.
    public var typing = false
    public var kind: PersonKind?
    public var group: String?
    /// More people match than the list scrolls through: the screen asks to type on.
    public private(set) var isCapped = false

    public init() {}

    public var context: KeyContext { typing ? .nameFilter : .dossiers }

    public func footer(_ s: AppState) -> [FooterItem] {
        if typing {
            return [
                FooterItem(.confirm, Phrase("klaar", "done")), FooterItem(.back, Phrase("wissen", "clear")),
                FooterItem([.up, .down], Phrase("kies", "move")),
            ]
        }
        return Words.items([.open, .filterName, .filterKind, .filterGroup, .export, .search, .help, .quit])
    }

    /// A parent has no dossier: said, with how an access request of theirs is answered.
    static func noDossier(of p: Person, _ s: AppState) -> Phrase {
        // The export only to one who may make it (an IB was told a command it is refused, a review).
        let key = s.keymap.keys(for: .export, in: .dossiers).first?.symbol(s.lang) ?? "x"
        let export =
            AccessPolicy.allows(s.session.role, .export)
            ? Phrase(
                " Vraagt de ouder om inzage in de eigen gegevens: \(key) op de regel van de ouder (tab Dossiers).",
                " If the parent asks for access to their own data: \(key) on the parent's line (Dossiers tab).")
            : Phrase(
                " Vraagt de ouder om inzage: dat doet de directie.",
                " If the parent asks for access: the director answers it.")
        return Phrase(
            "Ouders hebben geen eigen dossier: zaken over ouders staan in het leerlingdossier van hun kind.",
            "Parents have no dossier of their own: cases about parents are in their child's dossier.") + export
    }

    /// While typing, letters and editing keys go to the name; each change finds people anew.
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard typing, s.keymap.ownAction(for: key, in: .nameFilter) == nil else { return nil }
        let before = name.value
        guard name.handle(key, &s) else { return nil }
        if name.value != before { list.reset() }
        return .handled
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        if typing {
            switch action {
            case .confirm:
                typing = false
                return .handled
            case .back:
                typing = false
                name = TextField("", limit: 60)
                list.reset()
                return .handled
            case .up, .down, .pageUp, .pageDown:
                typing = false
            default:
                return .handled
            }
        }
        if list.move(for: action) { return .handled }
        switch action {
        case .filterName: typing = true
        case .filterKind:
            let kinds: [PersonKind?] = s.session.role == .ib ? [nil, .pupil, .parent] : [nil, .pupil, .parent, .staff]
            kind = kinds[((kinds.firstIndex(of: kind) ?? 0) + 1) % kinds.count]
            list.reset()
        case .filterGroup:
            let groups: [String?] = [nil] + (1...8).map { String($0) }
            group = groups[((groups.firstIndex(of: group) ?? 0) + 1) % groups.count]
            list.reset()
        case .open:
            guard let p = list.selectedRow else { return .handled }
            guard p.kind == .pupil || p.kind.isPersonnel else {
                s.say(Self.noDossier(of: p, s))
                return .handled
            }
            return .open(DossierScreen(personID: p.id))
        case .export:
            // The person's own data for an access request, a parent's too (AVG art. 15): the screen
            // sent a parent's request to `x` in the child's dossier, which exports the child's whole
            // dossier (a review).
            guard let p = list.selectedRow else { return .handled }
            return .run([.ask(.exportReview(p.id))])
        default:
            return nil
        }
        return .handled
    }

    public mutating func loads(_ s: AppState) -> [Effect] {
        guard let (ticket, offset, limit) = list.request() else { return [] }
        return [
            .fetch(.people(kind: kind, group: group, text: name.value, offset: offset, limit: limit), ticket: ticket)
        ]
    }

    public mutating func take(_ value: Fetched, for request: Fetch, ticket: Int, version: UInt64, _ s: inout AppState)
        -> Bool
    {
        guard case let .people(_, _, _, offset, limit) = request, case let .people(rows, total, capped) = value,
            list.take(
                rows: rows, total: total, offset: offset, limit: limit, ticket: ticket, version: version,
                identity: { AnyHashable($0.id) })
        else { return false }
        isCapped = capped
        return true
    }

    public mutating func fail(_ request: Fetch, ticket: Int, _ error: CasusError) -> Bool {
        guard case .people = request else { return false }
        return list.fail(ticket: ticket, error)
    }

    public mutating func invalidate(_ isAffected: (DataKey) -> Bool) { if isAffected(.people) { list.markStale() } }
    public mutating func retry(onTick: Bool) { list.retry(onTick: onTick) }
    public mutating func layout(_ s: AppState) { list.resize(visible: s.listRows - 1) }

    /// 2000 as "2.000" (Dutch) or "2,000".
    static func grouped(_ n: Int, _ separator: String) -> String {
        let digits = String(n)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(d)
        }
        return out
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        var x = c.put(s.t(" Naam: ", " Name: "), x: 0, y: 2, style: typing ? .accent : .plain)
        name.draw(into: &c, x: x, y: 2, width: 24, focused: typing)
        x += 26
        let kindText = kind.map { $0.label(s.lang) } ?? s.t("iedereen", "everyone")
        let groupText = group.map { s.t("groep ", "group ") + $0 } ?? s.t("alle groepen", "all groups")
        x = c.put("\(kindText) · \(groupText)", x: x, y: 2, style: .dim)
        if isCapped {
            c.put(
                s.t(
                    " · >\(Self.grouped(Directory.peopleCap, ".")): typ verder",
                    " · >\(Self.grouped(Directory.peopleCap, ",")): type on"),
                x: x, y: 2, style: .warn)
        }
        // A board over several schools sees each person's school, as its lists of cases and reports
        // do (two of one name looked alike, a review).
        let schools = s.session.acrossSchools
        let table = Table(
            columns: [
                .init(title: s.t("Naam", "Name"), width: min(40, 28 + max(0, c.width - 80) / 3)),
                .init(title: s.t("Soort", "Kind"), width: 16),
            ] + (schools ? [.init(title: "School", width: 16)] : []) + [
                .init(title: s.t("Groep, functie of adres", "Group, function or address"), width: 0, flexible: true)
            ])
        table.drawHeader(into: &c, y: 3)
        if list.isLoaded && list.total == 0 {
            c.put(s.t("Niemand gevonden.", "Nobody found."), x: 2, y: 5, style: .dim)
            return
        }
        for (i, index) in list.viewport.visible.enumerated() {
            guard let p = list.row(at: index) else {
                c.put("…", x: 1, y: 4 + i, style: .dim)
                continue
            }
            // "klas 3B" at a VO or SO school, as the command line says it ("groep 3B", a review).
            // A parent has no group: where they live tells two parents of one name apart, as the
            // export's review names them (two read alike, and the wrong one's data went out, a review);
            // shown to who writes to them only (an IB has no task that needs a home address, AVG art.
            // 5 lid 1 onder c: a privacy review).
            let extra =
                p.kind == .parent
                ? (AccessPolicy.allows(s.session.role, .correspond)
                    ? [p.address.street, p.address.town].filter { !$0.isEmpty }.joined(separator: ", ") : "")
                : s.session.groupLabel(p)?(s.lang) ?? p.function ?? ""
            let school = schools ? [(School.shortName(s.session.schoolNames[p.schoolID] ?? ""), Style.plain)] : []
            table.drawRow(
                [(p.sortName, .plain), (p.kind.label(s.lang), .dim)] + school + [(extra, .plain)], into: &c,
                y: 4 + i, selected: index == list.selected)
        }
    }
}
