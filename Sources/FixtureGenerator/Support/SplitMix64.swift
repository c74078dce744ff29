/// The generator's only source of randomness: SplitMix64, seeded from the run's seed and what is being made
/// (a work's number, a municipality's number), so every part of the output depends on the seed and its own
/// position only, never on the order things happen to run in, the clock or hashing.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one thing: the run's seed mixed with its kind and number.
    init(_ seed: UInt64, _ stream: UInt64, _ index: UInt64 = 0) {
        state = SplitMix64.mix(seed ^ SplitMix64.mix(stream &* 0x9E37_79B9_7F4A_7C15 ^ SplitMix64.mix(index)))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< bound.
    mutating func int(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// low ... high.
    mutating func int(_ low: Int, _ high: Int) -> Int { low + int(high - low + 1) }

    /// [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[int(values.count)] }

    /// An index chosen in proportion to `weights`.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// The numbers 0 ..< count in a random order (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var values = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) { values.swapAt(index, int(index + 1)) }
        return values
    }
}
