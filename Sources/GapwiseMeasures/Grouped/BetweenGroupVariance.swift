// BetweenGroupVariance (HEAT "bgv"): the population-weighted variance of subgroup estimates, analytic SE.

extension GroupedInequality {
    /// Between-group variance (BGV) (complex, absolute, weighted; more than two subgroups).
    ///
    /// `BGV = Σ p_j (y_j − μ)²`, μ = Σ p_j y_j, in squared indicator units.
    ///
    /// Interval (healthequal `bgv`; Ahn et al. 2018): with `S2 = Σ p_j² se_j²`,
    /// `SE = √(4 Σ p_j² se_j² (y_j − μ)² + 2[S2² − Σ p_j⁴ se_j⁴ + Σ p_j²(1 − p_j)² se_j⁴])`, `BGV ± z·SE`;
    /// unavailable unless every subgroup has an SE. (HEAT computes BGV for non-ordered dimensions only; it is
    /// defined for any.)
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`, `.invalidConfidenceLevel`.
    /// - Returns: BGV ≥ 0; exactly 0 when every subgroup is equal. Not affected by ``GroupedCompatibility``.
    ///
    /// Reference: Ahn J et al. (2018) JCO Clin Cancer Inform 2:1–19.
    public static func betweenGroupVariance(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("bgv", atLeast: 3)
        let p = try data.requireShares("bgv")
        let y = data.estimates
        let mu = SubgroupData.weightedMean(y, shares: p)
        var bgv = 0.0
        for j in y.indices { bgv += p[j] * (y[j] - mu) * (y[j] - mu) }
        var se: Double?, intervals: [GroupedInterval] = []
        var how = GroupedIntervalMethod.unavailable(reason: "a subgroup has no standard error")
        if let s = data.standardErrors {
            var t1 = 0.0, s2 = 0.0, s4 = 0.0, t4 = 0.0
            for j in y.indices {
                let v = p[j] * p[j] * s[j] * s[j]
                t1 += v * (y[j] - mu) * (y[j] - mu)
                s2 += v
                s4 += v * v
                t4 += v * (1 - p[j]) * (1 - p[j]) * s[j] * s[j]
            }
            let e = (4 * t1 + 2 * (s2 * s2 - s4 + t4)).squareRoot()
            se = e
            intervals = normalIntervals(bgv, se: e, levels: options.confidenceLevels)
            how = .normal
        }
        return GroupedEstimate(
            measure: .bgv, estimate: bgv, standardError: se, intervals: intervals, intervalMethod: how,
            method: "BGV = Σ p_j (y_j − μ)²; analytic SE (Ahn et al. 2018)",
            subgroups: data.names, comparedSubgroups: [], compatibility: options.compatibility)
    }
}
