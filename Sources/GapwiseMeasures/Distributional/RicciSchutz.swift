// RicciSchutz: the Ricci–Schutz (Pietra, Hoover, Robin Hood) index, weighted.

extension Inequality {
    /// The Ricci–Schutz index (also Pietra, Hoover or "Robin Hood" index): the share of the total that
    /// would have to move to give everyone the mean.
    ///
    /// `RS = Σ w̃_i |y_i − μ| / (2μ)`, which equals the largest vertical gap `max_p (p − L(p))` between
    /// the diagonal and the Lorenz curve (PySAL `Schutz.distance`).
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: RS in [0, 1); 0 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Schutz (1951) AER 41; Pietra (1915); R `ineq::RS`.
    public static func ricciSchutz(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "ricci_schutz", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        var v = 0.0
        if !s.allEqual {
            var sum = 0.0
            for i in s.values.indices { sum += s.weights[i] * abs(s.values[i] - s.mean) }
            v = sum / s.totalWeight / (2 * s.mean)
        }
        return s.estimate(.ricciSchutz, v, method: "RS = Σ w̃ |y − μ| / (2μ)")
    }
}
