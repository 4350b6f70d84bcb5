import ArgumentParser
import CasusCore
import CasusTUI

struct StatsCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Tellingen per maand, artikel, platform en trede; open verplichtingen.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Schooljaar, genoemd naar het eerste jaar (2026 = 2026-2027).") var year: Int?
    @Flag(help: "Als JSON.") var json = false

    func run(_ ctx: Context) throws {
        let service = try ctx.service()
        let stats = try service.reports.statistics(schoolYear: year)
        if json { return try Output.json(stats) }
        for line in BarChart.overview(stats, width: 80, lang: ctx.lang, today: service.today, yearHint: false) {
            Output.line(line.plainText)
        }
    }
}
