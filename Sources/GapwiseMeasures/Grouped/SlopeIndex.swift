// SlopeIndex (HEAT "sii"): the logistic slope index of inequality with HC1 delta-method interval.

extension GroupedInequality {
    /// Slope index of inequality (SII), logistic (complex, absolute, weighted; ordered dimension, > 2 groups).
    ///
    /// Subgroups sorted by order (1 = most disadvantaged) get relative ranks r_j (ridits). A binomial GLM
    /// with logit link, `logit P = b0 + b1·r`, is fitted by IRLS to `s_j` events out of `n_j` trials
    /// (``LogisticCounts``: by default `s_j = y_j/scale·N_j` out of `n_j = N_j`; `.wholeEvents` rounds them as
    /// healthequal does, `n_j = ⌈N_j⌉`, `s_j = round(y_j/scale·n_j)`), and
    /// `SII = scale·[expit(b0 + b1) − expit(b0)]`, the fitted difference between the most advantaged
    /// (rank 1) and the most disadvantaged (rank 0) ends, whatever the indicator's polarity.
    ///
    /// Interval: delta-method SE of `expit(b0+b1) − expit(b0)` with the HC1 sandwich covariance
    /// (healthequal: `marginaleffects::avg_comparisons(vcov = "HC1")`), `SII ± z·SE`.
    ///
    /// Compatibility — healthequal 1.0.1 / HEAT v6 have two faults, corrected by default:
    /// - weights: healthequal fits `glm(cbind(y, N − y) ~ r, weights = N)`, multiplying the prior weight N_j
    ///   by the binomial total N_j, so each subgroup counts N_j² times. The default fits the natural
    ///   binomial likelihood (the N_j trials only). `.heat` reproduces the N² fit with whole events
    ///   (healthequal's test value 44.44502 for its 5-group example; the natural fit gives 44.8905 with
    ///   fractional events and 44.905 with whole events).
    /// - SE scale: healthequal reports the SE on the 0–1 scale next to an estimate and interval ×scale.
    ///   The default reports SE×scale, on the estimate's scale; `.heat` reports the 0–1 value.
    /// healthequal also guesses the scale from max(y) when none is given; Gapwise always uses `data.scale`.
    ///
    /// - Throws: `.needsOrderedDimension`, `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.estimateOutsideScale` (y outside [0, scale]), `.logisticFitFailed` (every estimate 0, every
    ///   estimate at the scale, or separation), `.invalidConfidenceLevel`.
    /// - Returns: SII in the indicator's units, in (−scale, scale); 0 when every subgroup has the same
    ///   estimate. SE is always reported (every subgroup's own SE is not used).
    ///
    /// References: Schlotheuber & Hosseinpoor (2022); Mackenbach & Kunst (1997) Soc Sci Med 44(6):757–771;
    /// Zeileis (2006) "Object-oriented computation of sandwich estimators", J Stat Softw 16(9).
    public static func slopeIndex(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let (fit, order, counts) = try data.logisticRankFit("sii", options: options)
        let (d, seUnit) = fit.difference
        let sii = data.scale * d
        let heat = options.compatibility == .heat
        let intervals = normalIntervals(sii, se: data.scale * seUnit, levels: options.confidenceLevels)
        return GroupedEstimate(
            measure: .sii, estimate: sii, standardError: heat ? seUnit : data.scale * seUnit,
            intervals: intervals, intervalMethod: .normal,
            method: "SII = scale·[expit(b0+b1) − expit(b0)], binomial logit GLM on ridit (\(counts)); "
                + "HC1 delta-method SE" + (heat ? " on the 0–1 scale (HEAT)" : " ×scale"),
            subgroups: order.map { data.subgroups[$0].name }, comparedSubgroups: [],
            compatibility: options.compatibility)
    }
}
