import CasusCore
import Foundation

/// A statement waited `PostgresStorage.lockWait` for a lock another session held (SQLSTATE 55P03,
/// `lock_timeout`): the transaction was rolled back, and runs again once `waitingOut` asked the
/// server to end a session that holds casus's chains while doing nothing.
struct LockWait: Error {
    static let sqlstate = "55P03"
}

extension PostgresStorage {
    /// How long one statement waits for a lock, in milliseconds.
    static let lockWait = 3_000
    /// How long a read or a save waits in all before it is given up, in seconds: a session that holds
    /// the chains idle is ended after `PGSchema.stallSeconds`; one that works (an import, an upgrade
    /// by the administrator) is waited for this long.
    static let patience = 60

    /// Runs `body` (a whole transaction, or a statement on its own) again while it fails for a lock
    /// it did not get in time, asking the server each time to end a session that holds casus's
    /// chains idle (`casus.unblock`); after `patience`, says who holds them. Every read and save of
    /// every school waited, without a word, for as long as one psql session held them (a review).
    /// Called with the lock held.
    func waitingOut<T>(_ body: () throws -> T) throws -> T {
        let start = ContinuousClock.now
        while true {
            do {
                return try body()
            } catch is LockWait {
                let holders = try run(on: main, label: label) {
                    let rows = try main.query("SELECT account, since, ended FROM casus.unblock()")
                    return (0..<rows.count).map { i in
                        (
                            account: rows[i].string("account"), since: rows[i].string("since"),
                            ended: rows[i].bool("ended")
                        )
                    }
                }
                if holders.contains(where: \.ended) { continue }
                guard start.duration(to: .now) < .seconds(Self.patience) else {
                    // Named to a director or the board only (the server gives no names to others).
                    let who = holders.filter { !$0.account.isEmpty }.map { h in
                        h.account + (Timestamp(iso: h.since).map { " (sinds \($0.dutch()))" } ?? "")
                    }
                    let named =
                        who.isEmpty ? "een andere sessie houdt" : "de sessie van \(who.joined(separator: ", ")) houdt"
                    let namedEn =
                        who.isEmpty ? "another session has" : "the session of \(who.joined(separator: ", ")) has"
                    throw CasusError(
                        .storage,
                        Phrase(
                            "de server is bezet: \(named) de ketens van casus vast; er is \(Self.patience) seconden gewacht",
                            "the server is busy: \(namedEn) held casus's chains; casus waited \(Self.patience) seconds"),
                        hint: Phrase(
                            "Er is niets opgeslagen. Probeer het zo opnieuw; duurt het lang, vraag de beheerder van de server wat die sessie doet (pg_stat_activity).",
                            "Nothing was saved. Try again shortly; if it lasts, ask the server's administrator what that session is doing (pg_stat_activity)."
                        ))
                }
            }
        }
    }
}
