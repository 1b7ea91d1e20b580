// TheilL: Theil's L index, the mean log deviation (MLD), GE(0), weighted; zeros are an error.
import Foundation
import GapwiseNumerics

extension Inequality {
    /// Theil's L index, the mean log deviation (GE(0)): the mean log ratio of the mean to each value.
    ///
    /// `L = −Σ w̃_i ln(y_i/μ) = ln μ − Σ w̃_i ln y_i`, w̃ = w/Σw.
    ///
    /// - Parameters:
    ///   - values: y > 0 (the logarithm of every value is taken; a zero makes L infinite).
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.zeroValue` (no value may be zero; nothing is replaced
    ///   by a tiny number).
    /// - Returns: L ≥ 0, unbounded above; 0 when all values are equal. Scale, permutation and
    ///   replication invariant; decomposes with population-share weights.
    ///
    /// Computed in one pass over the data (`Reductions.ratioMoments`: L = ln ρ − Σ w̃ ln r with r = y/c
    /// against a subsample reference c and ρ = μ/c), bit-identical for any thread count; input the
    /// one-pass route does not take (see `RatioSample`) is validated and computed in two passes.
    ///
    /// References: Theil (1967); Bourguignon (1979) Econometrica 47; R `ineq::Theil(parameter = 1)`
    /// and `ineq::entropy(parameter = 0)`; WHO HEAT `mld` (×1000 there).
    public static func theilL(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let method = "MLD = −Σ w̃ ln(y/μ)"
        if let f = RatioSample(.logR, values: values, weights: weights, positive: true) {
            return f.estimate(.theilL, f.allEqual ? 0 : log1p(f.meanExcess) - f.termMean, method: method)
        }
        let s = try WeightedSample(measure: "theil_l", values: values, weights: weights)
        try s.requirePositive(reason: "the mean log deviation takes the logarithm of every value")
        let l = s.allEqual ? 0 : -Reductions.ratioSum(.logR, values: s.values, weights: s.weights, mean: s.mean) / s.totalWeight
        return s.estimate(.theilL, l, method: method)
    }

    /// `−Σ w_i ln(y_i/μ) / W`.
    package static func theilLKernel(_ y: [Double], _ w: [Double], _ total: Double, _ mean: Double) -> Double {
        var s = 0.0
        for i in y.indices { s += w[i] * log(y[i] / mean) }
        return -s / total
    }
}
