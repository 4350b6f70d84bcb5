import Foundation
import Mustache

/// One letter template (Config/templates/<id>.mustache). Its first line is
/// `{{! title: ... }}`, the title the picker shows.
public struct LetterTemplate: Sendable, Identifiable {
    public let id: String
    public let title: String
    let template: MustacheTemplate
    /// The text names an addressee (`addressee.…`): a letter to the parents, the pupil or the
    /// subject, one per addressee. Without one it is one text (the report to the Inspectie, a phone
    /// note), made once: it was made once per parents' address (found by a review).
    public var isAddressed = true
    /// The text has wording for a letter to the pupil (`toPupil`): only such a template is written
    /// to a pupil of age; one written to parents went to an adult as "Beste Isa, … het gedrag van
    /// Isa … zodat u het thuis kunt bespreken" (a review).
    public var writesToPupil = false
    /// What the director still has to fill in: the `[…]` this template writes.
    public var fields = LetterFields(template: "")

    /// The obligations a letter of this kind fulfils when it is added to the dossier.
    public var fulfils: [ObligationKind] {
        switch id {
        case "waarschuwing", "maatregel-ouders": [.informParents]
        case "schorsingsbesluit": [.suspensionDecision]
        case "toegangsverbod": [.accessBanDecision]
        case "time-out": [.timeOutDecision]
        case "verwijderingsbesluit": [.removalDecision]
        case "beslissing-op-bezwaar": [.objectionDecision]
        // Sent, it says where and when the documents lie open (Awb art. 7:4 lid 3).
        case "uitnodiging-hoorzitting-bezwaar": [.objectionDocuments]
        case "melding-inspectie": [.inspectieSuspension, .inspectieRemoval, .inspectieFinalRemoval]
        case "voornemen-maatregel": [.registeredLetter]
        case "besluit-maatregel": [.decisionLetter]
        case "ordemaatregel": [.precautionaryLetter]
        case "datalek-beoordeling": []
        case "ontslag-op-staande-voet": [.urgentReason]
        case "telefoonnotitie-vertrouwensinspecteur": [.vertrouwensinspecteur]
        case "aangifte": [.aangifte]
        default: []
        }
    }

    /// The decisions a letter of this kind makes known: it is written from the case's latest such
    /// step, and refused in a case without one. A "Besluit tot schorsing" was filed in a case with
    /// only a warning, its date and reasons the warning's, and none of a suspension's checks,
    /// obligations or terms made (found by a review). Empty: a letter for any case.
    public var announces: Set<Rung> {
        switch id {
        // The written warning is itself the warning: filed in a case that had not taken it, the
        // ladder did not count it, and the letter threatened "een schriftelijke waarschuwing" as
        // what would follow (a review).
        case "waarschuwing": [.warning]
        case "schorsingsbesluit": [.suspension]
        case "toegangsverbod": [.suspension, .accessBan]
        case "time-out": [.timeOut]
        case "verwijderingsbesluit": [.removal]
        // The removal's, or an openbare school's suspension's (Letters.file holds it to the objection).
        case "beslissing-op-bezwaar": [.removal, .suspension]
        case "ordemaatregel": [.precautionarySuspension]
        case "ontslag-op-staande-voet": [.summaryDismissal]
        // A staff member's disciplinary decision, after the voornemen and the term to respond (a
        // review filed one on the day of the voornemen); the Inspectie is told of a decision. Not a
        // dismissal: by consent or by the court it is no disciplinary measure, and a reprimand's
        // letter written after one announced the dismissal as one (a review).
        case "besluit-maatregel": [.reprimand, .suspension]
        case "melding-inspectie": [.suspension, .removal]
        default: []
        }
    }

    /// A letter that makes a measure, or a voornemen of one, known, but a summary dismissal: none
    /// goes out after a summary dismissal (`Letters.requireCurrent`, `Letters.sent`).
    public var makesKnownAnotherMeasureThanADismissal: Bool {
        !announces.union(proposes).isEmpty && !announces.contains(.summaryDismissal)
    }

    /// The measures a letter speaks of when the case took one, without being refused where it took
    /// none (it then leaves the measure to the director): a letter to the parents about a lighter
    /// measure written after a suspension called the suspension its measure, from the day of the
    /// decision, and said nothing of the objection (a legal review).
    public var speaksOf: Set<Rung> {
        id == "maatregel-ouders" ? [.deviceCustody, .ictBan, .contract] : []
    }

    /// The staff measures whose voornemen a letter makes known (CAO PO: voornemen, zienswijze,
    /// besluit; `LegalLayer.hasProposal`): the registered voornemen was filed in a case with only
    /// an informal warning, "Voorgenomen maatregel: waarschuwing (informeel)" and no day to respond
    /// by (a review). Empty: no voornemen.
    public var proposes: Set<Rung> { id == "voornemen-maatregel" ? [.reprimand, .suspension] : [] }

