// CompensatedLanes: the SIMD8 compensated accumulator (error-free TwoSum per lane) behind every sum kernel.

/// Eight running sums, each carrying the exact accumulated rounding error of its own additions.
///
/// Each `add` performs Knuth's branch-free TwoSum on every lane: with `t = s + x`,
/// `e = (s - (t - z)) + (x - z)` where `z = t - s` is the *exact* rounding error, `s + x = t + e`
/// (Knuth, TAOCP vol. 2, 4.2.2, Theorem B; no ordering of |s| and |x| needed, unlike Fast2Sum).
/// The errors are summed in a second vector of lanes. This is the lane-parallel form of the
/// "Sum2" algorithm of Ogita, Rump and Oishi (2005, "Accurate sum and dot product", SIAM J. Sci.
/// Comput. 26(6), 1955-1988), equivalent in accuracy to Kahan-Babuska/Neumaier summation.
///
/// Error bound (after Ogita-Rump-Oishi, Sec. 4, with `m = n/8 + 16` additions per chain): the
/// computed total `T` of values `x_i` with exact sum `S` satisfies
/// `|T - S| <= eps*|S| + gamma(m)^2 * sum|x_i|`, `eps = 2^-53`, `gamma(m) = m*eps/(1 - m*eps)`.
/// The first-order error is therefore `eps*|S|`, independent of `n`; the second-order term is about
/// `(n/8)^2 * 1.2e-32` relative to `sum|x_i|` (below `1e-19` for n = 1e7).
///
/// No `addProduct` (fused multiply-add) is used: on the baseline x86-64 target it is a library call,
/// several times slower than `s + x * w` (see the package's toolchain notes).
struct CompensatedLanes {
    /// The eight running sums.
    var sum = SIMD8<Double>()
    /// The eight accumulated rounding errors.
    var compensation = SIMD8<Double>()

    /// Adds `x` lane by lane, keeping each rounding error exactly.
    @inline(__always)
    mutating func add(_ x: SIMD8<Double>) {
        let t = sum + x
        let z = t - sum
        compensation += (sum - (t - z)) + (x - z)
        sum = t
    }

    /// The total: the eight lane sums combined by scalar TwoSum, plus every compensation.
    @inline(__always)
    var total: Double {
        var s = 0.0
        var c = 0.0
        for k in 0..<8 {
            let x = sum[k]
            let t = s + x
            let z = t - s
            c += ((s - (t - z)) + (x - z)) + compensation[k]
            s = t
        }
        return s + c
    }
}

extension UnsafeBufferPointer where Element == Double {
    /// Eight consecutive elements starting at `i` (requires `i + 8 <= count`), loaded without an
    /// alignment requirement.
    @inline(__always)
    func simd8(at i: Int) -> SIMD8<Double> {
        UnsafeRawPointer(baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: SIMD8<Double>.self)
    }

    /// The elements from `i` to the end (fewer than 8), padded with `padding` to eight lanes.
    @inline(__always)
    func simd8Tail(from i: Int, padding: Double) -> SIMD8<Double> {
        var v = SIMD8<Double>(repeating: padding)
        var k = 0
        while i + k < count {
            v[k] = self[i + k]
            k += 1
        }
        return v
    }
}

/// Eight sign bits accumulated by OR: a cheap, vectorised "was any weight negative?" test.
/// A set bit may also come from `-0.0` or a negative NaN, so a set flag only triggers the exact
/// scalar scan (`ReductionInput.firstInvalid`), which decides.
struct SignFlags {
    var bits = SIMD8<UInt64>()

    @inline(__always)
    mutating func record(_ x: SIMD8<Double>) {
        bits |= unsafeBitCast(x, to: SIMD8<UInt64>.self)
    }

    var anySet: Bool {
        let top = bits & SIMD8<UInt64>(repeating: 1 << 63)
        return top != SIMD8<UInt64>()
    }
}
