// Normal: the standard normal distribution function Φ, its complement and its quantile Φ⁻¹ (AS 241).
import Foundation

/// The standard normal distribution N(0, 1).
///
/// - `cdf(x)` = Φ(x) = ½ erfc(−x/√2) and `ccdf(x)` = 1 − Φ(x) = ½ erfc(x/√2), both from the C library's
///   `erfc`, so each tail keeps its relative accuracy (Φ(−37.5) ≈ 4.6·10⁻³⁰⁸ is still correct to about
///   1e-13; the only loss is the rounding of x/√2, amplified by x²).
/// - `quantile(p)` = Φ⁻¹(p) by Wichura's Algorithm AS 241 (PPND16), a set of three rational
///   approximations with relative error about 10⁻¹⁶ for 10⁻³⁰⁰ < p < 1 − 10⁻¹⁶; the tests against
///   mpmath at 50 digits show no Newton step is needed (see DistributionsTests).
/// - `quantile(upperTail: q)` = −Φ⁻¹(q), the z with 1 − Φ(z) = q, exact for small q where
///   `quantile(1 − q)` would lose q to rounding.
///
/// References: Wichura, M. J. (1988) Algorithm AS 241: The percentage points of the normal distribution.
/// Applied Statistics 37(3), 477–484. Abramowitz & Stegun (1964) §26.2.
@usableFromInline package enum Normal {
    /// Φ(x) = P(Z ≤ x). Defined for every x (Φ(−∞) = 0, Φ(+∞) = 1); throws for NaN.
    public static func cdf(_ x: Double) throws(DistributionError) -> Double {
        guard !x.isNaN else { throw .notFinite(function: "Normal.cdf", argument: "x") }
        return 0.5 * erfc(-x * 0.707_106_781_186_547_524_400_844_362_104_849_039)
    }

    /// 1 − Φ(x) = P(Z > x), accurate in the upper tail. Throws for NaN.
    public static func ccdf(_ x: Double) throws(DistributionError) -> Double {
        guard !x.isNaN else { throw .notFinite(function: "Normal.ccdf", argument: "x") }
        return 0.5 * erfc(x * 0.707_106_781_186_547_524_400_844_362_104_849_039)
    }

    /// The density φ(x) = exp(−x²/2)/√(2π).
    public static func density(_ x: Double) -> Double {
        0.398_942_280_401_432_677_939_946_059_934_381_868 * exp(-0.5 * x * x)
    }

    /// Φ⁻¹(p), the z with Φ(z) = p, for 0 < p < 1. Throws `probabilityOutOfRange` otherwise.
    public static func quantile(_ p: Double) throws(DistributionError) -> Double {
        guard p > 0 && p < 1 else { throw .probabilityOutOfRange(function: "Normal.quantile", value: p) }
        return uncheckedQuantile(p)
    }

    /// The z with 1 − Φ(z) = q (the upper-tail quantile, −Φ⁻¹(q)), for 0 < q < 1.
    public static func quantile(upperTail q: Double) throws(DistributionError) -> Double {
        guard q > 0 && q < 1 else { throw .probabilityOutOfRange(function: "Normal.quantile(upperTail:)", value: q) }
        return -uncheckedQuantile(q)
    }

    /// AS 241 without argument checks (0 < p < 1 is the caller's duty); used by the normal generator.
    @inlinable
    package static func uncheckedQuantile(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            // Hash sum AB 55.88319 28806 14901 4439
            let num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
                + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
                + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q
            let den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
                + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
                + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0)
            return num / den
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        let x: Double
        if r <= 5 {
            r -= 1.6
            // Hash sum CD 49.33206 50330 16102 89036
            let num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
            let den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0)
            x = num / den
        } else {
            r -= 5
            // Hash sum EF 47.52583 31754 92896 71629
            let num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
            let den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
            x = num / den
        }
        return q < 0 ? -x : x
    }
}