    /// The step a letter is written from: the latest voornemen or decision it makes known (or speaks
    /// of), else the case's latest step (an ordemaatregel's first day went blank once a later step
    /// was taken).
    public func step(in steps: [Step]) -> Step? {
        // A voornemen still to decide: drafted after its besluit it asked the employee's view on a
        // measure already taken (a review).
        if !proposes.isEmpty {
            return steps.last { p in
                proposes.contains(p.rung) && p.phase == .proposal
                    && !steps.contains { $0.rung == p.rung && $0.phase == .decision && $0.id > p.id }
            }
        }
        if !speaksOf.isEmpty { return steps.last { speaksOf.contains($0.rung) && $0.phase == .decision } }
        guard !announces.isEmpty else { return steps.last }
        return steps.last { announces.contains($0.rung) && $0.phase == .decision }
    }

    /// The kinds of case the letter is written for (a registered letter goes to staff only).
    public var appliesTo: [SubjectKind] {
        switch id {
        case "voornemen-maatregel", "besluit-maatregel", "ordemaatregel", "ontslag-op-staande-voet": [.staff]
        case "toegangsverbod": [.parent]
        case "time-out": [.pupil]
        case "maatregel-ouders", "schorsingsbesluit", "uitnodiging-hoorgesprek", "verwijderingsbesluit",
            "beslissing-op-bezwaar", "uitnodiging-hoorzitting-bezwaar", "melding-inspectie":
            [.pupil, .parent]
        default: SubjectKind.allCases
        }
    }

    /// A letter written on an objection (the invitation to its hearing, the decision on it): drafted
    /// and filed only in a case that has one recorded.
    public var needsObjection: Bool { ["uitnodiging-hoorzitting-bezwaar", "beslissing-op-bezwaar"].contains(id) }

    /// A letter of an employment (a contract, the cao, a salary): for staff in the school's employ,
    /// not an intern or a volunteer (found by a legal review: they were written to an intern).
    public var employeesOnly: Bool {
        ["voornemen-maatregel", "besluit-maatregel", "ordemaatregel", "ontslag-op-staande-voet"].contains(id)
    }

    /// The entry kind the text is filed as.
    public var entryKind: EntryKind {
        switch id {
        case "telefoonnotitie-vertrouwensinspecteur": .phone
        case "aangifte", "datalek-beoordeling": .decision
        default: .letter
        }
    }

    /// The letter, with long paragraphs (a case summary, a quoted article) wrapped at 78 columns.
    public func render(_ context: [String: Any]) -> String {
        LetterText.reflow(template.render(context))
    }
}

/// The letter templates casus knows, by id.
public struct LetterLibrary: Sendable {
    public let templates: [LetterTemplate]

    public init(_ templates: [LetterTemplate]) { self.templates = templates }

    public subscript(id: String) -> LetterTemplate? { templates.first { $0.id == id } }

    /// The template a filed letter was written from, by the title casus gave it when filing
    /// ("Schorsingsbesluit — zaak 2026-0003").
    public func template(ofFiledTitle title: String) -> LetterTemplate? {
        templates.first { title.hasPrefix($0.title + " — zaak ") }
    }

    public func require(_ id: String) throws -> LetterTemplate {
        guard let t = self[id] else {
            throw CasusError(
                .notFound, Phrase("briefsjabloon '\(id)' bestaat niet", "letter template '\(id)' does not exist"),
                hint: Phrase(
                    "Sjablonen: \(templates.map(\.id).joined(separator: ", "))",
                    "Templates: \(templates.map(\.id).joined(separator: ", "))"))
        }
        return t
    }

    public static func parse(id: String, file: String, text: String) throws -> LetterTemplate {
        let firstLine = text.prefix { $0 != "\n" }
        guard firstLine.hasPrefix("{{! title:"), firstLine.hasSuffix("}}") else {
            throw CasusError.invalid(
                "de eerste regel moet {{! title: ... }} zijn", "the first line must be {{! title: ... }}",
                at: "\(file):1")
        }
        let title = firstLine.dropFirst("{{! title:".count).dropLast(2).trimmingCharacters(in: .whitespaces)
        do {
            // The title line is dropped so the letter starts with its own first line.
            let body = String(text.dropFirst(firstLine.count).drop { $0 == "\n" })
            var t = LetterTemplate(id: id, title: title, template: try MustacheTemplate(string: body))
            t.isAddressed = body.contains("addressee.")
            t.writesToPupil = body.contains("toPupil}}")
            t.fields = LetterFields(template: body)
            return t
        } catch {
            throw CasusError.invalid(
                "geen geldig Mustache-sjabloon: \(error)", "not a valid Mustache template: \(error)", at: file)
        }
    }

