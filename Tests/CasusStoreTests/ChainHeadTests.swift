import CasusCore
import CasusDemo
import CasusStore
import CasusTestSupport
import Foundation
import GRDB
import Testing

/// Heads leave the database: every export and filed letter carries a seal that `verify --against`
/// holds against the chains, and a board's signed checkpoint catches what a plain SHA-256 chain
/// cannot: the whole chain recomputed by whoever holds the file.
@Suite struct ChainHeadTests {
    /// The demo school, its database in `scratch`, which the test keeps.
    static func world(in scratch: Scratch) throws -> (path: String, service: CasusService, clock: TestClock) {
        let path = scratch.path("casus.sqlite")
        let storage = try SQLiteStorage(path: path)
        let clock = TestClock("2026-11-18")
        _ = try DemoSchool.populate(
            storage: storage, protocolID: "koe-troubadour", account: "tester", profiles: Fixtures.profiles,
            clock: clock.clock)
        let service = try CasusService.session(
            storage: storage, account: "tester", profiles: Fixtures.profiles, clock: clock.clock)
        return (path, service, clock)
    }

    /// The suspension decision of the demo's case 2026-0007, filed with `letterBody`.
    static func suspensionLetter(_ service: CasusService) throws -> DossierEntry {
        let templates = try LetterLibrary.load(folder: Fixtures.configFolder + "/templates")
        return try service.letters.file(
            case: try service.cases.resolve("2026-0007"), template: try templates.require("schorsingsbesluit"),
            body: letterBody
        ).value.entry
    }

    static let letterBody = """
        Geachte ouders,

        Uw kind is geschorst voor 2 schooldagen, op 19 en 20 november 2026, omdat zij in de klassenapp
        een klasgenoot heeft bedreigd (protocol artikel 4.2).

        Met vriendelijke groet,
        de directeur
        """

    @Test func anExportHoldsAgainstTheChainAndSaysWhenTheDossierMovedOn() throws {
        let scratch = Scratch("heads")
        let (_, service, _) = try Self.world(in: scratch)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        let first = try service.dossiers.addEntry(
            person: pupil.id, kind: .note, title: "Gesprek", body: "Eerste notitie."
        ).value
        let export = try service.dossiers.export(pupil.id, format: .md)
        let seals = Seal.find(in: export)
        #expect(seals.count == 1)
        #expect(seals.first?.dossier == pupil.id)
        let fresh = try service.integrity.check(document: export, name: "export.md")
        #expect(fresh.isSound)
        #expect(fresh.seals[0].laterEntries == 0)

        _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Later", body: "Tweede notitie.")
        let later = try service.integrity.check(document: export, name: "export.md")
        #expect(later.isSound, "an export stays true when the dossier grows")
        #expect(later.seals[0].laterEntries == 1)
        #expect(later.seals[0].laterEvents >= 1)
        #expect(later.seals[0].laterCorrections.isEmpty)
        // What the export holds was corrected since: said, with the correction's number.
        let fix = try service.dossiers.addEntry(
            person: pupil.id, kind: .correction, title: "Correctie", body: "Tweede gesprek.", corrects: first.id
        ).value
        let corrected = try service.integrity.check(document: export, name: "export.md")
        #expect(corrected.isSound)
        #expect(corrected.seals[0].laterCorrections.map(\.entry) == [first.seq])
        #expect(corrected.seals[0].laterCorrections.map(\.by) == [fix.seq])

        // The same in HTML and JSON, and as a PDF's text would wrap it (line breaks inside a hash).
        for format in [DossierExport.Format.html, .json] {
            let text = try service.dossiers.export(pupil.id, format: format)
            #expect(try service.integrity.check(document: text, name: "export").isSound, "\(format)")
        }
        let line = Seal.find(in: export)[0].line.nl
        let cut = line.index(line.endIndex, offsetBy: -20)
        let wrapped = String(line[..<cut]) + "\n" + String(line[cut...]).replacingOccurrences(of: ", ", with: ",\n")
        #expect(Seal.find(in: wrapped) == seals)
    }

