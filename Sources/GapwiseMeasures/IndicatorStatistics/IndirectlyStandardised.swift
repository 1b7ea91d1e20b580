// IndirectlyStandardised: the indirectly standardised ratio and rate, PHEindicatormethods' calculate_ISRatio/ISRate.
import GapwiseNumerics

extension Indicator {
    /// The indirectly standardised ratio (e.g. an SMR) with Poisson limits (PHE `calculate_ISRatio`).
    ///
    ///     E = Σ_a x_ref,a / n_ref,a · n_a,   O = Σ_a x_a,   value = O/E·referenceValue,
    ///     limits = (L(O), U(O))/E·referenceValue,
    ///
    /// (L, U) exact Poisson limits when O < 10 (method "Exact"), Byar otherwise ("Byars"); `limits: .byar` takes
    /// Byar's at every count.
    ///
    /// - Parameters:
    ///   - observed: events x_a per band (`nil` counts as 0, PHE's treatment of NA), or one total
    ///     (PHE's `observed_totals`) given as a single-element array with `populations` per band — see
    ///     `observedTotal`.
    ///   - populations: n_a ≥ 0 per band (the local population).
    ///   - referenceEvents: x_ref,a ≥ 0 per band.
    ///   - referencePopulations: n_ref,a > 0 per band.
    ///   - observedTotal: when given, O is this total and `observed` is ignored (may be empty).
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    ///   - referenceValue: > 0; 1 for a ratio, 100 for a ratio per 100; default 1.
    /// - Throws: ``IndicatorError`` for mismatched bands, a non-finite or negative count or population, a
    ///   reference population ≤ 0, expected events of zero, a bad level or reference value.
    /// - Properties: value = referenceValue when every local band rate equals the reference rate.
    /// - References: Breslow NE, Day NE (1987) *Statistical methods in cancer research II*, IARC;
    ///   PHEindicatormethods 2.1.0 `calculate_ISRatio`.
    public static func isRatio(observed: [Double?], populations: [Double], referenceEvents: [Double],
                               referencePopulations: [Double], observedTotal: Double? = nil,
                               confidence: [Double] = [0.95], referenceValue: Double = 1,
                               limits rule: PoissonLimitRule = .phe) throws(IndicatorError) -> IndicatorEstimate {
        let s = "isratio"
        try checkMultiplier(referenceValue, s, name: "referenceValue")
        let (o, e) = try observedExpected(observed, populations, referenceEvents, referencePopulations, observedTotal, s)
        try validateConfidence(confidence, statistic: s)
        let (limits, method) = try poissonLimits(o, confidence, s, rule: rule)
        return IndicatorEstimate(statistic: "indirectly standardised ratio x \(formatNumber(referenceValue))",
                                 value: o / e * referenceValue, intervals: scaled(limits, by: referenceValue / e),
                                 method: method, numerator: o, denominator: e, multiplier: referenceValue)
    }

    /// The indirectly standardised rate (PHE `calculate_ISRate`): the ratio O/E times the reference
    /// population's crude rate `Σ x_ref / Σ n_ref · multiplier`, limits likewise.
    ///
    /// Parameters and errors as ``isRatio(observed:populations:referenceEvents:referencePopulations:observedTotal:confidence:referenceValue:)``,
    /// with `multiplier` (finite, > 0; default 100,000) in place of the reference value.
    public static func isRate(observed: [Double?], populations: [Double], referenceEvents: [Double],
                              referencePopulations: [Double], observedTotal: Double? = nil,
                              confidence: [Double] = [0.95], multiplier: Double = 100_000,
                              limits rule: PoissonLimitRule = .phe) throws(IndicatorError) -> IndicatorEstimate {
        let s = "israte"
        try checkMultiplier(multiplier, s)
        let (o, e) = try observedExpected(observed, populations, referenceEvents, referencePopulations, observedTotal, s)
        try validateConfidence(confidence, statistic: s)
        let referenceRate = referenceEvents.reduce(0, +) / referencePopulations.reduce(0, +) * multiplier
        let (limits, method) = try poissonLimits(o, confidence, s, rule: rule)
        return IndicatorEstimate(statistic: "indirectly standardised rate per \(formatNumber(multiplier))",
                                 value: o / e * referenceRate, intervals: scaled(limits, by: referenceRate / e),
                                 method: method, numerator: o, denominator: e, multiplier: multiplier)
    }
}

/// Validates the bands and returns the observed total O and the expected count E.
private func observedExpected(_ observed: [Double?], _ n: [Double], _ xRef: [Double], _ nRef: [Double],
                              _ total: Double?, _ s: String) throws(IndicatorError) -> (Double, Double) {
    let k = n.count
    if k == 0 { throw .emptyInput(statistic: s) }
    if total == nil && observed.count != k { throw .lengthMismatch(statistic: s, what: "observed events", expected: k, actual: observed.count) }
    if xRef.count != k { throw .lengthMismatch(statistic: s, what: "reference events", expected: k, actual: xRef.count) }
    if nRef.count != k { throw .lengthMismatch(statistic: s, what: "reference populations", expected: k, actual: nRef.count) }
    var e = 0.0
    for a in 0..<k {
        try checkCount(n[a], "population", s, index: a)
        try checkCount(xRef[a], "reference events", s, index: a)
        try checkDenominator(nRef[a], "reference population", s, index: a)
        e += xRef[a] / nRef[a] * n[a]
    }
    var o = 0.0
    if let total {
        try checkCount(total, "observed total", s)
        o = total
    } else {
        for a in 0..<k {
            if let x = observed[a] { try checkCount(x, "observed events", s, index: a); o += x }
        }
    }
    if e == 0 {
        throw .invalidParameter(statistic: s, name: "expected events", value: 0,
                                rule: "the reference rates applied to the local populations give no expected events, so the ratio is undefined")
    }
    return (o, e)
}
