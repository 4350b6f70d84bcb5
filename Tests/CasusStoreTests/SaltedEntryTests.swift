@testable import CasusCore
import CasusPostgres
import CasusStore
import CasusTestSupport
import Foundation
import Testing

/// An entry's hash stands beside a text cut short: an IB reads a letter from its salutation on, a
/// parent reads an export with other pupils' names replaced. Against a plain SHA-256 of the whole,
/// the part left out was found by trying addresses or a class's names (a review: seconds with
/// psql). Every entry is now hashed with a salt of its own (EntrySalt) that neither reads.
@Suite struct SaltedEntryTests {
    /// What someone who reads all of an entry but one part computes for a guess of that part: the
    /// entry's hash as every entry was hashed before the salt (casus-entry-v1).
    static func plainHash(_ e: DossierEntry, body: String) -> String {
        DossierChain.hash(
            prev: e.prevHash,
            canonical: DossierChain.canonical(
                dossierID: e.dossierID, seq: e.seq, kind: e.kind, title: e.title, body: body, author: e.author,
                authorName: e.authorName, at: e.at, caseID: e.caseID, corrects: e.corrects, heard: e.heard,
                evidence: e.evidence))
    }

    static func isSalt(_ s: String) -> Bool { s.utf8.count == 32 && s.allSatisfy { "0123456789abcdef".contains($0) } }

    @Test func aLettersHashConfirmsNoGuessOfItsHead() throws {
        let (school, pupil, _, letters) = try TestSchool.warnedApart()
        _ = try school.service.directory.addUser(account: "ib_els", role: .ib, personID: nil)
        let ib = try school.session("ib_els")
        #expect(letters.count == 2)
        for letter in letters {
            let stored = try school.service.dossiers.entry(letter.id).entry
            #expect(Self.isSalt(stored.salt), "\(stored.salt)")
            #expect(DossierChain.expectedHash(of: stored) == stored.hash)
            // The right guess, the whole letter as it went, address and all, confirms nothing.
            #expect(Self.plainHash(stored, body: stored.body) != stored.hash)
            let shown = try ib.dossiers.entry(letter.id).entry
            #expect(shown.salt.isEmpty && shown.hash.isEmpty && shown.prevHash.isEmpty)
        }
        // Two letters never share a salt, and the chain verifies with them.
        let salts = try letters.map { try school.service.dossiers.entry($0.id).entry.salt }
        #expect(Set(salts).count == 2)
        #expect(try school.service.integrity.verify().isSound)
        #expect(try ib.dossiers.dossier(pupil.id).entries.allSatisfy { $0.salt.isEmpty })
    }

