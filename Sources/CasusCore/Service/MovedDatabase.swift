/// A personal database moved to a server (`casus migrate`): the move is a line in its audit log
/// and a latch in the file (`StorageReader.movedAway`), and nothing more is opened in it but to
/// check or copy it. It stayed open to every write after the move, and
/// what a director saved there by habit (a full screen opened without `--db`) was never on the
/// server, with no word (a review). The line is in the audit chain: `verify` checks it as any.
public enum MovedDatabase {
    public static let action = "database.moved"

    /// What a write in a moved database is told.
    public static func refusal(_ line: AuditRecord) -> CasusError {
        CasusError(
            .refused,
            Phrase(
                "deze database is op \(line.at.dutch()) overgezet naar een server (\(line.detail)); hier wordt niets meer opgeslagen, er is niets veranderd",
                "this database was moved to a server on \(line.at.dutch()) (\(line.detail)); nothing more is saved here, nothing was changed"
            ),
            hint: Phrase(
                "Werk verder op de server: casus --db 'postgresql://…' (of zet CASUS_DB). Alles van hier staat daar; `casus verify` en `casus backup` werken hier nog.",
                "Go on working on the server: casus --db 'postgresql://…' (or set CASUS_DB). Everything from here is there; `casus verify` and `casus backup` still work here."
            ))
    }

    /// The move's line, as the account that moved it (a database administrator need not be an
    /// account in the file, so not through a session): the server's address without its password,
    /// and the chain's head that went over. The store writes it with its latch (SQLiteStorage.MoveLock).
    public static func line(
        account: String, server: String, head: ChainHead, at now: Timestamp, after last: ChainHead
    ) -> AuditRecord {
        AuditRecord(
            at: now, account: account, realAccount: nil, action: action, personID: nil, caseID: nil,
            detail: AuditRecord.oneLine("naar \(server); keten tot gebeurtenis \(head.seq)")
        ).linked(after: last)
    }
}
