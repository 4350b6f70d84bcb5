import Foundation

extension String {
    /// Lowercased, diacritics removed: "Joëlle Çelik" → "joelle celik". For name search and sorting.
    public var folded: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
