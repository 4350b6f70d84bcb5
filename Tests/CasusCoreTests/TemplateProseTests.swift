import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// Prose that holds a value is one line in a template (Config/templates/README.md): casus wraps it
/// at 78 columns. A line with a name, a date or a section that says "je" or "u" in it, followed by
/// pre-wrapped prose, left a ragged line in every letter to the parents ("besloten Sophie te
/// schorsen, met opgave van redenen en voor ten / hoogste één week", "aan de / civiele rechter.",
/// reviews of the letters).
@Suite struct TemplateProseTests {
    /// Not empty, not indented, no section tag on its own, no table row or list item.
    static func running(_ line: String) -> Bool {
        let bare = line.replacingOccurrences(of: #"\{\{[#^/!][^}]*\}\}"#, with: "", options: .regularExpression)
        guard let first = line.first, first != " ", !bare.trimmingCharacters(in: .whitespaces).isEmpty else {
            return false
        }
        if "|•–—·".contains(first) || line.hasPrefix("- ") || line.hasPrefix("* ") || line.contains("  ") {
            return false
        }
        return true
    }

    static func tagOnly(_ line: String) -> Bool {
        !line.isEmpty
            && line.replacingOccurrences(of: #"\{\{[#^/!][^}]*\}\}"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Whether a line ends a sentence, its closing section tags aside.
    static func endsASentence(_ line: String) -> Bool {
        let bare = line.replacingOccurrences(
            of: #"(\{\{[#^/][^}]*\}\})+\s*$"#, with: "", options: .regularExpression)
        return bare.last.map { ".:;!?)]".contains($0) } ?? true
    }

    /// A prose line whose length depends on what is filled in: a value, or a section inside it.
    static func varies(_ line: String) -> Bool {
        guard running(line), line.contains("{{{") || line.range(of: #"\{\{[#^]"#, options: .regularExpression) != nil
        else { return false }
        if line.range(of: #"^\s*\{\{\{[^}]*\}\}\}\s*$"#, options: .regularExpression) != nil { return false }
        // A label's line in the letter's head ("Ons kenmerk: zaak …", "Artikel 3 (…):").
        if line.hasSuffix(":") || line.hasPrefix("Ons kenmerk") || line.hasPrefix("Betreft") { return false }
        return true
    }

    @Test func noLineThatHoldsAValueRunsOnIntoPrewrappedProse() throws {
        let folder = Fixtures.configFolder + "/templates"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        #expect(names.count > 15)
        var ragged: [String] = []
        for name in names.sorted() {
            let lines = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for i in 1..<max(1, lines.count - 1) where Self.varies(lines[i]) {
                // The next line of prose, past section tags on their own lines: a sentence cut where a
                // section begins or ends ("…dan kunt u binnen zes weken" / "na deze mededeling, …")
                // runs on there too unless the line ends one.
                var next = i + 1
                while next < lines.count - 1, Self.tagOnly(lines[next]) { next += 1 }
                guard Self.running(lines[next]), next == i + 1 || !Self.endsASentence(lines[i]) else { continue }
                ragged.append("\(name):\(i + 1): \(lines[i].prefix(60)) / \(lines[next].prefix(30))")
            }
        }
        #expect(ragged.isEmpty, "\(ragged.joined(separator: "\n"))")
    }
}
