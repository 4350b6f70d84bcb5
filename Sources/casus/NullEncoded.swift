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
