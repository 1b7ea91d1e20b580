// PopulationAttributableRisk (HEAT "par"): PAR against a reference subgroup, SE = μ × Walter's PAF SE.

extension GroupedInequality {
    /// Population attributable risk (PAR) (complex, absolute, weighted; more than two subgroups).
    ///
    /// `PAR = y_ref − μ`, the improvement in the setting average if every subgroup had the reference level;
    /// the reference and the zeroing rule are those of ``populationAttributableFraction(_:options:)``.
    ///
    /// Interval: `SE = μ·SE_PAF` with Walter's SE of the ×1 attributable fraction (healthequal computes it as
    /// `|μ·((PAF + z·SE) − (PAF − z·SE))|/(2z)`, the same number); `PAR ± z·SE`. This SE is on the
    /// estimate's scale in healthequal already, so ``GroupedCompatibility`` changes nothing here.
    ///
    /// - Throws: as ``populationAttributableFraction(_:options:)``.
    /// - Returns: PAR in the indicator's units; 0 when all subgroups are equal.
    public static func populationAttributableRisk(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let s = try AttributableSetup(data, measure: "par")
        var se: Double?, intervals: [GroupedInterval] = [], how: GroupedIntervalMethod
        switch s.fractionSE {
        case let .success(f):
            se = s.mean * f
            intervals = normalIntervals(s.gap, se: s.mean * f, levels: options.confidenceLevels)
            how = .normal
        case let .failure(why):
            how = .unavailable(reason: why.reason)
        }
        return GroupedEstimate(
            measure: .par, estimate: s.gap, standardError: se, intervals: intervals, intervalMethod: how,
            method: "PAR = y_ref − μ (0 if the reference is worse than μ); SE = μ × Walter SE of the fraction",
            subgroups: data.names, comparedSubgroups: [data.subgroups[s.reference].name],
            compatibility: options.compatibility)
    }
}
