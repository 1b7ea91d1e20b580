// FractionalRankCovariance: Σ w (y − μ)(r − ½) with weighted midpoint fractional ranks by y, over one radix sort of (value, weight) records.

extension Ranking {
    /// `Σ_i w_i (y_i − μ)(r_i − ½)` where `r_i = (C_i + B_i/2)/W` is the weighted fractional rank of
    /// unit i in ascending order of y (C_i the weight of the smaller values, B_i the weight of the block
    /// of values equal to y_i, W = `total`): the rank covariance behind the Gini coefficient
    /// (`G = 2·result/(W μ)`). Tied units share their block's midpoint rank.
    ///
    /// Same sort as ``sortedPairs(_:_:)`` (stable LSD radix sort of 16-byte (key, weight-bits) records,
    /// 11-bit digits, passes where every key shares the digit skipped), with the passes fused: the key
    /// histograms come from one read of `values`, the first executed pass scatters records built from
    /// `values` and `weights` directly, and the sum walks the last pass's records, so no record array
    /// is built in input order and no sorted arrays are decoded. The sum runs in ascending order of y,
    /// as ``sortedPairs(_:_:)`` followed by the block walk would.
    ///
    /// - Precondition: equal lengths, no NaN in `values` (callers validate), n ≥ 1.
    package static func fractionalRankCovariance(values: [Double], weights: [Double], mean: Double, total: Double) -> Double {
        precondition(values.count == weights.count && !values.isEmpty, "Ranking.fractionalRankCovariance: paired, non-empty input")
        let n = values.count
        if n < 64 {
            let (y, w) = sortedPairs(values, weights)
            return y.withUnsafeBufferPointer { yb in
                w.withUnsafeBufferPointer { wb in
                    rankCovarianceWalk(n, mean: mean, total: total) { (yb[$0], wb[$0]) }
                }
            }
        }
        let bits = 11, bins = 1 << bits, mask = UInt64(bins - 1), passes = 6
        var counts = [Int](repeating: 0, count: bins * passes)
        values.withUnsafeBufferPointer { v in
            counts.withUnsafeMutableBufferPointer { c in
                for i in 0..<n {
                    precondition(!v[i].isNaN, "Ranking.fractionalRankCovariance: NaN at \(i)")
                    let key = orderedKey(v[i])
                    for p in 0..<passes { c[p * bins + Int((key >> UInt64(p * bits)) & mask)] += 1 }
                }
            }
        }
        let active = (0..<passes).filter { p in !counts[(p * bins)..<((p + 1) * bins)].contains(n) }
        let a = UnsafeMutableBufferPointer<KeyedIndex>.allocate(capacity: n)
        let b = UnsafeMutableBufferPointer<KeyedIndex>.allocate(capacity: n)
        defer { a.deallocate(); b.deallocate() }
        var offsets = [Int](repeating: 0, count: bins)
        var src = a, dst = b
        values.withUnsafeBufferPointer { v in
            weights.withUnsafeBufferPointer { w in
                offsets.withUnsafeMutableBufferPointer { off in
                    guard let first = active.first else {
                        // Every key equal: the input order is the sorted order.
                        for i in 0..<n { src[i] = KeyedIndex(key: orderedKey(v[i]), index: Int(bitPattern: UInt(w[i].bitPattern))) }
                        return
                    }
                    for (step, p) in active.enumerated() {
                        var running = 0
                        for d in 0..<bins { off[d] = running; running += counts[p * bins + d] }
                        let shift = UInt64(p * bits)
                        if step == 0 {
                            precondition(p == first)
                            for i in 0..<n {
                                let key = orderedKey(v[i])
                                let d = Int((key >> shift) & mask)
                                src[off[d]] = KeyedIndex(key: key, index: Int(bitPattern: UInt(w[i].bitPattern)))
                                off[d] += 1
                            }
                        } else {
                            for item in UnsafeBufferPointer(src) {
                                let d = Int((item.key >> shift) & mask)
                                dst[off[d]] = item
                                off[d] += 1
                            }
                            swap(&src, &dst)
                        }
                    }
                }
            }
        }
        let sorted = src
        return rankCovarianceWalk(n, mean: mean, total: total) { i in
            let k = sorted[i].key
            return (Double(bitPattern: k & (1 << 63) != 0 ? k & ~(1 << 63) : ~k),
                    Double(bitPattern: UInt64(UInt(bitPattern: sorted[i].index))))
        }
    }

    /// The block walk over pairs in ascending order: Σ_blocks B (y − μ)((C + B/2)/W − ½).
    @inline(__always)
    private static func rankCovarianceWalk(_ n: Int, mean: Double, total: Double, _ pair: (Int) -> (Double, Double)) -> Double {
        var cumulative = 0.0, sum = 0.0, start = 0
        var (y, blockWeight) = pair(0)
        while start < n {
            var end = start + 1
            var next = (0.0, 0.0)
            while end < n {
                next = pair(end)
                if next.0 != y { break }
                blockWeight += next.1
                end += 1
            }
            let centredRank = (cumulative + blockWeight / 2) / total - 0.5
            sum += blockWeight * (y - mean) * centredRank
            cumulative += blockWeight
            start = end
            (y, blockWeight) = next
        }
        return sum
    }
}
