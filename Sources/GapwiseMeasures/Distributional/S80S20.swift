// S80S20: the quintile share ratio (top 20% share / bottom 20% share), weighted, cutting the unit at the boundary.

extension Inequality {
    /// The S80/S20 quintile share ratio: the share of the total held by the top 20% of the population
    /// over the share held by the bottom 20%.
    ///
    /// `S80/S20 = (1 − L(0.8)) / L(0.2)` on the weighted Lorenz curve, splitting a unit that straddles a
    /// cut by weight (the same rule as ``palma(_:weights:)``).
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`, `.zeroDenominator` when the bottom
    ///   20% hold nothing.
    /// - Returns: the ratio ≥ 1; exactly 1 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Eurostat, "Income quintile share ratio S80/S20" (ilc_di11); Atkinson et al. (2002)
    /// *Social Indicators: the EU and Social Inclusion*.
    public static func s80s20(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "s80s20", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        if s.allEqual { return s.estimate(.s80s20, 1, method: "all values equal") }
        let order = s.ascendingOrder()
        let bottom = s.bottomTotal(fraction: 0.2, order: order)
        guard bottom > 0 else {
            throw InequalityError.zeroDenominator(measure: "s80s20", what: "the share held by the bottom 20%")
        }
        let top = s.topTotal(fraction: 0.2, order: order)
        return s.estimate(.s80s20, top / bottom,
                          method: "top 20% total / bottom 20% total, unit at a cut split by weight")
    }
}
