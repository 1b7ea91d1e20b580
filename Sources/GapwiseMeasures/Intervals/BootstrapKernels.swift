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

    /// Gini replicates from counts: the areas are sorted by value once (tied values form blocks);
    /// each replicate counts how often each area is drawn, accumulating W = Σ c·w and S = Σ c·w·y as it
    /// draws, then walks the blocks once: with ω = c·w per area and B the block's total ω,
    /// G* = 2 Σ_blocks B·y·(C + B/2 − W/2) / (W·S), C the ω before the block — the fractional-rank
    /// covariance form of ``Inequality/gini(_:weights:corrected:)`` with Σ ω̃ (r − ½) = 0 used to drop μ.
    static func gini(values y: [Double], weights w: [Double], corrected: Bool, replicates: Int,
                     rng: inout Xoshiro256StarStar) -> [Double?] {
        let n = y.count
        let order = stableAscendingOrder(y)
        // Per sorted position: value, weight, and where its block of equal values ends.
        let sy = order.map { y[$0] }, sw = order.map { w[$0] }
        var position = [Int](repeating: 0, count: n)
        for (p, i) in order.enumerated() { position[i] = p }
        var blockEnd = [Int](repeating: n, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && sy[end] == sy[start] { end += 1 }
            blockEnd[start] = end
            start = end
        }
        let wy = (0..<n).map { w[$0] * y[$0] }
        var counts = [Double](repeating: 0, count: n)
        return counts.withUnsafeMutableBufferPointer { cnt in
            GiniTables(position: position, weight: w, weightedValue: wy, blockEnd: blockEnd, sortedValue: sy,
                       sortedWeight: sw).run(counts: cnt, corrected: corrected, replicates: replicates, rng: &rng)
        }
    }
}

/// The per-area tables of the Gini kernel, held as arrays; `run` does every replicate.
private struct GiniTables {
    let position: [Int], weight: [Double], weightedValue: [Double], blockEnd: [Int]
    let sortedValue: [Double], sortedWeight: [Double]
    /// Whether two areas share a value (then the walk goes block by block).
    var hasTies: Bool { zip(sortedValue, sortedValue.dropFirst()).contains { $0 == $1 } }

    func run(counts cnt: UnsafeMutableBufferPointer<Double>, corrected: Bool, replicates: Int,
             rng: inout Xoshiro256StarStar) -> [Double?] {
        position.withUnsafeBufferPointer { position in
        weight.withUnsafeBufferPointer { w in
        weightedValue.withUnsafeBufferPointer { wy in
        blockEnd.withUnsafeBufferPointer { blockEnd in
        sortedValue.withUnsafeBufferPointer { sy in
        sortedWeight.withUnsafeBufferPointer { sw in
            let n = w.count, scale = Double(n), hasTies = self.hasTies
            var out = [Double?]()
            out.reserveCapacity(replicates)
            var g = rng
            for _ in 0..<replicates {
                var total = 0.0, sum = 0.0
                // The lowest and highest sorted position drawn: the resample is constant iff their values are equal.
                var lo = n, hi = -1
                for _ in 0..<n {
                    let j = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                    let p = position[j]
                    cnt[p] += 1
                    total += w[j]
                    sum += wy[j]
                    lo = p < lo ? p : lo      // plain integer selects: cmov, not branches
                    hi = p > hi ? p : hi
                }
                guard sum > 0, !corrected || total > 1 else {
                    for p in 0..<n { cnt[p] = 0 }
                    out.append(nil)
                    continue
                }
                var cumulative = 0.0, acc = 0.0
                if !hasTies {
                    // Branch-free: an area drawn 0 times adds 0 to both sums.
                    for p in 0..<n {
                        let bw = cnt[p] * sw[p]
                        acc += bw * sy[p] * (cumulative + bw / 2 - total / 2)
                        cumulative += bw
                        cnt[p] = 0
                    }
                } else {
                    var s = 0
                    while s < n {
                        let e = blockEnd[s]
                        var bw = 0.0
                        for p in s..<e { bw += cnt[p] * sw[p]; cnt[p] = 0 }
                        acc += bw * sy[s] * (cumulative + bw / 2 - total / 2)
                        cumulative += bw
                        s = e
                    }
                }
                let blocks = sy[lo] < sy[hi] ? 2 : 1
                var value = blocks > 1 ? 2 * acc / (total * sum) : 0
                if corrected { value *= total / (total - 1) }
                out.append(value)
            }
            rng = g
            return out
        } } } } } }
    }
}
