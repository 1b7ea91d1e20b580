// Proportion: a proportion x/n with Wilson score limits, PHEindicatormethods' phe_proportion.
import GapwiseNumerics

extension Indicator {
    /// A proportion with Wilson score confidence limits (PHE `phe_proportion`).
    ///
    ///     value = x/n·multiplier,   L, U = multiplier·(2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)),
    ///
    /// z = Φ⁻¹((1 + c)/2). The statistic is "percentage" when the multiplier is 100, otherwise
    /// "proportion of <multiplier>" (PHE's labels).
    ///
    /// - Parameters:
    ///   - numerator: x, the cases with the attribute, 0 ≤ x ≤ n (need not be whole).
    ///   - denominator: n > 0.
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    ///   - multiplier: finite and > 0; default 1 (100 for a percentage).
    /// - Throws: ``IndicatorError`` for a non-finite input, x < 0, n ≤ 0, x > n, a bad level or multiplier.
    /// - Properties: 0 ≤ L ≤ value ≤ U ≤ multiplier; L = 0 when x = 0 and U = multiplier when x = n.
    /// - References: Wilson EB (1927) JASA 22:209–212; Newcombe RG, Altman DG, in *Statistics with
    ///   confidence* (2nd edn, 2000) pp. 46–48; PHEindicatormethods 2.1.0 `phe_proportion`, `wilson_lower/upper`.
    public static func proportion(numerator x: Double, denominator n: Double, confidence: [Double] = [0.95],
                                  multiplier: Double = 1) throws(IndicatorError) -> IndicatorEstimate {
        let s = "proportion"
        try checkCount(x, "numerator", s)
        try checkDenominator(n, "denominator", s)
        if x > n { throw .numeratorExceedsDenominator(statistic: s, index: 0, numerator: x, denominator: n) }
        try checkMultiplier(multiplier, s)
        try validateConfidence(confidence, statistic: s)
        var intervals = [ConfidenceInterval]()
        for c in confidence {
            let w = try distribution(s) { () throws(DistributionError) in
                try WilsonLimits.limits(successes: x, trials: n, confidence: c)
            }
            intervals.append(ConfidenceInterval(confidence: c, lower: w.lower * multiplier, upper: w.upper * multiplier))
        }
        let label = multiplier == 100 ? "percentage" : "proportion of \(formatNumber(multiplier))"
        return IndicatorEstimate(statistic: label, value: x / n * multiplier, intervals: intervals, method: "Wilson",
                                 numerator: x, denominator: n, multiplier: multiplier)
    }
}
