// StudentT: Student's t distribution function and quantile for any real degrees of freedom ν > 0.
import Foundation

/// Student's t distribution with ν > 0 degrees of freedom (ν need not be an integer).
///
/// **Distribution function.** With x = ν/(ν + t²) and y = t²/(ν + t²) (each formed without
/// cancellation), for t ≤ 0
///     P(T ≤ t) = ½ I_x(ν/2, ½)   and   P(T ≤ t) − ½ = −½ I_y(½, ν/2)
/// (A&S 26.7.1 with 26.5.27), where I is the regularized incomplete beta function evaluated by its
/// continued fraction; t > 0 follows by symmetry. The tail that is returned is always computed directly,
/// never as 1 − (the other tail), so `cdf` is accurate relative to its value deep in the lower tail and
/// `ccdf` deep in the upper tail. Closed forms (ν = 1: ½ + arctan(t)/π; ν = 2: ½ + t/(2√(2 + t²))) are
/// used only as test checks, not as special cases.
///
/// **Quantile.** Newton iteration on the log of the relevant probability (`QuantileSolver`) starting from
/// the larger of the Cornish–Fisher expansion t ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²) and the
/// tail approximation t ≈ √ν (qν B(ν/2, ½))^(−1/ν); for ¼ ≤ p ≤ ¾ it solves ½ I_y(½, ν/2) = |p − ½|, whose
/// right side is exact in floating point, so quantiles near 0 keep their relative accuracy.
/// For ν < 1 and extremely small p the quantile can exceed the largest double; it is then returned as ∓∞.
///
/// **Domain.** ν finite and > 0; t any value but NaN (±∞ allowed); 0 < p < 1. Violations throw
/// `DistributionError`. Accuracy against mpmath (50 digits): better than 1e-12 relative for ν from 0.5 to
/// 10⁶ and probabilities down to 10⁻³⁰⁰ (see DistributionsTests).
///
/// References: Abramowitz & Stegun (1964) 26.7; Hill, G. W. (1970) Algorithm 395/396, CACM 13(10);
/// Press et al. (2007) Numerical Recipes §6.4.
package enum StudentT {
    /// P(T ≤ t) for ν degrees of freedom.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) throws(DistributionError) -> Double {
        try validate(df, "StudentT.cdf")
        guard !t.isNaN else { throw .notFinite(function: "StudentT.cdf", argument: "t") }
        return t <= 0 ? tail(-t, df) : 0.5 + central(t, df)
    }

    /// P(T > t) for ν degrees of freedom (accurate in the upper tail).
    public static func ccdf(_ t: Double, degreesOfFreedom df: Double) throws(DistributionError) -> Double {
        try validate(df, "StudentT.ccdf")
        guard !t.isNaN else { throw .notFinite(function: "StudentT.ccdf", argument: "t") }
        return t >= 0 ? tail(t, df) : 0.5 + central(-t, df)
    }

    /// The density f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν B(ν/2, ½)).
    public static func density(_ t: Double, degreesOfFreedom df: Double) throws(DistributionError) -> Double {
        try validate(df, "StudentT.density")
        guard !t.isNaN else { throw .notFinite(function: "StudentT.density", argument: "t") }
        return uncheckedDensity(abs(t), df)
    }

    /// The t with P(T ≤ t) = p.
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) throws(DistributionError) -> Double {
        try validate(df, "StudentT.quantile")
        guard p > 0 && p < 1 else { throw .probabilityOutOfRange(function: "StudentT.quantile", value: p) }
        if p < 0.25 { return -solveTail(p, df) }
        if p > 0.75 { return solveTail(1 - p, df) }  // 1 − p is exact for p ≥ ½
        return solveCentral(p - 0.5, df)              // p − ½ is exact for ¼ ≤ p ≤ 1
    }

    /// The t with P(T > t) = q (upper-tail quantile), exact for small q.
    public static func quantile(upperTail q: Double, degreesOfFreedom df: Double) throws(DistributionError) -> Double {
        try validate(df, "StudentT.quantile(upperTail:)")
        guard q > 0 && q < 1 else { throw .probabilityOutOfRange(function: "StudentT.quantile(upperTail:)", value: q) }
        if q < 0.25 { return solveTail(q, df) }
        if q > 0.75 { return -solveTail(1 - q, df) }
        return -solveCentral(q - 0.5, df)
    }

    // MARK: - Internals

    static func validate(_ df: Double, _ function: String) throws(DistributionError) {
        guard df > 0 && df.isFinite else { throw .nonPositiveDegreesOfFreedom(function: function, value: df) }
    }

    /// (x, y, ln x) with x = ν/(ν+s²), y = s²/(ν+s²) for s ≥ 0, without overflow of s²; ln x is given
    /// (as ln ν − 2 ln s) when s > 10¹⁵⁰, where x may underflow.
    static func betaArguments(_ s: Double, _ df: Double) -> (x: Double, y: Double, logX: Double?) {
        if s > 1e150 { let r = df / s; return (r / s, 1, log(df) - 2 * log(s)) }
        let s2 = s * s
        return (df / (df + s2), s2 / (df + s2), nil)
    }

    /// P(T > s) for s ≥ 0: ½ I_x(ν/2, ½).
    static func tail(_ s: Double, _ df: Double) -> Double {
        if s == .infinity { return 0 }
        let (x, y, lx) = betaArguments(s, df)
        return 0.5 * SpecialFunctions.regularizedBeta(x: x, y: y, a: 0.5 * df, b: 0.5, logX: lx).value
    }

    /// P(0 < T ≤ s) for s ≥ 0: ½ I_y(½, ν/2).
    static func central(_ s: Double, _ df: Double) -> Double {
        if s == .infinity { return 0.5 }
        let (x, y, _) = betaArguments(s, df)
        return 0.5 * SpecialFunctions.regularizedBeta(x: y, y: x, a: 0.5, b: 0.5 * df).value
    }

    static func uncheckedDensity(_ s: Double, _ df: Double) -> Double {
        let lb = SpecialFunctions.logBeta(0.5 * df, 0.5)
        let s2 = s * s
        let l = s2 > 1e300 ? (df + 1) * (log(s) - 0.5 * log(df)) : 0.5 * (df + 1) * log1p(s2 / df)
        return exp(-l - 0.5 * log(df) - lb)
    }

    /// Cornish–Fisher start for the t quantile from the normal quantile z (A&S 26.7.5, two terms).
    static func cornishFisher(_ z: Double, _ df: Double) -> Double {
        let z2 = z * z
        return z + (z2 + 1) * z / (4 * df) + ((5 * z2 + 16) * z2 + 3) * z / (96 * df * df)
    }

    /// s > 0 with P(T > s) = q, q < ¼.
    static func solveTail(_ q: Double, _ df: Double) -> Double {
        let cf = cornishFisher(-Normal.uncheckedQuantile(q), df)
        let logPower = -(log(q * df) + SpecialFunctions.logBeta(0.5 * df, 0.5)) / df
        let power = logPower > 700 ? Double.greatestFiniteMagnitude : df.squareRoot() * exp(logPower)
        let start = max(cf, min(power, 1e300))
        return QuantileSolver.solve(target: q, start: start, increasing: false,
                                    probability: { tail($0, df) },
                                    density: { uncheckedDensity($0, df) })
    }

    /// Signed t with P(T ≤ t) − ½ = d, |d| ≤ ¼.
    static func solveCentral(_ d: Double, _ df: Double) -> Double {
        if d == 0 { return 0 }
        let z = Normal.uncheckedQuantile(0.5 + abs(d))
        let start = cornishFisher(z, df)
        let s = QuantileSolver.solve(target: abs(d), start: start, increasing: true,
                                     probability: { central($0, df) },
                                     density: { uncheckedDensity($0, df) })
        return d < 0 ? -s : s
    }
}