    /// An inzage export gives each entry's hash beside its text with other pupils' names replaced;
    /// the hash no longer tells which classmate it was, and no format carries the salt.
    @Test func anExportsHashesConfirmNoGuessOfANameReplaced() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (tygo, _) = try school.pupil("Tygo", "Bouzid", group: "8")
        _ = try school.pupil("Daan", "Smit", group: "8")
        let c = try school.openCase(about: tygo, articles: ["A.5"], summary: "Filmpje gedeeld.")
        let note = try school.service.cases.addEntry(
            c.id, kind: .meeting, title: "Gesprek", body: "Tygo zegt dat Daan Smit het filmpje maakte.", heard: [.pupil]
        ).value
        let stored = try school.service.dossiers.entry(note.id).entry
        #expect(Self.isSalt(stored.salt))
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try school.service.dossiers.export(tygo.id, format: format)
            #expect(!text.contains("Daan Smit"), "\(format)")
            #expect(text.contains(stored.hash), "\(format): the export gives the hash")
            #expect(!text.contains(stored.salt), "\(format): the export gives the salt")
        }
        #expect(Self.plainHash(stored, body: "Tygo zegt dat Daan Smit het filmpje maakte.") != stored.hash)
        #expect(DossierChain.expectedHash(of: stored) == stored.hash)
    }

    /// The director's session as casus wrote before entries were salted (casus-entry-v1).
    static func unsalted(_ school: TestSchool) -> CasusService {
        let s = school.service.session
        return CasusService(
            Session(
                storage: s.storage, actor: s.actor, profiles: s.profiles, clock: s.clock, loggedIn: true,
                personKeys: PersonKeys(make: { _ in .fresh() }, makeSalt: { _, _ in EntrySalt(unchecked: "") })))
    }

    /// Tygo and his classmate Daan Smit, a case about Tygo, and the director's session as casus
    /// wrote before the salt.
    static func classmates() throws -> (TestSchool, Person, Case, CasusService) {
        let school = try TestSchool(protocol: "jozefschool")
        let (tygo, _) = try school.pupil("Tygo", "Bouzid", group: "8")
        _ = try school.pupil("Daan", "Smit", group: "8")
        let c = try school.openCase(about: tygo, articles: ["A.5"], summary: "Filmpje gedeeld.")
        return (school, tygo, c, unsalted(school))
    }

    /// An entry written before the salt keeps its plain hash: beside its text with a name replaced,
    /// an export gave it, and the hash of every older-style entry after it, which chains over it;
    /// a parent found the classmate's name and the other parent's address by trying (a review).
    /// Withheld now, up to the first salted entry, whose own hash is given.
    @Test func anOldEntrysHashIsNotGivenBesideItsRedactedText() throws {
        let (school, tygo, c, old) = try Self.classmates()
        let plain = try old.cases.addEntry(c.id, kind: .note, body: "Gesprek met Tygo gepland.").value
        let naming = try old.cases.addEntry(c.id, kind: .meeting, body: "Tygo zegt dat Daan Smit filmde.").value
        let after = try old.cases.addEntry(c.id, kind: .note, body: "Moeder gebeld.").value
        let salted = try school.service.cases.addEntry(c.id, kind: .note, body: "Vader gebeld.").value
        #expect([plain, naming, after].allSatisfy { $0.salt.isEmpty } && Self.isSalt(salted.salt))
        // The attack the export allowed: the right guess gives the printed hash.
        #expect(Self.plainHash(naming, body: "Tygo zegt dat Daan Smit filmde.") == naming.hash)
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try school.service.dossiers.export(tygo.id, format: format)
            #expect(!text.contains("Daan Smit"), "\(format)")
            // Nothing cut before it: the plain note's hash stands.
            #expect(text.contains(plain.hash), "\(format)")
            #expect(!text.contains(naming.hash) && !text.contains(after.hash), "\(format): a hash that tells")
            #expect(text.contains(salted.hash), "\(format): the salted entry's own hash")
            #expect(text.contains("staat de hash niet"), "\(format)")
        }
        // The school verifies them all, and the export against its line.
        #expect(try school.service.integrity.verify().isSound)
        let export = try school.service.dossiers.export(tygo.id, format: .md)
        #expect(try school.service.integrity.check(document: export, name: "export.md").isSound)
    }

    /// A parent's export holds a few entries of the child's dossier: the `vorige` of the first, and
    /// the hash of an old entry after one it leaves out, chained over entries the parent never
    /// reads, and the other parent's letter, the same template as one's own, was rebuilt and its
    /// address tried against them (a review). Given only where all that precedes is given.
    @Test func aParentsExportGivesNoHashThatChainsOverWhatItLeavesOut() throws {
        let school = try TestSchool(protocol: "jozefschool")
        let (tygo, parent) = try school.pupil("Tygo", "Bouzid", group: "8", parent: "Fatima Bouzid")
        let mother = try #require(parent)
        let pupilCase = try school.openCase(about: tygo, articles: ["A.5"], summary: "Foto gedeeld.")
        let report = try school.service.intake.report(
            summary: "Fatima Bouzid schreef op Facebook over meester Bas.", platform: "Facebook", subjects: [mother.id]
        ).value
        let motherCase = try school.service.cases.open(
            incident: report.id, subject: mother.id, articles: ["A.7"], severity: nil, summary: "Beledigend bericht."
        ).value
        let old = Self.unsalted(school)
        let hidden = try old.cases.addEntry(pupilCase.id, kind: .note, body: "Vader woont aan de Geheimweg 9.").value
        let phone = try old.cases.addEntry(motherCase.id, kind: .phone, body: "Gebeld met Fatima Bouzid.").value
        let salted = try school.service.cases.addEntry(motherCase.id, kind: .phone, body: "Nogmaals gebeld.").value
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try school.service.dossiers.export(mother.id, format: format)
            #expect(text.contains("Gebeld met Fatima Bouzid.") && !text.contains("Geheimweg"), "\(format)")
            #expect(!text.contains(hidden.hash), "\(format): the vorige of an entry after one left out")
            #expect(!text.contains(phone.hash), "\(format): a hash chained over one left out")
            #expect(text.contains(salted.hash), "\(format): a salted entry's own hash")
        }
        let export = try school.service.dossiers.export(mother.id, format: .md)
        #expect(try school.service.integrity.check(document: export, name: "export.md").isSound)
    }

    /// A dossier with no entry since the salt: its head is the redacted old entry (or chains over
    /// it), and the export's seal named it by its hash. The seal gives the head without it now, and
    /// `verify --against` holds the export against its audit line as before.
    @Test func anExportsSealGivesNoHashThatTells() throws {
        let (school, tygo, c, old) = try Self.classmates()
        let naming = try old.cases.addEntry(c.id, kind: .meeting, body: "Tygo zegt dat Daan Smit filmde.").value
        let head = try old.cases.addEntry(c.id, kind: .note, body: "Moeder gebeld.").value
        for format in [DossierExport.Format.md, .html, .json] {
            let text = try school.service.dossiers.export(tygo.id, format: format)
            #expect(!text.contains(naming.hash) && !text.contains(head.hash), "\(format)")
            let seals = Seal.find(in: text)
            #expect(seals.count == 1 && seals.allSatisfy(\.withholdsEntry), "\(format): \(seals)")
            let check = try school.service.integrity.check(document: text, name: "export.\(format)")
            #expect(check.isSound && check.seals.allSatisfy { $0.entry == .withheld }, "\(format): \(check)")
        }
        // Its seal edited to name an earlier entry, also without its hash: the text is the one
        // recorded, but "since" would count from the wrong entry (a review). The line names the seal's.
        let genuine = try school.service.dossiers.export(tygo.id, format: .md)
        var earlier = try #require(Seal.find(in: genuine).first)
        #expect(earlier.entry.seq == head.seq)
        let sealLine = earlier.line.nl
        earlier.entry.seq = naming.seq
        let moved = genuine.replacingOccurrences(of: sealLine, with: earlier.line.nl)
        #expect(moved != genuine)
        let movedCheck = try school.service.integrity.check(document: moved, name: "verschoven.md")
        #expect(!movedCheck.isSound && movedCheck.seals.first?.exportText == .otherEntry(head.seq), "\(movedCheck)")
        // A made-up export under a seal that withholds: its text is not the one recorded.
        var forged = try school.service.dossiers.export(tygo.id, format: .md)
        forged = forged.replacingOccurrences(of: "Moeder gebeld.", with: "Niemand gebeld.")
        #expect(!(try school.service.integrity.check(document: forged, name: "vals.md").isSound))
        // A salted head is never withheld: its hash is given, and a seal of zeros for it differs.
        let salted = try school.service.cases.addEntry(c.id, kind: .note, body: "Vader gebeld.").value
        let now = try school.service.dossiers.export(tygo.id, format: .md)
        #expect(now.contains(salted.hash) && !Seal.find(in: now).contains(where: \.withholdsEntry))
        let zeroed = now.replacingOccurrences(of: salted.hash, with: Seal.withheld)
        let zeroedCheck = try school.service.integrity.check(document: zeroed, name: "nul.md")
        #expect(!zeroedCheck.isSound && zeroedCheck.seals.allSatisfy { $0.entry != .withheld }, "\(zeroedCheck)")
    }

    /// A letter filed before the salt and printed now: its seal and its chain line gave its plain
    /// hash, chained over the entries before it, and with the pupil's export the other parent found
    /// a classmate's name and an address by trying (a review). Withheld now; `verify --against`
    /// still compares the letter's words with the filed letter, and a word changed is found.
    @Test func aLetterFiledBeforeTheSaltIsPrintedWithoutItsHash() throws {
        let (school, _, c, old) = try Self.classmates()
        _ = try old.cases.addEntry(c.id, kind: .meeting, body: "Tygo zegt dat Daan Smit filmde.").value
        try school.service.cases.step(c.id, StepRequest(rung: .warning, reason: "Eerste keer.")).value
        let template = try Fixtures.letters.require("waarschuwing")
        let body = "Testschool\n\nGeachte ouders,\n\nTygo krijgt een waarschuwing.\n\nMet vriendelijke groet,"
        let letter = try old.letters.file(case: c.id, template: template, body: body).value.entry
        #expect(letter.salt.isEmpty)
        let seal = try school.service.letters.seal(entry: letter.id)
        #expect(seal.withholdsEntry && !seal.line.nl.contains(letter.hash), "\(seal.line.nl)")
        let document = try school.service.letters.document(entry: letter.id)
        #expect(!document.html().contains(letter.hash) && !document.printedText.contains(letter.hash))
        #expect(document.chainLine.contains("niet gegeven"), "\(document.chainLine)")
        let text = letter.body + "\n\n" + seal.line.nl + "\n"
        let check = try school.service.integrity.check(document: text, name: "brief")
        #expect(check.isSound && check.seals.allSatisfy { $0.entry == .withheld }, "\(check.seals)")
        let changed = text.replacingOccurrences(of: "een waarschuwing", with: "een schorsing")
        #expect(!(try school.service.integrity.check(document: changed, name: "brief").isSound))
        // A salted letter's is given as ever.
        let salted = try school.service.letters.file(case: c.id, template: template, body: body, again: true).value
            .entry
        #expect(try school.service.letters.seal(entry: salted.id).line.nl.contains(salted.hash))
    }

    /// The demo's chain is the same at every run (issue 18); a school's salts are fresh each time.
    @Test func aDemoSaltsAlikeEveryRunAndASchoolAfresh() {
        let demo = PersonKeys.demo.salt(dossier: 4, seq: 2)
        #expect(demo == PersonKeys.demo.salt(dossier: 4, seq: 2) && Self.isSalt(demo.hex))
        #expect(demo != PersonKeys.demo.salt(dossier: 4, seq: 3))
        #expect(demo != PersonKeys.demo.salt(dossier: 5, seq: 2))
        let fresh = PersonKeys.random.salt(dossier: 4, seq: 2)
        #expect(fresh != PersonKeys.random.salt(dossier: 4, seq: 2) && Self.isSalt(fresh.hex))
    }

    /// The salt is checked with the entry: taken away or changed behind casus's back, the entry no
    /// longer gives its hash and `verify` names it.
    @Test(arguments: [
        "UPDATE entry SET salt = '' WHERE id = (SELECT max(id) FROM entry WHERE salt <> '')",
        "UPDATE entry SET salt = (CASE WHEN substr(salt, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(salt, 2) WHERE id = (SELECT max(id) FROM entry)",
    ])
    func anEntrysSaltChangedIsFound(_ sql: String) throws {
        let r = try TamperTests.verified(after: sql)
        #expect(!r.isSound && r.breaks.contains { $0.reason == .alteredEntry }, "\(r.breaks)")
    }
}

