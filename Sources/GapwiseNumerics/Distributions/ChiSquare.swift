// ChiSquare: the chi-square distribution function and quantile for any real degrees of freedom k > 0.
import Foundation

/// The chi-square distribution with k > 0 degrees of freedom (k need not be an integer).
///
/// **Distribution function.** P(χ²ₖ ≤ x) = P(k/2, x/2) and P(χ²ₖ > x) = Q(k/2, x/2), the regularized
/// incomplete gamma functions (A&S 26.4.19), computed by series (x/2 < k/2 + 1) or continued fraction,
/// with the small-a expansion for Q when k < 2 (see `SpecialFunctions.regularizedGamma`). `cdf` is
/// accurate relative to its value in the lower tail, `ccdf` in the upper tail.
///
/// **Quantile.** Newton iteration on the log of the smaller tail probability (`QuantileSolver`) from the
/// Wilson–Hilferty start x ≈ k(1 − 2/(9k) + z√(2/(9k)))³ (A&S 26.4.17), replaced near zero by the
/// small-x start x ≈ 2(p Γ(k/2 + 1))^(2/k). For p ≤ ½ it solves P = p, otherwise Q = 1 − p (exact).
/// When the quantile lies below the smallest normal double (tiny k and p), the small-x formula, exact
/// there, is returned directly: a subnormal number or 0 after underflow.
///
/// **Domain.** k finite and > 0; x any value but NaN (x ≤ 0 gives cdf 0, +∞ gives 1); 0 < p < 1.
/// Violations throw `DistributionError`. Accuracy against mpmath (50 digits): better than 1e-12 relative
/// for k from 0.5 to 10⁶ and tail probabilities down to 10⁻³⁰⁰ (see DistributionsTests).
///
/// References: Abramowitz & Stegun (1964) 6.5, 26.4; Wilson & Hilferty (1931) PNAS 17, 684–688;
/// DiDonato & Morris (1986) ACM TOMS 12, 377–393.
package enum ChiSquare {
    /// P(χ²ₖ ≤ x).
    public static func cdf(_ x: Double, degreesOfFreedom k: Double) throws(DistributionError) -> Double {
        try validate(k, "ChiSquare.cdf")
        guard !x.isNaN else { throw .notFinite(function: "ChiSquare.cdf", argument: "x") }
        if x <= 0 { return 0 }
        return SpecialFunctions.regularizedGamma(0.5 * k, 0.5 * x).p
    }

    /// P(χ²ₖ > x), accurate in the upper tail.
    public static func ccdf(_ x: Double, degreesOfFreedom k: Double) throws(DistributionError) -> Double {
        try validate(k, "ChiSquare.ccdf")
        guard !x.isNaN else { throw .notFinite(function: "ChiSquare.ccdf", argument: "x") }
        if x <= 0 { return 1 }
        return SpecialFunctions.regularizedGamma(0.5 * k, 0.5 * x).q
    }

    /// The density f(x) = x^(k/2 − 1) e^(−x/2) / (2^(k/2) Γ(k/2)) for x > 0 (0 for x < 0).
    public static func density(_ x: Double, degreesOfFreedom k: Double) throws(DistributionError) -> Double {
        try validate(k, "ChiSquare.density")
        guard !x.isNaN else { throw .notFinite(function: "ChiSquare.density", argument: "x") }
        if x < 0 { return 0 }
        if x == 0 { return k < 2 ? .infinity : (k == 2 ? 0.5 : 0) }
        return uncheckedDensity(x, k)
    }

    /// The x with P(χ²ₖ ≤ x) = p.
    public static func quantile(_ p: Double, degreesOfFreedom k: Double) throws(DistributionError) -> Double {
        try validate(k, "ChiSquare.quantile")
        guard p > 0 && p < 1 else { throw .probabilityOutOfRange(function: "ChiSquare.quantile", value: p) }
        return p <= 0.5 ? solveLower(p, k) : solveUpper(1 - p, k)
    }

    /// The x with P(χ²ₖ > x) = q (upper-tail quantile), exact for small q.
    public static func quantile(upperTail q: Double, degreesOfFreedom k: Double) throws(DistributionError) -> Double {
        try validate(k, "ChiSquare.quantile(upperTail:)")
        guard q > 0 && q < 1 else { throw .probabilityOutOfRange(function: "ChiSquare.quantile(upperTail:)", value: q) }
        return q <= 0.5 ? solveUpper(q, k) : solveLower(1 - q, k)
    }

    // MARK: - Internals

    static func validate(_ k: Double, _ function: String) throws(DistributionError) {
        guard k > 0 && k.isFinite else { throw .nonPositiveDegreesOfFreedom(function: function, value: k) }
    }

    static func uncheckedDensity(_ x: Double, _ k: Double) -> Double {
        SpecialFunctions.gammaPrefix(0.5 * k, 0.5 * x) / x
    }

    /// Wilson–Hilferty start from the upper-tail normal deviate z (z > 0 for the upper tail).
    static func wilsonHilferty(_ z: Double, _ k: Double) -> Double {
        let c = 2 / (9 * k)
        let w = 1 - c + z * c.squareRoot()
        return w > 0 ? k * w * w * w : 0
    }

    /// Small-x start: P(k/2, x/2) ≈ (x/2)^(k/2) / Γ(k/2 + 1).
    static func smallXStart(_ p: Double, _ k: Double) -> Double {
        let a = 0.5 * k
        return 2 * exp((log(p) + SpecialFunctions.logGamma(a + 1)) / a)
    }

    static func solveLower(_ p: Double, _ k: Double) -> Double {
        // For small k and p the quantile can lie below the smallest normal double (k = 0.5, p = 1e-300 gives
        // about 1e-1200). There P(k/2, x/2) = (x/2)^(k/2)/Γ(k/2 + 1) to full precision, so the small-x
        // formula is the answer itself: it is returned as is (subnormal, or 0 after underflow).
        let a = 0.5 * k
        let logSmall = log(2) + (log(p) + SpecialFunctions.logGamma(a + 1)) / a
        if logSmall < log(Double.leastNormalMagnitude) { return exp(logSmall) }
        let wh = wilsonHilferty(Normal.uncheckedQuantile(p), k)
        let start = max(wh, exp(logSmall))
        return QuantileSolver.solve(target: p, start: start, increasing: true,
                                    probability: { SpecialFunctions.regularizedGamma(0.5 * k, 0.5 * $0).p },
                                    density: { uncheckedDensity($0, k) })
    }

    static func solveUpper(_ q: Double, _ k: Double) -> Double {
        let wh = wilsonHilferty(-Normal.uncheckedQuantile(q), k)
        let start = wh > 0 ? wh : smallXStart(1 - q, k)
        return QuantileSolver.solve(target: q, start: start, increasing: false,
                                    probability: { SpecialFunctions.regularizedGamma(0.5 * k, 0.5 * $0).q },
                                    density: { uncheckedDensity($0, k) })
    }
}