    @Test func aLetterIsCheckedWordForWord() throws {
        let scratch = Scratch("heads")
        let (_, service, _) = try Self.world(in: scratch)
        let letter = try Self.suspensionLetter(service)
        let seal = try service.letters.seal(entry: letter.id)
        let printed = letter.body + "\n\n" + seal.line.nl + "\n"
        let check = try service.integrity.check(document: printed, name: "brief.txt")
        #expect(check.isSound)
        #expect(check.seals[0].missingWords == [] && check.seals[0].addedWords == [])

        let altered = printed.replacingOccurrences(of: "2 schooldagen", with: "5 schooldagen")
        let bad = try service.integrity.check(document: altered, name: "brief.txt").seals[0]
        #expect(!bad.isSound)
        #expect(bad.missingWords == ["2"])
        #expect(bad.addedWords == ["5"])
        #expect(bad.entry == .same, "the dossier itself is untouched; the paper is not")
    }

    /// In personal mode every seal casus makes gives its event's hash: one without it (64 zeros) was
    /// changed, and said so; nor can a seal name an event before its own entry was filed, nor an
    /// export another event than its line recorded (each passed as "klopt met de keten", two
    /// reviews).
    @Test func aSealsEventIsHeldToItsPlaceAndItsHash() throws {
        let scratch = Scratch("heads")
        let (_, service, _) = try Self.world(in: scratch)
        let letter = try Self.suspensionLetter(service)
        let seal = try service.letters.seal(entry: letter.id)
        #expect(!seal.withholdsEvent)
        let printed = letter.body + "\n\n" + seal.line.nl + "\n"
        #expect(try service.integrity.check(document: printed, name: "brief.txt").isSound)
        let zeroed = printed.replacingOccurrences(of: seal.event.hash, with: Seal.withheld)
        let removed = try service.integrity.check(document: zeroed, name: "brief.txt")
        #expect(!removed.isSound && removed.seals[0].event == .hashRemoved, "\(removed.seals[0].event)")
        var moved = seal
        moved.event = ChainHead(seq: 1, hash: Seal.withheld)
        let early = try service.integrity.check(
            document: letter.body + "\n\n" + moved.line.nl + "\n", name: "brief.txt")
        guard case .beforeEntry(let appended) = early.seals[0].event else {
            Issue.record("\(early.seals[0].event)")
            return
        }
        #expect(!early.isSound && appended > 1 && appended <= seal.event.seq)
        // An export's line records its seal's event: another is caught, with or without its hash.
        let pupil = letter.dossierID
        let export = try service.dossiers.export(pupil, format: .md)
        let exported = try #require(Seal.find(in: export).first)
        #expect(try service.integrity.check(document: export, name: "export.md").isSound)
        var other = exported
        other.event = ChainHead(seq: exported.event.seq - 1, hash: Seal.withheld)
        let shifted = try service.integrity.check(
            document: export.replacingOccurrences(of: exported.line.nl, with: other.line.nl), name: "export.md")
        #expect(!shifted.isSound && shifted.seals[0].event == .notRecorded(exported.event.seq), "\(shifted.seals)")
    }

