// CoefficientOfVariation: the population coefficient of variation (R ineq `var.coeff`), weighted.
import Foundation

extension Inequality {
    /// The population coefficient of variation: the weighted standard deviation (divisor Σw, not
    /// Σw − 1) over the weighted mean.
    ///
    /// `CV = √(Σ w̃_i (y_i − μ)²) / μ`; `squared` returns CV² (= 2·GE(2)). This is R
    /// `ineq::var.coeff(x, square)`, which uses `√((n−1)/n · var(x))`, i.e. the population, not
    /// the sample, standard deviation; multiply by √(n/(n−1)) for the sample form.
    ///
    /// - Parameters:
    ///   - values: any finite values with a positive weighted mean (negative values are allowed).
    ///   - weights: optional population (frequency) weights.
    ///   - squared: return CV² instead of CV (R `square = TRUE`, ineq type `"square.var"`).
    /// - Throws: sample errors, `.nonPositiveMean`.
    /// - Returns: CV ≥ 0; 0 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Cowell (2011) *Measuring Inequality*; R `ineq::var.coeff`; WHO HEAT `cov`
    /// (there ×100, with the group-population-weighted SD).
    public static func coefficientOfVariation(_ values: [Double], weights: [Double]? = nil,
                                              squared: Bool = false) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "cv", values: values, weights: weights)
        try s.requirePositiveMean()
        var v = 0.0
        if !s.allEqual {
            var ss = 0.0
            for i in s.values.indices {
                let d = s.values[i] - s.mean
                ss += s.weights[i] * d * d
            }
            let variance = ss / s.totalWeight
            v = squared ? variance / (s.mean * s.mean) : variance.squareRoot() / s.mean
        }
        return s.estimate(.coefficientOfVariation(squared: squared), v,
                          method: squared ? "CV² = Σ w̃ (y−μ)²/μ² (population variance)"
                                          : "CV = √(Σ w̃ (y−μ)²)/μ (population SD)")
    }
}
