/// A failure from libpq: the connection, or the server's answer to a statement.
enum PGError: Error {
    case connection(String, label: String)
    case server(PGServerError)
    /// libpq itself could not be loaded (the message is the loader's).
    case libraryMissing(String, label: String)

    var sqlstate: String? {
        if case let .server(e) = self { return e.sqlstate }
        return nil
    }
}

/// The server's error fields (SQLSTATE, message, detail, hint).
struct PGServerError: Error, Sendable {
    var sqlstate: String
    var message: String
    var detail: String?
    var hint: String?
}

/// casus's own SQLSTATEs, raised by its server functions (class CA: "casus").
enum CasusState {
    /// The event chain's or the audit chain's head moved since the transaction began: another
    /// session saved first.
    static let staleHead = "CA001"
    /// Refused by the server's rules (role, school, chain): the message says why, in Dutch and
    /// English ("nl | en").
    static let refused = "CA002"
    /// Not found, or outside the caller's reach (the two are not told apart).
    static let notFound = "CA003"
    /// A dossier read without a committed access-log line first.
    static let unlogged = "CA004"
    /// Bad input the server will not store.
    static let invalid = "CA005"
}
