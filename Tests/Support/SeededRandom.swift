import Foundation

/// A seeded generator (SplitMix64) for property and fuzz tests: the same seed gives the same
/// inputs on every machine, so a failure found once is found again.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (0 when n is 0 or less).
    public mutating func next(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }

    /// One of the elements.
    public mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

/// How hard the fuzz tests push: `swift test` runs each in a few seconds with fixed seeds;
/// CASUS_FUZZ_SCALE=50 runs fifty times the iterations and CASUS_FUZZ_SEED=N other seeds, for a
/// longer hunt by hand. A crash found that way becomes a named regression test.
public enum Fuzz {
    public static let scale: Int = {
        max(1, Int(ProcessInfo.processInfo.environment["CASUS_FUZZ_SCALE"] ?? "") ?? 1)
    }()

    public static func seed(_ base: UInt64) -> UInt64 {
        base &+ (UInt64(ProcessInfo.processInfo.environment["CASUS_FUZZ_SEED"] ?? "") ?? 0)
    }

    public static func iterations(_ n: Int) -> Int { n * scale }
}
