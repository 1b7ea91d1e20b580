// Xoshiro256StarStar: the seeded 64-bit generator of Gapwise (xoshiro256**), with jumps for parallel streams.

extension RandomGenerators {
    /// xoshiro256** 1.0 (Blackman & Vigna 2018), bit-for-bit as in the reference `xoshiro256starstar.c`:
    ///
    ///     result = rotl(s1 * 5, 7) * 9
    ///     t = s1 << 17;  s2 ^= s0;  s3 ^= s1;  s1 ^= s2;  s0 ^= s3;  s2 ^= t;  s3 = rotl(s3, 45)
    ///
    /// Period 2²⁵⁶ − 1, 4-dimensionally equidistributed, passes BigCrush and PractRand.
    ///
    /// **Seeding.** `init(seed:)` fills s0…s3 with four successive outputs of `SplitMix64(seed:)`, the
    /// authors' recommendation (the all-zero state cannot arise from it).
    ///
    /// **Parallel streams.** `jump()` advances the state by 2¹²⁸ draws (the reference jump polynomial), so
    /// `stream(i)` (the seeded generator jumped i times) gives 2¹²⁸ non-overlapping sequences of 2¹²⁸
    /// draws each. Give work item i the generator `stream(i)` (or element i of `streams(count:)`) and the
    /// results are bit-identical whatever the number of threads or the order of execution. `stream(i)`
    /// costs i jumps (each about 256 draws), so to set up many items call `streams(count:)` once,
    /// which costs one jump per stream.
    ///
    /// Reference: Blackman, D. & Vigna, S. (2021) Scrambled linear pseudorandom number generators.
    /// ACM TOMS 47(4), 36:1–32 (preprint 2018). https://prng.di.unimi.it/xoshiro256starstar.c
    public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
        @usableFromInline var s0: UInt64
        @usableFromInline var s1: UInt64
        @usableFromInline var s2: UInt64
        @usableFromInline var s3: UInt64

        /// The generator seeded by SplitMix64 from `seed`.
        public init(seed: UInt64) {
            var sm = SplitMix64(seed: seed)
            s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        }

        /// A generator with the given raw state. The state must not be all zero (a programmer error).
        public init(state: (UInt64, UInt64, UInt64, UInt64)) {
            precondition(state != (0, 0, 0, 0), "Xoshiro256StarStar(state:): the all-zero state is not allowed")
            (s0, s1, s2, s3) = state
        }

        /// The raw 256-bit state (s0, s1, s2, s3).
        public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

        public static func == (l: Self, r: Self) -> Bool { l.state == r.state }

        @inlinable @inline(__always)
        static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

        @inlinable @inline(__always)
        public mutating func next() -> UInt64 {
            let result = Self.rotl(s1 &* 5, 7) &* 9
            let t = s1 << 17
            s2 ^= s0
            s3 ^= s1
            s1 ^= s2
            s0 ^= s3
            s2 ^= t
            s3 = Self.rotl(s3, 45)
            return result
        }

        /// Advances the state by 2¹²⁸ draws (reference `jump()`).
        public mutating func jump() {
            applyJump([0x180e_c6d3_3cfd_0aba, 0xd5a6_1266_f0c9_392c, 0xa958_2618_e03f_c9aa, 0x39ab_dc45_29b1_661c])
        }

        /// Advances the state by 2¹⁹² draws (reference `long_jump()`): 2⁶⁴ starting points for `jump` streams.
        public mutating func longJump() {
            applyJump([0x76e1_5d3e_fefd_cbbf, 0xc500_4e44_1c52_2fb3, 0x7771_0069_854e_e241, 0x3910_9bb0_2acb_e635])
        }

        mutating func applyJump(_ poly: [UInt64]) {
            var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0
            for word in poly {
                for b in 0..<64 {
                    if word & (1 << UInt64(b)) != 0 {
                        t0 ^= s0; t1 ^= s1; t2 ^= s2; t3 ^= s3
                    }
                    _ = next()
                }
            }
            (s0, s1, s2, s3) = (t0, t1, t2, t3)
        }

        /// Stream `index` of `seed`: `Xoshiro256StarStar(seed:)` jumped `index` times (stream 0 is the seeded
        /// generator itself). Cost O(index) jumps.
        public static func stream(_ index: Int, seed: UInt64) -> RandomGenerators.Xoshiro256StarStar {
            precondition(index >= 0, "Xoshiro256StarStar.stream: the stream index must be non-negative (got \(index))")
            var g = Xoshiro256StarStar(seed: seed)
            for _ in 0..<index { g.jump() }
            return g
        }

        /// Streams 0..<count of `seed` (element i equals `stream(i, seed:)`), for one jump each.
        public static func streams(count: Int, seed: UInt64) -> [RandomGenerators.Xoshiro256StarStar] {
            precondition(count >= 0, "Xoshiro256StarStar.streams: count must be non-negative (got \(count))")
            var out = [Xoshiro256StarStar]()
            out.reserveCapacity(count)
            var g = Xoshiro256StarStar(seed: seed)
            for i in 0..<count {
                if i > 0 { g.jump() }
                out.append(g)
            }
            return out
        }
    }
}
