import Synchronization

/// The protocol profiles casus knows, by id. A profile is parsed the first time it is asked for:
/// a command that needs none (or only its school's one) does not read five YAML files at every
/// start (issue 18, item 6: that was 41 % of a whole-process `casus search`).
public struct ProfileRegistry: Sendable {
    /// The ids, in order (a profile's id is its file name, known without parsing it).
    public let ids: [String]
    private let source: Source

    /// Each profile's loader, and what it gave once asked; a loader that failed fails the same
    /// way each time it is asked again.
    final class Source: Sendable {
        let loaders: [@Sendable () throws -> ProtocolProfile]
        let loaded: Mutex<[Int: Result<ProtocolProfile, any Error>]>

        init(_ loaders: [@Sendable () throws -> ProtocolProfile], loaded: [Int: Result<ProtocolProfile, any Error>]) {
            self.loaders = loaders
            self.loaded = Mutex(loaded)
        }

        func profile(_ i: Int) throws -> ProtocolProfile {
            if let done = loaded.withLock({ $0[i] }) { return try done.get() }
            // Parsed outside the lock: two threads may both parse a profile once, never wait on each other.
            let result = Result { try loaders[i]() }
            loaded.withLock { $0[i] = result }
            return try result.get()
        }
    }

    /// Profiles already parsed (tests, a demo).
    public init(_ profiles: [ProtocolProfile]) {
        ids = profiles.map(\.id)
        let parsed = Dictionary(
            uniqueKeysWithValues: profiles.enumerated().map {
                ($0.offset, Result<ProtocolProfile, any Error>.success($0.element))
            })
        source = Source(profiles.map { p in { p } }, loaded: parsed)
    }

    /// Profiles parsed when first asked for.
    public init(lazy loaders: [(id: String, load: @Sendable () throws -> ProtocolProfile)]) {
        ids = loaders.map(\.id)
        source = Source(loaders.map(\.load), loaded: [:])
    }

    /// Every profile, each parsed if it was not yet (a broken one is reported here).
    public var profiles: [ProtocolProfile] {
        get throws { try ids.indices.map { try source.profile($0) } }
    }

    /// The profile, or nil when there is none by that id or it cannot be read.
    public subscript(id: String) -> ProtocolProfile? { try? find(id) }

    func find(_ id: String) throws -> ProtocolProfile? {
        guard let i = ids.firstIndex(of: id) else { return nil }
        return try source.profile(i)
    }

    public func require(_ id: String) throws -> ProtocolProfile {
        guard let p = try find(id) else {
            let known = ids.joined(separator: ", ")
            throw CasusError(
                .notFound, Phrase("protocolprofiel '\(id)' bestaat niet", "protocol profile '\(id)' does not exist"),
                hint: Phrase(
                    "Bekende profielen: \(known). Zie `casus protocols`.",
                    "Known profiles: \(known). See `casus protocols`."))
        }
        return p
    }
}
