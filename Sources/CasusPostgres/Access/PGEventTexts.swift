import CasusCore

/// What travels beside an event's payload: its free texts by field name (the payload holds
/// their SHA-256, EventCodec.text), and a dossier entry's own fields (the payload holds its place
/// and hash). The server checks each against the payload before it stores it.
enum PGEventTexts {
    /// The text of every hashed field of `PGEventShapes.texts`, nil where the field is absent.
    static func texts(_ p: EventPayload) -> [String: String?] {
        switch p {
        case let .personAdded(x, key), let .personChanged(x, key):
            // The key travels with the texts, never in the payload (PersonKey).
            return [
                "key": key.hex,
                "first_name": x.firstName, "infix": x.infix, "last_name": x.lastName, "function": x.function,
                "external_id": x.externalID, "birth_date": x.birthDate?.iso, "sort_name": x.sortKey,
                "search_name": x.searchKey, "street": x.address.street, "postcode": x.address.postcode,
                "town": x.address.town,
            ]
        case let .incidentReported(i, _, _, _): return ["summary": i.summary, "reporter_name": i.reporterName]
        case let .incidentDismissed(_, reason, _, _): return ["reason": reason]
        case let .caseOpened(c, _, _, _): return ["summary": c.summary]
        case let .caseClosed(_, reason, _, _, _): return ["reason": reason]
        case let .caseReclassified(r): return ["reason": r.reason]
        case let .stepTaken(s): return ["detail": s.detail, "reason": s.reason, "justification": s.justification]
        case let .obligationCreated(o, _, _): return ["note": o.note]
        case let .dossierPurged(purge): return ["reason": purge.reason]
        case let .schoolRecordSet(s):
            return ["board_name": s.boardName, "board_address": s.boardAddress, "address": s.address]
        case let .closureAdded(c): return ["reason": c.reason]
        case let .factRecorded(f): return ["value": f.value, "note": f.note]
        case .schoolCreated, .guardianLinked, .closuresRemoved, .obligationRescheduled, .letterSent, .userAdded,
            .userRemoved,
            .incidentTriaged,
            .caseRung, .obligationDone,
            .entryAppended, .checkpointSigned:
            return [:]
        }
    }

    /// A dossier entry's fields besides its place and hash (DossierChain.canonical's fields).
    static func entry(_ e: DossierEntry) -> [String: String?] {
        [
            "kind": e.kind.rawValue, "title": e.title, "body": e.body, "author": e.author,
            "author_name": e.authorName, "at": e.at.iso, "corrects": e.corrects.map(String.init),
            "heard": e.heard.map(\.rawValue).joined(separator: ","), "evidence": e.evidence.joined(separator: ","),
            "prev_hash": e.prevHash, "salt": e.salt,
        ]
    }
}
