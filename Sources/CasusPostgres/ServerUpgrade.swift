import CasusCore
import Foundation

/// `casus server upgrade`: this casus's functions, views, triggers and indexes on a server that was
/// set up with the same tables, in one transaction, by a database superuser. A fix in a function
/// (the server's checks of role and school live there) or a faster one reaches a server that holds
/// a school's data, which `server init` cannot set up again.
///
/// How: the whole schema is installed once more into a schema of its own inside the transaction
/// (tables empty), and the catalog says what differs from the live `casus` schema
/// (`pg_get_functiondef`, `pg_get_indexdef`, `pg_get_triggerdef`, `pg_get_viewdef`, with the
/// schema's name replaced); only what differs is replaced, what this casus no longer has is dropped,
/// and the grants are given again. The tables and types must be the same, column by column: an
/// upgrade never touches data, and a server whose tables differ is refused.
///
/// `casus server check` is the same walk rolled back at its end: what an upgrade would change is
/// what differs from what this casus sets up (a grant someone gave, a trigger switched off, a
/// function replaced by hand), and nothing is changed. It builds no index (an index build on a
/// board's table takes minutes); an index that differs is named all the same.
public enum ServerUpgrade {
    /// Whether the walk is kept (`upgrade`) or only tells what it would change (`check`).
    public enum Purpose: Sendable { case upgrade, check }

    public struct Report: Sendable {
        public var database: String
        /// Functions, indexes, triggers and views replaced, added or dropped, as "kind name".
        public var replaced: [String]
        public var added: [String]
        public var dropped: [String]
        /// The grants were not the ones this casus gives (someone granted more), and now are.
        public var grantsRestored: Bool
        /// Tables, functions and the like whose owner was not the one this casus gives (a server of
        /// a casus before the seventeenth stop: `casus_owner` owned all), and now is.
        public var ownersMoved: Int
        /// casus's roles were not as this casus keeps them (an option, or a membership it does not
        /// give, such as one `casus_owner` could give itself while it could make roles), and now are.
        public var rolesRestored = false
        /// The steps the tables were brought through (`tableSteps`): from which version to which, and what.
        public var tableSteps: [(from: String, to: String, what: Phrase)] = []
        /// casus's accounts as the server holds them beyond what casus gives them, which neither a
        /// check nor an upgrade changes (the administrator does, by hand): a membership of another
        /// role (`pg_read_all_data` let a teacher read every table, and `server check` said all
        /// was well, a review), settings of their own (`ALTER ROLE … SET`), or an attribute such as
        /// BYPASSRLS.
        public var accounts: [Phrase] = []
        public var isUpToDate: Bool {
            replaced.isEmpty && added.isEmpty && dropped.isEmpty && !grantsRestored && ownersMoved == 0
                && !rolesRestored && tableSteps.isEmpty && accounts.isEmpty
        }
    }

    /// The schema the wanted definitions are installed in, inside the transaction only.
    static let shadow = "casus_upgrade"

