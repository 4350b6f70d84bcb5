import Foundation

/// Connection strings as the user gives them (`--db`, CASUS_DB), and as casus may show them:
/// never with a password.
public enum ConnectionString {
    /// Whether `--db` names a PostgreSQL server rather than a SQLite file: a libpq URI
    /// (`postgresql://…`, `postgres://…`) or a key=value string (`service=casus`, `host=… dbname=…`).
    public static func isPostgres(_ db: String) -> Bool {
        if db.hasPrefix("postgresql://") || db.hasPrefix("postgres://") { return true }
        // key=value: the first word has an '=' and names a libpq keyword; a file path does not.
        guard let first = db.split(separator: " ").first, let eq = first.firstIndex(of: "=") else { return false }
        return keywords.contains(String(first[..<eq]))
    }

    static let keywords: Set<String> = [
        "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "sslmode", "sslcert",
        "sslkey", "sslrootcert", "connect_timeout", "options", "application_name", "target_session_attrs",
    ]

    /// The string with any password replaced by `***`: in a URI's user info, a `password=`
    /// query parameter, or a `password=` keyword.
    public static func redacted(_ db: String) -> String {
        var s = db
        if let scheme = s.range(of: "://") {
            let rest = s[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                s.replaceSubrange(authority.index(after: colon)..<at, with: "***")
            }
        }
        return scrub(s)
    }

    /// Removes `password=…` from any text (a libpq message may quote the connection string).
    static func scrub(_ text: String) -> String {
        var out = text
        var search = out.startIndex
        while let r = out.range(of: "password=", options: .caseInsensitive, range: search..<out.endIndex) {
            let end = out[r.upperBound...].firstIndex(where: { $0 == " " || $0 == "&" || $0 == "'" }) ?? out.endIndex
            out.replaceSubrange(r.upperBound..<end, with: "***")
            search = out.index(r.upperBound, offsetBy: 3, limitedBy: out.endIndex) ?? out.endIndex
        }
        return out
    }
}
