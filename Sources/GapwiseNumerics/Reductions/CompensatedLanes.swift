// CompensatedLanes: the SIMD lane compensated accumulator (error-free TwoSum per lane) behind every sum kernel.

/// The lane vector of every kernel. Its width is a measured tuning choice (`Benchmarks/ReductionsQuick`):
/// on the baseline x86-64 target (SSE2, 16 registers of two doubles) `SIMD8` accumulators need 4
/// registers each, so the fused kernels with three compensated accumulators spill to the stack and ran
/// about twice as slow as with `SIMD4` (2 registers each); the plain sum was about equal.
typealias Lanes = SIMD4<Double>
/// The bit patterns of `Lanes`, for sign tests.
typealias LaneBits = SIMD4<UInt64>
/// The number of lanes.
var laneWidth: Int { Lanes.scalarCount }

/// `laneWidth` running sums, each carrying the exact accumulated rounding error of its own additions.
///
/// Each `add` performs Knuth's branch-free TwoSum on every lane: with `t = s + x`,
/// `e = (s - (t - z)) + (x - z)` where `z = t - s` is the *exact* rounding error, `s + x = t + e`
/// (Knuth, TAOCP vol. 2, 4.2.2, Theorem B; no ordering of |s| and |x| needed, unlike Fast2Sum).
/// The errors are summed in a second vector of lanes. This is the lane-parallel form of the
/// "Sum2" algorithm of Ogita, Rump and Oishi (2005, "Accurate sum and dot product", SIAM J. Sci.
/// Comput. 26(6), 1955-1988), equivalent in accuracy to Kahan-Babuska/Neumaier summation.
///
/// Error bound (after Ogita-Rump-Oishi, Sec. 4, with `m = n/4 + 8` additions per chain): the
/// computed total `T` of values `x_i` with exact sum `S` satisfies
/// `|T - S| <= eps*|S| + gamma(m)^2 * sum|x_i|`, `eps = 2^-53`, `gamma(m) = m*eps/(1 - m*eps)`.
/// The first-order error is therefore `eps*|S|`, independent of `n`; the second-order term is about
/// `(n/4)^2 * 1.2e-32` relative to `sum|x_i|` (below `1e-19` for n = 1e7).
///
/// No `addProduct` (fused multiply-add) is used: on the baseline x86-64 target it is a library call,
/// several times slower than `s + x * w` (see the package's toolchain notes).
struct CompensatedLanes {
    /// The running sums.
    var sum = Lanes()
    /// The accumulated rounding errors.
    var compensation = Lanes()

    /// Adds `x` lane by lane, keeping each rounding error exactly.
    @inline(__always)
    mutating func add(_ x: Lanes) {
        let t = sum + x
        let z = t - sum
        compensation += (sum - (t - z)) + (x - z)
        sum = t
    }

    /// The total: the lane sums combined by scalar TwoSum, plus every compensation.
    @inline(__always)
    var total: Double {
        var s = 0.0
        var c = 0.0
        for k in 0..<laneWidth {
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
    /// `laneWidth` consecutive elements starting at `i` (requires `i + laneWidth <= count`), loaded
    /// without an alignment requirement.
    @inline(__always)
    func lanes(at i: Int) -> Lanes {
        UnsafeRawPointer(baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: Lanes.self)
    }

    /// The elements from `i` to the end (fewer than `laneWidth`), padded with `padding`.
    @inline(__always)
    func lanesTail(from i: Int, padding: Double) -> Lanes {
        var v = Lanes(repeating: padding)
        var k = 0
        while i + k < count {
            v[k] = self[i + k]
            k += 1
        }
        return v
    }
}

/// Sign bits accumulated by OR: a cheap, vectorised "was any weight negative?" test.
/// A set bit may also come from `-0.0` or a negative NaN, so a set flag only triggers the exact
/// scalar scan (`ReductionInput.firstInvalid`), which decides.
struct SignFlags {
    var bits = LaneBits()

    @inline(__always)
    mutating func record(_ x: Lanes) {
        bits |= unsafeBitCast(x, to: LaneBits.self)
    }

    var anySet: Bool {
        let top = bits & LaneBits(repeating: 1 << 63)
        return top != LaneBits()
    }
}
