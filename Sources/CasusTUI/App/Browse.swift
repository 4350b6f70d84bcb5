import CasusCore

/// The Dossiers and Overzicht tabs: finding a person as you type, opening their dossier, notes.
enum Browse {
    static func typeName(_ key: Key, _ s: inout AppState) {
        switch key {
        case .enter:
            s.peopleFilter.typing = false
        case .escape:
            s.peopleFilter.typing = false
            s.peopleFilter.name = TextField("", limit: 60)
            refresh(&s)
        case .up, .down, .pageUp, .pageDown:
            s.peopleFilter.typing = false
            App.move(key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown, &s)
        default:
            let before = s.peopleFilter.name.value
            _ = s.peopleFilter.name.handle(key)
            if s.peopleFilter.name.value != before { refresh(&s) }
        }
    }

    static func refresh(_ s: inout AppState) {
        s.people.invalidate()
        s.people.moveTo(0, visible: s.listRows - 1)
    }

    static func perform(_ action: Action, _ s: inout AppState) {
        switch action {
        case .filterName where s.tab == .dossiers:
            s.peopleFilter.typing = true
        case .filterKind:
            let kinds: [PersonKind?] = s.session.role == .ib ? [nil, .pupil, .parent] : [nil, .pupil, .parent, .staff]
            let i = kinds.firstIndex(of: s.peopleFilter.kind) ?? 0
            s.peopleFilter.kind = kinds[(i + 1) % kinds.count]
            refresh(&s)
        case .filterGroup where s.tab == .dossiers:
            let groups: [String?] = [nil] + (1...8).map { String($0) }
            let i = groups.firstIndex(of: s.peopleFilter.group) ?? 0
            s.peopleFilter.group = groups[(i + 1) % groups.count]
            refresh(&s)
        case .yearPrevious where s.tab == .overview:
            s.statsYear -= 1
            s.overviewScroll = 0
        case .yearNext where s.tab == .overview:
            s.statsYear += 1
            s.overviewScroll = 0
        default:
            break
        }
    }

    static func openPerson(_ s: inout AppState) -> [Effect] {
        guard let p = s.people.selectedRow else { return [] }
        guard p.kind == .pupil || p.kind.isPersonnel else {
            s.status = StatusLine(text: s.t("Ouders hebben geen eigen dossier: zaken over ouders staan in het leerlingdossier van hun kind.",
                                            "Parents have no dossier of their own: cases about parents are in their child's dossier."),
                                  isError: false)
            return []
        }
        s.stack.append(.dossier(DossierScreenState(personID: p.id)))
        return [.loadDossier(p.id)]
    }

    /// `n` in a dossier: a care note for an IB, a note for the director.
    static func dossierNote(_ s: inout AppState) -> [Effect] {
        guard case let .dossier(d)? = s.stack.last, let view = d.view else { return [] }
        let kind: EntryKind = s.session.role == .ib ? .care : .note
        if kind == .care, view.person.kind != .pupil { return [] }
        return Dialogs.startEditing("", .dossierNote(d.personID, kind), &s)
    }
}
