// AttributableRiskPercent (ScotPHO "par"): 100·S/(S+1) against the least deprived group, no interval.

extension GroupedInequality {
    /// Population attributable risk as a percentage, ScotPHO style (ordered dimension, > 2 groups).
    ///
    /// `PAR = 100·S/(S + 1)`, `S = Σ p_j (y_j/y_least − 1)`, y_least the estimate of the least deprived
    /// (highest order) subgroup; equivalently `100(μ − y_least)/μ`, the share of the total rate that would not
    /// occur if every group had the least deprived group's rate. Unlike HEAT's PAF it is not set to 0 when
    /// negative. ScotPHO gives no interval ("CI calculation missing"), nor does this.
    ///
    /// - Throws: `.needsOrderedDimension`, `.incompleteScotPHOSet` (`.scotpho`), `.missingPopulation`,
    ///   `.zeroTotalPopulation`, `.zeroDenominator` (y_least = 0 or μ = 0).
    /// - Returns: PAR in percent; exactly 0 when every subgroup is equal. Scale invariant.
    public static func attributableRiskPercent(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let order = try data.requireScotPHOSet("par_percent", compatibility: options.compatibility)
        let p = try data.requireShares("par_percent")
        let least = data.subgroups[order.last!]
        guard least.estimate != 0 else {
            throw .zeroDenominator(measure: "par_percent", what: "the estimate of the least deprived subgroup '\(least.name)'")
        }
        var s = 0.0
        for j in data.subgroups.indices { s += p[j] * (data.subgroups[j].estimate / least.estimate - 1) }
        guard s + 1 != 0 else { throw .zeroDenominator(measure: "par_percent", what: "S + 1 (the population-weighted mean)") }
        if let first = data.estimates.first, data.estimates.allSatisfy({ $0 == first }) { s = 0 }
        return GroupedEstimate(
            measure: .parPercent, estimate: 100 * s / (s + 1), standardError: nil, intervals: [],
            intervalMethod: .unavailable(reason: "ScotPHO's PAR has no interval"),
            method: "PAR = 100 S/(S+1), S = Σ p_j (y_j/y_least − 1) (ScotPHO)",
            subgroups: order.map { data.subgroups[$0].name }, comparedSubgroups: [least.name],
            compatibility: options.compatibility)
    }
}
