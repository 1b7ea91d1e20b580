// IncompleteBeta: the regularized incomplete beta function I_x(a, b) and its complement.
import Foundation

extension SpecialFunctions {
    /// The regularized incomplete beta function (I_x(a, b), 1 − I_x(a, b)) for a, b > 0 and 0 ≤ x ≤ 1,
    /// I_x(a, b) = (1/B(a, b)) ∫₀ˣ tᵃ⁻¹ (1 − t)ᵇ⁻¹ dt.
    ///
    /// The caller passes both x and y = 1 − x, each computed without cancellation (e.g. for Student's t,
    /// x = ν/(ν + t²) and y = t²/(ν + t²)); the logarithms use whichever is accurate (ln x = log1p(−y)
    /// when x > ½), so a large `a` does not magnify the rounding of x.
    ///
    /// Method: the continued fraction of A&S 26.5.8, evaluated by modified Lentz (Numerical Recipes
    /// §6.4), for whichever of I_x(a, b) and I_y(b, a) = 1 − I_x(a, b) has its argument below the mean
    /// (x < (a+1)/(a+b+2)), where it converges quickly. That one is accurate to a few ulp relative; the other
    /// is its complement. The prefix xᵃ yᵇ / (a B(a, b)) uses the cancellation-free `logBeta`.
    ///
    /// `logX`, when given, is ln x computed by the caller; it lets x underflow to 0 without losing I_x.
    package static func regularizedBeta(x: Double, y: Double, a: Double, b: Double,
                                        logX: Double? = nil) -> (value: Double, complement: Double) {
        if x == 0 && logX == nil { return (0, 1) }
        if y == 0 { return (1, 0) }
        if x > (a + 1) / (a + b + 2) {
            let r = betaContinuedFraction(x: y, y: x, a: b, b: a, logY: logX)
            return (1 - r, r)
        }
        let r = betaContinuedFraction(x: x, y: y, a: a, b: b, logX: logX)
        return (r, 1 - r)
    }

    /// I_x(a, b) = xᵃ yᵇ / (a B(a, b)) · CF, the continued fraction of A&S 26.5.8,
    ///     CF = 1/(1+ d₁/(1+ d₂/(1+ …))),  d₂ₘ₊₁ = −(a+m)(a+b+m)x/((a+2m)(a+2m+1)),  d₂ₘ = m(b−m)x/((a+2m−1)(a+2m)).
    ///
    /// Modified Lentz, with one refinement: when x is close to 1 and a is large (Student's t with large ν),
    /// the odd steps 1 + d₂ₘ₊₁·D subtract nearly equal numbers. They are evaluated from
    /// 1 − cₘx = (1 − cₘ) + cₘy with 1 − cₘ = (a(2m+1−b) + m(3m+2−b))/((a+2m)(a+2m+1)) and from the small
    /// quantities D − 1 and C − 1 carried over from the even step, so no digits are lost (for x ≤ ½ the
    /// plain 1 − cₘx is used, which has no cancellation there).
    /// `logX`/`logY` may be passed when x or y underflows (e.g. t beyond 10¹⁵⁰).
    static func betaContinuedFraction(x: Double, y: Double, a: Double, b: Double,
                                      logX: Double? = nil, logY: Double? = nil) -> Double {
        let lx = logX ?? (x > 0.5 ? log1p(-y) : log(x))
        let ly = logY ?? (y > 0.5 ? log1p(-x) : log(y))
        let logFront = a * lx + b * ly - logBeta(a, b) - log(a)
        if logFront < -746 { return 0 }
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = x > 0.5 ? (1 - b + qab * y) / qap : 1 - qab * x / qap  // 1 − (a+b)x/(a+1), no cancellation
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while true {
            let m2 = 2 * m
            // Even step: d₂ₘ is small near x = 1, so 1 + d₂ₘ·D is harmless; keep D − 1 and C − 1.
            let aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            var pd = 1 + aa * d
            if abs(pd) < tiny { pd = tiny }
            let dMinus1 = -aa * d / pd
            d = 1 / pd
            let cMinus1 = aa / c
            c = 1 + cMinus1
            if abs(c) < tiny { c = tiny }
            h *= d * c
            // Odd step: 1 + d₂ₘ₊₁·D = (1 − cₘx) − cₘx(D − 1) and 1 + d₂ₘ₊₁/C = ((1 − cₘx) + (C − 1))/C.
            let den = (a + m2) * (qap + m2)
            let cm = (a + m) * (qab + m) / den
            let oneMinusCm = (a * (m2 + 1 - b) + m * (3 * m + 2 - b)) / den
            let oneMinusCmX = x > 0.5 ? oneMinusCm + cm * y : 1 - cm * x
            pd = oneMinusCmX - cm * x * dMinus1
            if abs(pd) < tiny { pd = tiny }
            d = 1 / pd
            c = (oneMinusCmX + cMinus1) / c
            if abs(c) < tiny { c = tiny }
            let del = d * c
            h *= del
            if abs(del - 1) <= 1e-16 || m > 100_000 { break }
            m += 1
        }
        return exp(logFront) * h
    }
}
