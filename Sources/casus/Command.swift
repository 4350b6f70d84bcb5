import ArgumentParser
import CasusCore

/// Every casus command that works on a database: the global options, one context, and one
/// place (`Context.run`) that turns a refusal or failure into its message and exit code.
protocol CasusCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func run(_ ctx: Context) throws
}

extension CasusCommand {
    func run() throws {
        let ctx = Context(global: global)
        try ctx.run { try run(ctx) }
    }

    /// A refusal of the options themselves, in the chosen language (ArgumentParser exits 64).
    func invalid(_ nl: String, _ en: String) -> ValidationError {
        ValidationError(global.lang == .nl ? nl : en)
    }

    /// `--year` of a school year: one a typed date may be in (`DateRange`); `--year=-2026` gave
    /// "Schooljaar -2026--2025 · 0 zaken".
    func checkSchoolYear(_ year: Int?) throws {
        guard let year, !DateRange.years.contains(year) else { return }
        let (a, b) = (DateRange.years.lowerBound, DateRange.years.upperBound)
        throw invalid(
            "--year \(year) is geen schooljaar; geef het eerste jaar ervan, \(a) tot en met \(b) (2026 is 2026-2027)",
            "--year \(year) is no school year; give its first year, \(a) to \(b) (2026 is 2026-2027)")
    }
}

/// Dates on the command line: 2026-11-30 or 30-11-2026.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}
