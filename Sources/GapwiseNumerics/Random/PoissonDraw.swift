// PoissonDraw: exact Poisson variates from Xoshiro256StarStar (inversion for λ < 10, PTRS for λ ≥ 10).
import Foundation

extension RandomGenerators.Xoshiro256StarStar {
    /// A Poisson draw with mean λ.
    ///
    /// - λ = 0: returns 0 and consumes no output.
    /// - 0 < λ < 10: sequential inversion. One uniform u ∈ [0, 1); return the least k with
    ///   F(k) = Σ_{j≤k} e^{−λ} λʲ/j! > u (the pmf is built by the recursion p_k = p_{k−1} λ/k). Exact up to
    ///   rounding of F (a few ulp); the search stops if p_k underflows, an event of probability < 10⁻³⁰⁰.
    /// - λ ≥ 10: PTRS, Hörmann's transformed rejection with squeeze, an exact rejection method with
    ///   constants b = 0.931 + 2.53√λ, a = −0.059 + 0.02483 b, 1/α = 1.1239 + 1.1328/(b − 3.4),
    ///   v_r = 0.9277 − 3.6224/(b − 2); two uniforms per trial, acceptance rate above 0.89 for λ ≥ 10.
    ///
    /// - Throws: `invalidParameter` unless 0 ≤ λ < 2⁶² is finite.
    ///
    /// Reference: Hörmann, W. (1993) The transformed rejection method for generating Poisson random
    /// variables. Insurance: Mathematics and Economics 12, 39–45.
    package mutating func nextPoisson(mean lambda: Double) throws(DistributionError) -> Int {
        guard lambda >= 0 && lambda < 0x1p62 else {
            throw .invalidParameter(function: "Xoshiro256StarStar.nextPoisson", name: "mean", value: lambda,
                                    rule: "a Poisson mean must be finite, zero or more and below 2^62")
        }
        if lambda == 0 { return 0 }
        if lambda < 10 { return poissonInversion(lambda) }
        return poissonPTRS(lambda)
    }

    @usableFromInline
    mutating func poissonInversion(_ lambda: Double) -> Int {
        let u = nextUniform()
        var k = 0
        var p = exp(-lambda)
        var f = p
        while u >= f {
            k += 1
            p *= lambda / Double(k)
            if p == 0 { break }
            f += p
        }
        return k
    }

    @usableFromInline
    mutating func poissonPTRS(_ lambda: Double) -> Int {
        let slam = lambda.squareRoot()
        let loglam = log(lambda)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let logInvAlpha = log(1.1239 + 1.1328 / (b - 3.4))
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = nextUniform() - 0.5
            let v = nextUniform()
            let us = 0.5 - abs(u)
            let kd = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(kd) }
            if kd < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + logInvAlpha - log(a / (us * us) + b)
                <= -lambda + kd * loglam - SpecialFunctions.logGamma(kd + 1) {
                return Int(kd)
            }
        }
    }
}
