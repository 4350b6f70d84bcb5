import CasusCore
import CasusTestSupport
import Foundation
import Testing

/// docs/EVENTS.md is the reference a second backend is written from: every kind is in it.
@Suite struct EventDocumentTests {
    @Test func everyEventKindIsDocumented() throws {
        let doc = try String(contentsOfFile: Fixtures.root + "/docs/EVENTS.md", encoding: .utf8)
        for kind in EventKind.allCases {
            #expect(doc.contains("`\(kind.rawValue)`"), "docs/EVENTS.md does not describe \(kind.rawValue)")
        }
        #expect(doc.contains(EventCodec.version))
    }
}
