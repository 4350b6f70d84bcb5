import CasusCore

/// `b` on a report or an entry: its evidence written out as files (`Write.saveEvidence`).
enum EvidenceKey {
    /// The files of a report or an entry written out (`b`), or a word that there are none.
    static func save(_ source: EvidenceSource?, _ s: inout AppState) -> Outcome {
        guard let source else {
            s.say(Phrase("Hier is geen bewijs bij opgeslagen.", "No evidence was stored with this."))
            return .handled
        }
        return .run([.write(.saveEvidence(source))])
    }
}