    /// What brings a server's tables from an earlier schema version to the next, in the upgrade's
    /// transaction, before the functions and indexes are compared: a step adds what the new version's
    /// tables have and fills it from what is there (it changes no record). Only these steps touch
    /// tables; a server whose tables differ otherwise is refused, as before.
    typealias TableStep = (to: String, what: Phrase, sql: String)
    static let tableSteps: [String: TableStep] = [
        "11": (
            "12",
            Phrase("meldingen houden hun woorden bij zich (zoeken)", "reports keep their words beside them (search)"),
            """
            DROP INDEX IF EXISTS casus.incident_search;
            ALTER TABLE casus.incident ADD COLUMN search tsvector;
            UPDATE casus.incident SET search = casus.search_vector(summary);
            ALTER TABLE casus.incident ALTER COLUMN search SET NOT NULL;
            """
        ),
        // The functions only (an IB corrects its care notes): no table changes.
        "12": (
            "13",
            Phrase("een IB corrigeert de eigen zorgnotities", "an IB corrects its own care notes"),
            "SELECT 1;"
        ),
        // The functions only (reports naming a person as victim or witness, for the inzage export).
        "13": (
            "14",
            Phrase(
                "de inzage-export neemt meldingen op waarin iemand slachtoffer of getuige is; een gelezen melding wordt gelogd; een inzageverzoek ook op een gesloten zaak",
                "the inzage export holds reports naming someone as victim or witness; a report read is logged; an inzage request on a closed case too"
            ),
            "SELECT 1;"
        ),
        // The functions only (a teacher's roster leaves out who left).
        "14": (
            "15",
            Phrase(
                "de namenlijst van een leerkracht noemt geen vertrokken leerlingen en collega's meer",
                "a teacher's roster no longer names pupils and colleagues who left"),
            "SELECT 1;"
        ),
        // The functions only (lists and records read against a line in the access log).
        "15": (
            "16",
            Phrase(
                "wie lijsten en gegevens van zaken, meldingen en personen leest, ook met psql, staat in het toegangslog; een directeur nodigt het bestuur uit zolang de school de enige is",
                "whoever reads lists and records of cases, reports and people, with psql too, is in the access log; a director invites the board while the school is the only one"
            ),
            "SELECT 1;"
        ),
        // The functions only (a purge erases the details of who no record names any more).
        "16": (
            "17",
            Phrase(
                "een opschoning wist naam, geboortedatum en adres van wie geen bewaard gegeven meer noemt",
                "a purge erases the name, birth date and address of whoever no record kept names any more"),
            "SELECT 1;"
        ),
        // A person's texts are hashed under a key of their own, which a purge that erases them takes.
        "17": (
            "18",
            Phrase(
                "de keten bewaart de gegevens van een persoon onder een eigen sleutel, die een opschoning wist",
                "the chain keeps a person's details under a key of their own, which a purge erases"),
            """
            ALTER TABLE casus.person ADD COLUMN salt text COLLATE "C" NOT NULL DEFAULT ''
                CHECK (salt ~ '^([0-9a-f]{64})?$');
            """
        ),
        // The functions only (a report whose cases are all closed is said to be settled; another
        // school's admission is recorded, not ticked).
        "18": (
            "19",
            Phrase(
                "een melding waarvan elke zaak gesloten is, heet afgehandeld; een andere school die een verwijderde leerling toelaat, wordt vastgelegd, niet afgevinkt; een IB corrigeert alleen de eigen zorgnotities",
                "a report whose every case is closed is said to be settled; another school admitting a removed pupil is recorded, not ticked; an IB corrects its own care notes only"
            ),
            "SELECT 1;"
        ),
        // The functions only (a consent to dismissal is a fact on its date: its line is allowed).
        "19": (
            "20",
            Phrase(
                "de bedenktermijn bij ontslag met instemming loopt vanaf de datum op de instemming",
                "the term to revoke a consent to dismissal runs from the date the consent bears"),
            "SELECT 1;"
        ),
        // The functions only (the parents' consent to leave out an objection's documents is a fact).
        "20": (
            "21",
            Phrase(
                "de instemming van de ouders met het achterwege laten van de terinzagelegging bij bezwaar wordt vastgelegd",
                "the parents' consent to leave out the inspection of an objection's documents is recorded"),
            "SELECT 1;"
        ),
        // The functions only (a person's own export holds the reports they filed).
        "21": (
            "22",
            Phrase(
                "de inzage van een persoon bevat ook de meldingen die hij of zij deed; wie vertrok zonder enig stuk, wordt na de bewaartermijn ook gewist",
                "a person's own export holds the reports they filed too; who left with no record at all is erased after the retention period too"
            ),
            "SELECT 1;"
        ),
        // The functions only (a revocation moves the case's rung back).
        "22": (
            "23",
            Phrase(
                "een herroepen verwijdering of herroepen instemming met ontslag zet de trede van de zaak terug; een account dat van iemand anders was, gaat niet naar een ander; een melding aan de Inspectie, de gemeente of de AP wordt afgevinkt met het stuk dat haar laat zien; geen zaak over een lid van het bestuur",
                "a removal revoked, or a consent to dismissal revoked, moves the case's rung back; an account that was someone else's does not go to another; a notice to the Inspectie, the municipality or the AP is ticked off with the entry that shows it; no case about a member of the board"
            ),
            "SELECT 1;"
        ),
        // An evidence file's name for each record it is filed with.
        "23": (
            "24",
            Phrase(
                "een bewijsstuk heeft de naam waaronder het bij een stuk of melding is opgeslagen, niet die van een ander die dezelfde inhoud opsloeg; een aangifte of melding van een leerkracht met een bewijsstuk dat elders ook staat, is voor haar weer te lezen",
                "an evidence file has the name it was filed under with an entry or report, not that of another who filed the same contents; a teacher's report with a file also held elsewhere is hers to read again"
            ),
            """
            ALTER TABLE casus.entry_evidence ADD COLUMN IF NOT EXISTS name text COLLATE "C" NOT NULL DEFAULT '';
            ALTER TABLE casus.incident_evidence ADD COLUMN IF NOT EXISTS name text COLLATE "C" NOT NULL DEFAULT '';
            """
        ),
        // The functions only (a summary dismissal's save records the duties it made moot; a dossier's
        // list of cases is a read of that dossier).
        "24": (
            "25",
            Phrase(
                "een ontslag op staande voet laat de brief over de ordemaatregel en het verzoek aan de kantonrechter vervallen; een lijst van de zaken van één dossier staat in het log als lezen van dat dossier",
                "a summary dismissal lets the ordemaatregel's letter and the request to the kantonrechter lapse; a list of one dossier's cases stands in the log as a read of that dossier"
            ),
            "SELECT 1;"
        ),
        // The functions only (a list of cases says how each closed one ended).
        "25": (
            "26",
            Phrase(
                "de lijst van zaken zegt van een gesloten zaak hoe zij afliep (gegrond, ongegrond, vergissing)",
                "the list of cases says how a closed case ended (founded, unfounded, mistake)"
            ),
            "SELECT 1;"
        ),
        // The functions only (a person's home address to whoever writes letters only).
        "26": (
            "27",
            Phrase(
                "het huisadres van een persoon gaat alleen naar wie brieven schrijft (directeur, bestuur), niet naar een IB'er",
                "a person's home address goes only to whoever writes letters (director, board), not to an IB"
            ),
            "SELECT 1;"
        ),
        // A dossier entry is hashed with a salt of its own, kept beside it (EntrySalt).
        "27": (
            "28",
            Phrase(
                "een nieuw stuk krijgt een eigen zout in zijn hash: wie een deel leest, kan het weggelatene niet terugvinden",
                "a new entry gets a salt of its own in its hash: whoever reads part of it cannot find what was left out"
            ),
            """
            ALTER TABLE casus.entry ADD COLUMN salt text COLLATE "C" NOT NULL DEFAULT ''
                CHECK (salt ~ '^([0-9a-f]{32})?$');
            """
        ),
        // The functions only (the server links an IB's entries; an IB's login reads no dossier head).
        "28": (
            "29",
            Phrase(
                "de server koppelt de stukken van een IB'er zelf aan de keten: een IB'er leest de kop van geen dossier",
                "the server links an IB's entries to the chain itself: an IB reads no dossier's head"
            ),
            "SELECT 1;"
        ),
        // The functions only (the server links an IB's and a teacher's events and audit lines).
        "29": (
            "30",
            Phrase(
                "de server koppelt de gebeurtenissen en auditregels van een IB'er en een leerkracht zelf: zij lezen de kop van geen keten",
                "the server links an IB's and a teacher's events and audit lines itself: they read no chain's head"
            ),
            "SELECT 1;"
        ),
        // The functions only (a school's director on a server of several schools reads no chain's
        // hash: the server links its events and audit lines; `sealed_event` for `verify --against`).
        "30": (
            "31",
            Phrase(
                "op een server met meer scholen leest de directeur van één school de hashes van de gebeurtenisketen en het auditlog niet meer: de server koppelt zijn gebeurtenissen en auditregels zelf, en zijn brieven en exports noemen de plaats in de keten zonder hash",
                "on a server of several schools the director of one school no longer reads the hashes of the event chain and the audit log: the server links their events and audit lines itself, and their letters and exports name the place in the chain without its hash"
            ),
            "SELECT 1;"
        ),
        // The functions and an index only (a seal without its event's hash is held to its maker's
        // role when they made it, `linked_then`, read from the few events that say who held which
        // role when: the index is added as every index is, by comparing).
        "31": (
            "32",
            Phrase(
                "een ketenkop zonder hash wordt gehouden aan de rol die de maker had toen het document werd gemaakt, niet aan die van nu",
                "a seal without its hash is held to the role its maker had when the document was made, not to today's"
            ),
            "SELECT 1;"
        ),
        // The functions only (a court's annulment of a dismissal moves the case's rung back).
        "32": (
            "33",
            Phrase(
                "een ontslag dat de rechter vernietigde, telt niet meer: de trede van de zaak gaat terug",
                "a dismissal the court annulled no longer counts: the case's rung goes back"
            ),
            "SELECT 1;"
        ),
        // The functions only (a kantonrechter's refusal of a dissolution moves the case's rung back;
        // a purge erases no one whose leaving is still to come).
        "33": (
            "34",
            Phrase(
                "een ontslag waarvan de kantonrechter de ontbinding afwees, telt niet meer: de trede van de zaak gaat terug; een opschoning wist niemand wiens vertrek nog moet komen",
                "a dismissal whose dissolution the kantonrechter refused no longer counts: the case's rung goes back; a purge erases no one whose leaving is still to come"
            ),
            "SELECT 1;"
        ),
        // The functions only (a read of a dossier the caller may not read is logged as refused; an
        // account without a person that this school ended is this school's to tell).
        "34": (
            "35",
            Phrase(
                "het lezen van een dossier dat de lezer niet mag zien, staat in het leeslog als geweigerd, onder niemand; een account zonder persoon dat deze school beëindigde, heet niet meer van een andere school",
                "a read of a dossier the reader may not see stands in the log of reads as refused, under no one; an account without a person this school ended is no longer said to be another school's"
            ),
            "SELECT 1;"
        ),
        // The functions only (a report about the reader is not in their queue, nor read by them).
        "35": (
            "36",
            Phrase(
                "een melding over de lezer zelf staat niet in diens wachtrij en wordt niet door hem of haar gelezen of gevonden: het bestuur handelt haar af",
                "a report about the reader is not in their queue, nor read or found by them: the board handles it"
            ),
            "SELECT 1;"
        ),
        // The functions only (a line of the log of reads holds only while it names whom the read shows).
        "36": (
            "37",
            Phrase(
                "een leesregel die vooruit is genomen, voor een dossier, zaak, notitie of melding die er nog niet was, geeft dat stuk niet te lezen: het lezen neemt een nieuwe regel, die noemt over wie het gaat",
                "a line of the log of reads taken ahead, for a dossier, case, note or report not there yet, does not read it: the read takes a new line, naming whom it is about"
            ),
            "SELECT 1;"
        ),
    ]

