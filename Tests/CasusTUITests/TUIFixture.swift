import CasusCore
import CasusDemo
import CasusStore
@testable import CasusTUI
import Foundation
import Testing
import CasusTestSupport

/// The demo school at a fixed moment, in memory, opened in a Runtime at a given size.
enum TUIFixture {
    static let moment = Timestamp(iso: "2026-11-18T09:00:00Z")!

    static func runtime(
        width: Int, height: Int, protocol id: String = "koe-troubadour", account: String = "tester",
        as other: String? = nil, lang: Lang = .nl, printer: (any LetterPrinter)? = nil
    ) throws -> Runtime {
        try runtimeAndService(
            width: width, height: height, protocol: id, account: account, as: other, lang: lang, printer: printer
        ).0
    }

    /// The runtime, and a service of the same account on the same store: what "another session"
    /// saves through it shows up in the runtime on a tick.
    static func runtimeAndService(
        width: Int, height: Int, protocol id: String = "koe-troubadour", account: String = "tester",
        as other: String? = nil, lang: Lang = .nl,
        storage: SQLiteStorage? = nil, printer: (any LetterPrinter)? = nil, files: String? = nil
    ) throws -> (Runtime, CasusService) {
        let storage = try storage ?? SQLiteStorage()
        let clock = Clock.fixed(moment)
        _ = try DemoSchool.populate(
            storage: storage, protocolID: id, account: "tester", profiles: Fixtures.profiles, clock: clock)
        let service = try CasusService.session(
            storage: storage, account: account, as: other, profiles: Fixtures.profiles, clock: clock)
        let runtime = try Runtime(
            service: service, letters: Fixtures.letters,
            printer: printer, files: files, lang: lang, width: width, height: height)
        return (runtime, service)
    }
}

/// Golden screens: the Canvas as text, compared with Tests/CasusTUITests/Golden/<name>.txt.
/// CASUS_UPDATE_GOLDEN=1 writes them anew (then read the diff before committing).
enum Golden {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.path + "/Golden"
    }()

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = folder + "/\(name).txt"
        let actual = canvas.text + "\n"
        if ProcessInfo.processInfo.environment["CASUS_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record(
                "golden screen \(name) is missing; run the tests with CASUS_UPDATE_GOLDEN=1",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record(
                """
                golden screen \(name) differs from line \(first + 1):
                expected: \(first < e.count ? String(e[first]) : "<end>")
                actual:   \(first < a.count ? String(a[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}

extension Runtime {
    func press(_ keys: Key...) {
        for k in keys { send(.event(.key(k))) }
    }

    func type(_ text: String) {
        for c in text { send(.event(.key(.char(c)))) }
    }

    /// Moves the Zaken list to the case with this number.
    func select(case number: String) {
        press(.char("2"), .home)
        for _ in 0..<state.cases.total {
            if state.cases.selectedRow?.number == number { return }
            press(.down)
        }
        Issue.record("case \(number) not in the list")
    }
}
