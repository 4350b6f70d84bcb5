/// The Overzicht figures for one school year (1 August – 31 July), within what the role may see.
public struct Statistics: Sendable, Codable {
    /// A month's label ("okt 2026", "Oct 2026") from its key (YYYY-MM): English showed "mrt", "mei".
    public static func monthLabel(_ key: String, _ lang: Lang) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return key }
        let nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (lang == .nl ? nl : en)[month - 1] + " " + parts[0]
    }

    /// The figures with their months' and rungs' labels in `lang`: the service labels them in
    /// Dutch, and `stats --json --lang en` gave "okt 2026" and "nog geen trede" (a review) while
    /// its text said "Oct 2026".
    public func labelled(_ lang: Lang) -> Statistics {
        var s = self
        s.byMonth = byMonth.map { c in
            var c = c
            c.label = Self.monthLabel(c.key, lang)
            return c
        }
        s.byRung = byRung.map { c in
            var c = c
            c.label = Rung(rawValue: c.key).map { $0.shortLabel(lang) } ?? Phrase("nog geen trede", "no rung yet")(lang)
            return c
        }
        return s
    }

    public struct Count: Sendable, Codable, Hashable {
        public var key: String
        public var label: String
        public var count: Int

        public init(key: String, label: String, count: Int) {
            self.key = key
            self.label = label
            self.count = count
        }
    }

    public struct OpenObligation: Sendable, Codable, Hashable {
        public var caseID: CaseID
        public var caseNumber: String
        public var subject: String
        public var kind: ObligationKind
        public var due: LocalDate
        public var overdue: Bool
    }

    public var schoolYear: Int
    public var incidents: Int
    public var cases: Int
    public var byMonth: [Count]
    public var byArticle: [Count]
    public var byPlatform: [Count]
    public var byRung: [Count]
    public var openObligations: [OpenObligation]

    public var schoolYearLabel: String { "\(schoolYear)-\(schoolYear + 1)" }
}

/// Raw figures as a backend counts them; the service gives them labels.
public struct RawStatistics: Sendable {
    public var incidents: Int
    public var cases: Int
    /// "2026-09" → count
    public var byMonth: [String: Int]
    public var byArticle: [(profile: String, article: String, count: Int)]
    public var byPlatform: [(String, Int)]
    public var byRung: [(String?, Int)]
    public var openObligations: [(caseID: CaseID, number: String, subject: String, kind: String, due: String)]

    public init(
        incidents: Int, cases: Int, byMonth: [String: Int], byArticle: [(profile: String, article: String, count: Int)],
        byPlatform: [(String, Int)], byRung: [(String?, Int)],
        openObligations: [(caseID: CaseID, number: String, subject: String, kind: String, due: String)]
    ) {
        self.incidents = incidents
        self.cases = cases
        self.byMonth = byMonth
        self.byArticle = byArticle
        self.byPlatform = byPlatform
        self.byRung = byRung
        self.openObligations = openObligations
    }
}

/// The Overzicht's figures, within what the role may see.
public struct Reports: Sendable {
    let session: Session

    public func statistics(schoolYear: Int? = nil, obligationLimit: Int = 200) throws -> Statistics {
        try session.require(.readStatistics)
        let actor = session.actor, scope = session.scope, profiles = session.profiles
        let year = schoolYear ?? session.today.schoolYear
        let from = LocalDate(year: year, month: 8, day: 1)
        let to = LocalDate(year: year + 1, month: 8, day: 1)
        let raw = try session.read {
            try $0.statistics(
                scope: scope, from: from, to: to, obligationLimit: obligationLimit,
                countIncidents: AccessPolicy.allows(actor, .readTriageQueue))
        }
        let byMonth = (0..<12).map { i -> Statistics.Count in
            let month = (7 + i) % 12 + 1
            let y = month >= 8 ? year : year + 1
            let key = String(format: "%04d-%02d", y, month)
            return .init(key: key, label: "", count: raw.byMonth[key] ?? 0)
        }
        let byArticle = raw.byArticle.map { row -> Statistics.Count in
            let title = profiles[row.profile]?.article(row.article)?.title ?? ""
            return .init(key: row.article, label: "\(row.article) \(title)", count: row.count)
        }
        let byRung = raw.byRung.map { key, n in Statistics.Count(key: key ?? "none", label: "", count: n) }
        // The overdue cases name their subjects: a list of people, as the Zaken list.
        if !raw.openObligations.isEmpty {
            try session.auditListRead("cases.list", detail: "\(raw.openObligations.count) open verplichtingen")
        }
        let today = session.today
        let obligations = raw.openObligations.compactMap { o -> Statistics.OpenObligation? in
            guard let kind = ObligationKind(rawValue: o.kind), let due = LocalDate(iso: o.due) else { return nil }
            return .init(
                caseID: o.caseID, caseNumber: o.number, subject: o.subject, kind: kind, due: due, overdue: due < today)
        }
        return Statistics(
            schoolYear: year, incidents: raw.incidents, cases: raw.cases, byMonth: byMonth, byArticle: byArticle,
            byPlatform: raw.byPlatform.map { .init(key: $0.0, label: $0.0, count: $0.1) }, byRung: byRung,
            openObligations: obligations
        ).labelled(.nl)  // the months' and rungs' labels made in one place (`labelled`)
    }
}
