@testable import CasusCore
import Testing

/// A letter says where the behaviour took place as a sentence goes on after "uw gedrag": every
/// letter said "op" before whatever the reporter typed, "uw gedrag op Telefoon" (a legal review).
@Suite struct PlatformPhraseTests {
    @Test func aPlatformAnAppADeviceAndTheReportersOwnWords() {
        #expect(LetterContext.platformPhrase("WhatsApp") == "op WhatsApp")
        #expect(LetterContext.platformPhrase("Telefoon") == "met een telefoon")
        #expect(LetterContext.platformPhrase(" iPad ") == "met een iPad")
        #expect(LetterContext.platformPhrase("E-mail") == "via e-mail")
        #expect(LetterContext.platformPhrase("in de klassenapp") == "in de klassenapp")
        #expect(LetterContext.platformPhrase("Op Instagram") == "Op Instagram")
        #expect(LetterContext.platformPhrase("") == "")
    }

    /// Every template that names the platform after "gedrag" says it so: none says "op" itself.
    @Test func noTemplatePutsItsOwnPrepositionBeforeThePlatform() throws {
        let templates = BuiltinConfig.paths.filter { $0.hasSuffix(".mustache") }
        #expect(templates.count > 10)
        for path in templates {
            #expect(BuiltinConfig.text(path)?.contains("op {{{incident.platform}}}") == false, "\(path)")
        }
    }
}
