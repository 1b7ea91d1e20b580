// LinearRelativeIndex (ScotPHO "rii", "rii_int"): the linear SII divided by the overall rate.

extension GroupedInequality {
    /// Relative index of inequality, ScotPHO style: `RII = SII / overall rate` (ordered dimension, > 2 groups).
    ///
    /// SII is ``linearSlopeIndex(_:options:)`` with its sign convention (PHE by default, ScotPHO's −β1 under
    /// `.scotpho`), and its t interval limits are divided by the overall rate likewise. The overall rate is
    /// ScotPHO's "Total" row (e.g. the area's own crude or age-standardised rate); when nil, the
    /// population-weighted mean μ = Σ p_j y_j is used (equal to the total crude rate). Under `.scotpho` an SII
    /// of exactly 0 gives RII = 0 with limits 0, as ScotPHO sets them.
    ///
    /// - Parameters:
    ///   - overallRate: the overall (total) rate; default μ. Must be > 0 unless `.scotpho` and SII = 0.
    /// - Throws: as ``linearSlopeIndex(_:options:)``, and `.nonPositiveAverage` (overall rate ≤ 0).
    /// - Returns: RII (a fraction of the overall rate); 0 when every subgroup is equal. Scale invariant.
    public static func linearRelativeIndex(_ data: SubgroupData, overallRate: Double? = nil,
                                           options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try relativeFromLinear(data, overallRate: overallRate, percent: false, options: options)
    }

    /// ScotPHO's `rii_int = RII × 0.5 × 100`: "the most deprived are xx% above the average" (the fitted
    /// most deprived end lies SII/2 from the middle of the rank). Same inputs, rules and interval as
    /// ``linearRelativeIndex(_:overallRate:options:)``, every number × 50.
    public static func linearRelativeIndexPercent(_ data: SubgroupData, overallRate: Double? = nil,
                                                  options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try relativeFromLinear(data, overallRate: overallRate, percent: true, options: options)
    }

    private static func relativeFromLinear(_ data: SubgroupData, overallRate: Double?, percent: Bool,
                                           options: GroupedOptions) throws(GroupedMeasureError) -> GroupedEstimate {
        let code = percent ? "rii_int" : "rii_linear"
        let sii = try linearSlopeIndex(data, options: options)
        let overall: Double
        if let given = overallRate { overall = given } else { overall = try data.average(code).mean }
        let factor = percent ? 50.0 : 1.0
        let scotphoZero = options.compatibility == .scotpho && sii.estimate == 0
        if !scotphoZero {
            guard overall.isFinite && overall > 0 else { throw .nonPositiveAverage(measure: code, average: overall) }
        }
        let scaleBy = scotphoZero ? 0 : factor / overall
        return GroupedEstimate(
            measure: percent ? .riiPercent : .riiLinear, estimate: sii.estimate * scaleBy,
            standardError: sii.standardError.map { $0 * abs(scaleBy) },
            intervals: sii.intervals.map { GroupedInterval(level: $0.level, lower: $0.lower * scaleBy, upper: $0.upper * scaleBy) },
            intervalMethod: sii.intervalMethod,
            method: (percent ? "RII×50 = 50·SII/overall rate (ScotPHO rii_int); " : "RII = SII/overall rate; ")
                + sii.method + "; overall rate \(overall)" + (overallRate == nil ? " (μ)" : ""),
            subgroups: sii.subgroups, comparedSubgroups: [], compatibility: options.compatibility)
    }
}