    /// A letter's body edited in the file (its trigger dropped, its hash column left) and a copy
    /// forged to match: the check compared the copy with the edited body and the stored hash, and
    /// said "klopt" for the forgery and "klopt niet" for the genuine letter (a review). The sealed
    /// dossier's chain is now walked: neither copy is called sound, and the break is named.
    @Test func aForgedCopyOfALetterEditedInTheFileIsNotSound() throws {
        let scratch = Scratch("heads")
        let (path, service, _) = try Self.world(in: scratch)
        let letter = try Self.suspensionLetter(service)
        let printed = letter.body + "\n\n" + (try service.letters.seal(entry: letter.id)).line.nl + "\n"
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER entry_no_update")
            try db.execute(
                sql: "UPDATE entry SET body = replace(body, '2 schooldagen', '5 schooldagen') WHERE id = ?",
                arguments: [letter.id])
        }
        let forged = printed.replacingOccurrences(of: "2 schooldagen", with: "5 schooldagen")
        let again = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: TestClock("2026-11-19").clock)
        let check = try again.integrity.check(document: forged, name: "vals.txt")
        #expect(!check.isSound)
        #expect(check.seals[0].dossierBreak?.seq == letter.seq && check.seals[0].dossierBreak?.reason == .alteredEntry)
        #expect(!(try again.integrity.check(document: printed, name: "echt.txt")).isSound)
    }

    /// A chain head copied into a note or a letter made every genuine copy of the later document
    /// fail its check (the copied line was taken for a seal of the document): such a line is
    /// refused where it comes in, saying which line, and nothing is stored.
    @Test func aChainHeadIsNoTextOfANote() throws {
        let scratch = Scratch("heads")
        let (_, service, _) = try Self.world(in: scratch)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        let export = try service.dossiers.export(pupil.id, format: .md)
        let line = Seal.find(in: export)[0].line.nl
        let before = try service.dossiers.dossier(pupil.id).entries.count
        let refused = #expect(throws: CasusError.self) {
            _ = try service.dossiers.addEntry(
                person: pupil.id, kind: .note, title: "Gesprek", body: "Zie de export:\n\(line)\nEinde.")
        }
        #expect(
            refused?.message.nl.contains("bevat een casus-ketenkop (regel 2)") == true, "\(String(describing: refused))"
        )
        // Nor with an invisible character inside it, which a PDF's text layer drops (a review).
        for hidden in ["\u{2060}", "\u{200B}", "\u{00AD}", "\u{FEFF}"] {
            let disguised = line.replacingOccurrences(of: "ketenkop", with: "keten\(hidden)kop")
            #expect(throws: CasusError.self) {
                _ = try service.dossiers.addEntry(person: pupil.id, kind: .note, title: "Gesprek", body: disguised)
            }
        }
        #expect(try service.dossiers.dossier(pupil.id).entries.count == before)
    }

    @Test func aDocumentFromAnotherChainIsNamedAsSuch() throws {
        let scratch = Scratch("heads")
        let (_, service, _) = try Self.world(in: scratch)
        let pupil = try service.directory.people(kinds: [.pupil], limit: 1)[0]
        let export = try service.dossiers.export(pupil.id, format: .md)
        var seal = Seal.find(in: export)[0]
        seal.event.hash = String(repeating: "ab", count: 32)
        let forged = try service.integrity.check(document: seal.line.nl, name: "x").seals[0]
        #expect(forged.event == .differs(Seal.find(in: export)[0].event.hash))
        seal.event.seq = 9_999_999
        #expect(try service.integrity.check(document: seal.line.en, name: "x").seals[0].event == .absent)
        #expect(throws: CasusError.self) { try service.integrity.check(document: "Geachte ouders,", name: "scan.pdf") }
    }

    /// A key never signed with is no finding; a checkpoint taken out of the chain is, its signing's
    /// audit line left behind: a new key read "NIET IN ORDE" on a clean database, and a deleted
    /// latest checkpoint "alles klopt" (a review).
    @Test func aRemovedCheckpointIsFoundAndANewKeyIsNone() throws {
        let scratch = Scratch("heads")
        let (path, service, _) = try Self.world(in: scratch)
        let key = CheckpointKey.Private.generate()
        let pub = try CheckpointKey.publicKey(text: key.publicKey, file: "k.pub")
        let fresh = try service.integrity.verify(key: pub)
        #expect(fresh.checkpoint?.verdict == .neverSigned && fresh.isSound)
        _ = try service.integrity.signCheckpoint(with: key).value
        let signedEvent = try service.integrity.verify().head.seq
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            let trigger = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'event_no_delete'")
            try db.execute(sql: "DROP TRIGGER event_no_delete; DELETE FROM event WHERE seq = \(signedEvent)")
            if let trigger { try db.execute(sql: trigger) }
        }
        let after = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: TestClock("2026-11-18").clock)
        let plain = try after.integrity.verify()
        #expect(!plain.isSound && plain.removedCheckpoints.count == 1, "\(plain.removedCheckpoints)")
        #expect(try after.integrity.verify(key: pub).checkpoint?.verdict == CheckpointFinding.Verdict.none)
    }

    /// Whoever holds the file recomputes every hash after a change: a plain chain verifies, the
    /// signed checkpoint does not.
    @Test func aRecomputedChainFailsTheSignedCheckpoint() throws {
        let scratch = Scratch("heads")
        let (path, service, _) = try Self.world(in: scratch)
        let key = CheckpointKey.Private.generate()
        let pub = try CheckpointKey.publicKey(text: key.publicKey, file: "k.pub")
        let signed = try service.integrity.signCheckpoint(with: key).value
        let r = try service.integrity.verify(key: pub)
        #expect(r.isSound)
        #expect(r.checkpoint?.verdict == .holds)
        #expect(r.checkpoint?.unsigned == 0 && r.checkpoint?.unsignedAudit == 0)
        #expect(try service.integrity.checkpoints().map(\.checkpoint) == [signed])
        // Reads after the signature are lines no signature covers yet: said, as the events are (a
        // review cut three reads off the log's end and was told "0 events after it").
        let later = try service.integrity.verify(key: pub)
        #expect(later.checkpoint?.unsigned == 0 && later.checkpoint?.unsignedAudit == 1, "the first verify's line")

        // Another key's checkpoint is not this board's.
        let other = try CheckpointKey.publicKey(text: CheckpointKey.Private.generate().publicKey, file: "o.pub")
        #expect(try service.integrity.verify(key: other).checkpoint?.verdict == .neverSigned)

        // Rewrite event 5's time and recompute every hash after it, as an attacker with the file can.
        try Self.rewrite(path, from: 5)
        let rewritten = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: TestClock("2026-11-19").clock)
        let plain = try rewritten.integrity.verify()
        #expect(plain.eventBreak == nil, "the recomputed chain links up: SHA-256 alone cannot tell")
        // But the checkpoint in the chain says what event it signed had, key or not (a review: with
        // the checkpoint left alone, `verify` said "alles klopt").
        #expect(!plain.isSound && plain.contradictedCheckpoints.map(\.checkpoint.event.seq) == [signed.event.seq])
        let withKey = try rewritten.integrity.verify(key: pub)
        #expect(withKey.checkpoint?.verdict == .eventDiffers)
        #expect(!withKey.isSound)
    }

    @Test func aKeptCheckpointCatchesADeletedOne() throws {
        let scratch = Scratch("heads")
        let (path, service, _) = try Self.world(in: scratch)
        let key = CheckpointKey.Private.generate()
        let pub = try CheckpointKey.publicKey(text: key.publicKey, file: "k.pub")
        let kept = try service.integrity.signCheckpoint(with: key).value
        let line = kept.line.nl
        #expect(Checkpoint.find(in: "bewaard:\n" + line + "\n") == [kept])
        // The checkpoint event and everything after it are cut off the end of the chain.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            for t in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            where t.contains("_no_") {
                try db.execute(sql: "DROP TRIGGER \(t)")
            }
            try db.execute(sql: "DELETE FROM event WHERE seq >= ?", arguments: [kept.event.seq])
        }
        let again = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: TestClock("2026-11-19").clock)
        #expect(try again.integrity.verify(key: pub).checkpoint?.verdict == CheckpointFinding.Verdict.none)
        let r = try again.integrity.verify(key: pub, kept: Checkpoint.find(in: line))
        #expect(r.checkpoint?.verdict == .eventDiffers)
        #expect(!r.isSound)
        // A kept line whose signature was touched is named as forged.
        var forged = kept
        forged.event.seq -= 1
        #expect(try again.integrity.verify(key: pub, kept: [forged]).checkpoint?.verdict == .badSignature)
    }

    /// A kept checkpoint line is held against the chains whatever was signed after it, and nothing
    /// is signed over chains that do not hold: a rewrite signed anew read "alles klopt" against the
    /// board's kept line, which was no longer compared (a review).
    @Test func everyKeptLineIsComparedAndNothingUnsoundIsSigned() throws {
        let scratch = Scratch("heads")
        let (path, service, _) = try Self.world(in: scratch)
        let key = CheckpointKey.Private.generate()
        let pub = try CheckpointKey.publicKey(text: key.publicKey, file: "k.pub")
        // A line of the key the board used before a change of keys, kept too.
        let old = try service.integrity.signCheckpoint(with: CheckpointKey.Private.generate()).value
        let kept = try service.integrity.signCheckpoint(with: key).value
        _ = try Self.suspensionLetter(service)
        let newer = try service.integrity.signCheckpoint(with: key).value
        let sound = try service.integrity.verify(key: pub, kept: [kept, old])
        #expect(sound.isSound && sound.checkpoint?.checkpoint == newer)
        #expect(sound.keptCheckpoints.map(\.verdict) == [.holds, .holds])
        // A kept line changed itself (its date): the line is not genuine, the database is not the
        // one at fault; it was "NIET IN ORDE" with the advice to restore and report a breach (a review).
        var touched = kept
        touched.event.seq -= 1
        let notCompared = try service.integrity.verify(key: pub, kept: [touched])
        #expect(notCompared.isSound && notCompared.keptNotGenuine.count == 1, "\(notCompared.keptCheckpoints)")

        try Self.rewrite(path, from: 5)
        let rewritten = try CasusService.session(
            storage: try SQLiteStorage(path: path), account: "tester", profiles: Fixtures.profiles,
            clock: TestClock("2026-11-19").clock)
        let r = try rewritten.integrity.verify(key: pub, kept: [kept, old])
        #expect(
            r.keptCheckpoints.map(\.verdict) == [.eventDiffers, .eventDiffers], "\(r.keptCheckpoints.map(\.verdict))")
        #expect(!r.isSound)
        let signing = refusal { _ = try rewritten.integrity.signCheckpoint(with: key).value }
        #expect(signing?.message.nl.contains("de ketens kloppen niet") == true, "\(String(describing: signing))")
        #expect(try rewritten.integrity.checkpoints().count == 3, "nothing signed")
    }

    @Test func keyFilesThatAreNotKeysAreRefusedWithTheFix() throws {
        #expect(throws: CasusError.self) { try CheckpointKey.publicKey(text: "not a key", file: "k.pub") }
        #expect(throws: CasusError.self) { try CheckpointKey.privateKey(text: "AAAA", file: "k") }
        // The two files told apart: both keys are 32 bytes, and `sign --key k.pub` signed with the
        // public key read as a secret one (a review).
        let key = CheckpointKey.Private.generate()
        let secret = CheckpointKey.secretFileText(key)
        let pub = CheckpointKey.publicFileText(key)
        #expect(try CheckpointKey.privateKey(text: secret, file: "k").publicKey == key.publicKey)
        #expect(try CheckpointKey.publicKey(text: pub, file: "k.pub").base64 == key.publicKey)
        let signing = #expect(throws: CasusError.self) { try CheckpointKey.privateKey(text: pub, file: "k.pub") }
        #expect(signing?.message.nl.contains("is de publieke sleutel") == true)
        let checking = #expect(throws: CasusError.self) { try CheckpointKey.publicKey(text: secret, file: "k") }
        #expect(checking?.message.nl.contains("is de geheime sleutel") == true)
        // A key file of one bare line (made before) is still read, but a bare .pub is not signed with.
        #expect(try CheckpointKey.privateKey(text: key.base64, file: "oud").publicKey == key.publicKey)
        #expect(throws: CasusError.self) { try CheckpointKey.privateKey(text: key.publicKey, file: "oud.pub") }
    }

    /// Changes one event's time and relinks the chain after it, hashes recomputed.
    static func rewrite(_ path: String, from seq: Int64) throws {
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            for t in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
            where t.contains("_no_") || t.contains("chain") {
                try db.execute(sql: "DROP TRIGGER \(t)")
            }
            var prev = try String.fetchOne(db, sql: "SELECT hash FROM event WHERE seq = ?", arguments: [seq - 1])!
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT seq, at, account, real_account, kind, dossier_id, audit_seq, payload FROM event WHERE seq >= ? ORDER BY seq",
                arguments: [seq])
            for row in rows {
                var e = Ledger.StoredEvent(
                    seq: row["seq"], at: row["at"], account: row["account"], realAccount: row["real_account"],
                    kind: row["kind"], dossier: row["dossier_id"], auditSeq: row["audit_seq"],
                    payload: [UInt8](row["payload"] as Data), prevHash: prev, hash: "")
                if e.seq == seq { e.at = "2026-01-01T00:00:00Z" }
                e.hash = e.expectedHash
                try db.execute(
                    sql: "UPDATE event SET at = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    arguments: [e.at, e.prevHash, e.hash, e.seq])
                prev = e.hash
            }
        }
    }
}
