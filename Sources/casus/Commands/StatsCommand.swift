import ArgumentParser
import CasusCore
import CasusTUI

struct StatsCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: .nl(
            "Tellingen per maand, artikel, platform en trede; open verplichtingen.",
            en: "Counts per month, article, platform and rung; open obligations."))
    @OptionGroup var global: GlobalOptions
    @Option(
        help: .nl(
            "Schooljaar, genoemd naar het eerste jaar (2026 = 2026-2027).",
            en: "School year, named after its first year (2026 = 2026-2027).")) var year: Int?
    @Flag(help: .nl("Als JSON.", en: "As JSON.")) var json = false

    func validate() throws { try checkSchoolYear(year) }

    func run(_ ctx: Context) throws {
        let service = try ctx.service()
        let stats = try service.reports.statistics(schoolYear: year)
        if json { return try Output.json(stats.labelled(ctx.lang)) }
        for line in BarChart.overview(stats, width: 80, lang: ctx.lang, today: service.today, yearHint: false) {
            Output.line(line.plainText)
        }
    }
}
