// Kolm: Kolm's absolute (translation-invariant) inequality index, weighted, overflow-safe.
import Foundation

extension Inequality {
    /// Kolm's absolute inequality index with parameter κ.
    ///
    /// `K(κ) = (1/κ) ln Σ w̃_i exp(κ(μ − y_i))`, in the units of y. Computed as
    /// `log1p(Σ w̃ expm1(z_i))/κ`, z = κ(μ − y), which keeps small values accurate; when some z > 700
    /// (exp would overflow) as `(m + ln Σ w̃ exp(z − m))/κ`, m = max z.
    ///
    /// - Parameters:
    ///   - values: any finite values.
    ///   - weights: optional population (frequency) weights.
    ///   - parameter: κ > 0 (R `ineq::Kolm` default 1); larger κ weighs the bottom more.
    /// - Throws: sample errors, `.invalidParameter` (κ ≤ 0 or not finite).
    /// - Returns: K ≥ 0 in the units of y; 0 when all values are equal. Translation invariant (adding a
    ///   constant to every value leaves it unchanged), not scale invariant (K(κ; c·y) = c·K(cκ; y));
    ///   permutation and replication invariant.
    ///
    /// References: Kolm (1976) "Unequal inequalities I", J. Econ. Theory 12; R `ineq::Kolm`.
    public static func kolm(_ values: [Double], weights: [Double]? = nil,
                            parameter: Double = 1) throws -> InequalityEstimate {
        guard parameter.isFinite && parameter > 0 else {
            throw InequalityError.invalidParameter(measure: "kolm", name: "parameter", value: parameter,
                                                   rule: "the Kolm parameter must be a finite number above 0")
        }
        let s = try WeightedSample(measure: "kolm", values: values, weights: weights)
        var k = 0.0
        if !s.allEqual {
            var m = -Double.infinity
            for y in s.values { m = max(m, parameter * (s.mean - y)) }
            var sum = 0.0
            if m <= 700 {
                for i in s.values.indices { sum += s.weights[i] * expm1(parameter * (s.mean - s.values[i])) }
                k = log1p(sum / s.totalWeight) / parameter
            } else {
                for i in s.values.indices { sum += s.weights[i] * exp(parameter * (s.mean - s.values[i]) - m) }
                k = (m + log(sum / s.totalWeight)) / parameter
            }
        }
        return s.estimate(.kolm(parameter: parameter), k, method: "K = ln(Σ w̃ exp(κ(μ − y)))/κ")
    }
}
