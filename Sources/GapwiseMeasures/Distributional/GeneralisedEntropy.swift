// GeneralisedEntropy: the generalised entropy index GE(α) for any real α, weighted, limits exact.
import Foundation

extension Inequality {
    /// The generalised entropy index GE(α).
    ///
    /// `GE(α) = Σ w̃_i [(y_i/μ)^α − 1] / (α(α − 1))` for α ∉ {0, 1}; `GE(0) = −Σ w̃ ln(y/μ)` (MLD,
    /// ``theilL(_:weights:)``) and `GE(1) = Σ w̃ (y/μ) ln(y/μ)` (Theil T, ``theilT(_:weights:)``)
    /// are the exact limits and are used when α is exactly 0 or 1. Near the limits the sum is
    /// formed without cancellation: for α < ½ as `Σ w̃ expm1(α ln r)`, for α ≥ ½ as
    /// `Σ w̃ r·expm1((α−1) ln r)` (equal, because Σ w̃ r = 1), so GE(1 ± 1e-9) is as accurate as GE(1).
    /// GE(2) is half the squared coefficient of variation.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 for α > 0 (a zero contributes 0^α = 0); y > 0 for α ≤ 0 (logarithm or negative power).
    ///   - weights: optional population (frequency) weights.
    ///   - alpha: any finite real α (larger α weighs the top of the distribution more).
    /// - Throws: sample errors, `.invalidParameter` (non-finite α), `.negativeValue`, `.zeroValue` (α ≤ 0),
    ///   `.nonPositiveMean`.
    /// - Returns: GE(α) ≥ 0; 0 when all values are equal. Scale, permutation and replication invariant;
    ///   additively decomposable into between- and within-group parts
    ///   (``geDecomposition(_:groups:weights:alpha:)``).
    ///
    /// References: Shorrocks (1980) "The class of additively decomposable inequality measures",
    /// Econometrica 48; Cowell (2011) *Measuring Inequality*, 3rd ed.; R `ineq::entropy`.
    public static func generalisedEntropy(_ values: [Double], weights: [Double]? = nil,
                                          alpha: Double) throws -> InequalityEstimate {
        let code = "ge"
        guard alpha.isFinite else {
            throw InequalityError.invalidParameter(measure: code, name: "alpha", value: alpha,
                                                   rule: "alpha must be a finite number")
        }
        let s = try WeightedSample(measure: code, values: values, weights: weights)
        if alpha <= 0 {
            try s.requirePositive(reason: "GE(alpha) with alpha ≤ 0 takes a logarithm or a negative power of every value")
        } else {
            try s.requireNonNegative()
            try s.requirePositiveMean()
        }
        let v = s.allEqual ? 0 : geKernel(s.values, s.weights, s.totalWeight, s.mean, alpha: alpha)
        let method: String
        switch alpha {
        case 0: method = "GE(0) = MLD = −Σ w̃ ln(y/μ)"
        case 1: method = "GE(1) = Theil T = Σ w̃ (y/μ) ln(y/μ)"
        default: method = "GE(α) = Σ w̃ ((y/μ)^α − 1)/(α(α−1))"
        }
        return s.estimate(.generalisedEntropy(alpha: alpha), v, method: method)
    }

    /// GE(α) of a validated sample with the given mean (dispatching to the exact limits at 0 and 1).
    package static func geKernel(_ y: [Double], _ w: [Double], _ total: Double, _ mean: Double,
                                 alpha: Double) -> Double {
        if alpha == 0 { return theilLKernel(y, w, total, mean) }
        if alpha == 1 { return theilTKernel(y, w, total, mean) }
        var s = 0.0
        if alpha < 0.5 {
            // r^α − 1 = expm1(α ln r); a zero value (α > 0 only) gives expm1(−∞) = −1.
            for i in y.indices { s += w[i] * expm1(alpha * log(y[i] / mean)) }
        } else {
            // r^α − 1 = r·(r^(α−1) − 1) + (r − 1); the second part sums to 0 over the sample.
            for i in y.indices where y[i] != 0 {
                let r = y[i] / mean
                s += w[i] * r * expm1((alpha - 1) * log(r))
            }
        }
        return s / total / (alpha * (alpha - 1))
    }
}
