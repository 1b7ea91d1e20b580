// RelativeIndex (HEAT "rii"): the logistic relative index of inequality with HC1 delta-method interval.
import Foundation

extension GroupedInequality {
    /// Relative index of inequality (RII), logistic (complex, relative, weighted; ordered, > 2 groups).
    ///
    /// The same binomial logit fit on relative rank as ``slopeIndex(_:options:)``;
    /// `RII = expit(b0 + b1)/expit(b0)`, the fitted most advantaged end over the most disadvantaged end.
    ///
    /// Interval: the delta-method SE of ln RII with the HC1 sandwich (healthequal:
    /// `avg_comparisons(comparison = "lnratio", vcov = "HC1")`), reported as the standard error, and
    /// `exp(ln RII ± z·SE)`.
    ///
    /// Compatibility: `.heat` reproduces healthequal's N_j² weighting (see ``slopeIndex(_:options:)``); the SE
    /// is of ln RII in both modes (a log needs no rescaling). healthequal's `rii` always guesses the scale
    /// from max(y) (e.g. a rate per 1000 below 100 is read as a %); Gapwise uses `data.scale`.
    ///
    /// - Throws: as ``slopeIndex(_:options:)``.
    /// - Returns: RII > 0; 1 when every subgroup has the same estimate. Scale invariant for fractional counts.
    public static func relativeIndex(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let (fit, order, counts) = try data.logisticRankFit("rii", options: options)
        let (lnRII, se) = fit.logRatio
        let rii = exp(lnRII)
        return GroupedEstimate(
            measure: .rii, estimate: rii, standardError: se,
            intervals: logNormalIntervals(rii, seLog: se, levels: options.confidenceLevels), intervalMethod: .logNormal,
            method: "RII = expit(b0+b1)/expit(b0), binomial logit GLM on ridit (\(counts)); HC1 delta-method SE of ln RII",
            subgroups: order.map { data.subgroups[$0].name }, comparedSubgroups: [],
            compatibility: options.compatibility)
    }
}
