import CasusCore
import Foundation

/// A statement waited `PostgresStorage.lockWait` for a lock another session held (SQLSTATE 55P03,
/// `lock_timeout`): the transaction was rolled back, and runs again once `waitingOut` asked the
/// server to end a session that holds casus's chains while doing nothing. It never leaves this
/// module: every public entry point of the store waits it out or says `busy` (a move into a server
/// printed "casus: LockWait()").
struct LockWait: Error {
    static let sqlstate = "55P03"

    /// What the user reads when a lock was not had within `seconds`: who holds casus's chains,
    /// where the server names them (`holders`), and what was left undone.
    static func busy(holders who: [String], waited seconds: Int, nothingDone: Phrase) -> CasusError {
        let named = who.isEmpty ? "een andere sessie houdt" : "de sessie van \(who.joined(separator: ", ")) houdt"
        let namedEn = who.isEmpty ? "another session has" : "the session of \(who.joined(separator: ", ")) has"
        return CasusError(
            .storage,
            Phrase(
                "de server is bezet: \(named) de ketens van casus vast; er is \(seconds) seconden gewacht",
                "the server is busy: \(namedEn) held casus's chains; casus waited \(seconds) seconds"),
            hint: Phrase(
                "\(nothingDone.nl) Probeer het zo opnieuw; duurt het lang, vraag de beheerder van de server wat die sessie doet (pg_stat_activity).",
                "\(nothingDone.en) Try again shortly; if it lasts, ask the server's administrator what that session is doing (pg_stat_activity)."
            ))
    }
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
                    throw LockWait.busy(
                        holders: who, waited: Self.patience,
                        nothingDone: Phrase("Er is niets opgeslagen.", "Nothing was saved."))
                }
            }
        }
    }
}
