import CasusCore
import Foundation

/// The command line's words in a message, as the full screen says them. The service's messages
/// name the command-line option or command that does a thing ("(--justify)", "`casus case done
/// 2026-0010 --obligation SOORT`"); on the screen that is a field or a key, and a director read
/// options that the dialog in front of them does not have (found by a review).
enum ScreenWords {
    static func onScreen(_ text: String, _ lang: Lang, keymap: Keymap = .standard) -> String {
        // A time-out's day is asked in its own field.
        var out = text.replacingOccurrences(of: "is gegeven (--start)", with: "is gegeven (veld Dag van de time-out)")
            .replacingOccurrences(of: "it was given (--start)", with: "it was given (field Day of the time-out)")
        for (option, nl, en) in fields {
            out = out.replacingOccurrences(of: "(\(option))", with: lang == .nl ? "(veld \(nl))" : "(field \(en))")
        }
        // "Leg elke verplichting vast met `casus case done 2026-0010 --obligation SOORT`."
        for (pattern, nl, en) in commands {
            out = out.replacingOccurrences(
                of: pattern, with: lang == .nl ? nl : en, options: .regularExpression)
        }
        return ScreenKeys.named(out, lang, keymap: keymap)
    }

    /// Options a dialog has a field for (the step dialog, the report form, a prompt's Reden): a
    /// refusal said "(--reason)" on the full screen (a review).
    static let fields = [
        ("--reason", "Reden", "Reason"),
        ("--days", "Dagen", "Days"),
        ("--start", "Eerste dag", "First day"),
        ("--summary", "Wat is er gebeurd?", "What happened?"),
        ("--happened-on", "Wanneer", "When"),
        ("--justify", "Onderbouwing", "Justification"),
        ("--respond-days", "Reactietermijn", "Response term"),
        ("--urgency", "Spoed", "Urgency"),
        ("--route", "Route", "Route"),
        ("--facts", "Feiten", "Facts"),
    ]

    /// Commands that are a key on a case, and what the command line alone needs said.
    static let commands = [
        // A refusal's advice with a value: "(--days 4)", "(--start 2027-01-04)" stayed on screen, in
        // ISO where the field asks dd-mm-jjjj (a review).
        (#"\(--days (\d+)\)"#, "(veld Dagen: $1)", "(field Days: $1)"),
        // The range a suspension may take, and a length asked: the field, not the option (a review
        // read "(--days 1 tot en met 5)" under the dialog's Dagen).
        (#"\(--days (\d+) tot en met (\d+)\)"#, "(veld Dagen: $1 tot en met $2)", "(field Days: $1 to $2)"),
        (#"\(--days (\d+) to (\d+)\)"#, "(veld Dagen: $1 tot en met $2)", "(field Days: $1 to $2)"),
        (#"\(--days N\)"#, "(veld Dagen)", "(field Days)"),
        // The close dialog's outcome is chosen in its list, not typed as an option (a review read
        // "Sluit de zaak als gegrond (--outcome founded)" on the screen).
        (#" \(--outcome [a-z-]+\)"#, "", ""),
        // The screen records a fact on today: no day to give (a review read "(--received)").
        (#" \(--received( JJJJ-MM-DD| YYYY-MM-DD)?\)"#, "", ""),
        (#"\(--start (\d{4})-(\d{2})-(\d{2})\)"#, "(veld Eerste dag: $3-$2-$1)", "(field First day: $3-$2-$1)"),
        (#"\(--start [0-9-]+\)"#, "(veld Eerste dag)", "(field First day)"),
        (#", met --on JJJJ-MM-DD\)"#, ")", ")"),
        (#", --on YYYY-MM-DD\)"#, ")", ")"),
        // A letter filed twice on purpose: the screen's way, not the command line's.
        (
            #"sla hem dan op met --again \(op het scherm: Enter nog eens\)"#,
            "druk dan nog eens op Enter", "press Enter once more"
        ),
        (
            #"file it with --again \(on the screen: Enter once more\)"#,
            "press Enter once more", "press Enter once more"
        ),
        // The day a letter went out is the sending dialog's field.
        (#"geef dan die dag \(--on\)"#, "geef dan die dag (veld Verzonden op)", "give that day (field Sent on)"),
        (#"give that day \(--on\)"#, "give that day (field Sent on)", "give that day (field Sent on)"),
        // A letter written elsewhere is the command line's (--body-file).
        (#", of buiten casus \(--body-file\),"#, ",", ","),
        (#", or outside casus \(--body-file\),"#, ",", ","),
        (
            #"Leg elke verplichting vast met `casus case done [^`]*`\."#,
            "Vink elke verplichting af met o.", "Tick each obligation with o."
        ),
        (
            #"Record each obligation with `casus case done [^`]*`\."#,
            "Tick each obligation with o.", "Tick each obligation with o."
        ),
    ]
}
