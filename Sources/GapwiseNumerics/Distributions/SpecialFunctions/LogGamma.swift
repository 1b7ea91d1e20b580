// LogGamma: ln Γ, the Stirling correction, ln B(a, b) and log1pmx, the building blocks of the incomplete functions.
import Foundation

/// Special functions shared by the distributions (package-internal; not validated, callers validate).
package enum SpecialFunctions {
    /// ln(2π) / 2.
    package static let halfLogTwoPi = 0.918_938_533_204_672_741_780_329_736_4

    /// ln Γ(x) for x > 0, from the C library's re-entrant `lgamma_r` (no shared `signgam` state, so it is
    /// safe to call from many threads). glibc documents an error of a few ulp for positive arguments.
    @inlinable
    package static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// The Stirling-series remainder μ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x > 0.
    ///
    /// For x ≥ 10 it is summed from the asymptotic series
    /// μ(x) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) + 1/(156x¹³),
    /// whose first omitted term is below 4·10⁻¹⁷ at x = 10 (Abramowitz & Stegun 6.1.41). Below 10 it is the
    /// plain difference (absolute error a few ulp of ln Γ, which is all that its callers need there).
    package static func stirlingCorrection(_ x: Double) -> Double {
        if x >= 10 {
            let r = 1 / x
            let r2 = r * r
            var s = 1.0 / 156.0
            s = s * r2 - 691.0 / 360_360.0
            s = s * r2 + 1.0 / 1188.0
            s = s * r2 - 1.0 / 1680.0
            s = s * r2 + 1.0 / 1260.0
            s = s * r2 - 1.0 / 360.0
            s = s * r2 + 1.0 / 12.0
            return s * r
        }
        return logGamma(x) - ((x - 0.5) * log(x) - x + halfLogTwoPi)
    }

    /// log1pmx(x) = ln(1 + x) − x for x > −1, accurate to a few ulp **relative** also for small |x|.
    ///
    /// With s = x/(2 + x), ln(1 + x) = 2 atanh(s) and x − 2s = s·x, so
    /// ln(1 + x) − x = −s·x + 2s³(1/3 + s²/5 + s⁴/7 + …); for −0.5 ≤ x ≤ 1 we have |s| ≤ 1/3 and the
    /// series converges like 9⁻ᵏ. Outside that range the direct difference has no cancellation.
    package static func log1pmx(_ x: Double) -> Double {
        if x < -0.5 || x > 1 { return log1p(x) - x }
        let s = x / (2 + x)
        let s2 = s * s
        var term = 1.0
        var sum = 1.0 / 3.0
        var k = 5.0
        while true {
            term *= s2
            let add = term / k
            sum += add
            if add <= 1e-17 * sum { break }
            k += 2
        }
        return -s * x + 2 * s * s2 * sum
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, without the cancellation of the naive
    /// sum when a parameter is large (the split into Stirling terms follows R's `lbeta`, Ross Ihaka).
    package static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b)
        if p >= 10 {
            let corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * log(q) + halfLogTwoPi + corr + (p - 0.5) * log(p / (p + q)) + q * log1p(-p / (p + q))
        } else if q >= 10 {
            let corr = stirlingCorrection(q) - stirlingCorrection(p + q)
            return logGamma(p) + corr + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q))
        }
        return logGamma(p) + logGamma(q) - logGamma(p + q)
    }
}
