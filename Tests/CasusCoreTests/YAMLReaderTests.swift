import CasusCore
import Testing

/// The words of a profile are read natively (startup time, issue 18): trimmed as before, and a
/// wrong one still named with its path and line.
@Suite struct YAMLReaderTests {
    @Test func aListOfWordsIsTrimmedAsItWas() throws {
        let root = try YAMLReader(file: "p.yaml").root(
            "words: [\" filmpje \", \"\\tapp\\n\", \"\\u00A0foto\", groepsapp]\n")
        let words = try root.map().required("words").strings()
        #expect(words == ["filmpje", "app", "foto", "groepsapp"])
    }

    @Test func anEmptyWordIsRefusedWithItsPathAndLine() throws {
        let reader = YAMLReader(file: "p.yaml")
        let root = try reader.root("id: x\nwords:\n  - app\n  - \"  \"\n  - foto\n")
        let error = #expect(throws: CasusError.self) { try root.map().required("words").strings() }
        #expect(error?.message.en.contains("must not be empty (words[1])") == true, "\(String(describing: error))")
        #expect(error?.location == "p.yaml:4")
        let nested = try reader.root("words:\n  - [a, b]\n")
        let wrong = #expect(throws: CasusError.self) { try nested.map().required("words").strings() }
        #expect(wrong?.message.en.contains("expected a text here (words[0])") == true)
    }
}
