// SplitMix64: the 64-bit seeding generator of Steele, Lea & Flood, used to expand one seed into xoshiro state.

/// SplitMix64 (Steele, Lea & Flood 2014), exactly as in Vigna's reference `splitmix64.c`:
///
///     state += 0x9e3779b97f4a7c15
///     z = (state ^ (state >> 30)) * 0xbf58476d1ce4e5b9
///     z = (z ^ (z >> 27)) * 0x94d049bb133111eb
///     return z ^ (z >> 31)
///
/// Every 64-bit seed (including 0) is valid. Gapwise uses it only to fill the state of
/// `Xoshiro256StarStar`, as its authors recommend; it is a passable generator on its own.
///
/// Reference: Steele, G. L., Lea, D. & Flood, C. H. (2014) Fast splittable pseudorandom number generators.
/// OOPSLA '14, 453–472. https://prng.di.unimi.it/splitmix64.c
package struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    @usableFromInline var rawState: UInt64

    /// The 64-bit state (the seed before the first draw).
    public var state: UInt64 { rawState }

    /// A generator whose first output is the SplitMix64 mix of `seed &+ 0x9e3779b97f4a7c15`.
    public init(seed: UInt64) { rawState = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        rawState &+= 0x9e37_79b9_7f4a_7c15
        var z = rawState
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
