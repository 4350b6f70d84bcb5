extension PGSchema {
    /// The tables whose rows casus's functions update, and nothing else (ServerSetup.grants gives
    /// `casus_owner` UPDATE on these alone): derived rows that follow their events (a case's rung
    /// and status, a report's triage, an obligation done, a person's school, a school's record),
    /// the chains' heads, the case-number counters, the search words and the kept counts. Events,
    /// entries, steps, facts, sendings, evidence, audit and access-log lines are not among them.
    static let rowsUpdated =
        ["case", "entry_words", "head", "incident", "obligation", "person", "school", "sequence"]
        + compacted

    /// The tables whose rows casus's functions delete (a purge, a reclassification's articles, a
    /// closure removed, an import's marker), each under its guard; rows of other tables leave only
    /// by a cascade of their table's owner (an entry's evidence and search words with the entry).
    static let rowsDeleted = [
        "app_user", "case", "case_article", "case_fact", "entry", "evidence", "incident", "incident_evidence",
        "incident_person",
        "letter_sent", "meta", "obligation", "school_closure", "step",
    ]
}
