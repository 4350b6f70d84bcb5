/// A case's number as a user types it in a search: "2026-0012", or its short form "2026-12".
public enum CaseNumber {
    /// The number as casus writes it (`year-NNNN`, at least four digits) when `text` is one case
    /// number and nothing else; nil for any other text.
    public static func typed(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...7).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let n = Int(parts[1]), n > 0
        else { return nil }
        let digits = String(n)
        return "\(year)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
