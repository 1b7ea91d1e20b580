// SampleQuantile: order statistics by selection and the sample quantile of Hyndman & Fan's type 7 (R's default).

extension Statistics {
    /// The k-th smallest value (0-based) by quickselect with median-of-three pivots: expected O(n), no full sort.
    /// Reorders `values` in place. NaN is a programmer error here (callers validate first).
    public static func select(_ k: Int, in values: inout [Double]) -> Double {
        precondition(k >= 0 && k < values.count, "order statistic \(k) out of range for \(values.count) values")
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            // Median of three to the middle, then partition (Hoare).
            if values[mid] < values[lo] { values.swapAt(mid, lo) }
            if values[hi] < values[lo] { values.swapAt(hi, lo) }
            if values[hi] < values[mid] { values.swapAt(hi, mid) }
            let pivot = values[mid]
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return values[k] }
        }
        return values[k]
    }

    /// The sample quantile of type 7 (Hyndman & Fan 1996; R's `quantile()` default, numpy's `linear`):
    /// with h = (n − 1)p, `Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)` on the sorted values (0-based).
    /// - Throws: `.tooFewObservations` when empty, `.nonFiniteValue` for NaN/∞ in the data,
    ///   `.invalidProbability` when p is outside [0, 1].
    public static func quantileType7(_ values: [Double], probability p: Double) throws(ReductionError) -> Double {
        guard !values.isEmpty else { throw .tooFewObservations(operation: "Statistics.quantileType7", mustExceed: 0, got: 0) }
        guard p >= 0, p <= 1 else { throw .invalidProbability(operation: "Statistics.quantileType7", probability: p) }
        if let i = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(operation: "Statistics.quantileType7", index: i, value: values[i])
        }
        var v = values
        let h = Double(v.count - 1) * p
        let lo = Int(h.rounded(.down))
        let a = select(lo, in: &v)
        if lo + 1 >= v.count || h == Double(lo) { return a }
        // After selection every element above index lo is ≥ a; the next order statistic is their minimum.
        var b = Double.infinity
        for x in v[(lo + 1)...] where x < b { b = x }
        return a + (h - Double(lo)) * (b - a)
    }
}
