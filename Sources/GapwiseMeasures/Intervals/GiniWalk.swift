// GiniWalk: the Gini bootstrap's per-replicate kernel (counts from inline draws, one SIMD walk over four sorted segments).
import GapwiseNumerics

/// The sorted areas laid out for a four-lane walk, and the replicate loop.
///
/// The n areas, sorted ascending by value, are cut into four segments of m = ⌈n/4⌉ sorted positions
/// (padded with zero-weight slots); sorted position p = k·m + i lives in slot 4i + k, so lane k of
/// step i is segment k's i-th area and every step is one aligned `SIMD4` load per table.
///
/// Per replicate, with ω = c·w (c the number of draws of the area), lane k accumulates
/// `A_k = Σ ω·y·(E_k − W₀/2 + C_local + ω/2)`, `S_k = Σ ω·y`, `T_k = Σ ω`, where C_local is the ω
/// of the earlier areas of segment k and E_k the full-sample weight before segment k (so the running
/// centre is close to the true one and the sum stays small). With O_k = Σ_{j<k} T_j the true weight
/// before segment k and W = Σ T_k, the centred covariance sum is
/// `Σ ω y (C + ω/2 − W/2) = Σ_k [A_k + (O_k − E_k − (W − W₀)/2)·S_k]`, and G* = 2·that/(W·S).
/// Algebraically this is the block formula of ``Inequality/gini(_:weights:corrected:)``; the
/// corrections are of the size of the sampling noise, so no large terms cancel.
struct GiniWalk {
    /// Sorted values and weights in lane order (zero weight in the padding slots).
    var value: [Double], weight: [Double]
    /// The slot of each area (input order); 32-bit, like the counts, so that both tables of the draw
    /// loop (8 bytes an area) stay in the first-level cache for the usual thousands of areas.
    var slot: [Int32]
    /// E_k − W₀/2 per lane, and the full-sample total W₀.
    var centre: SIMD4<Double>, expectedBefore: SIMD4<Double>, fullTotal: Double
    /// Whether two areas share a value (then the constant-resample test compares values, not slots).
    var hasTies: Bool
    let segment: Int

    init(values y: [Double], weights w: [Double]) {
        let n = y.count
        let order = stableAscendingOrder(y)
        segment = (n + 3) / 4
        value = [Double](repeating: 0, count: 4 * segment)
        weight = [Double](repeating: 0, count: 4 * segment)
        slot = [Int32](repeating: 0, count: n)
        var before = SIMD4<Double>(), running = 0.0
        for (p, i) in order.enumerated() {
            let k = p / segment, s = 4 * (p % segment) + k
            if p % segment == 0 { before[k] = running }
            value[s] = y[i]; weight[s] = w[i]; slot[i] = Int32(s)
            running += w[i]
        }
        for k in 0..<4 where k * segment >= n { before[k] = running }
        fullTotal = running
        expectedBefore = before
        centre = before - SIMD4(repeating: running / 2)
        hasTies = zip(order, order.dropFirst()).contains { y[$0] == y[$1] }
    }

    func run(values y: [Double], corrected: Bool, replicates: Int, rng: inout Xoshiro256StarStar) -> [Double?] {
        var counts = [Int32](repeating: 0, count: value.count)
        var out = [Double?]()
        out.reserveCapacity(replicates)
        let start = rng
        rng = slot.withUnsafeBufferPointer { slot in
        y.withUnsafeBufferPointer { y in
        counts.withUnsafeMutableBufferPointer { cnt in
            // The generator lives in this closure's locals (registers), not in captured memory.
            var g = start
            let n = slot.count, scale = Double(n)
            for _ in 0..<replicates {
                var constant: Bool
                if hasTies {
                    var lo = Double.infinity, hi = -Double.infinity
                    for _ in 0..<n {
                        let j = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                        cnt[Int(slot[j])] &+= 1
                        let v = y[j]
                        lo = v < lo ? v : lo
                        hi = v > hi ? v : hi
                    }
                    constant = lo == hi
                } else {
                    // Distinct values: constant iff the first draw's slot holds all n draws.
                    let first = Int(slot[Int(Double(g.next() >> 11) * 0x1p-53 * scale)])
                    cnt[first] = 1
                    for _ in 1..<n {
                        let j = Int(Double(g.next() >> 11) * 0x1p-53 * scale)
                        cnt[Int(slot[j])] &+= 1
                    }
                    constant = cnt[first] == Int32(n)
                }
                let (centred, total, sum) = walk(cnt)
                guard sum > 0, !corrected || total > 1 else { out.append(nil); continue }
                var v = constant ? 0 : 2 * centred / (total * sum)
                if corrected { v *= total / (total - 1) }
                out.append(v)
            }
            return g
        } } }
        return out
    }

    /// One pass over the slots: the centred covariance sum, W and S = Σ ω y; resets the counts to zero.
    @inline(__always)
    private func walk(_ cnt: UnsafeMutableBufferPointer<Int32>) -> (Double, Double, Double) {
        value.withUnsafeBufferPointer { yv in
        weight.withUnsafeBufferPointer { wv in
            let c0 = UnsafeMutableRawPointer(cnt.baseAddress!)
            let y0 = UnsafeRawPointer(yv.baseAddress!), w0 = UnsafeRawPointer(wv.baseAddress!)
            var c = centre, a = SIMD4<Double>(), s = SIMD4<Double>(), t = SIMD4<Double>()
            for i in 0..<segment {
                let off = 32 * i
                let m = c0.loadUnaligned(fromByteOffset: 16 * i, as: SIMD4<Int32>.self)
                let k = SIMD4<Double>(Double(m[0]), Double(m[1]), Double(m[2]), Double(m[3]))
                let om = k * w0.loadUnaligned(fromByteOffset: off, as: SIMD4<Double>.self)
                let oy = om * y0.loadUnaligned(fromByteOffset: off, as: SIMD4<Double>.self)
                a += oy * (c + 0.5 * om)
                s += oy
                c += om
                t += om
                c0.storeBytes(of: SIMD4<Int32>(), toByteOffset: 16 * i, as: SIMD4<Int32>.self)
            }
            let total = t.sum(), sum = s.sum()
            let before = SIMD4<Double>(0, t[0], t[0] + t[1], t[0] + t[1] + t[2])
            let d = before - expectedBefore - SIMD4(repeating: (total - fullTotal) / 2)
            return (a.sum() + (d * s).sum(), total, sum)
        } }
    }
}
