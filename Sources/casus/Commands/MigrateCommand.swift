import ArgumentParser
import CasusCore
import CasusPostgres
import CasusStore
import Foundation

/// `casus migrate --to postgresql://…`: the personal database (`--db`) moved to a server that
/// `server init` set up and that holds nothing yet (ServerImport). All or nothing: the personal
/// database is checked first, the server checks every hash as the rows arrive and replays the
/// whole chain before it keeps anything; the personal database is left as it was.
struct MigrateCommand: CasusCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: .nl(
            "Zet de persoonlijke database over naar een lege casus-server (alles of niets, beide kanten gecontroleerd).",
            en: "Moves the personal database to an empty casus server (all or nothing, both sides checked)."),
        discussion: .nl(
            """
            Eerst controleert casus de persoonlijke database zoals `casus verify`. Dan gaan alle rijen, de \
            gebeurtenisketen en het auditlog in één transactie naar de server; de server rekent elke hash en \
            schakel na, en casus controleert binnen die transactie de hele keten tegen wat de server nu heeft. \
            Alleen als alles klopt, wordt het bewaard; anders blijft de server leeg. De persoonlijke database \
            krijgt dan één regel in zijn auditlog (de overstap, met het adres van de server) en neemt niets meer aan. Uit te voeren door de oprichter (server init --director ACCOUNT), die in de \
            database directeur of bestuur is, of door een databasebeheerder. Voorbeeld: casus --db \
            ~/.local/share/casus/casus.sqlite migrate --to 'postgresql:///casus?host=/run/postgresql'
            """,
            en: """
                First casus checks the personal database as `casus verify` does. Then every row, the event \
                chain and the audit log go to the server in one transaction; the server recomputes every hash \
                and link, and casus checks the whole chain against what the server now holds, inside that \
                transaction. Only when all is sound is it kept; otherwise the server stays empty. The personal \
                database then gets one line in its audit log (the move, with the server's address) and takes nothing more. Run by the founder (server init --director ACCOUNT), who is a \
                director or the board in the database, or by a database administrator. Example: casus --db \
                ~/.local/share/casus/casus.sqlite migrate --to 'postgresql:///casus?host=/run/postgresql'
                """))
    @OptionGroup var global: GlobalOptions
    @Option(
        help: .nl(
            "De server: een libpq-verbindings-URI (postgresql://…), ingericht met `casus server init`.",
            en: "The server: a libpq connection URI (postgresql://…), set up with `casus server init`."))
    var to: String

    func validate() throws {
        guard StorageSelection.isServer(to) else {
            throw invalid(
                "--to vraagt een server (postgresql://…); er is niets veranderd",
                "--to needs a server (postgresql://…); nothing was changed")
        }
    }

    func run(_ ctx: Context) throws {
        let path = ctx.databasePath
        let lang = ctx.lang
        guard !StorageSelection.isServer(path) else {
            throw CasusError(
                .usage,
                Phrase(
                    "migrate zet een persoonlijke database over; --db noemt al een server",
                    "migrate moves a personal database; --db already names a server"),
                hint: Phrase(
                    "Er is niets veranderd. Geef met --db het bestand (casus.sqlite) en met --to de server.",
                    "Nothing was changed. Give the file (casus.sqlite) with --db and the server with --to."))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CasusError(
                .notFound,
                Phrase("er is geen database op \(path)", "there is no database at \(path)"),
                hint: Phrase(
                    "Er is niets veranderd. Geef het bestand met --db PAD.",
                    "Nothing was changed. Give the file with --db PATH."))
        }
        let started = Date()
        let profiles = try ctx.profiles()
        let source = try SQLiteStorage(path: path, concurrent: true)
        let serverLabel = ConnectionString.redacted(to)
        // Moved once, it is not moved again: a second server held the same dossiers as the live
        // copy, and the latch named the second alone (a review).
        if let moved = try source.read({ try $0.movedAway() }) {
            throw CasusError(
                .refused,
                Phrase(
                    "deze database is op \(moved.at.dutch()) al overgezet (\(moved.detail)); er is niets veranderd",
                    "this database was already moved on \(moved.at.dutch()) (\(moved.detail)); nothing was changed"),
                hint: Phrase(
                    "Werk op die server. Moet het toch opnieuw, zet dan die server over (pg_dump) of een reservekopie van vóór de overstap (casus restore).",
                    "Work on that server. If it must be done again, copy that server (pg_dump) or move a backup made before the move (casus restore)."
                ))
        }
        let server = try PostgresStorage(url: to)
        let importer = server.account
        // The file's owner holds all of it: checked as the whole board (on the server, ServerImport
        // checks as its administrator inside the move).
        let before = try Integrity.ofWholeStore(source, checkedBy: importer, profiles: profiles).verify(record: false)
        guard before.isSound else {
            for line in VerifyText.lines(before) { Output.line(line(lang)) }
            throw CasusError(
                .refused,
                Phrase(
                    "de persoonlijke database klopt niet (hierboven); er is niets overgezet",
                    "the personal database is not sound (above); nothing was moved"),
                hint: Phrase(
                    "Zoek eerst uit wat er is gebeurd (casus verify); zet een goede reservekopie over (casus restore).",
                    "First find out what happened (casus verify); move a sound backup instead (casus restore)."))
        }
        // Nobody saves in the file from here until it is latched: what was saved during the copy
        // stayed in the file alone while the move said all was there (a review). Taken after the
        // check (whose index checks write), and what it checked is what is copied.
        let lock = try SQLiteStorage.MoveLock(path: path)
        defer { lock.release() }
        guard try source.read({ try $0.eventHead() }) == before.head else {
            throw CasusError(
                .refused,
                Phrase(
                    "tijdens de controle is er in de persoonlijke database opgeslagen; er is niets overgezet",
                    "something was saved in the personal database during the check; nothing was moved"),
                hint: Phrase(
                    "Voer `casus migrate` opnieuw uit, liefst als niemand anders casus gebruikt.",
                    "Run `casus migrate` again, preferably while nobody else uses casus."))
        }
        Output.line(
            Phrase(
                "Persoonlijke database gecontroleerd: \(before.events) gebeurtenissen, \(before.entries) stukken, \(before.auditRecords) auditregels; alles klopt.",
                "Personal database checked: \(before.events) events, \(before.entries) entries, \(before.auditRecords) audit lines; all sound."
            )(lang))

        let users = try source.read { try $0.users() }
        let steps = ServerImport.Steps(
            profiles: profiles,
            importerAllowed: { administrator in
                guard !administrator else { return }
                guard users.contains(where: { $0.account == importer && ($0.role == .director || $0.role == .board) })
                else {
                    throw CasusError(
                        .refused,
                        Phrase(
                            "\(importer) is geen directeur of bestuur in \(path); na de overstap zou \(importer) de server niet kunnen gebruiken",
                            "\(importer) is not a director or the board in \(path); after the move \(importer) could not use the server"
                        ),
                        hint: Phrase(
                            "Er is niets overgezet. Voeg uzelf eerst toe (casus users add \(importer) --role director), of laat een databasebeheerder overzetten.",
                            "Nothing was moved. Add yourself first (casus users add \(importer) --role director), or let a database administrator move it."
                        ))
                }
            },
            progress: { table, moved, total in
                guard moved == total else { return }
                Output.line(Phrase("  \(table): \(total) rijen", "  \(table): \(total) rows")(lang))
            },
            auditDetail: { head in AuditRecord.oneLine("uit \(path); keten tot gebeurtenis \(head.seq)") })
        let report: ServerImport.Report
        do {
            report = try ServerImport.run(from: source, into: server, steps: steps)
        } catch {
            // A move that went over and then could not latch the file (a full disk, a killed
            // process): the server holds this very chain. The file is latched now, said so.
            guard before.head.seq > 0, (try? server.read({ try $0.eventHead() })) == before.head else { throw error }
            try lock.latch(account: importer, server: serverLabel, head: before.head)
            Output.line(
                Phrase(
                    "De server houdt deze database al (zelfde keten, kop \(before.head.seq)); het bestand is nu afgesloten en neemt niets meer aan. Werk voortaan met --db '\(serverLabel)'.",
                    "The server already holds this database (the same chain, head \(before.head.seq)); the file is now latched and takes nothing more. From now on work with --db '\(serverLabel)'."
                )(lang))
            return
        }
        guard report.verify.isSound else {
            for line in VerifyText.lines(report.verify) { Output.line(line(lang)) }
            throw CasusError(
                .refused,
                Phrase(
                    "wat de server ontving klopt niet met de keten (hierboven); er is niets overgezet, de server is leeg gebleven",
                    "what the server received does not fit the chain (above); nothing was moved, the server stayed empty"
                ),
                hint: Phrase(
                    "De persoonlijke database is niet veranderd. Meld dit met de regels hierboven.",
                    "The personal database did not change. Report this with the lines above."))
        }
        // The personal database takes nothing more: what was saved there by habit never reached
        // the server (a review). Its last audit line says where it went. The server has it all
        // whatever happens here: a file left open said "er is niets opgeslagen" (a review).
        do {
            try lock.latch(account: importer, server: serverLabel, head: report.head)
        } catch let error as CasusError {
            throw CasusError(
                error.kind,
                Phrase(
                    "alles is overgezet en staat op de server (kop \(report.head.seq)), maar het bestand kon niet worden afgesloten: \(error.message.nl); sla hier niets meer op",
                    "everything was moved and is on the server (head \(report.head.seq)), but the file could not be latched: \(error.message.en); save nothing more here"
                ),
                hint: Phrase(
                    "Werk voortaan met --db '\(serverLabel)'. Verhelp de oorzaak en voer dezelfde `casus migrate --to` opnieuw uit: casus ziet dat de server deze keten al heeft en sluit het bestand af.",
                    "From now on work with --db '\(serverLabel)'. Fix the cause and run the same `casus migrate --to` again: casus sees the server already holds this chain and latches the file."
                ))
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        Output.line(
            Phrase(
                "Overgezet en op de server gecontroleerd in \(seconds) s: \(report.verify.events) gebeurtenissen, \(report.verify.entries) stukken; kop \(report.head.seq) \(report.head.hash.prefix(16)). Werk voortaan met --db '\(serverLabel)'; de persoonlijke database houdt wat hij had en neemt niets meer aan (de laatste regel van zijn auditlog zegt waarheen).",
                "Moved and checked on the server in \(seconds) s: \(report.verify.events) events, \(report.verify.entries) entries; head \(report.head.seq) \(report.head.hash.prefix(16)). From now on work with --db '\(serverLabel)'; the personal database keeps what it held and takes nothing more (its last audit line says where it went)."
            )(lang))
    }
}
