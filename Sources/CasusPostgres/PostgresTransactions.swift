import CasusCore
import Foundation

/// Writes on the server are optimistic. A transaction notes the chains' heads when it begins and
/// links its events and audit lines after them; the server refuses (CA001) an event or line that
/// no longer follows the head, because another session saved first. Then:
/// - when none of the events saved meanwhile touched anything this transaction read (its read
///   set: the case, the report, the person, the lists it looked at), its decisions would be the
///   same on the new state, and it is run again, on the new state, without the user noticing;
/// - otherwise it is refused with a clear message: someone else changed this at the same
///   moment; nothing of the user's was saved, and the screen shows the new state.
/// Two directors stepping the same case at once: one wins, the other is told. Twenty people
/// filing reports and notes at once: everything is saved, nobody sees an error (a retry takes
/// the chains' lock before it reads: retrying optimistically, 20 sessions ran out of 25 tries).
enum PostgresTransactions {
    static let attempts = 25

    static func write<T>(_ storage: PostgresStorage, _ body: (any StorageWriter) throws -> T) throws -> T {
        let main = storage.main
        var attempt = 0
        var reconnected = 0
        while true {
            attempt += 1
            let access = PGAccess(storage: storage, mode: .write)
            var started = false
            // The body's value once it ran: from then on a lost connection may have taken the COMMIT.
            var done: T?
            do {
                try main.execute("BEGIN")
                started = true
                try storage.settleUncertainWrite()
                // The first try reads the heads before any lock. Drawing an id takes the writers' lock,
                // and a note, a step, a case opened, a report and a letter draw theirs with their first
                // reads, so their reads are current; heads read just before that lock may not be, and
                // such a save is refused as a race and judged by its read set (below). A retry takes the
                // chains' lock before it reads, so under any load it saves on its second try.
                try access.begin(locking: attempt > 1)
                let result = try body(access)
                done = result
                try storage.commit()
                return result
            } catch let error as PGError where error.isConnectionLoss && reconnected < 2 {
                // The server ended the transaction with its connection (ConnectionLoss). Before the
                // COMMIT nothing was kept; after it, the chain tells. Not kept: it runs again.
                reconnected += 1
                attempt -= 1
                if done != nil { storage.uncertainWrite = (access.started, access.sent) }
                try storage.reconnectAfterLoss(committing: done != nil)
                storage.uncertainWrite = nil
                if let done, try storage.run(on: main, label: storage.label, { try storage.chainHolds(access) }) {
                    return done
                }
            } catch {
                if started { try? main.execute("ROLLBACK") }
                // A lock not had in time: the whole transaction waits again (PostgresStorage.waitingOut).
                if (error as? PGError)?.sqlstate == LockWait.sqlstate { throw LockWait() }
                guard let code = (error as? PGError)?.sqlstate, retryable.contains(code) else {
                    if let pg = error as? PGError { throw PGErrorMapping.map(pg, label: storage.label) }
                    throw error
                }
                // Did the chain move since the transaction began? If not, the refusal is not a
                // race but a bad link: say so.
                let conflict = try storage.run(on: main, label: storage.label) {
                    try main.row(
                        "SELECT * FROM casus.conflict($1, $2, $3)",
                        [.int(access.started.event.seq), .int(access.started.audit.seq), .text(access.readSetLiteral)])
                }
                let moved = conflict?.bool("moved") ?? false
                if !moved || attempt >= attempts {
                    if let pg = error as? PGError { throw PGErrorMapping.map(pg, label: storage.label) }
                    throw error
                }
                if let by = conflict?.text("account") {
                    throw concurrentChange(by: by, kind: conflict?.text("kind") ?? "", at: conflict?.text("at") ?? "")
                }
                // Nothing this transaction read has changed: run it again on the new state, after
                // a short, growing, random pause so that racing writers spread out.
                usleep(UInt32.random(in: 0...UInt32(min(attempt, 10) * 2000)))
            }
        }
    }

    /// The server's answers that mean "another session came first": casus's own stale-head
    /// refusal, a serialization failure, a deadlock, a unique key taken meanwhile.
    static let retryable: Set<String> = [CasusState.staleHead, "40001", "40P01", "23505"]

    static func concurrentChange(by account: String, kind: String, at: String) -> CasusError {
        let when = Timestamp(iso: at)?.dutch() ?? at
        let what = EventKind(rawValue: kind).map(PGErrorMapping.describe) ?? Phrase(verbatim: kind)
        let who = PGText.safe(account)
        return CasusError(
            .refused,
            Phrase(
                "\(who) heeft dit zojuist gewijzigd (\(what.nl), \(when)); er is niets van u opgeslagen",
                "\(who) changed this just now (\(what.en), \(when)); nothing of yours was saved"),
            hint: Phrase(
                "Bekijk de nieuwe stand (het scherm toont hem nu; op de opdrachtregel met casus case show of casus incident show) en probeer het zo nodig opnieuw.",
                "Look at the new state (the screen shows it now; on the command line with casus case show or casus incident show) and try again if still needed."
            ),
            staleState: true)
    }
}
