import CasusCore

/// casus's schema on a PostgreSQL server: tables nobody but the owner may touch, the guards that
/// keep them append-only, and the functions (SECURITY DEFINER) that are the only way in. Written
/// as SQL text here and installed by `casus server init` (ServerSetup), one transaction.
///
/// The parts, in the order they are installed:
/// - `tables`: the event chain, the rows derived from it (as in SQLite, Schema.swift), the audit
///   log and the server's own access log;
/// - `guards`: triggers that refuse UPDATE and DELETE of events, entries, steps, audit and
///   access-log lines, and let derived rows leave only while a purge of their dossier is the
///   chain's head (as SQLite's v8 triggers);
/// - `keptCounts`: the Overzicht's and the lists' counts, kept by triggers as the rows are written;
/// - `hashing`: the canonical bytes of EventCodec, DossierChain and AuditRecord, in SQL;
/// - `caller`: who is calling (session_user → casus account, role, school) and what they reach;
/// - `append`: the write functions: the server checks the caller's role and school, recomputes
///   every hash, and derives the rows;
/// - `reads`, `search`, `walks`, `access`: the read functions, each within the caller's reach;
///   a dossier's contents only after a committed line in the access log;
/// - `importing`: `casus migrate --to`, a personal database moved into an empty server;
/// - `grants`: ownership and EXECUTE for the casus group roles, nothing else.
public enum PGSchema {
    /// The schema's version; `server check` compares it.
    public static let version = "11"

    /// What a casus says of a server whose schema has another version than its own.
    static func otherVersion(_ version: String?, on label: String, _ more: Phrase? = nil) -> Phrase {
        let found = version ?? "?"
        let nl = "het casus-schema op \(label) heeft versie \(found), deze casus kent versie \(PGSchema.version)"
        let en = "the casus schema on \(label) has version \(found), this casus knows version \(PGSchema.version)"
        guard let more else { return Phrase(nl, en) }
        return Phrase(nl + "; " + more.nl, en + "; " + more.en)
    }

    /// A name as SQL reads it whatever it holds (a database's, an index's): in double quotes, each
    /// double quote in it doubled.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The 64 zeros every chain starts from.
    static let genesis = String(repeating: "0", count: 64)

    /// Every statement, in order.
    static var all: [String] {
        [
            tables, guards, keptCounts, hashing, eventShapes, caller, append, projection, authorize, reads, readsCases,
            readsEntries,
        ]
            + [search, walks, access, statistics, importing]
    }

    /// The casus group roles, one per casus role.
    public static let groups = ["director", "board", "ib", "teacher"].map { "casus_" + $0 }
    /// The role that owns everything and that nobody logs in as.
    public static let owner = "casus_owner"
}
