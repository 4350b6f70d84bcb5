import CasusCore
import CasusStore
import CasusTestSupport
import Foundation

extension CLI {
    /// A school written three days ago (in-process, at a fixed clock) in this CLI's database, with
    /// one pupil who left then and one entry in their dossier, and a configuration that keeps
    /// dossiers zero years: the dossier is past its term today. Returns the pupil and the
    /// environment that names that configuration (`CASUS_CONFIG`).
    func pastDueSchool(
        pupil first: String, _ last: String, entry kind: EntryKind, title: String, body: String
    ) throws -> (pupil: Person, env: [String: String]) {
        let account = String(cString: getpwuid(geteuid()).pointee.pw_name)
        let past = Clock.fixed(Timestamp(seconds: Int64(Date().timeIntervalSince1970) - 3 * 86_400))
        let storage = try SQLiteStorage(path: db)
        let service = try Directory.initialize(
            storage: storage, schoolName: "OBS De Linde", protocolID: "jozefschool", account: account,
            director: ("Anne", "van der", "Berg"), profiles: Fixtures.profiles, clock: past)
        let pupil = try service.directory.addPerson(
            Person(schoolID: 1, kind: .pupil, firstName: first, lastName: last, group: "7")
        ).value
        _ = try service.dossiers.addEntry(person: pupil.id, kind: kind, title: title, body: body)
        try service.directory.setLeft(pupil.id, on: past.now().localDate())
        try storage.closeDatabase()
        let config = folder + "/bewaren"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "pupil_years: 0\nstaff_years: 0\n".write(
            toFile: config + "/retention.yaml", atomically: true, encoding: .utf8)
        return (pupil, ["CASUS_CONFIG": config])
    }
}
