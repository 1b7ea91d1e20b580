// SampleQuantile: the sample quantile of Hyndman & Fan's type 7 (R's default).

extension Statistics {
    /// The sample quantile of type 7 (Hyndman & Fan 1996; R's `quantile()` default, numpy's `linear`):
    /// with h = (n − 1)p, `Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)` on the sorted values (0-based).
    /// - Throws: `.tooFewObservations` when empty, `.nonFiniteValue` for NaN/∞ in the data,
    ///   `.invalidProbability` when p is outside [0, 1].
    public static func quantileType7(_ values: [Double], probability p: Double) throws(Reductions.ReductionError) -> Double {
        guard !values.isEmpty else { throw .tooFewObservations(operation: "Statistics.quantileType7", mustExceed: 0, got: 0) }
        guard p >= 0, p <= 1 else { throw .invalidProbability(operation: "Statistics.quantileType7", probability: p) }
        if let i = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(operation: "Statistics.quantileType7", index: i, value: values[i])
        }
        var v = values
        let h = Double(v.count - 1) * p
        let lo = Int(h.rounded(.down))
        if lo + 1 >= v.count || h == Double(lo) { return Ranking.orderStatistics(&v, positions: [lo])[0] }
        let ab = Ranking.orderStatistics(&v, positions: [lo, lo + 1])
        return ab[0] + (h - Double(lo)) * (ab[1] - ab[0])
    }
}
