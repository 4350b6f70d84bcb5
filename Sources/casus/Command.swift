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
}

/// Dates on the command line: 2026-11-30 or 30-11-2026.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}