/// On a server the server blanks the salt for an IB in every function that returns an entry, and
/// refuses an entry written without one, whatever the client.
extension PostgresRoleTests {
    /// An IB's login reads no dossier's head: where the head was a letter filed before the salt, it
    /// tried addresses against it until one matched (a review). The server links the IB's care notes
    /// itself, after the head it does not show, with a salt of its own.
    @Test func anIBsLoginReadsNoDossierHeadAndTheServerLinksItsNotes() throws {
        let w = try world()
        let (director, c, letter) = try warningToTheMother(w)
        let stored = try director.dossiers.entry(letter.id).entry
        let head = { (user: String) in
            try w.cluster.psql(w.database, "SELECT seq || ' ' || hash FROM casus.chain_head(\(w.pupil.id))", user: user)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try head("founder") == "\(stored.seq) \(stored.hash)")
        #expect(try head("ib_els") == "\(stored.seq)", "the IB's login is shown the place, not the hash")
        // Nor where a note goes (the slot a note asks for with its reads), in a dossier or a case.
        let slots = try w.cluster.psql(
            w.database,
            """
            BEGIN;
            SELECT 'dossier:' || hash FROM casus.entry_slot(\(w.pupil.id));
            SELECT 'case:' || hash FROM casus.case_entry_slot(\(c.id));
            ROLLBACK;
            """, user: "ib_els")
        #expect(slots.contains("dossier:\n") || slots.contains("dossier:\r") || slots.hasSuffix("dossier:"), "\(slots)")
        #expect(!slots.contains(stored.hash), "\(slots)")
        // Nor the salt of an entry it reads.
        let ticket = try w.cluster.psql(
            w.database, "SELECT casus.log_read('entry', \(letter.id), NULL)", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let salt = try w.cluster.psql(
            w.database, "SELECT salt || hash FROM casus.entry_by_id(\(letter.id), \(ticket))", user: "ib_els"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(salt.isEmpty, "\(salt)")
        // An IB's care note through casus: linked after the letter by the server, and salted by it.
        let ib = try login(w, "ib_els")
        let care = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Sem is stil.").value
        let kept = try director.dossiers.entry(care.id).entry
        #expect(kept.seq == stored.seq + 1 && kept.prevHash == stored.hash)
        #expect(SaltedEntryTests.isSalt(kept.salt) && DossierChain.expectedHash(of: kept) == kept.hash)
        // What the IB's client holds of it tells nothing of the head: no salt, no head.
        #expect(care.salt.isEmpty && care.prevHash.isEmpty && care.hash == kept.hash)
        var guessed = kept
        guessed.salt = ""
        #expect(DossierChain.expectedHash(of: guessed) != kept.hash)
        // A second note in the same dossier follows it the same way.
        let second = try ib.dossiers.addEntry(person: w.pupil.id, kind: .care, title: nil, body: "Sem lacht.").value
        #expect(try director.dossiers.entry(second.id).entry.prevHash == kept.hash)
        #expect(try director.integrity.verify().isSound)
        #expect(try head("ib_els") == "\(second.seq)")
    }

    /// A purged dossier's last hash is its head (its next entry follows it): to an IB's login the
    /// tombstone gave it, where a letter filed before the salt could have been the last (a review).
    @Test func anIBsLoginReadsNoPurgedDossiersLastHash() throws {
        let w = try world()
        // Written as a purge writes it, behind the server's functions (a purge needs years to pass).
        _ = try w.cluster.psql(
            w.database,
            """
            SET session_replication_role = replica;
            INSERT INTO casus.tombstone (dossier_id, purged_at, purged_by, entry_count, last_seq, last_hash, reason)
            VALUES (\(w.pupil.id), '2026-12-07T09:00:00Z', 'founder', 1, 1, repeat('e', 64), 'bewaartermijn verstreken');
            """)
        let lastHash = { (user: String) in
            try w.cluster.psql(
                w.database, "SELECT last_seq || ':' || last_hash FROM casus.tombstones(\(w.pupil.id))", user: user
            ).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try lastHash("founder") == "1:" + String(repeating: "e", count: 64))
        #expect(try lastHash("ib_els") == "1:")
    }

    /// A head an IB's client sends itself is refused alike, right or wrong: a refusal only of a
    /// wrong one would answer the guess the head no longer answers.
    @Test func aHeadAnIBsClientSendsIsRefusedRightOrWrong() throws {
        let w = try world()
        let (director, _, letter) = try warningToTheMother(w)
        let right = try director.dossiers.entry(letter.id).entry
        let ib = try login(w, "ib_els")
        for guess in [right.hash, String(repeating: "a", count: 64)] {
            let refused = refusal {
                _ = try ib.session.build { tx in
                    var entry = DossierChain.link(
                        EntryDraft(kind: .care, title: "Zorgnotitie", body: "Sem is stil."), dossier: w.pupil.id,
                        after: ChainHead(seq: right.seq, hash: guess), author: "ib_els",
                        authorName: ib.actor.displayName, at: tx.now)
                    entry.id = try tx.writer.nextID(.entry)
                    try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
                }
            }
            #expect(refused.contains("koppelt een stuk niet zelf"), "\(refused)")
        }
        #expect(try director.dossiers.dossier(w.pupil.id).entries.allSatisfy { $0.body != "Sem is stil." })
    }

    /// A client of its own that writes an entry without a salt (or as casus did before) is refused:
    /// its hash would confirm guesses again.
    @Test func anEntryWithoutItsSaltIsRefusedByTheServer() throws {
        let w = try world()
        let director = try login(w, "founder")
        let refused = refusal {
            _ = try director.session.build { tx in
                var entry = DossierChain.link(
                    EntryDraft(kind: .note, title: "Notitie", body: "Gesprek met moeder."), dossier: w.pupil.id,
                    after: try tx.r.chainHead(dossier: w.pupil.id), author: "founder",
                    authorName: director.actor.displayName, at: tx.now)
                entry.salt = ""
                entry.hash = DossierChain.expectedHash(of: entry)
                entry.id = try tx.writer.nextID(.entry)
                try tx.emit(.entryAppended(entry, evidence: []), at: tx.now)
            }
        }
        #expect(refused.contains("zonder eigen zout"), "\(refused)")
        #expect(try director.dossiers.dossier(w.pupil.id).entries.allSatisfy { $0.body != "Gesprek met moeder." })
    }
}