    public static func run(url: String, retention: RetentionPolicy = .standard, purpose: Purpose = .upgrade) throws
        -> Report
    {
        let label = ConnectionString.redacted(url)
        let command = purpose == .check ? "server check" : "server upgrade"
        do {
            let c = try PGConnection(url)
            try ServerSetup.checkSuperuser(c, label: label, command: command, arguments: "")
            guard try c.row("SELECT 1 AS x FROM pg_namespace WHERE nspname = 'casus'") != nil else {
                throw CasusError(
                    .refused,
                    Phrase("\(c.database) is niet ingericht voor casus", "\(c.database) is not set up for casus"),
                    hint: Phrase(
                        "Er is niets veranderd. Richt de database in met `casus server init`.",
                        "Nothing was changed. Set the database up with `casus server init`."))
            }
            let version = try c.row("SELECT value AS v FROM casus.meta WHERE key = 'version'")?.text("v")
            guard let version, version == PGSchema.version || steps(from: version) != nil else {
                throw CasusError(
                    .refused,
                    PGSchema.otherVersion(
                        version, on: label,
                        Phrase(
                            "een upgrade verandert geen tabellen van die versie",
                            "an upgrade changes no tables of that version")),
                    hint: Phrase(
                        "Er is niets veranderd. Gebruik de casus van die versie, of richt een nieuwe database in en zet de gegevens over.",
                        "Nothing was changed. Use the casus of that version, or set up a new database and move the data."
                    ))
            }
            try c.execute("BEGIN")
            // A check waits for no one for long: the owners and grants it sets for the walk lock
            // each table for a moment, and a school at work holds them.
            if purpose == .check { try c.execute("SET LOCAL lock_timeout = '10s'") }
            do {
                var taken: [(from: String, to: String, what: Phrase)] = []
                for (from, step) in steps(from: version) ?? [] {
                    // The records are guarded against every hand; this step changes none of them.
                    try c.execute("SET LOCAL session_replication_role = replica")
                    try c.execute(step.sql)
                    _ = try c.query("UPDATE casus.meta SET value = $1 WHERE key = 'version'", [.text(step.to)])
                    try c.execute("SET LOCAL session_replication_role = origin")
                    taken.append((from, step.to, step.what))
                }
                var report = try upgrade(c, retention: retention, purpose: purpose)
                report.tableSteps = taken
                try c.execute(purpose == .check ? "ROLLBACK" : "COMMIT")
                return report
            } catch {
                try? c.execute("ROLLBACK")
                throw error
            }
        } catch let error as PGError {
            throw PGErrorMapping.map(error, label: label)
        }
    }

