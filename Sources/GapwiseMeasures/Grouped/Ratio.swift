// Ratio (HEAT "r"): the ratio of two subgroups, with the delta-method log-normal interval.

extension GroupedInequality {
    /// Ratio (R): `R = y1 / y2` between the same two subgroups as ``difference(_:options:)`` (simple,
    /// relative, unweighted; healthequal `r`).
    ///
    /// Interval (Ahn et al. 2018): `SE_R = √((se1² + R²·se2²)/y2²)` by the delta method; the reported
    /// standard error is that of ln R, `SE_R/R`, and the interval is `exp(ln R ± z·SE_R/R)` (so it is not
    /// symmetric). Unavailable when either SE is missing or R ≤ 0 (no logarithm).
    ///
    /// - Throws: `.tooFewSubgroups` (fewer than 2), `.zeroDenominator` (y2 = 0), `.invalidConfidenceLevel`.
    /// - Returns: R; 1 when the two subgroups are equal. Scale invariant. Not affected by
    ///   ``GroupedCompatibility``.
    ///
    /// Reference: Ahn J, Harper S, Yu M, Feuer EJ, Liu B, Luta G (2018) "Variance estimation and confidence
    /// intervals for 11 commonly used health disparity measures", JCO Clin Cancer Inform 2:1–19.
    public static func ratio(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let (i1, i2) = try data.simplePair("r")
        let g1 = data.subgroups[i1], g2 = data.subgroups[i2]
        guard g2.estimate != 0 else { throw .zeroDenominator(measure: "r", what: "the estimate of '\(g2.name)'") }
        let r = g1.estimate / g2.estimate
        var se: Double?
        var intervals: [GroupedInterval] = []
        var how = GroupedIntervalMethod.unavailable(reason: "a standard error of the two compared subgroups is missing")
        if let s1 = g1.standardError, let s2 = g2.standardError {
            if r > 0 {
                let seR = ((s1 * s1 + r * r * s2 * s2) / (g2.estimate * g2.estimate)).squareRoot()
                se = seR / r
                intervals = logNormalIntervals(r, seLog: seR / r, levels: options.confidenceLevels)
                how = .logNormal
            } else {
                how = .unavailable(reason: "the ratio is not positive, so it has no logarithm")
            }
        }
        return GroupedEstimate(
            measure: .r, estimate: r, standardError: se, intervals: intervals, intervalMethod: how,
            method: "R = y1/y2 ('\(g1.name)'/'\(g2.name)'); SE of ln R = √((se1² + R²se2²)/y2²)/R; CI exp(ln R ± z·SE)",
            subgroups: data.names, comparedSubgroups: [g1.name, g2.name], compatibility: options.compatibility)
    }
}
