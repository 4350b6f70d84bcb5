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
/// - `grants`: ownership (ServerSetup.ownership) and EXECUTE for the casus group roles, nothing else.
public enum PGSchema {
    /// The schema's version; `server check` compares it.
    /// The counter (`SequenceName.id`) of the record each kind of event makes, as the arms of an
    /// SQL CASE over `p_kind`: the record's id must be one the counter gave out.
    static var recordCounters: String {
        let kinds: [(EventKind, RecordKind)] = [
            (.schoolCreated, .school), (.personAdded, .person), (.incidentReported, .incident), (.caseOpened, .case),
            (.stepTaken, .step), (.obligationCreated, .obligation), (.entryAppended, .entry),
            (.closureAdded, .schoolClosure), (.factRecorded, .caseFact),
        ]
        return kinds.map { "WHEN '\($0.0.rawValue)' THEN '\($0.1.rawValue)'" }.joined(separator: " ")
    }

    public static let version = "37"

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

    /// The most lines one `read_lines` call writes (a search's people go in calls of this many).
    static let readLinesPerCall = 500

    /// The notices given in writing (`ObligationKind.isWrittenNotice`), quoted, for an SQL IN list.
    static let writtenNotices = ObligationKind.allCases.filter(\.isWrittenNotice).map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    /// The actions of a read's audit line (`AuditRecord.readActions`) as an SQL array.
    static let readActions = "ARRAY['" + AuditRecord.readActions.joined(separator: "', '") + "']"

    /// The roles that may make each read (`AuditRecord.readNeeds`), as an SQL expression of the
    /// read's action `p_action`: every role for the reads it does not name. Written into `read_lines`
    /// (a function of its own was planned at every call, PostgresPlanningTests).
    static var readRoles: String {
        let all = Role.allCases.map(\.rawValue)
        let cases = AuditRecord.readNeeds.sorted { $0.key < $1.key }.map { action, need in
            let roles = Role.allCases.filter { AccessPolicy.allows($0, need) }.map(\.rawValue)
            return "WHEN '\(action)' THEN \(sqlArray(roles))"
        }
        return "CASE p_action \(cases.joined(separator: " ")) ELSE \(sqlArray(all)) END"
    }

    /// Whether a line of a write that may change nothing is as casus writes it
    /// (`AuditRecord.writtenShapes`), as an SQL expression of `p_action`, `p_person`, `p_case`
    /// and `p_detail`; true for every other action.
    static var writtenShapes: String {
        let cases = AuditRecord.writtenShapes.sorted { $0.key < $1.key }.map { action, shape in
            let person =
                switch shape.namesPerson {
                case true?: "p_case IS NULL AND p_person IS NOT NULL AND "
                case false?: "p_case IS NULL AND p_person IS NULL AND "
                case nil: ""
                }
            return "WHEN '\(action)' THEN \(person)coalesce(p_detail, '') ~ '\(shape.detail)'"
        }
        return "CASE p_action \(cases.joined(separator: " ")) ELSE true END"
    }

    static func sqlArray(_ values: [String]) -> String { "ARRAY['" + values.joined(separator: "', '") + "']::text[]" }

    /// The most events a race's loser reads for who won (`conflict`): beyond it the loser runs
    /// again without the name.
    static let raceLength = 2_000

    /// The facts a step records under its own line, as an SQL array.
    static let stepFacts = "ARRAY['" + AuditTrail.stepFacts.sorted().joined(separator: "', '") + "']"

    /// AuditTrail's table as an SQL array of "action kind" pairs.
    static let auditTrail =
        "ARRAY['"
        + AuditTrail.events.sorted { $0.key < $1.key }.flatMap { action, kinds in
            kinds.map { "\(action) \($0.rawValue)" }.sorted()
        }.joined(separator: "', '") + "']"

    /// Every statement, in order, with the retention years the server keeps dossiers for.
    static func parts(retention: RetentionPolicy) -> [String] { all + [retentionYears(retention)] }

    /// The retention years (Config/retention.yaml as `casus server init` or `server upgrade` read
    /// it, run by the server's administrator): written into the server's own function, which no
    /// casus role can change, so a purge waits for them whoever asks (`authorize`).
    static func retentionYears(_ policy: RetentionPolicy) -> String {
        """
        CREATE FUNCTION retention_years(p_kind text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN p_kind = 'pupil' THEN \(max(0, policy.pupilYears)) ELSE \(max(0, policy.staffYears)) END
        $$;
        """
    }

    /// Every statement but the retention years, in order.
    static var all: [String] {
        [
            tables, guards, keptCounts, hashing, eventShapes, caller, append, projection, authorize, reads, readsCases,
            readsEntries,
        ]
            + [search, walks, access, statistics, importing, watch]
    }

    /// The casus group roles, one per casus role.
    public static let groups = ["director", "board", "ib", "teacher"].map { "casus_" + $0 }
    /// The role casus's entry points (the SECURITY DEFINER functions) belong to and run as; nobody
    /// logs in as it. It may read and write the tables' rows (the guards still refuse what they
    /// refuse) and nothing more: it owns no table, trigger or helper function, may not create in the
    /// schema, and makes no roles, so code running as it cannot switch a guard off, replace one, or
    /// give itself more.
    public static let owner = "casus_owner"
    /// The role the read-only entry points (STABLE: PostgreSQL lets them write nothing) belong to
    /// and run as: it may read the tables and run the helpers, and write nothing, so even code
    /// made to run in a read (the lists', the search's SQL is built at the call) changes nothing.
    public static let reader = "casus_reader"
    /// The role that owns the schema, the tables with their guards and indexes, and every function
    /// that is no entry point; nobody logs in as it and only `analyze_tables` runs as it.
    public static let dataOwner = "casus_data"
    /// The role that makes an account's login role (CREATEROLE): `ensure_login` is its one function.
    public static let roleMaker = "casus_roles"
    /// casus's own roles, and whether each may make roles (`server init` and `server upgrade` keep
    /// them so; `verify` names one that may and should not).
    /// The role that sees other sessions and ends one that holds casus's chains idle
    /// (`stalled_writers`, PGSchema.watch): a member of `watcherGroups`, the only memberships of
    /// casus's own roles.
    public static let watcher = "casus_watch"
    static let watcherGroups = ["pg_signal_backend", "pg_read_all_stats"]
    static let ownRoles = [(owner, false), (reader, false), (dataOwner, false), (roleMaker, true), (watcher, false)]
    /// Names as an SQL list: casus's own roles ('casus_owner', …), and the groups.
    static var ownRoleNames: String { sqlList(ownRoles.map(\.0)) }
    static var groupNames: String { sqlList(groups) }
    static func sqlList(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
    /// casus's own roles as an SQL array of role ids (the roles must exist).
    static var ownRoleIDs: String {
        "ARRAY[" + ownRoles.map { "'\($0.0)'::regrole" }.joined(separator: ", ") + "]::oid[]"
    }
    /// The SECURITY DEFINER functions that run as a role other than `owner`, and are nobody's entry point.
    static let functionOwners = [
        "ensure_login(text, text)": roleMaker, "analyze_tables()": dataOwner, "stalled_writers(integer)": watcher,
    ]

    /// The memberships of casus's roles casus gives (`pg_auth_members m`): `casus_watch`'s.
    static var givenMemberships: String {
        "(m.member::regrole::text = '\(watcher)' AND m.roleid::regrole::text IN (\(sqlList(watcherGroups))))"
    }
}
