/// The protocol profiles casus knows, by id.
public struct ProfileRegistry: Sendable {
    public let profiles: [ProtocolProfile]

    public init(_ profiles: [ProtocolProfile]) { self.profiles = profiles }

    public subscript(id: String) -> ProtocolProfile? { profiles.first { $0.id == id } }

    public func require(_ id: String) throws -> ProtocolProfile {
        guard let p = self[id] else {
            let known = profiles.map(\.id).joined(separator: ", ")
            throw CasusError(
                .notFound, Phrase("protocolprofiel '\(id)' bestaat niet", "protocol profile '\(id)' does not exist"),
                hint: Phrase(
                    "Bekende profielen: \(known). Zie `casus protocols`.",
                    "Known profiles: \(known). See `casus protocols`."))
        }
        return p
    }
}
