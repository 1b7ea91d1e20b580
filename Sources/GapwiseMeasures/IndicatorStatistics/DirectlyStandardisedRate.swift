// DirectlyStandardisedRate: the DSR with Dobson limits (ESP 2013 by default), PHEindicatormethods' calculate_dsr.
import GapwiseNumerics

extension Indicator {
    /// The 2013 European Standard Population, 19 five-year bands 0–4, 5–9, ..., 85–89, 90+ (Eurostat 2013;
    /// PHEindicatormethods' `esp2013`).
    public static let esp2013: [Double] = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000,
                                           6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]

    /// A directly standardised rate with Dobson confidence limits (PHE `calculate_dsr`, independent events).
    ///
    /// With events x_a, populations n_a and standard population w_a per age band a, O = Σ x_a:
    ///
    ///     DSR = Σ_a x_a w_a/n_a / Σ_a w_a · multiplier,   var = Σ_a x_a (w_a/n_a)² / (Σ_a w_a)²,
    ///     limit = DSR + √(var/O)·(B(O) − O)·multiplier,
    ///
    /// with B(O) Byar's lower or upper limit for the count O (Dobson et al. 1991; always Byar, as PHE).
    /// When O < 10 the DSR is suppressed: value and limits are nil and the statistic reads
    /// "dsr NA for total count < 10".
    ///
    /// - Parameters:
    ///   - events: x_a per band; `nil` means no events recorded for the band and counts as 0 (PHE's
    ///     documented treatment of NA); otherwise finite and ≥ 0.
    ///   - populations: n_a > 0 per band.
    ///   - standardPopulation: w_a ≥ 0 per band, not all zero; default ``esp2013`` (19 bands).
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    ///   - multiplier: finite and > 0; default 100,000.
    /// - Throws: ``IndicatorError`` for empty or mismatched bands, a non-finite or negative count, a
    ///   population ≤ 0, a negative or all-zero standard population, a bad level or multiplier.
    /// - Properties: a DSR equals the crude rate when the band rates are all equal; it scales with the
    ///   multiplier and does not change when the standard population is scaled.
    /// - References: Dobson AJ, Kuulasmaa K, Eberle E, Scherer J (1991) Confidence intervals for weighted
    ///   sums of Poisson parameters. Stat Med 10:457–462; PHEindicatormethods 2.1.0 `calculate_dsr`.
    public static func dsr(events: [Double?], populations: [Double], standardPopulation: [Double] = esp2013,
                           confidence: [Double] = [0.95], multiplier: Double = 100_000) throws(IndicatorError) -> IndicatorEstimate {
        let s = "dsr"
        let k = events.count
        if k == 0 { throw .emptyInput(statistic: s) }
        if populations.count != k { throw .lengthMismatch(statistic: s, what: "populations", expected: k, actual: populations.count) }
        if standardPopulation.count != k {
            throw .lengthMismatch(statistic: s, what: "standard population", expected: k, actual: standardPopulation.count)
        }
        var wSum = 0.0
        for a in 0..<k {
            if let x = events[a] { try checkCount(x, "events", s, index: a) }
            try checkDenominator(populations[a], "population", s, index: a)
            let w = standardPopulation[a]
            if !w.isFinite { throw .nonFiniteValue(statistic: s, what: "standard population", index: a, value: w) }
            if w < 0 { throw .negativeValue(statistic: s, what: "standard population", index: a, value: w) }
            wSum += w
        }
        if wSum == 0 {
            throw .invalidParameter(statistic: s, name: "standardPopulation", value: 0, rule: "the standard population must not be all zero")
        }
        try checkMultiplier(multiplier, s)
        try validateConfidence(confidence, statistic: s)
        var observed = 0.0, weighted = 0.0, variance = 0.0
        for a in 0..<k {
            let x = events[a] ?? 0
            let r = standardPopulation[a] / populations[a]
            observed += x
            weighted += x * r
            variance += x * r * r
        }
        let method = "Dobson"
        if observed < 10 {
            return IndicatorEstimate(statistic: "dsr NA for total count < 10", value: nil,
                                     intervals: confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) },
                                     method: method, numerator: observed, denominator: populations.reduce(0, +),
                                     multiplier: multiplier)
        }
        let value = weighted / wSum * multiplier
        variance /= wSum * wSum
        let spread = (variance / observed).squareRoot()
        var intervals = [ConfidenceInterval]()
        for c in confidence {
            let b = try distribution(s) { () throws(DistributionError) in try PoissonLimits.byar(count: observed, confidence: c) }
            let lower: Double? = b.lower < 0 ? nil : value + spread * (b.lower - observed) * multiplier
            intervals.append(ConfidenceInterval(confidence: c, lower: lower,
                                                upper: value + spread * (b.upper - observed) * multiplier))
        }
        return IndicatorEstimate(statistic: "dsr per \(formatNumber(multiplier))", value: value, intervals: intervals,
                                 method: method, numerator: observed, denominator: populations.reduce(0, +),
                                 multiplier: multiplier)
    }
}