    /// The steps from `version` to this casus's (none when it is this casus's), or nil when there is no
    /// way from it (a newer schema, or one older than the steps kept).
    static func steps(from version: String) -> [(from: String, step: TableStep)]? {
        var at = version
        var out: [(from: String, step: TableStep)] = []
        while at != PGSchema.version {
            guard let step = tableSteps[at] else { return nil }
            out.append((at, step))
            at = step.to
        }
        return out
    }

    static func upgrade(_ c: PGConnection, retention: RetentionPolicy, purpose: Purpose = .upgrade) throws -> Report {
        let builds = purpose == .upgrade
        guard try c.row("SELECT 1 AS x FROM pg_namespace WHERE nspname = $1", [.text(shadow)]) == nil else {
            throw CasusError(
                .refused,
                Phrase(
                    "er is al een schema \(shadow) in \(c.database); de upgrade maakt dat zelf aan en ruimt het op, er is niets veranderd",
                    "there already is a schema \(shadow) in \(c.database); the upgrade makes it itself and removes it, nothing was changed"
                ),
                hint: Phrase(
                    "Kijk wat erin staat en verwijder of hernoem het (DROP SCHEMA \(shadow) CASCADE).",
                    "See what it holds, and drop or rename it (DROP SCHEMA \(shadow) CASCADE)."))
        }
        // The owners and grants as they were, before this upgrade makes anything (a function
        // PostgreSQL makes is executable by everyone until the grants are given again: that is
        // not a grant too many).
        let before = try holdings(c)
        let roles = try c.row(ServerSetup.roleState)?.text("state")
        try c.execute(ServerSetup.roles)
        try c.execute(ServerSetup.ownership(schema: "casus"))
        try c.execute("CREATE SCHEMA \(shadow) AUTHORIZATION \(PGSchema.dataOwner)")
        try c.execute("SET LOCAL ROLE \(PGSchema.dataOwner); SET LOCAL search_path = \(shadow), pg_temp")
        try ServerSetup.installParts(c, retention: retention)
        // Every name qualified in what the catalog prints: the two schemas' texts then differ in the
        // schema's name only.
        try c.execute("RESET ROLE; SET LOCAL search_path = pg_catalog, pg_temp")
        guard try columns(c, "casus") == columns(c, shadow) else {
            throw CasusError(
                .refused,
                Phrase(
                    "de tabellen op de server verschillen van die van deze casus; een upgrade verandert geen tabellen, er is niets veranderd",
                    "the server's tables differ from this casus's; an upgrade changes no tables, nothing was changed"),
                hint: Phrase(
                    "Gebruik de casus waarmee de server is ingericht, of richt een nieuwe database in en zet de gegevens over.",
                    "Use the casus the server was set up with, or set up a new database and move the data."))
        }
        let live = try Definitions.read(c, schema: "casus")
        let wanted = try Definitions.read(c, schema: shadow).renamed(from: shadow, to: "casus")
        var report = Report(
            database: c.database, replaced: [], added: [], dropped: [], grantsRestored: false, ownersMoved: 0)
        var rebuilt: Set<String> = []
        // As the superuser: a function is replaced by its owner, and casus's are of three roles.
        // What is made here is given to its owner below (ServerSetup.ownership).
        try c.execute("SET LOCAL search_path = casus, pg_temp")
        // Triggers and indexes that change or go first: they may name a function that goes.
        for key in live.triggers.keys where live.differs(key, from: wanted) {
            try c.execute("DROP TRIGGER \(PGSchema.quoted(key.name)) ON casus.\(PGSchema.quoted(key.table))")
            if wanted.triggers[key] == nil { report.dropped.append("trigger \(key.name)") }
        }
        // An index whose storage parameters alone differ is altered in place: building a board's
        // search index again would hold its table for minutes.
        let altered = Set(
            live.indexes.keys.filter {
                live.indexes[$0] != wanted.indexes[$0] && live.indexShape($0) == wanted.indexShape($0)
            })
        for (name, old) in live.indexes where wanted.indexes[name] != old && !altered.contains(name) {
            try c.execute("DROP INDEX casus.\(PGSchema.quoted(name))")
            if wanted.indexes[name] == nil { report.dropped.append("index \(name)") }
        }
        for name in altered.sorted() {
            try alter(index: name, from: live.indexOptions[name] ?? [], to: wanted.indexOptions[name] ?? [], in: c)
            report.replaced.append("index \(name)")
        }
        // A SQL function's body is checked when it is made, and may call one this casus adds after it
        // in this order (the upgrade from 29 stopped at `head_shown`, which calls `links_own`). Each
        // was checked as made in the shadow schema, with all the others there: not again, as
        // pg_restore does not.
        try c.execute("SET LOCAL check_function_bodies = off")
        for (key, def) in wanted.functions.sorted(by: { $0.key < $1.key }) where live.functions[key] != def {
            try replace(function: key, def, in: c)
            (live.functions[key] == nil ? \Report.added : \Report.replaced).append(to: &report, "function \(key)")
        }
        for key in live.functions.keys.sorted() where wanted.functions[key] == nil {
            try c.execute("DROP FUNCTION casus.\(key)")
            report.dropped.append("function \(key)")
        }
        for name in live.views.keys.sorted() where wanted.views[name] == nil {
            try c.execute("DROP VIEW casus.\(PGSchema.quoted(name))")
            report.dropped.append("view \(name)")
        }
        // An index on an expression of a function that changed holds what the old one computed.
        for key in live.functions.keys.sorted()
        where wanted.functions[key] != nil && wanted.functions[key] != live.functions[key] {
            for index in try c.query(
                """
                SELECT i.relname AS name FROM pg_depend d JOIN pg_class i ON i.oid = d.objid
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_proc'::regclass
                  AND d.refobjid = $1::regprocedure AND i.relkind = 'i'
                """, [.text("casus." + key)]
            ).map({ $0.text("name") ?? "" })
            where wanted.indexes[index] == live.indexes[index] || altered.contains(index) {
                if builds { try c.execute("REINDEX INDEX casus.\(PGSchema.quoted(index))") }
                if !altered.contains(index) { report.replaced.append("index \(index)") }
                rebuilt.insert(index)
            }
        }
        for (name, def) in wanted.views.sorted(by: { $0.key < $1.key }) where live.views[name] != def {
            try c.execute("CREATE OR REPLACE VIEW casus.\(PGSchema.quoted(name)) AS \(def)")
            (live.views[name] == nil ? \Report.added : \Report.replaced).append(to: &report, "view \(name)")
        }
        for (name, def) in wanted.indexes.sorted(by: { $0.key < $1.key })
        where live.indexes[name] != def && !altered.contains(name) {
            if builds { try c.execute(def) }
            (live.indexes[name] == nil ? \Report.added : \Report.replaced).append(to: &report, "index \(name)")
            rebuilt.insert(name)
        }
        // An index made again has no statistics of its expressions until its table is analysed, and
        // the planner guesses meanwhile (a typed name in Dossiers took 10–12 ms instead of 2 on the
        // district server): its tables are analysed now.
        if builds {
            let tables = try c.query(
                """
                SELECT DISTINCT i.indrelid::regclass::text AS t FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE ic.relnamespace = 'casus'::regnamespace AND ic.relname = ANY ($1::text[]) ORDER BY 1
                """, [.text(PGArray.text(rebuilt.sorted()))])
            for table in tables { try c.execute("ANALYZE \(table.string("t"))") }
        }
        for (key, def) in wanted.triggers.sorted(by: { $0.key.name < $1.key.name })
        where live.differs(key, from: wanted) {
            try c.execute(def)
            (live.triggers[key] == nil ? \Report.added : \Report.replaced).append(to: &report, "trigger \(key.name)")
        }
        try c.execute("DROP SCHEMA \(shadow) CASCADE")
        try c.execute(ServerSetup.ownership(schema: "casus"))
        try c.execute(ServerSetup.grants(database: c.database))
        let after = try holdings(c)
        report.ownersMoved =
            before.filter { object, held in after[object].map { $0.owner != held.owner } ?? false }
            .count
        report.rolesRestored = try c.row(ServerSetup.roleState)?.text("state") != roles
        // Taken back: a grant there before and not after (a grant added for a role this casus
        // brings is no grant restored; an object given to another owner lists its grants as given
        // by that owner).
        report.grantsRestored = before.contains { object, held in
            guard let now = after[object], now.owner == held.owner else { return false }
            return !Self.aclItems(held.acl).isSubset(of: Self.aclItems(now.acl))
        }
        report.accounts = try accounts(c)
        return report
    }

