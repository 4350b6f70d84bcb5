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
            for i in 1..<max(1, lines.count - 1) where Self.varies(lines[i]) && Self.running(lines[i + 1]) {
                ragged.append("\(name):\(i + 1): \(lines[i].prefix(60)) / \(lines[i + 1].prefix(30))")
            }
        }
        #expect(ragged.isEmpty, "\(ragged.joined(separator: "\n"))")
    }
}
