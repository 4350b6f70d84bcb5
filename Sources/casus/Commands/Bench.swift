import ArgumentParser
import CasusCore
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: .nl(
            "Metingen op een demodatabase (nooit op echte dossiers).",
            en: "Measurements on a demo database (never on real dossiers)."),
        subcommands: [BenchRun.self, Append.self])

    /// Benchmarks write fictional entries: only into a database that holds demo schools alone.
    static func demoOnly(_ service: CasusService) throws {
        if let real = try service.directory.schools().first(where: { !$0.isDemo }) {
            throw CasusError.refused(
                "\(real.name) is een echte school; metingen schrijven alleen in een demodatabase",
                "\(real.name) is a real school; benchmarks write to a demo database only",
                hint: Phrase(
                    "Maak er een met `casus demo --no-tui --db PAD`.", "Make one with `casus demo --no-tui --db PATH`.")
            )
        }
    }

    struct Append: CasusCommand {
        static let configuration = CommandConfiguration(
            commandName: "append",
            abstract: .nl(
                "Stukken toevoegen (hash + fsync) en de tijd per stuk meten.",
                en: "Append entries (hash + fsync) and time each one."),
            discussion:
                .nl(
                    "Met --print-saved meldt elke regel 'saved ID DOSSIER SEQ' pas nadat het stuk is vastgelegd: zo kan een test na kill -9 nagaan dat niets verloren ging.",
                    en:
                        "With --print-saved each line 'saved ID DOSSIER SEQ' is printed only after the entry is stored: a test can then check after kill -9 that nothing was lost."
                )
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: .nl("Hoeveel stukken.", en: "How many entries.")) var count: Int = 1000
        @Option(help: .nl("Over hoeveel leerlingdossiers verdeeld.", en: "Spread over how many pupil dossiers."))
        var dossiers: Int = 10
        @Flag(help: .nl("Elk vastgelegd stuk melden.", en: "Report each stored entry.")) var printSaved = false

        /// A count a run can make, and dossiers to spread it over: -1 crashed, and a count near
        /// Int.max corrupted the heap while the write transaction was open (a review).
        static let most = 1_000_000

        func validate() throws {
            guard (1...Self.most).contains(count) else {
                throw invalid(
                    "--count \(count): geef een aantal van 1 tot en met \(Self.most)",
                    "--count \(count): give a number from 1 to \(Self.most)")
            }
            guard (1...10_000).contains(dossiers) else {
                throw invalid(
                    "--dossiers \(dossiers): geef een aantal van 1 tot en met 10000",
                    "--dossiers \(dossiers): give a number from 1 to 10000")
            }
        }

        func run(_ ctx: Context) throws {
            let service = try ctx.service()
            try Bench.demoOnly(service)
            let pupils = try service.directory.people(kinds: [.pupil], limit: max(1, dossiers))
            guard !pupils.isEmpty else {
                throw CasusError.notFound("geen leerlingen in deze database", "no pupils in this database")
            }
            var times: [Double] = []
            times.reserveCapacity(count)
            for i in 0..<count {
                let pupil = pupils[i % pupils.count]
                let start = DispatchTime.now().uptimeNanoseconds
                let e = try service.dossiers.addEntry(
                    person: pupil.id, kind: .note, title: "Meting \(i + 1)",
                    body: "Notitie \(i + 1) van een meting van casus; geen echte inhoud."
                ).value
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                if printSaved {
                    // Straight to the file descriptor: no buffer to lose in a kill.
                    FileHandle.standardOutput.write(Data("saved \(e.id) \(e.dossierID) \(e.seq)\n".utf8))
                }
            }
            times.sort()
            func p(_ q: Double) -> Double {
                times.isEmpty ? 0 : times[min(times.count - 1, Int(Double(times.count) * q))]
            }
            FileHandle.standardError.write(
                Data(String(format: "append: %d entries, p50 %.2f ms, p99 %.2f ms\n", count, p(0.5), p(0.99)).utf8))
        }
    }
}
