// DirectlyStandardisedRateNonIndependent: the DSR whose limits allow for people with repeat events, PHE's calculate_dsr(independent_events = FALSE).
import GapwiseNumerics

extension Indicator {
    /// A directly standardised rate of events that are not independent (one person may have several),
    /// with Dobson limits widened for the repeats (PHE `calculate_dsr` with `independent_events = FALSE`).
    ///
    /// The input is, per frequency f and age band a, the number p_f,a of people who had exactly f events.
    /// With populations n_a, standard population w_a and W = Σ_a w_a:
    ///
    ///     x_a = Σ_f f·p_f,a,   O = Σ_a x_a,   DSR = Σ_a x_a w_a/n_a / W · multiplier,
    ///     var_f = Σ_a p_f,a (w_a/n_a)² / W²,   var = Σ_f f²·var_f,
    ///     limit = DSR + √(var/O)·(B(O) − O)·multiplier,
    ///
    /// B(O) Byar's lower or upper limit for the event total O. With every f = 1 this is
    /// ``dsr(events:populations:standardPopulation:confidence:multiplier:)``. Below 10 events the DSR is
    /// suppressed as there (value and limits nil, statistic "dsr NA for total count < 10").
    ///
    /// - Parameters:
    ///   - frequencies: the event frequencies f (e.g. `[1, 2, 3, 4]`), each a whole number ≥ 1, none twice.
    ///   - persons: per frequency (same order), the people p_f,a per band; `nil` counts as 0, as PHE's NA;
    ///     otherwise finite and ≥ 0.
    ///   - populations: n_a > 0 per band.
    ///   - standardPopulation: w_a ≥ 0 per band, not all zero; default ``esp2013``.
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    ///   - multiplier: finite and > 0; default 100,000.
    /// - Throws: ``IndicatorError`` for no frequency, a frequency that is not a whole number ≥ 1 or is
    ///   repeated, persons lists that do not match the bands, a negative or non-finite count, and the
    ///   errors of the independent DSR.
    /// - Properties: the value equals the independent DSR of the event counts x_a; the variance is at
    ///   least the independent one (f² ≥ f), so the limits are never narrower.
    /// - References: Dobson AJ et al. (1991) Stat Med 10:457–462; PHEindicatormethods 2.1.0
    ///   `calculate_dsr` (method "Dobson, with confidence adjusted for non-independent events").
    public static func dsrNonIndependent(frequencies: [Double], persons: [[Double?]], populations: [Double],
                                         standardPopulation: [Double] = esp2013, confidence: [Double] = [0.95],
                                         multiplier: Double = 100_000) throws(IndicatorError) -> IndicatorEstimate {
        let s = "dsr"
        if frequencies.isEmpty { throw .emptyInput(statistic: s) }
        if persons.count != frequencies.count {
            throw .lengthMismatch(statistic: s, what: "persons by event frequency", expected: frequencies.count, actual: persons.count)
        }
        var seen = Set<Double>()
        for f in frequencies {
            if !(f.isFinite && f >= 1 && f == f.rounded()) {
                throw .invalidParameter(statistic: s, name: "event frequency", value: f, rule: "an event frequency is a whole number of events, 1 or more")
            }
            if !seen.insert(f).inserted {
                throw .invalidParameter(statistic: s, name: "event frequency", value: f, rule: "each event frequency may be given once")
            }
        }
        let k = populations.count
        var events = [Double](repeating: 0, count: k), weight = events
        for (j, f) in frequencies.enumerated() {
            let p = persons[j]
            if p.count != k { throw .lengthMismatch(statistic: s, what: "persons with \(formatNumber(f)) events", expected: k, actual: p.count) }
            for a in 0..<k {
                guard let x = p[a] else { continue }
                try checkCount(x, "persons with \(formatNumber(f)) events", s, index: a)
                events[a] += f * x
                weight[a] += f * f * x
            }
        }
        // The independent DSR validates bands, populations, standard population, levels and multiplier, and
        // gives the value; only the variance differs.
        let base = try dsr(events: events, populations: populations, standardPopulation: standardPopulation,
                           confidence: confidence, multiplier: multiplier)
        let method = "Dobson, with confidence adjusted for non-independent events"
        guard let value = base.value else {
            return IndicatorEstimate(statistic: base.statistic, value: nil, intervals: base.intervals, method: method,
                                     numerator: base.numerator, denominator: base.denominator, multiplier: multiplier)
        }
        let wSum = standardPopulation.reduce(0, +)
        var variance = 0.0
        for a in 0..<k {
            let r = standardPopulation[a] / populations[a]
            variance += weight[a] * r * r
        }
        variance /= wSum * wSum
        let observed = base.numerator
        let spread = (variance / observed).squareRoot()
        var intervals = [ConfidenceInterval]()
        for c in confidence {
            let b = try distribution(s) { () throws(DistributionError) in try PoissonLimits.byar(count: observed, confidence: c) }
            let lower: Double? = b.lower < 0 ? nil : value + spread * (b.lower - observed) * multiplier
            intervals.append(ConfidenceInterval(confidence: c, lower: lower, upper: value + spread * (b.upper - observed) * multiplier))
        }
        return IndicatorEstimate(statistic: base.statistic, value: value, intervals: intervals, method: method,
                                 numerator: observed, denominator: base.denominator, multiplier: multiplier)
    }
}