    /// What the server gives casus's accounts (the login roles in its four groups) beyond their
    /// group: another role's membership, settings of their own, attributes (`Report.accounts`).
    static func accounts(_ c: PGConnection) throws -> [Phrase] {
        let groups = "ARRAY['casus_director', 'casus_board', 'casus_ib', 'casus_teacher']"
        var out: [Phrase] = []
        for r in try c.query(
            """
            WITH account AS (
                SELECT DISTINCT m.oid, m.rolname FROM pg_auth_members am
                JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                WHERE g.rolname = ANY (\(groups)))
            SELECT a.rolname AS account,
                   coalesce((SELECT string_agg(g.rolname, ', ' ORDER BY g.rolname) FROM pg_auth_members am
                             JOIN pg_roles g ON g.oid = am.roleid
                             WHERE am.member = a.oid AND NOT g.rolname = ANY (\(groups))), '') AS other,
                   coalesce((SELECT string_agg(array_to_string(s.setconfig, ', '), '; ') FROM pg_db_role_setting s
                             WHERE s.setrole = a.oid AND s.setdatabase IN (0, (SELECT oid FROM pg_database
                                                                               WHERE datname = current_database()))),
                            '') AS settings,
                   (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls) AS powers
            FROM account a JOIN pg_roles r ON r.oid = a.oid
            ORDER BY a.rolname
            """)
        {
            let account = r.text("account") ?? ""
            if let other = r.text("other"), !other.isEmpty {
                out.append(
                    Phrase(
                        "account \(account) is ook lid van \(other), buiten casus om (zo'n rol kan tabellen lezen of veranderen); trek het in: REVOKE \(other) FROM \(account)",
                        "account \(account) is also a member of \(other), outside casus (such a role may read or change tables); take it back: REVOKE \(other) FROM \(account)"
                    ))
            }
            if let settings = r.text("settings"), !settings.isEmpty {
                out.append(
                    Phrase(
                        "account \(account) heeft eigen instellingen (\(settings)); zet ze terug: ALTER ROLE \(account) RESET ALL",
                        "account \(account) has settings of its own (\(settings)); reset them: ALTER ROLE \(account) RESET ALL"
                    ))
            }
            if r.bool("powers") == true {
                out.append(
                    Phrase(
                        "account \(account) heeft rechten van een beheerder (superuser, createrole, createdb, replication of bypassrls); neem ze af met ALTER ROLE",
                        "account \(account) has an administrator's powers (superuser, createrole, createdb, replication or bypassrls); take them away with ALTER ROLE"
                    ))
            }
        }
        // Settings for every account of this database (ALTER DATABASE … SET, ALTER ROLE ALL IN
        // DATABASE … SET) reach casus's accounts too.
        if let all = try c.row(
            """
            SELECT string_agg(array_to_string(s.setconfig, ', '), '; ') AS settings FROM pg_db_role_setting s
            WHERE s.setrole = 0 AND s.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
            """)?.text("settings"), !all.isEmpty
        {
            out.append(
                Phrase(
                    "de database heeft instellingen voor iedereen (\(all)); zet ze terug: ALTER DATABASE … RESET ALL",
                    "the database has settings for everyone (\(all)); reset them: ALTER DATABASE … RESET ALL"))
        }
        return out
    }

