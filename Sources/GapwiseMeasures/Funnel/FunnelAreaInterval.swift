// FunnelAreaInterval: each area's own interval for a ratio or rate on a funnel plot (PHE funnel_ratio_significance).
import Foundation
import GapwiseNumerics

/// Per-area intervals of observed over expected (or over a denominator) for ratio and rate funnels.
///
/// For O observed events and a denominator D (expected events, or a population), the interval of O/D at
/// level c is L/D … U/D with L, U the exact Poisson limits when O < 10 (`PoissonLimits.exact`) and Byar's
/// approximation otherwise (`PoissonLimits.byar`), as PHE's `funnel_ratio_significance`; O = 0 has lower
/// limit 0. Reference: PHEindicatormethods R/Funnels.R `funnel_ratio_significance`, `assign_funnel_significance`.
public enum FunnelAreaInterval {
    /// Ratios: each area's O/E (× 100 for `isr`, − 1 for `count`) with its 95% and 99.8% intervals, compared with 1
    /// (the plotted baseline: 0 for counts, 100 for ISRs).
    public static func ratios(observed: [Double], expected: [Double], kind: FunnelRatio.Kind) throws(IndicatorError) -> [FunnelArea] {
        try FunnelInput.validate("funnel ratio", observed, expected, proportion: false, numeratorName: "observed", denominatorName: "expected")
        let plot: (Double) -> Double = kind == .count ? { $0 - 1 } : { $0 * 100 }
        var out: [FunnelArea] = []
        for (o, e) in zip(observed, expected) {
            let a = try limits(o, 0.95), b = try limits(o, 0.998)
            out.append(FunnelArea(value: plot(o / e), baseline: plot(1), lower95: plot(a.lower / e), upper95: plot(a.upper / e),
                                  lower998: plot(b.lower / e), upper998: plot(b.upper / e), limits: .areaInterval))
        }
        return out
    }

    /// Rates: each area's rate with its 95% and 99.8% intervals (events over the derived denominator × multiplier),
    /// compared with the weighted average rate ΣO/ΣD × multiplier. D = multiplier·O/rate (`dsr`; an area with no
    /// events has none and gets no interval) or, for `crude`, the given denominator where O = 0. DSRs with fewer
    /// than 10 events are labelled "Not applicable for events less than 10 for dsrs", as PHE.
    public static func rates(events: [Double], rates: [Double], denominators: [Double]? = nil, kind: FunnelRate.Kind,
                             multiplier: Double = 100_000) throws(IndicatorError) -> [FunnelArea] {
        let s = "funnel rate"
        guard multiplier > 0 && multiplier.isFinite else { throw .invalidParameter(statistic: s, name: "multiplier", value: multiplier, rule: "it must be a finite number above 0") }
        guard !events.isEmpty else { throw .emptyInput(statistic: s) }
        guard rates.count == events.count else { throw .lengthMismatch(statistic: s, what: "rate", expected: events.count, actual: rates.count) }
        var d: [Double?] = []
        for i in events.indices {
            guard events[i].isFinite && events[i] >= 0 else { throw .negativeValue(statistic: s, what: "events", index: i, value: events[i]) }
            if events[i] > 0 {
                guard rates[i] > 0 && rates[i].isFinite else { throw .nonPositiveValue(statistic: s, what: "rate", index: i, value: rates[i]) }
                d.append(multiplier * events[i] / rates[i])
            } else if kind == .crude, let denominators {
                guard denominators[i] > 0 else { throw .nonPositiveValue(statistic: s, what: "denominator", index: i, value: denominators[i]) }
                d.append(denominators[i])
            } else {
                d.append(nil)
            }
        }
        let known = d.compactMap { $0 }
        guard !known.isEmpty else { throw .tooFewRows(statistic: s, count: 0, required: "at least one area with events") }
        let average = events.reduce(0, +) / known.reduce(0, +) * multiplier
        var out: [FunnelArea] = []
        for (i, o) in events.enumerated() {
            let na = kind == .dsr && o < 10 ? "Not applicable for events less than 10 for dsrs" : nil
            guard let den = d[i] else {
                out.append(FunnelArea(value: rates[i], baseline: average, lower95: .nan, upper95: .nan, lower998: .nan, upper998: .nan,
                                      limits: .areaInterval, notApplicable: na ?? "Not significant"))
                continue
            }
            let a = try limits(o, 0.95), b = try limits(o, 0.998)
            out.append(FunnelArea(value: o / den * multiplier, baseline: average, lower95: a.lower / den * multiplier,
                                  upper95: a.upper / den * multiplier, lower998: b.lower / den * multiplier,
                                  upper998: b.upper / den * multiplier, limits: .areaInterval, notApplicable: na))
        }
        return out
    }

    /// Exact limits below 10 events, Byar's from 10 on (PHE's switch).
    static func limits(_ o: Double, _ c: Double) throws(IndicatorError) -> ConfidenceLimits {
        do { return o < 10 ? try PoissonLimits.exact(count: o, confidence: c) : try PoissonLimits.byar(count: o, confidence: c) } catch {
            throw .invalidConfidence(statistic: "funnel", value: c)
        }
    }
}
