import Foundation
import Yams

/// Reads a YAML config file strictly: every problem is a `CasusError` naming file:line and what is
/// wrong, and keys nobody asked for are refused (a typo must not silently switch a rule off).
public struct YAMLReader {
    public let file: String

    public init(file: String) { self.file = file }

    public func root(_ text: String) throws -> YAMLValue {
        guard let value = try rootIfAny(text) else {
            throw CasusError.invalid("het bestand is leeg", "the file is empty", at: "\(file):1")
        }
        return value
    }

    /// The document, or nil when the file holds nothing but comments.
    public func rootIfAny(_ text: String) throws -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as YamlError {
            throw CasusError.invalid(
                "geen geldige YAML: \(YAMLReader.problem(error))",
                "not valid YAML: \(YAMLReader.problem(error))",
                hint: Phrase(
                    "Herstel de opmaak op die regel (inspringing, dubbele punt, aanhalingstekens).",
                    "Fix the layout on that line (indentation, colon, quotes)."),
                at: "\(file):\(YAMLReader.line(error))")
        }
    }

    static func line(_ error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        case let .duplicatedKeysInMapping(_, context): context.mark.line
        default: 1
        }
    }

    static func problem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        case let .duplicatedKeysInMapping(duplicates, _): "duplicate key \(duplicates.joined(separator: ", "))"
        default: "\(error)"
        }
    }
}

/// One node of a YAML document with its place, for precise messages.
public struct YAMLValue {
    let node: Node
    public let file: String
    public let path: String

    public var line: Int { node.mark?.line ?? 1 }
    public var location: String { "\(file):\(line)" }

    public func fail(_ nl: String, _ en: String, hint: Phrase? = nil) -> CasusError {
        let at = path.isEmpty ? "" : " (\(path))"
        return CasusError.invalid(nl + at, en + at, hint: hint, at: location)
    }

    public func string() throws -> String {
        guard case let .scalar(s) = node else {
            throw fail("hier hoort een tekst", "expected a text here")
        }
        return s.string
    }

    public func nonEmptyString() throws -> String {
        let s = Self.trimmed(try string())
        if s.isEmpty { throw fail("mag niet leeg zijn", "must not be empty") }
        return s
    }

    /// A non-empty text with no character a terminal obeys or that turns the writing direction
    /// round (StoredText), refused at its line: a profile's title with an escape code was taken,
    /// and only a letter made from it was refused, without naming the profile (a review).
    /// `multiline`: whether line breaks and tabs belong in it.
    public func text(multiline: Bool = true) throws -> String {
        let s = try nonEmptyString()
        if let f = StoredText.fault(in: s, multiline: multiline) {
            let at =
                multiline ? Phrase("regel \(f.line) van de tekst, ", "line \(f.line) of the text, ") : Phrase("", "")
            throw fail(
                "de tekst bevat \(f.what.nl) (\(at.nl)teken \(f.column))",
                "the text holds \(f.what.en) (\(at.en)character \(f.column))")
        }
        return s
    }

    /// Without white space (and line ends) at either end. Native: Foundation's trimming bridges to
    /// NSString, and every CLI start reads thousands of the profiles' words (12 % of `casus search`).
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return s }
        return String(scalars[first...last])
    }

    public func bool() throws -> Bool {
        guard case let .scalar(s) = node, let b = Bool(s.string.lowercased()) else {
            throw fail("hier hoort true of false", "expected true or false")
        }
        return b
    }

    public func int() throws -> Int {
        guard case let .scalar(s) = node, let i = Int(s.string) else {
            throw fail("hier hoort een geheel getal", "expected a whole number")
        }
        return i
    }

    public func list() throws -> [YAMLValue] {
        guard case let .sequence(seq) = node else {
            throw fail("hier hoort een lijst", "expected a list")
        }
        return seq.enumerated().map { YAMLValue(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    public func strings() throws -> [String] {
        // Each element's path is only spelled out when it is wrong (a profile holds thousands).
        guard case let .sequence(seq) = node else { return try list().map { try $0.text(multiline: false) } }
        var out: [String] = []
        out.reserveCapacity(seq.count)
        for n in seq {
            guard case let .scalar(scalar) = n, case let text = Self.trimmed(scalar.string), !text.isEmpty,
                StoredText.fault(in: text, multiline: false) == nil
            else {
                // A wrong element: the slow path refuses it with its path and line.
                return try list().map { try $0.text(multiline: false) }
            }
            out.append(text)
        }
        return out
    }

    /// A value from a fixed set (rung ids, severities): names the allowed values when wrong.
    public func oneOf<T: RawRepresentable>(_ type: T.Type, allowed: [T]) throws -> T where T.RawValue == String {
        let s = try string()
        guard let v = T(rawValue: s), allowed.contains(where: { $0.rawValue == v.rawValue }) else {
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            throw fail("onbekende waarde '\(s)'; toegestaan: \(names)", "unknown value '\(s)'; allowed: \(names)")
        }
        return v
    }

    public func map() throws -> YAMLMap {
        guard case let .mapping(m) = node else {
            throw fail("hier hoort een mapping (sleutel: waarde)", "expected a mapping (key: value)")
        }
        var entries: [(String, YAMLValue)] = []
        for (k, v) in m {
            guard case let .scalar(ks) = k else {
                throw YAMLValue(node: k, file: file, path: path).fail(
                    "sleutel moet een tekst zijn", "key must be a text")
            }
            let childPath = path.isEmpty ? ks.string : "\(path).\(ks.string)"
            entries.append((ks.string, YAMLValue(node: v, file: file, path: childPath)))
            _ = k.mark
        }
        return YAMLMap(
            entries: entries, keyLines: m.map { ($0.key.string ?? "", $0.key.mark?.line ?? 1) },
            owner: self)
    }
}

/// A mapping whose keys are checked off as they are read; `finish()` refuses the rest.
public final class YAMLMap {
    private let entries: [(String, YAMLValue)]
    private let keyLines: [(String, Int)]
    private let owner: YAMLValue
    private var used: Set<String> = []

    init(entries: [(String, YAMLValue)], keyLines: [(String, Int)], owner: YAMLValue) {
        self.entries = entries
        self.keyLines = keyLines
        self.owner = owner
    }

    public var location: String { owner.location }

    public func optional(_ key: String) -> YAMLValue? {
        used.insert(key)
        return entries.first { $0.0 == key }?.1
    }

    public func required(_ key: String) throws -> YAMLValue {
        guard let v = optional(key) else {
            throw owner.fail("sleutel '\(key)' ontbreekt", "key '\(key)' is missing")
        }
        return v
    }

    public func has(_ key: String) -> Bool { entries.contains { $0.0 == key } }

    /// The keys in file order (for maps whose keys are data, like key bindings).
    public var keys: [String] { entries.map(\.0) }

    /// Refuses keys that were never asked for.
    public func finish(known: [String] = []) throws {
        used.formUnion(known)
        for (key, line) in keyLines where !used.contains(key) {
            let names = used.sorted().joined(separator: ", ")
            let at = owner.path.isEmpty ? "" : " in \(owner.path)"
            throw CasusError.invalid(
                "onbekende sleutel '\(key)'\(at)", "unknown key '\(key)'\(at)",
                hint: Phrase("Toegestaan: \(names).", "Allowed: \(names)."),
                at: "\(owner.file):\(line)")
        }
    }
}
