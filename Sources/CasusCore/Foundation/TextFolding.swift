import Foundation

extension String {
    /// Lowercased, diacritics removed: "Joëlle Çelik" → "joelle celik". For name search and sorting.
    public var folded: String {
        // ASCII has no diacritics and folds to its lower case: most names, without Foundation.
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}
