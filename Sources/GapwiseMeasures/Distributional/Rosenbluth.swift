// Rosenbluth: the Rosenbluth (Hall–Tideman) concentration index, weighted by replication.

extension Inequality {
    /// The Rosenbluth (Hall–Tideman) concentration index (R `ineq::conc(type = "Rosenbluth")`).
    ///
    /// `HT = 1 / (2 Σ_k k·s_[k] − 1)`, with units ranked k = 1 for the largest and `s = y/Σy` their
    /// shares. With frequency weights the w_i copies of unit i take consecutive ranks from the top, so
    /// their rank sum is `w_i (W − F_i + ½)`, `F_i = Σ_{j<i} w_j + w_i/2` in ascending order:
    /// `HT = 1 / (2 Σ_i w_i s_i (W − F_i + ½) − 1)`, s_i = y_i/Σwy. Equivalently `HT = 1/(W(1 − G))`.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional frequency weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: HT in [1/N, 1], N = Σw; exactly 1/N when all values are equal. Scale and permutation
    ///   invariant; a concentration measure, so NOT replication invariant.
    ///
    /// References: Rosenbluth (1955); Hall & Tideman (1967) JASA 62; R `ineq::conc`.
    public static func rosenbluth(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "rosenbluth", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        if s.allEqual { return s.estimate(.rosenbluth, 1 / s.totalWeight, method: "all values equal: 1/N") }
        let total = s.totalValue
        var c = 0.0, sum = 0.0
        for i in s.ascendingOrder() {
            let w = s.weights[i]
            sum += w * (s.values[i] / total) * (s.totalWeight - (c + w / 2) + 0.5)
            c += w
        }
        return s.estimate(.rosenbluth, 1 / (2 * sum - 1), method: "HT = 1/(2 Σ rank·share − 1), rank 1 = largest")
    }
}
