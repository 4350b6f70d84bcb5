/// A store's rows as they stand, table by table, for moving a personal database to a server
/// (`casus migrate --to`). Not a replay: an event holds only the SHA-256 of its texts, and the
/// texts a later event replaced are no longer anywhere, so the rows travel with the chains and
/// the receiving side checks both (PGSchema+Import, then `verify` before it commits).
public enum StoreCopy {
    /// One stored value, as SQLite holds it.
    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case bytes([UInt8])
    }

    /// A table: its name on the server and in the personal database, its columns (the same in
    /// both) and the columns its rows travel in the order of.
    public struct Table: Sendable, Hashable {
        public let name: String
        public let source: String
        public let columns: [String]
        public let order: [String]

        init(_ name: String, source: String? = nil, _ columns: [String], order: [String]? = nil) {
            self.name = name
            self.source = source ?? name
            self.columns = columns
            self.order = order ?? [columns[0]]
        }
    }

    public static let events = Table(
        "event",
        ["seq", "at", "account", "real_account", "kind", "dossier_id", "audit_seq", "payload", "prev_hash", "hash"])
    public static let audit = Table(
        "audit",
        ["id", "at", "account", "real_account", "action", "person_id", "case_id", "detail", "prev_hash", "hash"])

    /// The rows the events derive (DerivedTable, with every column rather than verify's form),
    /// the evidence files, the tombstones of purges and the id counters.
    public static let rows: [Table] = {
        var tables: [Table] = DerivedTable.allCases.compactMap { table in
            switch table {
            case .entry, .tombstone: return nil
            case .user: return Table("app_user", source: "user", table.columns)
            default:
                // The key a person's texts are hashed under travels with them (PersonKey), and an
                // evidence file's name as it was filed with its entry or report (outside the chain).
                let named = table == .entryEvidence || table == .incidentEvidence ? ["name"] : []
                return Table(
                    table.rawValue, table.columns + (table.digestKey.map { [$0] } ?? []) + named,
                    order: Array(table.columns.prefix(table.keyLength)))
            }
        }
        tables.append(
            Table(
                "entry",
                [
                    "id", "dossier_id", "seq", "kind", "title", "body", "author", "author_name", "at", "case_id",
                    "corrects", "heard", "evidence", "prev_hash", "hash", "salt",
                ]))
        tables.append(Table("evidence", ["sha256", "name", "size", "data"]))
        // In the order of the purges: the server numbers them again, in that order.
        tables.append(Table("tombstone", DerivedTable.tombstone.columns, order: ["id"]))
        tables.append(Table("sequence", ["name", "last"]))
        return tables
    }()
}

/// Reads a store's rows a batch at a time, in one consistent snapshot.
public protocol StoreCopyReader {
    func forEachBatch(_ table: StoreCopy.Table, size: Int, _ body: ([[StoreCopy.Value]]) throws -> Void) throws
    /// How many rows `table` holds (for the progress shown while moving).
    func count(_ table: StoreCopy.Table) throws -> Int
}

/// A store whose rows can be copied out (the personal database).
public protocol StoreCopySource {
    /// Runs `body` on one snapshot of the whole store.
    func copy<T>(_ body: (any StoreCopyReader) throws -> T) throws -> T
}
