import Foundation

/// What casus reads from its configuration, each through `ConfigSet` so a school's own file
/// takes the place of the built-in one.
extension ConfigSet {
    /// Every protocol profile (protocols/*.yaml). A profile's id is its file name (the loader
    /// checks), so a school's `jozefschool.yaml` replaces the built-in one and a new name adds one.
    /// Each is parsed when first asked for (`ProfileRegistry`).
    public func profiles() throws -> ProfileRegistry {
        ProfileRegistry(
            lazy: try files(in: "protocols", suffix: ".yaml").map { file in
                let name = (file.path as NSString).lastPathComponent
                return (
                    String(name.dropLast(".yaml".count)),
                    { try ProfileLoader.load(file: file.location, text: file.text) }
                )
            })
    }

    /// Every letter template (templates/*.mustache).
    public func letters() throws -> LetterLibrary {
        LetterLibrary(
            try files(in: "templates", suffix: ".mustache").map { file in
                let name = (file.path as NSString).lastPathComponent
                return try LetterLibrary.parse(
                    id: String(name.dropLast(".mustache".count)), file: file.location, text: file.text)
            })
    }

    /// retention.yaml, else the defaults (2 years for pupils and staff).
    public func retention() throws -> RetentionPolicy {
        guard let file = try file("retention.yaml") else { return .standard }
        return try RetentionPolicy.load(file: file.location, text: file.text)
    }
}
