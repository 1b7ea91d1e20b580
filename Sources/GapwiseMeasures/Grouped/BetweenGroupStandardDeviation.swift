// BetweenGroupStandardDeviation (HEAT "bgsd"): √BGV with a simulated interval.

extension GroupedInequality {
    /// Between-group standard deviation (BGSD) (complex, absolute, weighted; more than two subgroups).
    ///
    /// `BGSD = √(Σ p_j (y_j − μ)²)`, μ = Σ p_j y_j, in the indicator's units.
    ///
    /// Interval: simulated (HEAT): `options.replicates` redraws `y*_j ~ N(y_j, se_j)` truncated to
    /// [0, ∞) (or [0, 100] when the scale is 100), μ* recomputed from each draw, type-7 quantiles of the
    /// replicate values at each level. No SE is reported. Unavailable unless every subgroup has an SE.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: BGSD ≥ 0; exactly 0 when every subgroup is equal. Not affected by ``GroupedCompatibility``.
    public static func betweenGroupStandardDeviation(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("bgsd", atLeast: 3)
        let p = try data.requireShares("bgsd")
        return try data.simulatedMeasure(.bgsd, options: options, method: "BGSD = √(Σ p_j (y_j − μ)²)") { y in
            let mu = SubgroupData.weightedMean(y, shares: p)
            var s = 0.0
            for j in y.indices { s += p[j] * (y[j] - mu) * (y[j] - mu) }
            return s.squareRoot()
        }
    }
}
