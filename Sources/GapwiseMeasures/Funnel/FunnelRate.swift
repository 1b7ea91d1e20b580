// FunnelRate: funnel plot limits for a rate (directly standardised or crude) per multiplier per year.
import Foundation
import GapwiseNumerics

/// PHE funnel plots for rates (e.g. a directly standardised mortality rate per 100,000).
public enum FunnelRate {
    /// `dsr`: the denominator of each area is derived as multiplier·events/rate (areas with no events are left
    /// out of the axis and the average, as PHE); `crude`: the given denominators (population × years).
    public enum Kind: String, Sendable, CaseIterable { case dsr, crude }

    /// The funnel over PHE's 100 axis points of events.
    ///
    /// Average rate r̄ = ΣO/ΣN (N: the denominators, derived for DSRs). The axis runs over the
    /// denominators per year, rounded as PHE (`FunnelAxis`), times the years, times r̄, rounded down (minimum)
    /// and up (maximum) to whole events. At E events the population (all years) at which E sits on a limit is
    /// U(E)/r̄ (lower limit) or L(E)/r̄ (upper), with L, U the exact Poisson limits (`FunnelRatio.limits`), so
    ///
    ///     lower = E·r̄/U(E) × multiplier,   upper = E·r̄/L(E) × multiplier,
    ///
    /// and `denominators` holds those populations divided by `years` (PHE's `population_1_year` columns).
    /// PHE bisects the Poisson tails instead of using chi-square quantiles: its values agree to about 1e-6.
    /// - Parameters: events O ≥ 0 and rates > 0 per area; `denominators` (crude only; nil derives them as for DSRs);
    ///   `years` > 0 the data cover; `multiplier` of the rates (e.g. 100,000).
    /// - Throws: `IndicatorError` for no rows, differing lengths, negative events, a rate of zero or less with events, years or
    ///   multiplier, and for a DSR area with no events (PHE's rule: its denominator cannot be derived).
    public static func table(events: [Double], rates: [Double], denominators: [Double]? = nil, kind: Kind,
                             years: Double, multiplier: Double = 100_000) throws(IndicatorError) -> FunnelTable {
        let s = "funnel rate"
        guard years > 0 && years.isFinite else { throw .invalidParameter(statistic: s, name: "years", value: years, rule: "it must be a finite number above 0") }
        guard multiplier > 0 && multiplier.isFinite else { throw .invalidParameter(statistic: s, name: "multiplier", value: multiplier, rule: "it must be a finite number above 0") }
        guard !events.isEmpty else { throw .emptyInput(statistic: s) }
        guard rates.count == events.count else { throw .lengthMismatch(statistic: s, what: "rate", expected: events.count, actual: rates.count) }
        for i in events.indices {
            guard events[i].isFinite else { throw .nonFiniteValue(statistic: s, what: "events", index: i, value: events[i]) }
            guard rates[i].isFinite else { throw .nonFiniteValue(statistic: s, what: "rate", index: i, value: rates[i]) }
            guard events[i] >= 0 else { throw .negativeValue(statistic: s, what: "events", index: i, value: events[i]) }
            if events[i] > 0 && rates[i] <= 0 { throw .nonPositiveValue(statistic: s, what: "rate", index: i, value: rates[i]) }
        }
        var derived: [Double] = []  // the denominators used (areas with none are skipped, as R's na.rm)
        if kind == .crude, let denominators {
            try FunnelInput.validate(s, events, denominators, proportion: false, numeratorName: "events")
            derived = denominators
        } else {
            for (o, r) in zip(events, rates) where o > 0 { derived.append(multiplier * o / r) }
            if derived.isEmpty { throw .tooFewRows(statistic: s, count: 0, required: "at least one area with events") }
        }
        let average = events.reduce(0, +) / derived.reduce(0, +)
        let lo = derived.min()!, hi = derived.max()!
        var axisMin = hi > 2 * lo ? 0 : FunnelAxis.floorEnd(lo / years) * years
        var axisMax = FunnelAxis.ceilingEnd(hi / years) * years
        axisMin = (axisMin * average).rounded(.down)
        axisMax = (axisMax * average).rounded(.up)
        var points: [FunnelPoint] = []
        for e in FunnelAxis.points(minimum: axisMin, maximum: axisMax) {
            let a = try FunnelRatio.limits(observed: e, confidence: 0.95), b = try FunnelRatio.limits(observed: e, confidence: 0.998)
            points.append(FunnelPoint(
                x: e, lower95: a.lower * average * multiplier, upper95: a.upper * average * multiplier,
                lower998: b.lower * average * multiplier, upper998: b.upper * average * multiplier,
                denominators: [a.expectedLower, a.expectedUpper, b.expectedLower, b.expectedUpper].map { $0 / average / years }))
        }
        let per = multiplier == multiplier.rounded() ? String(Int(multiplier)) : String(multiplier)
        return FunnelTable(statistic: "rate (\(kind.rawValue) per \(per))", method: "exact Poisson limits (chi-square quantiles) around the average rate",
                           baseline: average * multiplier, axisMinimum: axisMin, axisMaximum: axisMax, points: points)
    }
}
