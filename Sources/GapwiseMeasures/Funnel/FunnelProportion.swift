// FunnelProportion: funnel plot limits for a proportion: Wilson-score limits around the pooled average.
import Foundation
import GapwiseNumerics

/// PHE funnel plots for proportions (e.g. the share of births of low weight in each area).
public enum FunnelProportion {
    /// The control limit for a denominator n around the average proportion θ (PHE's `sigma_adjustment`).
    ///
    /// With z = Φ⁻¹(p) (p = 0.975 for the 95% limits, 0.999 for 99.8%), the limits are the proportions y
    /// observed on n whose Wilson score interval (at z) has θ as an end point: the two roots of a quadratic
    /// in y, written as PHE writes them:
    ///
    ///     A = θ(n/z² + 1),  B = 1/z² + 1/n,
    ///     D = √( (8A)² − 64 B θ ( n(θ(n/z² + 2) − 1) + z²(θ − 1) ) ),
    ///     limit = (A ∓ D/8) / B / n × multiplier        (− lower, + upper).
    ///
    /// Limits are then clipped to [0, multiplier] (PHE clips to [0, 100], the same for percentages).
    /// Properties: lower ≤ θ·multiplier ≤ upper; both tend to θ as n grows, like θ ± z√(θ(1−θ)/n).
    ///
    /// - Throws: `IndicatorError.invalidParameter` unless 0.5 < p < 1, n > 0, 0 ≤ θ ≤ 1, multiplier > 0.
    /// Reference: PHEindicatormethods R/Funnels.R `sigma_adjustment`; Spiegelhalter D (2005) Funnel plots for
    /// comparing institutional performance. Stat Med 24:1185–1202.
    public static func limit(probability p: Double, population n: Double, average θ: Double, upper: Bool,
                             multiplier: Double = 100) throws(IndicatorError) -> Double {
        let s = "funnel proportion"
        guard p > 0.5 && p < 1 else { throw .invalidParameter(statistic: s, name: "probability", value: p, rule: "it must lie strictly between 0.5 and 1 (0.975 or 0.999)") }
        guard n > 0 && n.isFinite else { throw .invalidParameter(statistic: s, name: "population", value: n, rule: "it must be a finite number above 0") }
        guard θ >= 0 && θ <= 1 else { throw .invalidParameter(statistic: s, name: "average", value: θ, rule: "a proportion lies between 0 and 1") }
        guard multiplier > 0 && multiplier.isFinite else { throw .invalidParameter(statistic: s, name: "multiplier", value: multiplier, rule: "it must be a finite number above 0") }
        let z = Normal.uncheckedQuantile(p)
        let z2 = z * z
        let a = θ * (n / z2 + 1)
        let b = 1 / z2 + 1 / n
        let d = ((8 * a) * (8 * a) - 64 * b * θ * (n * (θ * (n / z2 + 2) - 1) + z2 * (θ - 1))).squareRoot()
        let value = (upper ? a + d / 8 : a - d / 8) / b / n * multiplier
        return min(max(value, 0), multiplier)
    }

    /// The funnel of a set of areas: baseline θ = Σx/Σn and limits at PHE's 100 axis points.
    ///
    /// - Parameters: numerators x ≥ 0 and denominators n > 0 per area (x ≤ n); multiplier (100: percentages).
    /// - Throws: `IndicatorError` for no rows, lengths that differ, non-finite, negative numerators,
    ///   non-positive denominators, a numerator above its denominator.
    public static func table(numerators: [Double], denominators: [Double], multiplier: Double = 100) throws(IndicatorError) -> FunnelTable {
        let s = "funnel proportion"
        try FunnelInput.validate(s, numerators, denominators, proportion: true)
        let θ = numerators.reduce(0, +) / denominators.reduce(0, +)
        let lo = denominators.min()!, hi = denominators.max()!
        let axisMin = hi > 2 * lo ? 0 : FunnelAxis.floorEnd(lo)
        let axisMax = FunnelAxis.ceilingEnd(hi)
        var points: [FunnelPoint] = []
        for n in FunnelAxis.points(minimum: axisMin, maximum: axisMax) {
            points.append(FunnelPoint(
                x: n,
                lower95: try limit(probability: 0.975, population: n, average: θ, upper: false, multiplier: multiplier),
                upper95: try limit(probability: 0.975, population: n, average: θ, upper: true, multiplier: multiplier),
                lower998: try limit(probability: 0.999, population: n, average: θ, upper: false, multiplier: multiplier),
                upper998: try limit(probability: 0.999, population: n, average: θ, upper: true, multiplier: multiplier),
                denominators: []))
        }
        return FunnelTable(statistic: "proportion", method: "Wilson score limits around the pooled proportion (PHE sigma_adjustment)",
                           baseline: θ * multiplier, axisMinimum: axisMin, axisMaximum: axisMax, points: points)
    }

    /// Each area's own limits (at its denominator) and where its value x/n·multiplier falls
    /// (PHE `assign_funnel_significance` for proportions).
    public static func areas(numerators: [Double], denominators: [Double], multiplier: Double = 100) throws(IndicatorError) -> [FunnelArea] {
        try FunnelInput.validate("funnel proportion", numerators, denominators, proportion: true)
        let θ = numerators.reduce(0, +) / denominators.reduce(0, +)
        var out: [FunnelArea] = []
        for (x, n) in zip(numerators, denominators) {
            let l95 = try limit(probability: 0.975, population: n, average: θ, upper: false, multiplier: multiplier)
            let u95 = try limit(probability: 0.975, population: n, average: θ, upper: true, multiplier: multiplier)
            let l998 = try limit(probability: 0.999, population: n, average: θ, upper: false, multiplier: multiplier)
            let u998 = try limit(probability: 0.999, population: n, average: θ, upper: true, multiplier: multiplier)
            out.append(FunnelArea(value: x / n * multiplier, baseline: θ * multiplier, lower95: l95, upper95: u95,
                                  lower998: l998, upper998: u998))
        }
        return out
    }
}
