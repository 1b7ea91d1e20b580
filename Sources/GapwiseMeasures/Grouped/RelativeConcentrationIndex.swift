// RelativeConcentrationIndex (HEAT "rci"): RCI (optionally Wagstaff/Erreygers normalised) with the
// convenient-regression SE.

/// How a bounded indicator's relative concentration index is normalised (healthequal `rci(method =)`).
public enum ConcentrationNormalisation: Hashable, Sendable {
    /// The plain relative index ACI/μ.
    case none
    /// Wagstaff (2005): RCI/(1 − μ), μ the mean of the rescaled variable; needs bounds.
    case wagstaff
    /// Erreygers (2009): 4μ·RCI = 4·ACI of the rescaled variable; needs bounds.
    case erreygers
}

extension GroupedInequality {
    /// Relative concentration index (RCI) over an ordered dimension (complex, relative, weighted; > 2 groups).
    ///
    /// `RCI = ACI/μ = 2 Σ p_j y_j (r_j − ½)/μ`, a fraction in (−1, 1) for non-negative estimates
    /// (healthequal reports this fraction; HEAT displays it ×100). Positive when the indicator is
    /// concentrated among the advantaged.
    ///
    /// Interval: OLS SE of the slope of the convenient regression of `2σ_r² (y_j/μ) √N_j` on `r_j √N_j` and
    /// `√N_j` (k − 2 df), `RCI ± z·SE` (healthequal `rci`). With a normalisation the regressand is divided by
    /// (1 − μ) (Wagstaff) or multiplied by 4μ (Erreygers), μ of the rescaled variable.
    ///
    /// - Parameters:
    ///   - bounds: [lmin, lmax] of a bounded indicator; estimates are rescaled to (y − lmin)/(lmax − lmin).
    ///   - normalisation: `.none` (default), `.wagstaff` or `.erreygers` (the last two need `bounds`).
    /// - Throws: `.needsOrderedDimension`, `.missingPopulation`, `.zeroTotalPopulation`, `.invalidBounds`
    ///   (also when a normalisation has no bounds), `.nonPositiveAverage` (μ ≤ 0), `.zeroDenominator`
    ///   (Wagstaff with μ = 1), `.regressionFailed`, `.invalidConfidenceLevel`.
    /// - Returns: RCI; 0 when every subgroup is equal. Scale invariant. Not affected by ``GroupedCompatibility``.
    ///
    /// References: Kakwani, Wagstaff & van Doorslaer (1997); Wagstaff A (2005) Health Econ 14:429–432;
    /// Erreygers G (2009) J Health Econ 28:504–515.
    public static func relativeConcentrationIndex(_ data: SubgroupData, bounds: ClosedRange<Double>? = nil,
                                                  normalisation: ConcentrationNormalisation = .none,
                                                  options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        if normalisation != .none && bounds == nil {
            throw .invalidBounds(measure: "rci", detail: "the \(normalisation) normalisation needs the bounds lmin and lmax of the indicator")
        }
        let c = try ConcentrationSetup(data, measure: "rci", bounds: bounds)
        guard c.mean > 0 else { throw .nonPositiveAverage(measure: "rci", average: c.mean) }
        var factor = 1 / c.mean
        var formula = "RCI = 2 Σ p_j y_j (r_j − ½)/μ"
        switch normalisation {
        case .none: break
        case .wagstaff:
            guard c.mean != 1 else { throw .zeroDenominator(measure: "rci", what: "1 − μ (Wagstaff normalisation)") }
            factor /= 1 - c.mean
            formula += ", Wagstaff /(1 − μ)"
        case .erreygers:
            factor *= 4 * c.mean
            formula += ", Erreygers ×4μ"
        }
        let rci = c.absoluteIndex * factor
        let lhs = c.y.map { 2 * c.rankVariance * $0 * factor }
        let (_, se) = try c.convenientRegression(lhs, measure: "rci")
        return GroupedEstimate(
            measure: .rci, estimate: rci, standardError: se,
            intervals: normalIntervals(rci, se: se, levels: options.confidenceLevels), intervalMethod: .normal,
            method: formula + (bounds == nil ? "" : " of (y − lmin)/(lmax − lmin)")
                + " (a fraction; ×100 for HEAT's display); SE of the convenient-regression slope (k − 2 df)",
            subgroups: c.order.map { data.subgroups[$0].name }, comparedSubgroups: [],
            compatibility: options.compatibility)
    }
}
