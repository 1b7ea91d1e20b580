// WilsonLimits: Wilson score confidence limits for a binomial proportion.
import Foundation

/// Wilson score limits for a proportion x/n.
package enum WilsonLimits {
    /// With z = Φ⁻¹((1 + c)/2):
    ///     L, U = (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)).
    ///
    /// The lower limit is evaluated in the algebraically identical form L = 2x² / (n(2x + z² + z√D)),
    /// D = z² + 4x(n − x)/n, which has no cancellation when x is small relative to n (the textbook form
    /// subtracts two nearly equal numbers there). Both limits lie in [0, 1]; L = 0 when x = 0 and
    /// U = 1 when x = n.
    ///
    /// - Parameters:
    ///   - successes: x with 0 ≤ x ≤ n (non-integer allowed).
    ///   - trials: n > 0.
    ///   - confidence: c with 0 < c < 1.
    /// - Throws: `negativeCount`, `nonPositiveDenominator`, `countExceedsDenominator`, `confidenceOutOfRange`.
    ///
    /// References: Wilson, E. B. (1927) JASA 22, 209–212; Newcombe, R. G. (1998) Stat. Med. 17, 857–872
    /// (method 3); Public Health England (2018) Technical Guide: Confidence Intervals, §2.
    public static func limits(successes x: Double, trials n: Double, confidence c: Double) throws(DistributionError) -> ConfidenceLimits {
        let f = "WilsonLimits.limits"
        guard x >= 0 && x.isFinite else { throw .negativeCount(function: f, value: x) }
        guard n > 0 && n.isFinite else { throw .nonPositiveDenominator(function: f, value: n) }
        guard x <= n else { throw .countExceedsDenominator(function: f, count: x, denominator: n) }
        guard c > 0 && c < 1 else { throw .confidenceOutOfRange(function: f, value: c) }
        let z = -Normal.uncheckedQuantile(0.5 * (1 - c))
        let z2 = z * z
        let root = z * (z2 + 4 * x * (n - x) / n).squareRoot()
        let lower = 2 * x * x / (n * (2 * x + z2 + root))
        let upper = (2 * x + z2 + root) / (2 * (n + z2))
        return ConfidenceLimits(lower: lower, upper: upper, confidence: c, method: .wilson)
    }
}
