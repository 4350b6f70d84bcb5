import CasusCore

/// A connection the server ended (a restart, an administrator, a network gone) while a screen
/// stayed open. The server ends the transaction with it; what casus says next must be what
/// happened: a read or a save that had not reached its COMMIT is run again on a new connection,
/// and a save whose COMMIT was sent but whose answer never came is looked up in the chain, so it
/// is never said to be lost when it was saved (a second copy would follow into a dossier that can
/// never be changed), nor saved when it was not.
extension PGError {
    /// The connection is gone: libpq says so, or the server said it was ending it.
    var isConnectionLoss: Bool {
        switch self {
        case .connection: true
        case let .server(e): e.sqlstate.hasPrefix("08") || e.sqlstate.hasPrefix("57P")
        case .libraryMissing: false
        }
    }
}

extension PostgresStorage {
    /// A write's COMMIT (through the tests' fault, where one is set).
    func commit() throws {
        guard let fault = commitFault else { return try main.execute("COMMIT") }
        commitFault = nil
        try fault { try main.execute("COMMIT") }
    }

    /// New connections after one was lost; called with the lock held. `committing`: a COMMIT was
    /// in flight, so whether it was saved is not known until the server answers again.
    func reconnectAfterLoss(committing: Bool) throws {
        logConnection = nil
        listening = false
        pendingTicket = nil
        do {
            if let fault = reconnectFault {
                reconnectFault = nil
                throw fault
            }
            try main.reset()
        } catch let error as PGError {
            guard committing else { throw PGErrorMapping.map(error, label: label) }
            throw CasusError(
                .storage,
                Phrase(
                    "de verbinding met de casus-server (\(label)) ging verloren terwijl casus opsloeg, en de server is niet bereikbaar; of het is opgeslagen, is niet bekend",
                    "the connection to the casus server (\(label)) was lost while casus was saving, and the server cannot be reached; whether it was saved is not known"
                ),
                hint: Phrase(
                    "Kijk na of het er staat (het dossier, de zaak) zodra de server weer bereikbaar is, voor u het opnieuw doet.",
                    "Look whether it is there (the dossier, the case) once the server can be reached, before you do it again."
                ))
        }
    }

    /// Before a write: the one whose answer was lost, looked up now that the server answers. Kept
    /// after all, this write is refused (it is most often the same save again); not kept, it goes on.
    func settleUncertainWrite() throws {
        guard let uncertain = uncertainWrite else { return }
        let held = try chainHolds(started: uncertain.started, sent: uncertain.sent)
        uncertainWrite = nil
        guard held else { return }
        throw CasusError(
            .refused,
            Phrase(
                "wat casus opsloeg toen de verbinding met de server (\(label)) verloren ging, is toch bewaard; er is nu niets opgeslagen",
                "what casus saved when the connection to the server (\(label)) was lost was kept after all; nothing was saved now"
            ),
            hint: Phrase(
                "Kijk het na (de zaak, het dossier) voor u verder gaat: zo komt niets twee keer in een dossier.",
                "Look it up (the case, the dossier) before you go on: so nothing goes into a dossier twice."))
    }

    /// Whether the chains hold what this write sent: its last event, else its last audit line
    /// (each by its place and hash, which only its writer knows). A write that sent neither
    /// changed nothing, and nothing of it can be lost.
    func chainHolds(_ access: PGAccess) throws -> Bool {
        try chainHolds(started: access.started, sent: access.sent)
    }

    func chainHolds(
        started: (event: ChainHead, audit: ChainHead), sent: (event: ChainHead, audit: ChainHead)
    ) throws -> Bool {
        let (event, audit) = (
            sent.event.seq > started.event.seq ? sent.event : nil,
            sent.audit.seq > started.audit.seq ? sent.audit : nil
        )
        guard event != nil || audit != nil else { return true }
        return try main.row(
            "SELECT casus.chain_holds($1, $2, $3, $4) AS held",
            [
                event.map { .int($0.seq) }, event.map { .text($0.hash) }, audit.map { .int($0.seq) },
                audit.map { .text($0.hash) },
            ])?.bool("held") ?? false
    }
}
