/// Each event's write matched to its audit line while `verify` walks the log: a line of an action
/// that stands for the event's kind (`AuditTrail.allows`), written after the event (from the log's
/// length the event recorded, `audit_seq`; a signing writes its line first) and before the next
/// event that found the log longer. Without it only the last event's line was checked: an earlier
/// write's line could be deleted, or made another action, and the log's hashes computed again (a
/// review). What a line says beyond its action (its detail, account, time) is not held against the
/// event; a signed checkpoint holds the whole log up to it. A transaction's lines and events
/// interleave (an entry's line between a fact's events), and a line may be written before the events
/// it stands for, so a line at an event's own audit_seq counts for it too: where two writes of one
/// action follow each other, the first's line can stand for the second (a review; told in the
/// closing note, not mended: events would have to name their lines). The events are held as they were read,
/// a small record each; the log is walked once, in order.
struct AuditMatch {
    struct Written {
        var seq: Int64
        var auditSeq: Int64
        var kind: String
    }

    private let written: [Written]
    /// For each event, the audit_seq of the first later event that found the log longer (nil: none).
    private let until: [Int64?]
    /// The next event not yet waiting for its line.
    private var next = 0
    /// Events whose line may still come, each with the last position it may have (nil: the log's end).
    private var waiting: [(event: Written, until: Int64?)] = []
    private(set) var unmatched: (event: Int64, kind: String, after: Int64)?

    init(_ written: [Written]) {
        self.written = written
        // One pass from the end: an import's thousands of events share one audit_seq.
        var until = [Int64?](repeating: nil, count: written.count)
        var higher: Int64? = nil
        var current: Int64? = nil
        for i in written.indices.reversed() {
            if let c = current, written[i].auditSeq < c { higher = c }
            current = written[i].auditSeq
            until[i] = higher
        }
        self.until = until
    }

    /// The line at this position (1-based) of the log.
    mutating func line(_ a: AuditRecord, at position: Int64) {
        guard unmatched == nil else { return }
        while next < written.count, max(written[next].auditSeq, 1) <= position {
            // The log's first transaction, and the events a migration built from an older
            // database's rows, found it empty: their lines are of that older log, not of them.
            if written[next].auditSeq > 0 { waiting.append((written[next], until[next])) }
            next += 1
        }
        guard !waiting.isEmpty else { return }
        waiting.removeAll { w in
            guard let kind = EventKind(rawValue: w.event.kind) else { return false }
            return AuditTrail.allows(a.action, kind)
        }
        if let gone = waiting.first(where: { $0.until.map { position >= $0 } ?? false }) {
            unmatched = (gone.event.seq, gone.event.kind, gone.event.auditSeq)
        }
    }

    /// The first event without its line, once the whole log was walked.
    mutating func finish() -> (event: Int64, kind: String, after: Int64)? {
        if unmatched == nil,
            let gone = waiting.first?.event ?? written[next...].first(where: { $0.auditSeq > 0 })
        {
            unmatched = (gone.seq, gone.kind, gone.auditSeq)
        }
        return unmatched
    }
}
