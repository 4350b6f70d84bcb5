import CasusCore

/// What came back from `$VISUAL`/`$EDITOR`. A text written in it was thrown away for good when the
/// editor ended with an error (vim after an error, a script's `exit 1`), with only "De editor gaf
/// een fout" said; an editor that does not exist was not named (a review).
public enum EditorOutcome: Sendable, Equatable {
    case edited(String)
    /// The editor ended with `status` (127: not found, 126: not runnable). `written`: the text it
    /// left in the file when that is not the text it was given; kept, not saved.
    case failed(status: Int32, written: String?)
    /// casus could not make its private file for the editor.
    case noFile

    /// What the director is told; `editor` is the command as set in VISUAL or EDITOR.
    public func said(editor: String) -> Phrase {
        let name = TerminalText.neutralised(editor, keepLayout: false)
        switch self {
        case .edited: return Phrase("", "")
        case .noFile:
            return Phrase(
                "casus kon geen eigen bestand voor de editor maken; er is niets opgeslagen",
                "casus could not make a private file for the editor; nothing was saved")
        case let .failed(status, _) where status == 126 || status == 127:
            return Phrase(
                "de editor ‘\(name)’ is niet gevonden of kan niet starten (status \(status)); er is niets opgeslagen. Zet VISUAL of EDITOR op een editor die er is, of haal ze weg voor de ingebouwde editor",
                "the editor ‘\(name)’ was not found or cannot start (status \(status)); nothing was saved. Set VISUAL or EDITOR to an editor that exists, or unset them for the built-in editor"
            )
        case let .failed(status, written):
            let how =
                status == 0
                ? Phrase("liet geen bestand achter", "left no file behind")
                : status < 0
                    ? Phrase("werd onderbroken", "was interrupted")
                    : Phrase("stopte met status \(status)", "ended with status \(status)")
            return written == nil
                ? Phrase(
                    "de editor ‘\(name)’ \(how.nl) en liet de tekst zoals hij was; er is niets opgeslagen",
                    "the editor ‘\(name)’ \(how.en) and left the text as it was; nothing was saved")
                : Phrase(
                    "de editor ‘\(name)’ \(how.nl); wat u schreef is bewaard, maar nog niet opgeslagen",
                    "the editor ‘\(name)’ \(how.en); what you wrote is kept, but not saved yet")
        }
    }
}
