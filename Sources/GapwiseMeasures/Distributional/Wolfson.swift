// Wolfson: Wolfson's bipolarisation index from the Lorenz curve at one half, the Gini and the median.

extension Inequality {
    /// Wolfson's bipolarisation (polarisation) index.
    ///
    /// `W = (2·D50 − G)·μ/m`, with `D50 = ½ − L(½)` the gap between the diagonal and the Lorenz curve at
    /// half the population (linear interpolation between the weighted Lorenz points, as PySAL's
    /// `np.interp`), G the (uncorrected) Gini and m the weighted median. The median is the value where
    /// the cumulative weight first reaches W/2; when it reaches W/2 exactly at a unit boundary it is the
    /// average of the values on either side (so unweighted it is NumPy/R `median`, and integer weights
    /// give the median of the repeated rows); "exactly" allows 1e-12·W for the rounding of the running
    /// sum of weights, so that rescaling the weights cannot move the median.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`, `.zeroDenominator` when the median is 0.
    /// - Returns: W in [0, 1]; 0 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Wolfson (1994) "When inequalities diverge", AER 84(2); PySAL `inequality.wolfson`.
    public static func wolfson(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "wolfson", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        if s.allEqual { return s.estimate(.wolfson, 0, method: "all values equal") }
        let order = s.ascendingOrder()
        let median = weightedMedian(s, order: order)
        guard median > 0 else {
            throw InequalityError.zeroDenominator(measure: "wolfson", what: "the median")
        }
        let lHalf = s.bottomTotal(fraction: 0.5, order: order) / s.totalValue
        let g = giniSorted(s)
        let w = (2 * (0.5 - lHalf) - g) * s.mean / median
        return s.estimate(.wolfson, w, method: "W = (2(½ − L(½)) − G)·mean/median")
    }

    /// The weighted median (mid-point of the two middle values when the cumulative weight hits W/2 exactly).
    package static func weightedMedian(_ s: WeightedSample, order: [Int]) -> Double {
        let half = s.totalWeight / 2
        var c = 0.0
        let positive = order.filter { s.weights[$0] > 0 }
        // The median jumps where the cumulative weight meets W/2, so "meets" allows for the rounding of
        // the running sum (1e-12·W); otherwise scaling all weights could move the median by rounding alone.
        let slack = 1e-12 * s.totalWeight
        for (k, i) in positive.enumerated() {
            c += s.weights[i]
            if abs(c - half) <= slack && k + 1 < positive.count {
                return (s.values[i] + s.values[positive[k + 1]]) / 2
            }
            if c > half { return s.values[i] }
        }
        return s.values[positive[positive.count - 1]]
    }
}
