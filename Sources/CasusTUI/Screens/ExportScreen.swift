import CasusCore

/// `x` on a dossier: the inzage export. Shows every name the export replaces by [leerling] —
/// what, whose, how often, where — and writes the file (private, never over another) only when
/// the director confirms with Enter. Tab switches the format; the file name can be edited.
public struct ExportScreen: ScreenModel {
    public let review: ExportReview
    public private(set) var format: DossierExport.Format
    public var field: TextField
    public private(set) var viewport = Viewport(selectable: false)
    private var lines: [StyledLine] = []
    private var laidOut: LayoutKey?

    public init(review: ExportReview, format: DossierExport.Format = .html, field: TextField? = nil) {
        self.review = review
        self.format = format
        self.field = field ?? TextField(Self.fileName(review.person, format), limit: 1000)
    }

    /// An employee's export, which may hide their colleagues (F3).
    var colleaguesChoice: Bool { review.person.kind.isPersonnel }

    /// "inzage-Sietske-de-Vries.html": where the file goes unless the director types another.
    static func fileName(_ p: Person, _ format: DossierExport.Format) -> String {
        let name = p.name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return "inzage-\(String(name)).\(format.rawValue)"
    }

    public var context: KeyContext { .export }
    public var isDialog: Bool { true }

    public func footer(_ s: AppState) -> [FooterItem] {
        [
            FooterItem(.confirm, Phrase("schrijf het bestand", "write the file")),
            FooterItem(.nextField, Phrase("formaat", "format")),
        ]
            + (colleaguesChoice
                ? [
                    FooterItem(
                        .toggle,
                        review.colleagues == .hidden
                            ? Phrase("collega's noemen", "name colleagues")
                            : Phrase("collega's vervangen", "hide colleagues"))
                ] : []) + [FooterItem(.back, Phrase("annuleer", "cancel"))]
    }

    /// The file name takes typed keys; what it does not take (arrows up and down, pages) scrolls.
    public mutating func input(_ key: Key, _ s: inout AppState) -> Outcome? {
        guard s.keymap.ownAction(for: key, in: .export) == nil, key != .escape else { return nil }
        return field.handle(key, &s) ? .handled : nil
    }

    public mutating func perform(_ action: Action, _ s: inout AppState) -> Outcome? {
        switch action {
        case .up: viewport.move(.up)
        case .down: viewport.move(.down)
        case .pageUp: viewport.move(.pageUp, page: s.pageRows - 1)
        case .pageDown: viewport.move(.pageDown, page: s.pageRows - 1)
        case .back: return .closed
        case .toggle where colleaguesChoice:
            let other: ColleagueNames = review.colleagues == .hidden ? .named : .hidden
            return .run([.ask(.exportReview(review.person.id, other))])
        case .nextField:
            let all = DossierExport.Format.allCases
            let next = all[(all.firstIndex(of: format)! + 1) % all.count]
            // The file name follows the format while it ends in the format's extension.
            let path = field.value
            if path.hasSuffix("." + format.rawValue) {
                field = TextField(String(path.dropLast(format.rawValue.count)) + next.rawValue, limit: field.limit)
            }
            format = next
            laidOut = nil
        case .confirm:
            let path = field.value.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                s.say(Phrase("Geef een bestandsnaam.", "Give a file name."), error: true)
                return .handled
            }
            return .run([.write(.export(review.person.id, format: format, path: path, colleagues: review.colleagues))])
        default: return .handled
        }
        return .handled
    }

    public mutating func layout(_ s: AppState) {
        let key = LayoutKey(s)
        if laidOut != key {
            let p = review.person
            lines = [StyledLine(s.t("Inzage-export", "Access-request export") + " — " + p.name, .bold)]
            // Whose it is, beyond the name: two parents named "Fatima Bouzid" read alike, and one's
            // data was near handed to the other (a review).
            let who =
                ["\(p.id)", p.kind.label(s.lang)] + (p.address.isEmpty ? [] : [p.address.lines.joined(separator: ", ")])
            lines += StyledLine.wrapped(who.joined(separator: " · "), width: s.width - 4, style: .dim)
            lines.append(.empty)
            for (i, phrase) in ExportReview.lines(review, hide: Phrase("F3", "F3")).enumerated() {
                // The review's words name the command line's export; the screen's key is said instead.
                let text = ScreenWords.onScreen(phrase(s.lang), s.lang, keymap: s.keymap)
                lines += StyledLine.wrapped(text, width: s.width - 4, style: i == 0 ? .plain : .warn)
            }
            lines.append(.empty)
            lines += StyledLine.wrapped(
                s.t(
                    "Controleer de lijst. Enter schrijft het bestand (alleen voor u leesbaar, nooit over een bestaand bestand); Esc schrijft niets.",
                    "Check the list. Enter writes the file (readable by you only, never over an existing file); Esc writes nothing."
                ), width: s.width - 4, style: .dim)
            laidOut = key
        }
        viewport.resize(count: lines.count, rows: max(1, Page.rows(s) - 3))
    }

    public func draw(_ s: AppState, into c: inout Canvas) {
        Page.draw(lines, viewport, s, into: &c)
        let y = s.height - 4
        guard y > 1 else { return }
        c.fill(x: 0, y: y - 1, width: c.width, height: 3)
        var x = c.put(s.t("Formaat: ", "Format: "), x: 1, y: y, style: .dim)
        for f in DossierExport.Format.allCases {
            x = c.put(" \(f.rawValue) ", x: x, y: y, style: f == format ? .selected : .plain) + 1
        }
        let fx = c.put(s.t("Bestand: ", "File: "), x: 1, y: y + 1, style: .dim)
        field.draw(into: &c, x: fx, y: y + 1, width: c.width - fx - 1, focused: true)
    }
}
