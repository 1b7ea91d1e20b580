// IncompleteGamma: the regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
import Foundation

extension SpecialFunctions {
    /// The "prefix" xᵃ e⁻ˣ / Γ(a) for a > 0, x > 0, computed so that large a costs no accuracy.
    ///
    /// For a < 10 it is exp(a ln x − x − ln Γ(a)). For a ≥ 10, writing Γ(a) = √(2π) a^(a−½) e^(−a) e^(μ(a)),
    /// xᵃ e⁻ˣ / Γ(a) = √(a/2π) · exp(a · log1pmx((x − a)/a) − μ(a)), which never forms the huge
    /// a ln x and x separately (this is the device of Temme and of DiDonato & Morris 1986).
    package static func gammaPrefix(_ a: Double, _ x: Double) -> Double {
        if a < 10 {
            return exp(a * log(x) - x - logGamma(a))
        }
        let u = (x - a) / a
        let l = u < -0.5 ? log(x / a) - u : log1pmx(u)
        return (a / (2 * Double.pi)).squareRoot() * exp(a * l - stirlingCorrection(a))
    }

    /// The regularized incomplete gamma functions (P, Q) for a > 0, x ≥ 0 (x may be +∞):
    /// P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ tᵃ⁻¹ e⁻ᵗ dt and Q = 1 − P.
    ///
    /// The smaller of the two is computed directly (to a few ulp relative, except where the prefix
    /// exponent is near the underflow limit), the other as its complement:
    /// - x < a + 1: P by the power series P = xᵃe⁻ˣ/Γ(a+1) · Σₙ xⁿ / ((a+1)…(a+n)) (A&S 6.5.29);
    ///   and when a < 1 and x < 1.5, Q by the small-a expansion
    ///   Q = −expm1(a ln x − ln Γ(1+a)) − (xᵃ/Γ(a)) Σₙ≥₁ (−x)ⁿ/(n!(a+n)) (Gautschi 1979; as in Boost), so that
    ///   Q ≈ a E₁(x) keeps its relative accuracy as a → 0;
    /// - x ≥ a + 1: Q by the Legendre continued fraction (A&S 6.5.31) evaluated with modified Lentz.
    /// Both loops need O(√a) terms when x is near a (a few thousand at a = 5·10⁵).
    package static func regularizedGamma(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if x < a + 1 {
            let p = gammaSeriesP(a, x)
            if a < 1 && x < 1.5 {
                let q = smallAQ(a, x)
                return (p, q)
            }
            return (p, 1 - p)
        }
        let q = gammaContinuedFractionQ(a, x)
        return (1 - q, q)
    }

    /// P(a, x) by the power series (x < a + 1).
    static func gammaSeriesP(_ a: Double, _ x: Double) -> Double {
        let prefix = gammaPrefix(a, x)
        if prefix == 0 { return 0 }
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while true {
            term *= x / (a + n)
            sum += term
            if term <= sum * 1e-17 { break }
            n += 1
        }
        return prefix * sum / a
    }

    /// Q(a, x) for a < 1, x < 1.5 by the small-a expansion.
    static func smallAQ(_ a: Double, _ x: Double) -> Double {
        let lx = log(x)
        let first = -expm1(a * lx - logGamma(1 + a))  // 1 − xᵃ/Γ(1+a)
        // Σₙ≥₁ (−x)ⁿ / (n! (a + n))
        var term = 1.0  // (−x)ⁿ / n!
        var sum = 0.0
        var n = 1.0
        while true {
            term *= -x / n
            let add = term / (a + n)
            sum += add
            if abs(add) <= abs(sum) * 1e-17 { break }
            n += 1
        }
        let xaOverGammaA = a * exp(a * lx - logGamma(1 + a))  // xᵃ/Γ(a) = a xᵃ/Γ(1+a)
        return first - xaOverGammaA * sum
    }

    /// Q(a, x) by the continued fraction (x ≥ a + 1), modified Lentz (Numerical Recipes §6.2).
    static func gammaContinuedFractionQ(_ a: Double, _ x: Double) -> Double {
        let prefix = gammaPrefix(a, x)
        if prefix == 0 { return 0 }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while true {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) <= 1e-16 { break }
            i += 1
        }
        return prefix * h
    }
}
