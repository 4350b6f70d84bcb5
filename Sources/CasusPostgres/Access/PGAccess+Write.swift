import CasusCore
import Foundation

/// The writer's side: the chain's head, ids, events and audit lines. The server recomputes every
/// hash and refuses what does not fit; the free texts travel beside the payload (which holds
/// only their hashes) so the server can check them and store them.
extension PGAccess {
    func eventHead() throws -> ChainHead {
        if mode == .write { return try writeHeads().event }
        return try currentHeads().event
    }

    func append(_ e: LinkedEvent) throws {
        var entry: PGValue?
        var names: PGValue?
        var files: PGValue?
        if case let .entryAppended(x, evidence) = e.payload {
            entry = .text(try PGJSON.object(PGEventTexts.entry(x)))
            names = .text(PGArray.text(evidence.map(\.name)))
            files = .text(PGArray.bytes(evidence.map(\.bytes)))
        }
        if case let .incidentReported(_, _, _, evidence) = e.payload, !evidence.isEmpty {
            names = .text(PGArray.text(evidence.map(\.name)))
            files = .text(PGArray.bytes(evidence.map(\.bytes)))
        }
        // Queued: nothing waits for its answer. It travels with the next statement that is
        // waited for (at the latest the COMMIT), and a refusal fails that one.
        try write(
            "SELECT casus.append_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            [
                .int(e.seq), .text(e.at.iso), .text(e.account), e.realAccount.map { .text($0) }, .text(e.kind.rawValue),
                e.dossier.map { .int($0) }, .int(e.auditSeq), .bytes(EventCodec.payloadBytes(e.payload)),
                .text(e.prevHash), .text(e.hash), .text(try PGJSON.object(PGEventTexts.texts(e.payload))), entry, names,
                files,
            ])
        heads.event = heads.event.advanced(to: e.hash)
        sent.event = ChainHead(seq: e.seq, hash: e.hash)
    }

    /// A call whose answer nobody reads: queued in a write transaction, run now otherwise.
    private func write(_ sql: String, _ params: [PGValue?]) throws {
        if mode == .write { try enqueueWrite(sql, params) } else { try conn.query(sql, params) }
    }

    static let nextNumber = "SELECT casus.next_number($1) AS n"

    func nextID(_ kind: RecordKind) throws -> Int64 {
        try next(SequenceName.id(kind))
    }

    func nextIDs(_ kind: RecordKind, count: Int) throws -> Int64 {
        try row("SELECT casus.next_numbers($1, $2) AS n", [.text("id:" + kind.rawValue), .int(Int64(count))])?.id("n")
            ?? 0
    }

    func nextCaseNumber(year: Int) throws -> String {
        "\(year)-" + String(format: "%04d", try next(SequenceName.caseNumber(year: year)))
    }

    /// A counter's next number: one drawn ahead (`prepareNumbers`), else drawn now.
    private func next(_ counter: String) throws -> Int64 {
        if let p = preparedNumbers[counter], p.ready.isEmpty, p.pending > 0 { try conn.flush() }
        if var p = preparedNumbers[counter], !p.ready.isEmpty {
            let n = p.ready.removeFirst()
            preparedNumbers[counter] = p.ready.isEmpty && p.pending == 0 ? nil : p
            return n
        }
        return try row(Self.nextNumber, [.text(counter)])?.id("n") ?? 0
    }

    /// Draws a counter's next numbers, those not drawn ahead yet, with the transaction's next
    /// statement (`next_numbers`, the same function `next_number` is); `next` hands them out.
    func prepareNumbers(_ counter: String, count: Int) throws {
        let drawn = preparedNumbers[counter].map { $0.ready.count + $0.pending } ?? 0
        let more = count - drawn
        guard mode == .write, more > 0 else { return }
        preparedNumbers[counter, default: ([], 0)].pending += more
        try conn.enqueue("SELECT casus.next_numbers($1, $2) AS n", [.text(counter), .int(Int64(more))]) { rows in
            self.preparedNumbers[counter]?.pending -= more
            // next_numbers returns the first of the numbers it drew.
            guard let first = rows.first?.id("n") else { return }
            self.preparedNumbers[counter]?.ready += Array(first..<first + Int64(more))
        }
    }

    func insert(audit r: AuditRecord) throws {
        // The line's number is the head's plus one: the server refuses it otherwise (CA001).
        let seq = heads.audit.seq + 1
        try write(
            "SELECT casus.insert_audit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS id",
            [
                .int(seq), .text(r.at.iso), .text(r.account), r.realAccount.map { .text($0) }, .text(r.action),
                r.personID.map { .int($0) }, r.caseID.map { .int($0) }, .text(r.detail), .text(r.prevHash),
                .text(r.hash),
            ])
        heads.audit = heads.audit.advanced(to: r.hash)
        sent.audit = ChainHead(seq: seq, hash: r.hash)
    }
}

/// JSON objects of texts for the server (jsonb parameters).
enum PGJSON {
    static func object(_ fields: [String: String?]) throws -> String {
        var out: [String: Any] = [:]
        for (k, v) in fields { out[k] = v ?? NSNull() }
        let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
