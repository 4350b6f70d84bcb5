import CasusCore

/// What one transaction of a bulk load (`SQLiteStorage.bulkLoad`: the district demo) keeps in
/// memory to save statements, each worth a tenth of the demo's time:
/// - ids drawn from the store's sequences a block at a time instead of one statement per id. The
///   block is taken in the transaction, so no id is handed out twice: a rollback returns the block
///   with the rest, and the unused end of a committed block is a gap, as a purge leaves. Case
///   numbers, which people read, are never drawn this way.
/// - people and cases as read in this transaction: the service reads a case and its subject for
///   every note. Any event that may write a person (a case) empties the people (the cases) read,
///   so a read never differs from the table's row.
final class BulkTransaction {
    static let idBlock = 1024
    private var ids: [RecordKind: (next: Int64, end: Int64)] = [:]
    var people: [PersonID: Person?] = [:]
    var cases: [CaseID: Case?] = [:]

    /// The kinds drawn in blocks: those written by the thousand. A school's id stays the next number.
    static let blockKinds: Set<RecordKind> = [.person, .incident, .case, .step, .obligation, .entry]

    /// The next id of `kind`; `draw` takes a new block of `idBlock` ids from the store and returns the first.
    func nextID(_ kind: RecordKind, draw: () throws -> Int64) throws -> Int64 {
        if let block = ids[kind], block.next < block.end {
            ids[kind] = (block.next + 1, block.end)
            return block.next
        }
        let first = try draw()
        ids[kind] = (first + 1, first + Int64(Self.idBlock))
        return first
    }

    /// Forgets what was read, before an event that may change it is projected.
    func projecting(_ payload: EventPayload) {
        switch payload {
        // Events that write no person row; any other (and any new kind) empties the people read.
        case .incidentReported, .incidentTriaged, .incidentDismissed, .caseOpened, .caseRung, .stepTaken,
            .obligationCreated, .obligationDone, .entryAppended, .factRecorded, .letterSent, .userAdded:
            break
        default: people = [:]
        }
        switch payload {
        // Events that write no case row, nor a case's articles; any other empties the cases read.
        case .incidentReported, .incidentTriaged, .incidentDismissed, .stepTaken, .obligationCreated,
            .obligationDone, .entryAppended, .factRecorded, .letterSent, .userAdded, .personAdded, .guardianLinked:
            break
        default: cases = [:]
        }
    }
}
