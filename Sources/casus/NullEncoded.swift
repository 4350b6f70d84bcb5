import Foundation

/// An optional in a `--json` shape that is written as `null` when empty instead of being left out
/// (DESIGN.md §7: "`rung` (rung id or null)"): a script reads every key of a shape, and a key
/// that comes and goes reads as a different shape. Swift's own encoding leaves an empty optional out.
@propertyWrapper
struct Null<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// Any value encoded with every empty optional written as `null`, at every depth: what `--json`
/// writes. Swift's synthesized encoding leaves an empty optional out, so a key came and went
/// between rows of one list (`rung` in 4 of 9 rows of `case list --json`, `birthDate`, `personID`,
/// a review) and a script reading `row["rung"]` broke on the rows without one. Each container
/// forwards to the real encoder's; only `encodeIfPresent` of nothing becomes `encodeNil`, and
/// every value below is wrapped in turn.
struct KeepingNulls<Value: Encodable>: Encodable {
    let value: Value

    init(_ value: Value) { self.value = value }

    func encode(to encoder: any Encoder) throws { try value.encode(to: NullKeepingEncoder(base: encoder)) }

    /// A value the real encoder writes itself, with nothing below it to wrap: a number, a text, a
    /// truth value, and what JSONEncoder treats apart (a date, bytes, an address, a decimal).
    /// Wrapping one went round forever (its own encoding asks for a single-value container).
    static func isPlain<T>(_ type: T.Type) -> Bool {
        type is any BinaryInteger.Type || type is any BinaryFloatingPoint.Type || type == String.self
            || type == Bool.self || type == Date.self || type == Data.self || type == URL.self
            || type == Decimal.self
    }
}

private struct NullKeepingEncoder: Encoder {
    let base: any Encoder
    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(NullKeepingKeyed(base: base.container(keyedBy: type)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { NullKeepingUnkeyed(base: base.unkeyedContainer()) }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        NullKeepingSingle(base: base.singleValueContainer())
    }
}

private struct NullKeepingKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var base: KeyedEncodingContainer<Key>
    var codingPath: [any CodingKey] { base.codingPath }

    mutating func encodeNil(forKey key: Key) throws { try base.encodeNil(forKey: key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if KeepingNulls<T>.isPlain(T.self) {
            try base.encode(value, forKey: key)
        } else {
            try base.encode(KeepingNulls(value), forKey: key)
        }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
    }
    // The standard library's own overloads for the plain types, each to the one above.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) }

    private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try base.encode(value, forKey: key) } else { try base.encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(NullKeepingKeyed<NestedKey>(base: base.nestedContainer(keyedBy: keyType, forKey: key)))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NullKeepingUnkeyed(base: base.nestedUnkeyedContainer(forKey: key))
    }
    mutating func superEncoder() -> any Encoder { NullKeepingEncoder(base: base.superEncoder()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NullKeepingEncoder(base: base.superEncoder(forKey: key))
    }
}

private struct NullKeepingUnkeyed: UnkeyedEncodingContainer {
    var base: any UnkeyedEncodingContainer
    var codingPath: [any CodingKey] { base.codingPath }
    var count: Int { base.count }

    mutating func encodeNil() throws { try base.encodeNil() }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if KeepingNulls<T>.isPlain(T.self) { try base.encode(value) } else { try base.encode(KeepingNulls(value)) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(NullKeepingKeyed<NestedKey>(base: base.nestedContainer(keyedBy: keyType)))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NullKeepingUnkeyed(base: base.nestedUnkeyedContainer())
    }
    mutating func superEncoder() -> any Encoder { NullKeepingEncoder(base: base.superEncoder()) }
}

private struct NullKeepingSingle: SingleValueEncodingContainer {
    var base: any SingleValueEncodingContainer
    var codingPath: [any CodingKey] { base.codingPath }

    mutating func encodeNil() throws { try base.encodeNil() }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if KeepingNulls<T>.isPlain(T.self) { try base.encode(value) } else { try base.encode(KeepingNulls(value)) }
    }
}
