// TheilT: Theil's T index, GE(1), weighted, with the convention 0·ln 0 = 0.
import Foundation
import GapwiseNumerics

extension Inequality {
    /// Theil's T index (GE(1)): the mean, over the value, of the log ratio to the mean.
    ///
    /// `T = Σ w̃_i (y_i/μ) ln(y_i/μ)`, w̃ = w/Σw. A zero value contributes `0·ln 0 = 0` (the limit),
    /// so zeros are allowed and need no repair (PySAL replaces them by the smallest positive double,
    /// which differs from the limit by less than 1e-300).
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive mean.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: T in [0, ln W]; 0 when all values are equal. Scale, permutation and replication
    ///   invariant; additively decomposable with value-share weights (see ``theilDecomposition(_:groups:weights:)``).
    ///
    /// Computed in one pass over the data (`Reductions.ratioMoments`: r = y/c against a subsample
    /// reference c, the mean found in the same pass, T = Σ w̃ r ln r/ρ − ln ρ with ρ = μ/c; AVX-512 or
    /// Swift SIMD logarithm, compensated sums, two threads over fixed chunks, so bit-identical for any
    /// thread count). Input the one-pass route does not take (see `RatioSample`) is validated element by
    /// element and computed in two passes with the exact mean.
    ///
    /// References: Theil (1967) *Economics and Information Theory*; Shorrocks (1980) Econometrica 48;
    /// PySAL `inequality.theil.Theil`; R `ineq::Theil(parameter = 0)` (ineq's naming: parameter 0 is T).
    public static func theilT(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let method = "T = Σ w̃ (y/μ) ln(y/μ), 0·ln0 = 0"
        if let f = RatioSample(.rLogR, values: values, weights: weights, positive: false) {
            let t = f.allEqual ? 0 : f.termMean / (1 + f.meanExcess) - log1p(f.meanExcess)
            return f.estimate(.theilT, t, method: method)
        }
        let s = try WeightedSample(measure: "theil_t", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        let t = s.allEqual ? 0 : Reductions.ratioSum(.rLogR, values: s.values, weights: s.weights, mean: s.mean) / s.totalWeight
        return s.estimate(.theilT, t, method: method)
    }

    /// `Σ w_i r_i ln r_i / W` with r = y/μ and 0·ln 0 = 0.
    package static func theilTKernel(_ y: [Double], _ w: [Double], _ total: Double, _ mean: Double) -> Double {
        var s = 0.0
        for i in y.indices where y[i] != 0 {
            let r = y[i] / mean
            s += w[i] * r * log(r)
        }
        return s / total
    }
}
