// BootstrapKernels: copy-free bootstrap replicates of Theil T and the Gini (precomputed terms, counts, one sort reused).
import Foundation
import GapwiseNumerics

/// Replicate estimators that never build a resampled array: each replicate draws its n area indices
/// exactly as the general path does (`Int(u·n)`, u = `nextUniform()`), so the resamples — and hence
/// the replicate values, up to rounding in the last bits — are those of the general path.
enum BootstrapKernels {
    /// Theil T replicates from per-area terms: with a = w, b = w·y, c = w·y·ln y (0 for y = 0),
    /// T* = ΣC/ΣB − ln(ΣB/ΣA) over the drawn areas (the same T = Σ w̃ r ln r, r = y/μ, rearranged).
    /// The rearrangement subtracts ln μ from ΣC/ΣB, so the absolute rounding error is about
    /// eps·|ln μ| (1e-15 for ordinary data) — negligible beside bootstrap variation. A resample of
    /// zeros only (ΣB = 0) is undefined, as in the general path; a resample of one repeated value
    /// gives exactly 0.
    static func theilT(values y: [Double], weights w: [Double], replicates: Int,
                       rng: inout Xoshiro256StarStar) -> [Double?] {
        let n = y.count
        var terms = [Double](repeating: 0, count: 3 * n)
        for i in 0..<n {
            terms[3 * i] = w[i]
            terms[3 * i + 1] = w[i] * y[i]
            terms[3 * i + 2] = y[i] == 0 ? 0 : w[i] * y[i] * log(y[i])
        }
        return terms.withUnsafeBufferPointer { t in
            y.withUnsafeBufferPointer { yb in theilLoop(t, yb, replicates: replicates, rng: &rng) }
        }
    }

    private static func theilLoop(_ t: UnsafeBufferPointer<Double>, _ yb: UnsafeBufferPointer<Double>,
                                  replicates: Int, rng: inout Xoshiro256StarStar) -> [Double?] {
        let n = yb.count, scale = Double(n)
        var out = [Double?]()
        out.reserveCapacity(replicates)
        var g = rng
        for _ in 0..<replicates {
            // Two interleaved accumulators per sum, so the additions do not wait on each other.
            var a0 = 0.0, b0 = 0.0, c0 = 0.0, a1 = 0.0, b1 = 0.0, c1 = 0.0
            var lo = Double.infinity, hi = -Double.infinity
            var k = 0
            while k + 1 < n {
                let j0 = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                let j1 = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                a0 += t[3 * j0]; b0 += t[3 * j0 + 1]; c0 += t[3 * j0 + 2]
                a1 += t[3 * j1]; b1 += t[3 * j1 + 1]; c1 += t[3 * j1 + 2]
                let v0 = yb[j0], v1 = yb[j1]
                lo = v0 < lo ? v0 : lo; lo = v1 < lo ? v1 : lo
                hi = v0 > hi ? v0 : hi; hi = v1 > hi ? v1 : hi
                k += 2
            }
            if k < n {
                let j = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                a0 += t[3 * j]; b0 += t[3 * j + 1]; c0 += t[3 * j + 2]
                lo = min(lo, yb[j]); hi = max(hi, yb[j])
            }
            let a = a0 + a1, b = b0 + b1, c = c0 + c1
            guard b > 0, a > 0 else { out.append(nil); continue }
            out.append(lo != hi ? c / b - log(b / a) : 0)
        }
        rng = g
        return out
    }

    /// Gini replicates from counts: the areas are sorted by value once; each replicate counts how often
    /// each area is drawn (the draws only increment a count), then one vectorised walk over the sorted
    /// areas sums the fractional-rank covariance (``GiniWalk``). Tied values need no blocks: within a
    /// block of equal y the per-unit sum `Σ ω_i y (C_i + ω_i/2)` equals the block's `y (B·C₀ + B²/2)`.
    static func gini(values y: [Double], weights w: [Double], corrected: Bool, replicates: Int,
                     rng: inout Xoshiro256StarStar) -> [Double?] {
        let walk = GiniWalk(values: y, weights: w)
        return walk.run(values: y, corrected: corrected, replicates: replicates, rng: &rng)
    }
}
