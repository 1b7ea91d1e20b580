// FunnelRatio: funnel plot limits for a ratio of observed to expected events (counts, indirectly standardised ratios).
import Foundation
import GapwiseNumerics

/// PHE funnel plots for ratios O/E (observed over expected events, e.g. a standardised mortality ratio).
public enum FunnelRatio {
    /// How the ratio is plotted: `count` as O/E − 1 (PHE's "count" type, 0 = as expected), `isr` as O/E × 100.
    public enum Kind: String, Sendable, CaseIterable { case count, isr }

    /// The exact Poisson limits for O observed events (O > 0) at one level.
    ///
    /// With L(O) = χ²_{α/2, 2O}/2 and U(O) = χ²_{1−α/2, 2O+2}/2 the exact (Garwood) limits of a Poisson mean
    /// (α = 0.05 for 95%, 0.002 for 99.8%): the expected counts at which O sits on the limits are U (lower
    /// limit) and L (upper), and the ratio limits are O/U(O) and O/L(O).
    /// PHE finds the same expected counts by bisecting the Poisson tail sum (`poisson_funnel`, stopping when
    /// the step in v = E/(E + O + 1) is below 1e-7), so its printed values agree with these exact ones to
    /// about 1e-6 relative; Gapwise uses the chi-square quantiles of `PoissonLimits.exact`.
    /// - Returns: (lower ratio, upper ratio, expected at the lower limit, expected at the upper limit), unplotted (O/E).
    public static func limits(observed o: Double, confidence: Double) throws(IndicatorError) -> (lower: Double, upper: Double, expectedLower: Double, expectedUpper: Double) {
        guard o > 0 && o.isFinite else { throw .invalidParameter(statistic: "funnel ratio", name: "observed", value: o, rule: "the limits need at least one observed event") }
        let l: ConfidenceLimits
        do { l = try PoissonLimits.exact(count: o, confidence: confidence) } catch {
            throw .invalidConfidence(statistic: "funnel ratio", value: confidence)
        }
        return (o / l.upper, o / l.lower, l.upper, l.lower)
    }

    /// The funnel over PHE's 100 axis points of observed events, from the areas' expected counts.
    ///
    /// The axis runs over the range of the expected counts (the denominators), as PHE's; the limits at each
    /// O are `limits(observed:)` at 95% and 99.8%, plotted as O/E − 1 (`count`) or O/E × 100 (`isr`).
    /// `denominators` of each point: the expected counts at the lower 95%, upper 95%, lower 99.8%, upper 99.8% limits.
    /// - Throws: `IndicatorError` for no rows, lengths that differ, non-finite or negative observed counts,
    ///   expected counts of zero or less.
    public static func table(observed: [Double], expected: [Double], kind: Kind) throws(IndicatorError) -> FunnelTable {
        try FunnelInput.validate("funnel ratio", observed, expected, proportion: false, numeratorName: "observed", denominatorName: "expected")
        let lo = expected.min()!, hi = expected.max()!
        let axisMin = hi > 2 * lo ? 0 : FunnelAxis.floorEnd(lo)
        let axisMax = FunnelAxis.ceilingEnd(hi)
        let plot: (Double) -> Double = kind == .count ? { $0 - 1 } : { $0 * 100 }
        var points: [FunnelPoint] = []
        for o in FunnelAxis.points(minimum: axisMin, maximum: axisMax, ratioOffset: true) {
            let a = try limits(observed: o, confidence: 0.95), b = try limits(observed: o, confidence: 0.998)
            points.append(FunnelPoint(x: o, lower95: plot(a.lower), upper95: plot(a.upper), lower998: plot(b.lower),
                                      upper998: plot(b.upper), denominators: [a.expectedLower, a.expectedUpper, b.expectedLower, b.expectedUpper]))
        }
        return FunnelTable(statistic: "ratio (\(kind.rawValue))", method: "exact Poisson limits (chi-square quantiles) for each observed count",
                           baseline: kind == .count ? 0 : 100, axisMinimum: axisMin, axisMaximum: axisMax, points: points)
    }
}
