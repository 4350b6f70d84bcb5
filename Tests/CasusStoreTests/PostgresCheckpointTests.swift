@testable import CasusCore
import CasusPostgres
import CasusTestSupport
import Foundation
import Testing

/// A server's checkpoint signs its log of reads' head too: a review cut that log's tail as the
/// database's superuser, and `verify --key` found all sound.
extension PostgresRoleTests {
    @Test func aCheckpointSignsTheLogOfReadsAndACutTailIsFound() throws {
        let w = try world()
        let director = try login(w, "founder")
        _ = try director.dossiers.dossier(w.pupil.id)  // a read: a line in the log of reads
        let key = CheckpointKey.Private.generate()
        let signed = try director.integrity.signCheckpoint(with: key).value
        let access = try #require(signed.access, "a server's checkpoint signs its log of reads")
        #expect(access.seq > 0)
        #expect(String(decoding: signed.message, as: UTF8.self).hasPrefix("casus-checkpoint-v2\n"))
        // The kept line reads back with the same heads.
        #expect(Checkpoint.find(in: signed.line.nl) == [signed])
        let pub = try CheckpointKey.publicKey(text: key.publicKey, file: "k")
        #expect(try director.integrity.verify(key: pub).checkpoint?.verdict == .holds)
        // The tail cut by the superuser from the dossier's read on, the head set back: found. (From
        // the read, not the signed head: the signing's own check walks the store, and a line of the
        // same walk in the same second, written again, has the same hash.)
        _ = try w.cluster.psql(
            w.database,
            """
            ALTER TABLE casus.access_log DISABLE TRIGGER USER;
            CREATE TEMP TABLE cut AS SELECT max(id) AS id FROM casus.access_log WHERE what = 'dossier';
            DELETE FROM casus.access_log WHERE id >= (SELECT id FROM cut);
            UPDATE casus.head SET seq = (SELECT id FROM cut) - 1,
                hash = coalesce((SELECT hash FROM casus.access_log WHERE id = (SELECT id FROM cut) - 1), repeat('0', 64))
            WHERE name = 'access';
            ALTER TABLE casus.access_log ENABLE TRIGGER USER;
            """)
        let found = try director.integrity.verify(key: pub).checkpoint
        #expect(found?.verdict == .accessDiffers, "\(String(describing: found?.verdict))")
        // Without the key too: the checkpoint in the chain says what the log held, and nothing is
        // signed over it anew (a rewrite signed again read "alles klopt", a review).
        let plain = try director.integrity.verify()
        #expect(!plain.isSound && plain.contradictedCheckpoints.contains { $0.access != nil })
        #expect(throws: CasusError.self) { _ = try director.integrity.signCheckpoint(with: key).value }
    }

    /// A checkpoint whose signature is not the key's it names (a director's own client put one under
    /// the board's public key, a signature of nothing) counts for nothing: `verify --key` checks the
    /// board's real one, and tells the false one, with who saved it, as a finding (not sound: a script
    /// reading the exit status hears of it); `checkpoint list` knows it. A
    /// review saw `verify --key` check the false one and say NIET IN ORDE until the board signed again.
    @Test func aCheckpointNotSignedByItsKeyCountsForNothingAndIsTold() throws {
        let w = try world()
        let director = try login(w, "founder")
        let board = CheckpointKey.Private.generate()
        let real = try director.integrity.signCheckpoint(with: board).value
        _ = try director.dossiers.dossier(w.pupil.id)
        _ = try director.session.build { tx in
            var c = try Checkpoint.sign(
                event: try tx.writer.eventHead(), audit: try tx.writer.auditHead(), access: try tx.writer.accessHead(),
                at: tx.now, with: CheckpointKey.Private.generate())
            c.publicKey = board.publicKey
            c.signature = Data(repeating: 0, count: 64).base64EncodedString()
            try tx.audit("checkpoint.sign", detail: "key=\(board.publicKey)")
            try tx.emit(.checkpointSigned(c), at: tx.now)
        }
        let pub = try CheckpointKey.publicKey(text: board.publicKey, file: "board.pub")
        let report = try director.integrity.verify(key: pub)
        #expect(report.checkpoint?.verdict == .holds, "\(String(describing: report.checkpoint?.verdict))")
        #expect(report.checkpoint?.checkpoint == real, "the board's own checkpoint is the one checked")
        #expect(report.falseCheckpoints.map(\.account) == ["founder"])
        #expect(!report.isSound, "a false checkpoint is a finding: verify's exit status tells it")
        let listed = try director.integrity.checkpoints()
        #expect(listed.map(\.checkpoint.isSignedByItsKey) == [true, false])
    }

    /// A checkpoint that names a line the log of reads never had is refused by the server.
    @Test func aCheckpointNamingAnUnknownReadIsRefused() throws {
        let w = try world()
        let director = try login(w, "founder")
        let key = CheckpointKey.Private.generate()
        let refusal = refusal {
            _ = try director.session.build { tx in
                let c = try Checkpoint.sign(
                    event: try tx.writer.eventHead(), audit: try tx.writer.auditHead(),
                    access: ChainHead(seq: 9_999, hash: String(repeating: "ab", count: 32)), at: tx.now, with: key)
                try tx.audit("checkpoint.sign", detail: "key=\(key.publicKey)")
                try tx.emit(.checkpointSigned(c), at: tx.now)
            }
        }
        #expect(refusal.contains("controlepunt"), "\(refusal)")
    }
}
