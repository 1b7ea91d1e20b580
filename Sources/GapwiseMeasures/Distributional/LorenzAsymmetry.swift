// LorenzAsymmetry: the Damgaard–Weiner Lorenz asymmetry coefficient S = F(μ) + L(μ), as R ineq::Lasym.

extension Inequality {
    /// The Lorenz asymmetry coefficient: where the Lorenz curve is parallel to the line of equality.
    ///
    /// With the values sorted ascending, μ the (weighted) mean, m the population below μ, L_m their share of
    /// the total and n, L_n the totals: if no value equals μ, `S = (m + δ)/n + (L_m + δ x_{m+1})/L_n` with
    /// `δ = (μ − x_m)/(x_{m+1} − x_m)` (the curve's point interpolated within one person of the value above μ);
    /// if some values equal μ (population a), the curve is parallel to the diagonal along a segment and S is the
    /// mean of its two ends, `m/n + L_m/L_n` and `(m + a)/n + L_{m+a}/L_n`.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive mean.
    ///   - weights: optional population (frequency) weights; as ineq's `n`, so the result is replication invariant.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: S in [0, 2]; S = 1 for a symmetric curve (and for equal values); S < 1 when the inequality
    ///   comes from many poor units, S > 1 when it comes from a few very rich ones. Scale and permutation
    ///   invariant.
    ///
    /// References: Damgaard & Weiner (2000) "Describing inequality in plant size or fecundity", Ecology 81;
    /// R `ineq::Lasym` (0.2-13, `interval = FALSE`).
    public static func lorenzAsymmetry(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "lasym", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        let order = s.ascendingOrder()
        let mu = s.mean
        // Population and value totals below, at and above μ (a sweep in ascending order).
        var below = 0.0, belowValue = 0.0, at = 0.0, atValue = 0.0, total = 0.0, totalValue = 0.0
        var largestBelow = -Double.infinity, smallestAbove = Double.infinity
        for i in order {
            let y = s.values[i], w = s.weights[i]
            total += w
            totalValue += w * y
            if y < mu {
                below += w; belowValue += w * y; largestBelow = y
            } else if y == mu {
                at += w; atValue += w * y
            } else if smallestAbove == .infinity {
                smallestAbove = y
            }
        }
        let value: Double
        let method: String
        if at > 0 {
            let low = below / total + belowValue / totalValue
            let high = (below + at) / total + (belowValue + atValue) / totalValue
            value = (low + high) / 2
            method = "S = F(μ) + L(μ); values equal to μ: the mean of the segment's ends [\(low), \(high)] (ineq Lasym)"
        } else {
            let delta = (mu - largestBelow) / (smallestAbove - largestBelow)
            value = (below + delta) / total + (belowValue + delta * smallestAbove) / totalValue
            method = "S = F(μ) + L(μ), interpolated at μ (Damgaard & Weiner 2000; ineq Lasym)"
        }
        return s.estimate(.lorenzAsymmetry, value, method: method)
    }
}
