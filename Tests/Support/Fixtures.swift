import CasusCore
import Foundation

/// The repository (found from this file's place in the checkout), its Config/ folder and the
/// built-in profiles and letters: one copy for every test target.
public enum Fixtures {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static let configFolder = root + "/Config"

    /// The profiles built into casus (the same as Config/protocols: BuiltinConfigTests checks).
    public static let profiles: ProfileRegistry = {
        // Tests fail loudly if a shipped profile is broken.
        try! ConfigSet.builtin.profiles()
    }()

    /// The letter templates built into casus.
    public static let letters: LetterLibrary = { try! ConfigSet.builtin.letters() }()

    public static func profile(_ id: String) -> ProtocolProfile { profiles[id]! }

    public static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// 10:00 Dutch time on the given day.
    public static func at(_ iso: String, hour: Int = 10) -> Timestamp {
        Timestamp(seconds: Int64(date(iso).dayNumber) * 86_400 + Int64((hour - 1) * 3600))
    }
}

extension CasusService {
    /// A report about one person with this summary, and a case opened from it on these articles.
    public func reportedAndOpened(
        about person: PersonID, _ summary: String, articles: [String], severity: Severity = .severe
    ) throws -> Case {
        let report = try intake.report(summary: summary, platform: nil, subjects: [person]).value
        return try cases.open(
            incident: report.id, subject: person, articles: articles, severity: severity, summary: summary
        ).value
    }

    /// The letters of `template` the case needs (one per address), their fields filled in, filed
    /// and not sent; `limit`: only the first so many.
    @discardableResult
    /// `again`: filed beside the same letter already in the case (`Letters.file`).
    public func fileDrafts(_ c: Case, _ template: String, limit: Int = .max, again: Bool = false) throws
        -> [DossierEntry]
    {
        let t = try Fixtures.letters.require(template)
        return try letters.drafts(case: c.id, template: t).prefix(limit).map { d in
            let body = d.body.replacingOccurrences(of: #"\[[^\]]*\]"#, with: "ingevuld", options: .regularExpression)
            return try letters.file(case: c.id, template: t, body: body, again: again).value.entry
        }
    }
}
