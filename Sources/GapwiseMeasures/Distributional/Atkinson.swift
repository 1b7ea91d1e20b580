// Atkinson: Atkinson's index A(ε) for any ε ≥ 0, weighted, with the geometric-mean form at ε = 1.
import Foundation
import GapwiseNumerics

extension Inequality {
    /// Atkinson's inequality index A(ε): one minus the equally distributed equivalent over the mean.
    ///
    /// `A(ε) = 1 − [Σ w̃_i (y_i/μ)^(1−ε)]^(1/(1−ε))` for ε ≠ 1, and `A(1) = 1 − exp(Σ w̃ ln(y/μ))`
    /// (one minus the geometric mean over the arithmetic mean). A(0) = 0 exactly. Computed as
    /// `A = −expm1(log1p(S)/(1−ε))` with `S = Σ w̃ [(y/μ)^(1−ε) − 1]` formed without cancellation
    /// (for ε < ½ as `Σ w̃ r·expm1(−ε ln r)`, otherwise as `Σ w̃ expm1((1−ε) ln r)`), so values near
    /// ε = 1 are as accurate as at ε = 1. The equally distributed equivalent is `μ(1 − A)`.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 for ε < 1 (a zero contributes 0); y > 0 for ε ≥ 1 (logarithm or negative power).
    ///   - weights: optional population (frequency) weights.
    ///   - epsilon: inequality aversion ε ≥ 0 (finite); R `ineq` defaults to 0.5.
    /// - Throws: sample errors, `.invalidParameter` (ε < 0 or not finite), `.negativeValue`,
    ///   `.zeroValue` (ε ≥ 1), `.nonPositiveMean`.
    /// - Returns: A in [0, 1]; 0 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// ε = 1, ½ and 2 take one pass over the data (`Reductions.ratioMoments`, the mean found in the same
    /// pass; AVX-512 or Swift SIMD log; √ with `√r − 1 = (r − 1)/(√r + 1)`; `1/r − 1 = (1 − r)/r`; no
    /// `pow`); other ε, and input the one-pass route does not take, validate first and use the exact mean.
    ///
    /// References: Atkinson (1970) "On the measurement of inequality", J. Econ. Theory 2;
    /// PySAL `inequality.atkinson`; R `ineq::Atkinson`.
    public static func atkinson(_ values: [Double], weights: [Double]? = nil,
                                epsilon: Double) throws -> InequalityEstimate {
        let code = "atkinson"
        guard epsilon.isFinite && epsilon >= 0 else {
            throw InequalityError.invalidParameter(measure: code, name: "epsilon", value: epsilon,
                                                   rule: "epsilon must be a finite number of 0 or more")
        }
        let method = epsilon == 1
            ? "A(1) = 1 − geometric mean/mean"
            : "A(ε) = 1 − [Σ w̃ (y/μ)^(1−ε)]^(1/(1−ε))"
        if let a = onePassAtkinson(values, weights: weights, epsilon: epsilon) {
            return a.sample.estimate(.atkinson(epsilon: epsilon), a.value, method: method)
        }
        let s = try WeightedSample(measure: code, values: values, weights: weights)
        if epsilon >= 1 {
            try s.requirePositive(reason: "Atkinson with epsilon ≥ 1 takes a logarithm or a negative power of every value")
        } else {
            try s.requireNonNegative()
            try s.requirePositiveMean()
        }
        var a = 0.0
        if !s.allEqual && epsilon != 0 {
            let y = s.values, w = s.weights, mu = s.mean
            var sum = 0.0
            if epsilon == 1 {
                sum = Reductions.ratioSum(.logR, values: y, weights: w, mean: mu)
                a = -expm1(sum / s.totalWeight)
            } else if epsilon == 0.5 {
                // S = Σ w̃ (√r − 1) = Σ w̃ (r − 1)/(√r + 1), no cancellation; A = 1 − (1 + S)².
                let m = Reductions.ratioSum(.sqrtRMinusOne, values: y, weights: w, mean: mu) / s.totalWeight
                a = -m * (2 + m)
            } else if epsilon == 2 {
                // S = Σ w̃ (1/r − 1) = Σ w̃ (1 − r)/r; A = 1 − 1/(1 + S) = S/(1 + S).
                let m = Reductions.ratioSum(.inverseRMinusOne, values: y, weights: w, mean: mu) / s.totalWeight
                a = m / (1 + m)
            } else if largestExponent(y, mu, 1 - epsilon) > 700 {
                // exp would overflow: ln M = m + ln Σ w̃ exp(z − m), z = (1−ε) ln r, m = max z.
                let m = largestExponent(y, mu, 1 - epsilon)
                for i in y.indices where y[i] != 0 { sum += w[i] * exp((1 - epsilon) * log(y[i] / mu) - m) }
                a = -expm1((m + log(sum / s.totalWeight)) / (1 - epsilon))
            } else {
                if epsilon < 0.5 {
                    for i in y.indices where y[i] != 0 {
                        let r = y[i] / mu
                        sum += w[i] * r * expm1(-epsilon * log(r))
                    }
                } else {
                    for i in y.indices { sum += w[i] * expm1((1 - epsilon) * log(y[i] / mu)) }
                }
                a = -expm1(log1p(sum / s.totalWeight) / (1 - epsilon))
            }
        }
        return s.estimate(.atkinson(epsilon: epsilon), a, method: method)
    }

    /// A(1), A(½) or A(2) from one `RatioSample` pass (nil for other ε, or input the one-pass route does
    /// not take). With r = y/c, ρ − 1 = m₀ and m = Σ w̃ f(r):
    /// A(1) = −expm1(−MLD), MLD = log1p(m₀) − Σ w̃ ln r;
    /// A(½) = (m₀ − m(2 + m))/(1 + m₀), m = Σ w̃ (√r − 1) (from 1 − (1 + m)²/ρ);
    /// A(2) = S/(1 + S), S = m₀ + m + m₀·m, m = Σ w̃ (1/r − 1) (from 1 − 1/(ρ Σ w̃ /r)).
    /// Each numerator is formed from small quantities, so near equality nothing cancels against 1.
    private static func onePassAtkinson(_ values: [Double], weights: [Double]?,
                                        epsilon: Double) -> (sample: RatioSample, value: Double)? {
        let term: RatioTerm
        switch epsilon {
        case 1: term = .logR
        case 0.5: term = .sqrtRMinusOne
        case 2: term = .inverseRMinusOne
        default: return nil
        }
        guard let f = RatioSample(term, values: values, weights: weights, positive: epsilon >= 1) else { return nil }
        if f.allEqual { return (f, 0) }
        let m0 = f.meanExcess, m = f.termMean
        switch term {
        case .logR: return (f, -expm1(-(log1p(m0) - m)))
        case .sqrtRMinusOne: return (f, (m0 - m * (2 + m)) / (1 + m0))
        default:
            let s = m0 + m + m0 * m
            return (f, s / (1 + s))
        }
    }

    /// The largest `k·ln(y/μ)` over the non-zero values (−∞ when there is none).
    private static func largestExponent(_ y: [Double], _ mu: Double, _ k: Double) -> Double {
        var m = -Double.infinity
        for v in y where v != 0 { m = max(m, k * log(v / mu)) }
        return m
    }
}
