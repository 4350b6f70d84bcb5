@testable import CasusCore
import Testing

@Suite struct DossierChainTests {
    func entry(seq: Int64, prev: String, body: String = "Gesprek met ouders.") -> DossierEntry {
        var e = DossierEntry(
            id: seq, dossierID: 7, seq: seq, kind: .meeting, title: "Gesprek", body: body, author: "mvdam",
            authorName: "Marieke van Dam", at: Timestamp(seconds: 1_800_000_000 + seq), caseID: 3,
            corrects: nil, heard: [.parents], evidence: [], prevHash: prev, hash: "")
        e.hash = DossierChain.expectedHash(of: e)
        return e
    }

    func chain(_ n: Int) -> [DossierEntry] {
        var out: [DossierEntry] = []
        var prev = DossierChain.genesis
        for i in 1...n {
            let e = entry(seq: Int64(i), prev: prev)
            out.append(e)
            prev = e.hash
        }
        return out
    }

    func firstBreak(_ entries: [DossierEntry]) -> (Int64, DossierChain.Break)? {
        var walker = DossierChain.Walker()
        for e in entries { if let b = walker.check(e) { return (e.seq, b) } }
        return nil
    }

    @Test func aValidChainVerifies() {
        #expect(firstBreak(chain(5)) == nil)
    }

    @Test func aChangedBodyIsFoundAtThatEntry() {
        var c = chain(5)
        c[2].body = "Gesprek met ouders (aangepast)."
        #expect(firstBreak(c)?.0 == 3 && firstBreak(c)?.1 == .alteredEntry)
    }

    @Test func aRemovedEntryIsFound() {
        var c = chain(5)
        c.remove(at: 1)
        #expect(firstBreak(c)?.0 == 3 && firstBreak(c)?.1 == .missingEntry)
    }

    @Test func aRecomputedEntryStillBreaksTheLink() {
        // Someone changes entry 2 and recomputes its hash: entry 3 no longer points at it.
        var c = chain(4)
        c[1].body = "Iets anders."
        c[1].hash = DossierChain.expectedHash(of: c[1])
        #expect(firstBreak(c)?.0 == 3 && firstBreak(c)?.1 == .brokenLink)
    }

    @Test func lengthPrefixesKeepFieldsApart() {
        // Moving text between title and body must change the hash.
        var a = entry(seq: 1, prev: DossierChain.genesis)
        var b = a
        a.title = "Gesprek\nbody:3:abc"
        a.body = ""
        b.title = "Gesprek"
        b.body = "abc"
        #expect(DossierChain.expectedHash(of: a) != DossierChain.expectedHash(of: b))
    }

    @Test func sha256MatchesKnownVector() {
        #expect(
            DossierChain.sha256Hex(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct CanonicalFormTests {
    /// A salted entry (EntrySalt, since the forty-ninth stop): its own version, the salt first.
    @Test func theCanonicalFormOfASaltedEntryIsFixed() {
        let bytes = DossierChain.canonical(
            dossierID: 7, seq: 3, kind: .note, title: "Notitie", body: "Kort.", author: "mvdam",
            authorName: "Marieke van Dam", at: Timestamp(iso: "2026-11-16T09:05:00Z")!, caseID: nil, corrects: nil,
            heard: [], evidence: [], salt: "0123456789abcdef0123456789abcdef")
        let expected = """
            casus-entry-v2
            salt:32:0123456789abcdef0123456789abcdef
            dossier:1:7
            seq:1:3
            kind:4:note
            at:20:2026-11-16T09:05:00Z
            author:5:mvdam
            author_name:15:Marieke van Dam
            case:0:
            corrects:0:
            heard:0:
            evidence:0:
            title:7:Notitie
            body:5:Kort.

            """
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    /// The canonical form is the contract between versions and backends: it never changes.
    @Test func theCanonicalFormOfAnEntryIsFixed() {
        let bytes = DossierChain.canonical(
            dossierID: 7, seq: 3, kind: .meeting, title: "Gesprek", body: "Joëlle en ouders.",
            author: "mvdam", authorName: "Marieke van Dam", at: Timestamp(iso: "2026-11-16T09:05:00Z")!,
            caseID: 12, corrects: nil, heard: [.pupil, .parents], evidence: [])
        let expected = """
            casus-entry-v1
            dossier:1:7
            seq:1:3
            kind:7:meeting
            at:20:2026-11-16T09:05:00Z
            author:5:mvdam
            author_name:15:Marieke van Dam
            case:2:12
            corrects:0:
            heard:13:pupil,parents
            evidence:0:
            title:7:Gesprek
            body:18:Joëlle en ouders.

            """
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(
            DossierChain.hash(prev: DossierChain.genesis, canonical: bytes)
                == DossierChain.sha256Hex(Array(DossierChain.genesis.utf8) + bytes))
    }

    /// An event's hash covers the canonical bytes docs/EVENTS.md describes (`casus-event-v1`,
    /// then `name:length:value` per header and payload field), however casus puts them
    /// together: the payload is encoded before the write transaction, the header inside it.
    @Test func anEventHashesItsCanonicalFields() throws {
        let person = Person(schoolID: 1, kind: .pupil, firstName: "Joëlle", lastName: "Çelik", group: "7")
        let key = try #require(PersonKey(hex: String(repeating: "0123456789abcdef", count: 4)))
        let encoded = try EncodedPayload(.personAdded(person, key: key))
        // A person's texts under their key (docs/EVENTS.md): SHA-256 of the key's 64 hex digits, then the text.
        let firstName = EventCodec.fields(encoded.payload).first { $0.name == "first_name" }?.value
        #expect(firstName == DossierChain.sha256Hex(Array((key.hex + "Joëlle").utf8)))
        #expect(firstName != EventCodec.text("Joëlle") && PersonKey.fresh() != PersonKey.fresh())
        #expect(PersonKey(hex: "abc") == nil && PersonKey(hex: String(repeating: "A", count: 64)) == nil)
        let head = ChainHead(seq: 41, hash: String(repeating: "a", count: 64))
        let e = EventChain.link(
            encoded, after: head, at: Timestamp(seconds: 1_800_000_000), account: "directeur", realAccount: nil,
            auditSeq: 7)
        var bytes = Array("casus-event-v1\n".utf8)
        for f in EventCodec.header(e) + EventCodec.fields(e.payload) {
            let value = f.value.map { "\($0.utf8.count):\($0)" } ?? "nil"
            bytes += Array("\(f.name):\(value)\n".utf8)
        }
        #expect(e.seq == 42 && e.prevHash == head.hash)
        #expect(EventCodec.canonical(e) == bytes)
        #expect(e.hash == DossierChain.hash(prev: head.hash, canonical: bytes))
        #expect(e.payloadBytes == EventCodec.payloadBytes(e.payload))
        let stored = Ledger.StoredEvent(
            seq: e.seq, at: e.at.iso, account: e.account, realAccount: e.realAccount, kind: e.kind.rawValue,
            dossier: e.dossier, auditSeq: e.auditSeq, payload: e.payloadBytes, prevHash: e.prevHash, hash: e.hash)
        #expect(stored.expectedHash == e.hash)
    }
}
