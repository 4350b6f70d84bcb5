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

    public init(open: [CaseRow], openCount: Int, total: Int) {
        self.open = open
        self.openCount = openCount
        self.total = total
    }

    public static let none = DossierCases(open: [], openCount: 0, total: 0)

    /// How many open cases a timeline's header names (one line each); the rest are counted.
    public static let openShown = 3

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
        let total = try r.countCases(all)
        return DossierCases(open: Array(open.prefix(limit)), openCount: openCount, total: max(total, openCount))
    }
}
