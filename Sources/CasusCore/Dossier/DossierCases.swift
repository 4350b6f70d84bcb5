/// The cases filed in a dossier, as its timeline shows them above the entries: a director or an
/// IB opening a pupil's dossier saw every letter and note but not whether a case about the pupil
/// was still running, nor how many there had been (a review; the Zaken tab lists every pupil's).
public struct DossierCases: Sendable, Hashable {
    /// The open cases, newest first: all of them, or the newest `DossierCases.openShown`.
    public let open: [CaseRow]
    /// How many of the dossier's cases are open, and how many it holds in all, each counted with
    /// the rows where the rows are all there are.
    public let openCount: Int
    public let total: Int
    /// The closed cases, newest first, up to `closedRead`: how they ended (`closedOutcomes`).
    public let closed: [CaseRow]

    public init(open: [CaseRow], openCount: Int, total: Int, closed: [CaseRow] = []) {
        self.open = open
        self.openCount = openCount
        self.total = total
        self.closed = closed
    }

    public static let none = DossierCases(open: [], openCount: 0, total: 0)

    /// How many open cases a timeline's header names (one line each); the rest are counted.
    public static let openShown = 3

    /// How many closed cases are read for their outcomes; a dossier with more is counted only.
    public static let closedRead = 20

    /// How many closed cases ended each way (founded, unfounded, mistake, in that order, those
    /// with none left out), when every closed case was read; nil otherwise. A header said
    /// "2 gesloten" of a case closed as unfounded, read as a measure behind the pupil (a review).
    public var closedOutcomes: [(outcome: CaseOutcome, count: Int)]? {
        guard closed.count == total - openCount, !closed.isEmpty else { return nil }
        return CaseOutcome.allCases.compactMap { outcome in
            let n = closed.count { $0.outcome == outcome }
            return n == 0 ? nil : (outcome, n)
        }
    }

    /// The cases filed in `dossier` that `scope` admits: the open ones up to `limit` (newest
    /// first), their count and the count of all.
    static func read(_ r: any StorageReader, dossier: PersonID, scope: Scope, limit: Int) throws -> DossierCases {
        let all = CaseQuery(scope: scope, dossierID: dossier)
        var openOnly = all
        openOnly.status = .open
        let open = try scope.check(try r.cases(openOnly, offset: 0, limit: limit + 1)) {
            scope.admits(school: $0.schoolID, staffDossier: $0.staffDossier)
        }
        let openCount = open.count <= limit ? open.count : try r.countCases(openOnly)
        let total = max(try r.countCases(all), openCount)
        var closedOnly = all
        closedOnly.status = .closed
        let closed =
            total > openCount
            ? try scope.check(try r.cases(closedOnly, offset: 0, limit: closedRead)) {
                scope.admits(school: $0.schoolID, staffDossier: $0.staffDossier)
            } : []
        return DossierCases(open: Array(open.prefix(limit)), openCount: openCount, total: total, closed: closed)
    }
}