    public static func load(folder: String) throws -> LetterLibrary {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return LetterLibrary([]) }
        return LetterLibrary(
            try names.filter { $0.hasSuffix(".mustache") }.sorted().map { name in
                let path = (folder as NSString).appendingPathComponent(name)
                guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw CasusError.invalid("niet te lezen als UTF-8", "cannot be read as UTF-8", at: path)
                }
                return try parse(id: String(name.dropLast(".mustache".count)), file: path, text: text)
            })
    }
}

/// Plain-text letter layout.
public enum LetterText {
    public static let width = 78

    /// Every `[…]` of a text with a letter in it, on one line or wrapped over a few ("[apparaat in
    /// bewaring, ICT-verbod, intrekken e-mailadres\n of contract]"): its words on one line, and
    /// the line (1-based) it starts on. Which of them are fields to fill in is the template's
    /// (`LetterFields`).
    public static func brackets(in text: String, maxLines: Int = 3) -> [(inner: String, line: Int)] {
        let chars = Array(text)
        var found: [(inner: String, line: Int)] = []
        var line = 1
        var i = 0
        while i < chars.count {
            if chars[i] == "\n" { line += 1 }
            if chars[i] == "[" {
                var j = i + 1
                var breaks = 0
                while j < chars.count, chars[j] != "]", chars[j] != "[", breaks < maxLines, j - i <= 100 * maxLines {
                    if chars[j] == "\n" { breaks += 1 }
                    j += 1
                }
                if j < chars.count, chars[j] == "]", breaks < maxLines, chars[(i + 1)..<j].contains(where: \.isLetter) {
                    found.append((oneLine(String(chars[(i + 1)..<j])), line))
                    line += breaks
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// Words on one line, single-spaced.
    static func oneLine<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Wraps lines longer than `width` at spaces, keeping their indentation; lines that are
    /// tables or lists (starting with "|", "-", "*") keep their own layout. What does not fit on a
    /// prose line runs on into the paragraph's next prose line, which is wrapped in turn: a line a
    /// word too long left that word alone on a line of its own (found by a review of the letters).
    public static func reflow(_ text: String, width: Int = width) -> String {
        var out: [String] = []
        var carry: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var line = raw
            if let words = carry {
                carry = nil
                if isRunningProse(raw) { line = words + " " + raw } else { out.append(words) }
            }
            guard line.count > width else {
                out.append(line)
                continue
            }
            let pieces = wrap(line, width: width)
            // Only a sentence broken off runs on: a line that ends one (".", ":") keeps its own end,
            // as a director's facts written line by line do (a review saw them joined).
            let ends = line.last.map { ".:;!?".contains($0) } ?? true
            if isRunningProse(line), !ends, pieces.count > 1 {
                out += pieces.dropLast()
                carry = pieces.last
            } else {
                out += pieces
            }
        }
        if let carry { out.append(carry) }
        return out.joined(separator: "\n")
    }

    /// A line of running text: not empty, not indented, no table row or list item (a numbered one
    /// included), so what did not fit on the line before may run on into it.
    static func isRunningProse(_ line: String) -> Bool {
        guard let first = line.first, first != " ", first != "|", !"•–—·[".contains(first) else { return false }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.contains("  ") { return false }
        // "a) …": a lettered list item.
        if line.count > 1, line.first!.isLetter, line.dropFirst().first == ")" { return false }
        let number = line.prefix { $0.isNumber }
        return number.isEmpty || !(line.dropFirst(number.count).first.map { $0 == "." || $0 == ")" } ?? false)
    }

    /// One line wrapped at spaces to `width`, its indentation kept (a list item's continuation
    /// lines hang under its text); a table row is left as it is. A field to fill in, "[…]", that
    /// fits on a line is not broken: the refusal names its line and asks to replace it there, and
    /// a field broken over two lines left "gekoppeld]" behind in the letter (a review).
    static func wrap(_ line: String, width: Int) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        let body = line.dropFirst(indent.count)
        if body.hasPrefix("|") { return [line] }
        let hanging = (body.hasPrefix("- ") || body.hasPrefix("* ")) ? indent + "  " : indent
        var out: [String] = []
        var current = ""
        var words: [Substring] = []
        var field: [Substring] = []
        for word in body.split(separator: " ") {
            if field.isEmpty, !(word.contains("[") && !word.contains("]")) {
                words.append(word)
                continue
            }
            field.append(word)
            guard word.contains("]") || word == body.split(separator: " ").last else { continue }
            let whole = body[field[0].startIndex..<word.endIndex]
            words += hanging.count + whole.count <= width ? [whole] : field
            field = []
        }
        words += field
        for word in words {
            let lead = out.isEmpty ? indent : hanging
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, lead.count + candidate.count > width {
                out.append(lead + current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { out.append((out.isEmpty ? indent : hanging) + current) }
        return out
    }
}
