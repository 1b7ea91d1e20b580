// Palma: the Palma ratio (top 10% share / bottom 40% share), weighted, cutting the unit at the boundary.

extension Inequality {
    /// The Palma ratio: the share of the total held by the top 10% of the population over the share
    /// held by the bottom 40%.
    ///
    /// `Palma = (1 − L(0.9)) / L(0.4)` on the weighted Lorenz curve, where a unit straddling a cut of the
    /// cumulative population share is split at the cut: its weight below the cut counts in the lower
    /// group and the rest in the upper (linear interpolation between Lorenz points). So whenever
    /// 10% and 40% of the population fall on unit boundaries (e.g. 10k equally weighted units) the
    /// ratio is exactly the ratio of the top-k and bottom-4k totals. Computed from the sorted totals
    /// directly (top from above, bottom from below), not by differencing shares.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`, `.zeroDenominator` when the bottom
    ///   40% hold nothing.
    /// - Returns: the ratio > 0; 0.25 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Palma (2011) "Homogeneous middles vs. heterogeneous tails", Development and Change 42;
    /// Cobham & Sumner (2013).
    public static func palma(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "palma", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        if s.allEqual { return s.estimate(.palma, 0.25, method: "all values equal") }
        let order = s.ascendingOrder()
        let bottom = s.bottomTotal(fraction: 0.4, order: order)
        guard bottom > 0 else {
            throw InequalityError.zeroDenominator(measure: "palma", what: "the share held by the bottom 40%")
        }
        let top = s.topTotal(fraction: 0.1, order: order)
        return s.estimate(.palma, top / bottom,
                          method: "top 10% total / bottom 40% total, unit at a cut split by weight")
    }
}
