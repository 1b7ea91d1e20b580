// PoissonLimits: exact (Garwood) and Byar confidence limits for a Poisson count.
import Foundation

/// Two-sided confidence limits for the mean of a Poisson count x observed once.
///
/// Scale the limits by `multiplier / denominator` to obtain limits for a crude rate (as PHE's
/// `phe_rate` does). Counts may be non-integer (e.g. weighted counts); the formulas are applied as written.
///
/// References: Garwood, F. (1936) Fiducial limits for the Poisson distribution. Biometrika 28, 437–442.
/// Breslow, N. E. & Day, N. E. (1987) Statistical Methods in Cancer Research II, IARC, p. 69 (Byar).
/// Public Health England (2018) Technical Guide: Confidence Intervals, §3–4.
package enum PoissonLimits {
    /// Exact (Garwood) limits: L = χ²_{(1−c)/2, 2x} / 2 (L = 0 when x = 0) and U = χ²_{(1+c)/2, 2x+2} / 2,
    /// where χ²_{p,k} is the p-quantile of chi-square with k degrees of freedom.
    ///
    /// - Parameters:
    ///   - count: x ≥ 0, finite.
    ///   - confidence: c with 0 < c < 1 (two-sided; 0.95 gives 95% limits).
    /// - Throws: `negativeCount`, `confidenceOutOfRange`.
    /// - Properties: L ≤ x ≤ U; the interval is conservative (coverage ≥ c for every mean).
    public static func exact(count x: Double, confidence c: Double) throws(DistributionError) -> ConfidenceLimits {
        try validate(x, c, "PoissonLimits.exact")
        let alphaHalf = 0.5 * (1 - c)  // 1 − c is exact for c ≥ ½; halving is exact
        let lower = x == 0 ? 0 : 0.5 * (try ChiSquare.quantile(alphaHalf, degreesOfFreedom: 2 * x))
        let upper = 0.5 * (try ChiSquare.quantile(upperTail: alphaHalf, degreesOfFreedom: 2 * x + 2))
        return ConfidenceLimits(lower: lower, upper: upper, confidence: c, method: .exactPoisson)
    }

    /// Byar's approximation: with z = Φ⁻¹((1 + c)/2),
    /// L = x (1 − 1/(9x) − z/(3√x))³ and U = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
    ///
    /// For x = 0 the lower formula is undefined and L = 0 is returned (the exact lower limit). PHE uses
    /// Byar only for x ≥ 10, where it agrees with the exact limits to about 0.1%; for small x the cubed
    /// term of L can go negative and is returned as computed, not clamped.
    /// - Throws: `negativeCount`, `confidenceOutOfRange`.
    public static func byar(count x: Double, confidence c: Double) throws(DistributionError) -> ConfidenceLimits {
        try validate(x, c, "PoissonLimits.byar")
        let z = Normal.uncheckedQuantile(0.5 * (1 - c)) * -1  // upper (1 − c)/2 point, exact for small 1 − c
        var lower = 0.0
        if x > 0 {
            let w = 1 - 1 / (9 * x) - z / (3 * x.squareRoot())
            lower = x * w * w * w
        }
        let x1 = x + 1
        let v = 1 - 1 / (9 * x1) + z / (3 * x1.squareRoot())
        return ConfidenceLimits(lower: lower, upper: x1 * v * v * v, confidence: c, method: .byar)
    }

    static func validate(_ x: Double, _ c: Double, _ f: String) throws(DistributionError) {
        guard x >= 0 && x.isFinite else { throw .negativeCount(function: f, value: x) }
        guard c > 0 && c < 1 else { throw .confidenceOutOfRange(function: f, value: c) }
    }
}
