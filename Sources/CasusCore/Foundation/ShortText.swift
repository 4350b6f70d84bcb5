/// The most a one-line field holds: a platform, a town, a street, a function, a school's name.
/// These end up in letterheads, lists and figures; 100,000 characters of town were taken and
/// printed on every letter of the school.
public enum ShortText {
    public static let platform = 40
    public static let line = 200

    /// Refuses `value` when it holds more than `limit` characters, naming the field.
    public static func check(_ value: String?, _ field: Phrase, limit: Int = line) throws {
        guard let value, value.count > limit else { return }
        throw CasusError.invalid(
            "\(field.nl) is te lang (\(value.count) tekens, ten hoogste \(limit)); er is niets veranderd",
            "\(field.en) is too long (\(value.count) characters, at most \(limit)); nothing was changed")
    }
}
