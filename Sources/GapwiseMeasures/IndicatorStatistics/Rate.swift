// Rate: a crude rate x/n·multiplier with exact Poisson (x < 10) or Byar limits, PHEindicatormethods' phe_rate.
import GapwiseNumerics

extension Indicator {
    /// A crude rate with Poisson confidence limits (PHE `phe_rate`).
    ///
    ///     value = x/n·multiplier,   limits = (L(x), U(x))/n·multiplier,
    ///
    /// where (L, U) are the exact (Garwood) limits `χ²_{(1−c)/2, 2x}/2`, `χ²_{(1+c)/2, 2x+2}/2` when
    /// x < 10 (method "Exact") and Byar's approximation otherwise (method "Byars"). A Byar lower limit
    /// that would be negative is returned as nil (PHE's NA); it cannot happen for x ≥ 10 at c ≤ 0.999999.
    ///
    /// - Parameters:
    ///   - events: x ≥ 0 (need not be whole).
    ///   - denominator: n > 0 (population or person-years).
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    ///   - multiplier: finite and > 0; default 100,000.
    ///   - limits: ``PoissonLimitRule/phe`` (default: exact below 10 events, Byar from 10) or
    ///     ``PoissonLimitRule/byar`` (Byar at every count, method "Byars").
    /// - Throws: ``IndicatorError`` for a non-finite input, x < 0, n ≤ 0, a bad level or multiplier.
    /// - Properties: L < value < U for x > 0; the exact limits cover the mean with probability ≥ c.
    /// - References: Garwood F (1936) Biometrika 28:437–442; Breslow NE, Day NE (1987) *Statistical
    ///   methods in cancer research II*, IARC (Byar); PHEindicatormethods 2.1.0 `phe_rate`, `byars_lower/upper`.
    public static func rate(events x: Double, denominator n: Double, confidence: [Double] = [0.95],
                            multiplier: Double = 100_000, limits rule: PoissonLimitRule = .phe) throws(IndicatorError) -> IndicatorEstimate {
        let s = "rate"
        try checkCount(x, "events", s)
        try checkDenominator(n, "denominator", s)
        try checkMultiplier(multiplier, s)
        try validateConfidence(confidence, statistic: s)
        let (limits, method) = try poissonLimits(x, confidence, s, rule: rule)
        let scale = multiplier / n
        return IndicatorEstimate(statistic: "rate per \(formatNumber(multiplier))", value: x / n * multiplier,
                                 intervals: scaled(limits, by: scale), method: method, numerator: x,
                                 denominator: n, multiplier: multiplier)
    }
}

/// PHE's Poisson limits for a count: exact (Garwood) when x < 10, Byar otherwise (or Byar throughout, by `rule`);
/// a negative Byar lower limit becomes nil. Returns the limits on the count scale and the method name.
func poissonLimits(_ x: Double, _ levels: [Double], _ s: String,
                   rule: PoissonLimitRule = .phe) throws(IndicatorError) -> ([ConfidenceInterval], String) {
    let exact = rule == .phe && x < 10
    var out = [ConfidenceInterval]()
    for c in levels {
        let l = try distribution(s) { () throws(DistributionError) in
            exact ? try PoissonLimits.exact(count: x, confidence: c) : try PoissonLimits.byar(count: x, confidence: c)
        }
        out.append(ConfidenceInterval(confidence: c, lower: l.lower < 0 ? nil : l.lower, upper: l.upper))
    }
    return (out, exact ? "Exact" : "Byars")
}

/// Limits multiplied by a positive factor.
func scaled(_ limits: [ConfidenceInterval], by f: Double) -> [ConfidenceInterval] {
    limits.map { ConfidenceInterval(confidence: $0.confidence, lower: $0.lower.map { $0 * f }, upper: $0.upper.map { $0 * f }) }
}
