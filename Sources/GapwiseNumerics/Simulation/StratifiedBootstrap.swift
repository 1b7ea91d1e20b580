// StratifiedBootstrap: replicate sums of a stratified bootstrap (items redrawn with replacement within each stratum).

/// The sums behind a stratified bootstrap of ratios `Σa/Σb` (Efron & Tibshirani 1993, §8.4 "two-sample"
/// and stratified resampling; Davison & Hinkley 1997, §3.7).
///
/// Each replicate redraws, in every stratum j holding n_j items, n_j items with replacement from that
/// stratum alone (so every stratum keeps its size) and sums each item's pair (a, b) over the draws:
/// `A*_rj = Σ_i a[idx_i]`, `B*_rj = Σ_i b[idx_i]`. A ratio estimator (a proportion Σevents/Σpopulation, or a
/// weighted mean Σw·v/Σw) is then `A*/B*` per replicate and stratum; an item carries its a and b together
/// (a weight travels with its value).
///
/// Draw order: replicate by replicate, stratum by stratum, item by item, one `nextUniform()` u per draw and
/// index `Int(u·n_j)` (as `Inequality.bootstrap`), from one `Xoshiro256StarStar(seed:)`: the same seed and
/// strata give bit-identical sums on any machine and thread count. Cost O(replicates · Σ n_j); memory
/// 2 · replicates · k doubles. `ScalarReference.stratifiedSums` is the plain loop the tests compare against.
package enum StratifiedBootstrap {
    /// Replicate sums: `a[r * k + j]`, `b[r * k + j]` for replicate r and stratum j (k strata). Every
    /// stratum must hold at least one item and its a and b the same number (programmer errors).
    package static func sums(a: [[Double]], b: [[Double]], replicates: Int, seed: UInt64) -> (a: [Double], b: [Double]) {
        let k = a.count
        precondition(b.count == k && zip(a, b).allSatisfy { $0.count == $1.count && !$0.isEmpty } && replicates >= 0,
                     "StratifiedBootstrap.sums: every stratum needs one or more items, with as many a as b")
        // Each stratum's pairs interleaved (a0, b0, a1, b1, ...): one cache line serves both sums of a draw.
        let pairs = zip(a, b).map { s in s.0.indices.flatMap { [s.0[$0], s.1[$0]] } }
        var outA = [Double](repeating: 0, count: replicates * k), outB = outA
        var g = Xoshiro256StarStar(seed: seed)
        outA.withUnsafeMutableBufferPointer { oa in
            outB.withUnsafeMutableBufferPointer { ob in
                for r in 0..<replicates {
                    for j in 0..<k {
                        let (sa, sb) = pairs[j].withUnsafeBufferPointer { p in Self.draw(p, &g) }
                        oa[r * k + j] = sa
                        ob[r * k + j] = sb
                    }
                }
            }
        }
        return (outA, outB)
    }

    /// One stratum's sums over n = p.count / 2 draws with replacement.
    @inline(__always)
    private static func draw(_ p: UnsafeBufferPointer<Double>, _ g: inout Xoshiro256StarStar) -> (Double, Double) {
        let n = p.count / 2, scale = Double(n)
        var h = g, sa = 0.0, sb = 0.0
        for _ in 0..<n {
            let i = Int(Double(h.next() >> 11) * 0x1p-53 * scale)
            sa += p[2 * i]
            sb += p[2 * i + 1]
        }
        g = h
        return (sa, sb)
    }
}