    /// The items of an ACL as the catalog prints it ("{a=r/b,c=X/b}"), each "grantee=privileges/grantor".
    static func aclItems(_ acl: String) -> Set<String> {
        Set(acl.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).split(separator: ",").map(String.init))
    }

    /// An index's storage parameters set to the wanted ones (those it no longer has reset). A GIN
    /// index written through from now on takes in what it still kept unsorted.
    static func alter(index name: String, from old: [String], to new: [String], in c: PGConnection) throws {
        let index = "casus." + PGSchema.quoted(name)
        func key(_ option: String) -> String { String(option.prefix { $0 != "=" }) }
        let gone = Set(old.map(key)).subtracting(new.map(key)).sorted()
        if !gone.isEmpty { try c.execute("ALTER INDEX \(index) RESET (\(gone.joined(separator: ", ")))") }
        if !new.isEmpty { try c.execute("ALTER INDEX \(index) SET (\(new.joined(separator: ", ")))") }
        if new.contains("fastupdate=off") {
            _ = try c.query("SELECT gin_clean_pending_list($1::regclass) AS n", [.text(index)])
        }
    }

    /// `CREATE OR REPLACE`, or, when the function's result changes shape (PostgreSQL cannot
    /// replace that), dropped and made again; nothing depends on a casus function but its triggers.
    static func replace(function key: String, _ def: String, in c: PGConnection) throws {
        try c.execute("SAVEPOINT replace_function")
        do {
            try c.execute(def)
            try c.execute("RELEASE SAVEPOINT replace_function")
        } catch let PGError.server(e) where e.sqlstate == "42P13" {
            try c.execute("ROLLBACK TO SAVEPOINT replace_function")
            try c.execute("DROP FUNCTION casus.\(key)")
            try c.execute(def)
        }
    }

    /// The tables' and types' columns, in order, with their types and defaults, and every
    /// constraint (keys, references, checks: a CHECK on a role is what keeps `casus_owner` out of
    /// reach): what an upgrade must find the same.
    static func columns(_ c: PGConnection, _ schema: String) throws -> [String] {
        try c.query(
            """
            SELECT cl.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS c
            FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE cl.relnamespace = $1::regnamespace AND cl.relkind IN ('r', 'p', 'c') AND a.attnum > 0
              AND NOT a.attisdropped
            UNION ALL
            SELECT cl.relname || ' constraint ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid
            -- A constraint trigger is a trigger (compared, and replaced, with the others): a new
            -- one made a server of the schema before it look like one whose tables differ.
            WHERE cl.relnamespace = $1::regnamespace AND k.contype <> 't'
            ORDER BY 1
            """, [.text(schema)]
        ).map { ($0.text("c") ?? "").replacingOccurrences(of: schema + ".", with: "") }
    }

    /// Who owns each of casus's objects (the schema, its relations, functions, text search
    /// configurations and types) and what is granted on it, as the catalog holds them, by the
    /// object's id (whatever the search path; an object made again is another).
    struct Holding {
        var owner: String
        var acl: String
    }

    static func holdings(_ c: PGConnection) throws -> [String: Holding] {
        var all: [String: Holding] = [:]
        for r in try c.query(
            """
            SELECT 'schema' AS o, nspowner::regrole::text AS w, coalesce(nspacl::text, '') AS g FROM pg_namespace
              WHERE nspname = 'casus'
            UNION ALL SELECT 'relation ' || oid::text, relowner::regrole::text, coalesce(relacl::text, '') FROM pg_class
              WHERE relnamespace = 'casus'::regnamespace
            UNION ALL SELECT 'function ' || oid::text, proowner::regrole::text, coalesce(proacl::text, '') FROM pg_proc
              WHERE pronamespace = 'casus'::regnamespace
            UNION ALL SELECT 'configuration ' || oid::text, cfgowner::regrole::text, '' FROM pg_ts_config
              WHERE cfgnamespace = 'casus'::regnamespace
            UNION ALL SELECT 'type ' || oid::text, typowner::regrole::text, coalesce(typacl::text, '') FROM pg_type
              WHERE typnamespace = 'casus'::regnamespace
            """)
        {
            all[r.text("o") ?? ""] = Holding(owner: r.text("w") ?? "", acl: r.text("g") ?? "")
        }
        return all
    }

    /// What the catalog prints for a schema's functions (by name and the types of their input
    /// arguments: what names one function to PostgreSQL, whatever it returns), indexes (those
    /// that are no constraint's), triggers and views: the owner's only (not an extension's).
    struct Definitions {
        struct TriggerKey: Hashable {
            var table: String
            var name: String
        }
        var functions: [String: String] = [:]
        var indexes: [String: String] = [:]
        /// Each index's storage parameters (`fastupdate=off`), as the catalog keeps them.
        var indexOptions: [String: [String]] = [:]
        var triggers: [TriggerKey: String] = [:]
        /// Each trigger's `tgenabled`: "O" when it fires.
        var enabled: [TriggerKey: String] = [:]
        var views: [String: String] = [:]

        /// An index's definition without its storage parameters (`WITH (…)`, their values as the
        /// catalog prints them: `fastupdate='on'`, `fastupdate=off`): two indexes that differ only
        /// there are one index with other parameters.
        func indexShape(_ name: String) -> String? {
            guard let def = indexes[name] else { return nil }
            guard !(indexOptions[name] ?? []).isEmpty else { return def }
            return def.replacingOccurrences(of: " WITH \\([^)]*\\)", with: "", options: .regularExpression)
        }

        /// Whether the live trigger is not the wanted one, or does not fire as a new one would.
        func differs(_ key: TriggerKey, from wanted: Definitions) -> Bool {
            triggers[key] != wanted.triggers[key] || enabled[key] != wanted.enabled[key]
        }

        static func read(_ c: PGConnection, schema: String) throws -> Definitions {
            var d = Definitions()
            for r in try c.query(
                """
                SELECT p.proname || '(' || oidvectortypes(p.proargtypes) || ')' AS key,
                       pg_get_functiondef(p.oid) AS def
                FROM pg_proc p
                WHERE p.pronamespace = $1::regnamespace AND p.prokind = 'f' AND p.proowner = ANY (\(PGSchema.ownRoleIDs))
                """, [.text(schema)]
            ) {
                d.functions[r.text("key") ?? ""] = r.text("def") ?? ""
            }
            for r in try c.query(
                """
                SELECT ic.relname AS name, pg_get_indexdef(ic.oid) AS def,
                       coalesce(array_to_string(ic.reloptions, E'\\n'), '') AS options
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE ic.relnamespace = $1::regnamespace AND ic.relowner = ANY (\(PGSchema.ownRoleIDs))
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ic.oid)
                """, [.text(schema)]
            ) {
                d.indexes[r.text("name") ?? ""] = r.text("def") ?? ""
                d.indexOptions[r.text("name") ?? ""] = (r.text("options") ?? "").split(separator: "\n").map(String.init)
            }
            for r in try c.query(
                """
                SELECT t.tgname AS name, tc.relname AS tbl, pg_get_triggerdef(t.oid) AS def, t.tgenabled::text AS enabled
                FROM pg_trigger t JOIN pg_class tc ON tc.oid = t.tgrelid
                WHERE tc.relnamespace = $1::regnamespace AND NOT t.tgisinternal AND tc.relowner = ANY (\(PGSchema.ownRoleIDs))
                """, [.text(schema)]
            ) {
                // A trigger switched off (ALTER TABLE … DISABLE TRIGGER) prints as one switched on.
                let key = TriggerKey(table: r.text("tbl") ?? "", name: r.text("name") ?? "")
                d.triggers[key] = r.text("def") ?? ""
                d.enabled[key] = r.text("enabled") ?? ""
            }
            for r in try c.query(
                """
                SELECT v.relname AS name, pg_get_viewdef(v.oid) AS def FROM pg_class v
                WHERE v.relnamespace = $1::regnamespace AND v.relkind = 'v' AND v.relowner = ANY (\(PGSchema.ownRoleIDs))
                """, [.text(schema)]
            ) {
                d.views[r.text("name") ?? ""] = r.text("def") ?? ""
            }
            return d
        }

        /// The same definitions as they read in another schema.
        func renamed(from old: String, to new: String) -> Definitions {
            func swap(_ s: String) -> String { s.replacingOccurrences(of: old + ".", with: new + ".") }
            var d = Definitions()
            for (k, v) in functions { d.functions[swap(k)] = swap(v) }
            for (k, v) in indexes { d.indexes[k] = swap(v) }
            d.indexOptions = indexOptions
            for (k, v) in triggers { d.triggers[k] = swap(v) }
            d.enabled = enabled
            for (k, v) in views { d.views[k] = swap(v) }
            return d
        }
    }
}

extension WritableKeyPath where Root == ServerUpgrade.Report, Value == [String] {
    fileprivate func append(to report: inout ServerUpgrade.Report, _ line: String) {
        report[keyPath: self].append(line)
    }
}
