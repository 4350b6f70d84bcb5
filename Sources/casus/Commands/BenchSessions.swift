import CasusCore
import CasusPostgres
import CasusTUI
import Foundation

/// Other people working on the same server while `casus bench run --sessions N` measures
/// (issue 18, item 3): directors, IBs, teachers and the board, each on a connection of their own
/// login role and a full screen of their own, at a person's pace: a key every 100 ms through the
/// bench's key script, a search every 3 seconds (not a teacher: a teacher does not search), and a
/// save every 5 seconds: a teacher's report, an IB's care note, a director's note. What they did
/// and every error they met are counted; `verify` afterwards says whether anything was lost.
final class BenchSessions: @unchecked Sendable {
    struct Account: Sendable {
        let account: String
        let role: Role
        let school: SchoolID
    }

    /// The pace of one person.
    static let keyEvery: useconds_t = 100_000
    static let searchEveryKeys = 30
    static let saveEveryKeys = 50

    private let lock = NSLock()
    private var stopping = false
    private var keys: [Double] = []
    private var searches = 0
    private var saves = 0
    private var errors: [String] = []
    private let group = DispatchGroup()
    let accounts: [Account]

    /// Starts `count` sessions on the server at `url`, round the roles (director, IB, teacher,
    /// board: those the database has accounts for) and the schools, as the demo's accounts of
    /// each. A school without a teacher account gets one from its director (`demo-leerkracht-N`;
    /// a demo database only: the bench refuses any other). `service` is the bench's own session,
    /// which sees every account.
    init(count: Int, url: String, service: CasusService, profiles: ProfileRegistry, letters: LetterLibrary) throws {
        let users = try service.directory.users()
        let schools = try service.directory.schools().map(\.id).sorted()
        func user(_ role: Role, _ school: SchoolID?) -> String? {
            users.filter { $0.role == role && (role == .board || $0.schoolID == school) }.map(\.account).sorted().first
        }
        var planned: [Account] = []
        // The roles this database has accounts for (a teacher's is made when missing; the small
        // demo has no board).
        let roles: [Role] = [.director, .ib, .teacher, .board].filter { role in
            role == .teacher || users.contains { $0.role == role }
        }
        for i in 0..<count where !schools.isEmpty {
            let role = roles[i % roles.count]
            let school = schools[i / roles.count % schools.count]
            let account = role == .teacher ? user(.teacher, school) ?? "demo-leerkracht-\(school)" : user(role, school)
            guard let account else {
                throw CasusError.refused(
                    "school \(school) heeft geen account met de rol \(role.rawValue) om mee te meten",
                    "school \(school) has no \(role.rawValue) account to measure with")
            }
            planned.append(Account(account: account, role: role, school: school))
        }
        accounts = planned
        // Each school's pupils the writers write about, and its teacher, read by its director.
        var pupils: [SchoolID: [PersonID]] = [:]
        for school in Set(accounts.map(\.school)) {
            guard let name = user(.director, school) else { continue }
            let director = try Self.login(url, name, profiles)
            pupils[school] = try director.directory.people(kinds: [.pupil], limit: 20).map(\.id)
            if let teacher = accounts.first(where: { $0.role == .teacher && $0.school == school }),
                !users.contains(where: { $0.account == teacher.account })
            {
                let staff = try director.directory.people(kinds: [.staff], limit: 1).first
                try director.directory.addUser(
                    account: teacher.account, role: .teacher, personID: staff?.id, schoolID: school
                ).value
            }
        }
        for (n, who) in accounts.enumerated() {
            let mine = pupils[who.school] ?? []
            group.enter()
            Thread.detachNewThread { [self] in
                defer { group.leave() }
                work(n, who, url: url, pupils: mine, profiles: profiles, letters: letters)
            }
        }
    }

    /// A session on the server, logged in as that account.
    static func login(_ url: String, _ account: String, _ profiles: ProfileRegistry) throws -> CasusService {
        try CasusService.session(
            storage: try PostgresStorage(url: BenchServer.url(url, as: account)), account: account, profiles: profiles)
    }

    private var stopped: Bool { lock.withLock { stopping } }

    private func note(error: String) { lock.withLock { errors.append(error) } }

    private func work(
        _ n: Int, _ who: Account, url: String, pupils: [PersonID], profiles: ProfileRegistry, letters: LetterLibrary
    ) {
        do {
            let service = try Self.login(url, who.account, profiles)
            let runtime = try Runtime(service: service, letters: letters, lang: .nl, width: 120, height: 40)
            _ = runtime.frame
            // Each session starts somewhere else in the script, so they do not move in step.
            let script = KeyScript.keys(count: 997)
            var k = n * 37
            while !stopped {
                let key = script[k % script.count]
                k += 1
                let t = Clock0.now()
                runtime.send(.event(.key(key)))
                _ = runtime.frame
                let ms = Clock0.ms(since: t)
                if runtime.state.quitting { runtime.send(.event(.key(.char("2")))) }
                lock.withLock { keys.append(ms) }
                if k % Self.searchEveryKeys == 0, who.role != .teacher {
                    do {
                        _ = try service.dossiers.search(BenchSQL.queries[k % BenchSQL.queries.count])
                        lock.withLock { searches += 1 }
                    } catch { note(error: "\(who.account) search: \(error)") }
                }
                if k % Self.saveEveryKeys == 0, !pupils.isEmpty {
                    do {
                        try save(service, who, pupil: pupils[k / Self.saveEveryKeys % pupils.count], k)
                        lock.withLock { saves += 1 }
                    } catch { note(error: "\(who.account) save: \(error)") }
                }
                usleep(Self.keyEvery)
            }
        } catch {
            note(error: "\(who.account): \(error)")
        }
    }

    private func save(_ service: CasusService, _ who: Account, pupil: PersonID, _ k: Int) throws {
        switch who.role {
        case .teacher:
            _ = try service.intake.report(
                summary: "Meting \(k): een filmpje uit de klas gedeeld.", platform: "TikTok", subjects: [pupil])
        case .ib:
            _ = try service.dossiers.addEntry(
                person: pupil, kind: .care, title: "Meting \(k)", body: "Zorgnotitie tijdens de meting.")
        case .director:
            _ = try service.dossiers.addEntry(
                person: pupil, kind: .note, title: "Meting \(k)", body: "Notitie tijdens de meting.")
        default:
            break
        }
    }

    /// Stops every session and says what they did, for the report.
    func stop() -> (summary: String, keys: [Double], errors: [String]) {
        lock.withLock { stopping = true }
        group.wait()
        return lock.withLock {
            let roles = Dictionary(grouping: accounts, by: \.role).mapValues(\.count)
            let who = [(Role.director, "directors"), (.ib, "IBs"), (.teacher, "teachers"), (.board, "board")]
                .compactMap { role, name in roles[role].map { "\(name) \($0)" } }.joined(separator: ", ")
            let summary =
                "\(accounts.count) other sessions at once (\(who)), each a key every \(Self.keyEvery / 1000) ms: "
                + "\(keys.count) keys, \(searches) searches, \(saves) saves, \(errors.count) errors"
            return (summary, keys, errors)
        }
    }
}
