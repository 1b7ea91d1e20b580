// Schutz: Schutz's intersection point and coefficient of the Lorenz curve, as PySAL inequality.Schutz.

extension Inequality {
    /// Schutz's intersection point: the population share at which the Lorenz curve is farthest below the line
    /// of equality (the Schutz distance, equal to the Ricci–Schutz index, is reached there).
    ///
    /// The distance `p_i − L_i` grows while the values are below the mean μ and stops growing at μ, so its
    /// maximum is first reached at `p* = Σ_{y<μ} w / Σ w`, the population share strictly below the mean (PySAL's
    /// first point of maximum distance, found here exactly rather than by comparing rounded cumulative sums).
    ///
    /// - Parameters: values y ≥ 0 with a positive mean; optional population weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: p* in [0, 1); 0 when all values are equal. Scale, permutation and replication invariant.
    ///
    /// References: Schutz (1951) "On the measurement of income inequality", AER 41; PySAL
    /// `inequality.schutz.Schutz(df, col).intersection_point`.
    public static func schutzPoint(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try schutzSample("schutz_point", values, weights)
        var below = 0.0
        if !s.allEqual { for i in s.values.indices where s.values[i] < s.mean { below += s.weights[i] } }
        return s.estimate(.schutzPoint, below / s.totalWeight,
                          method: "p* = population share below the mean, where p − L(p) is largest (PySAL Schutz)")
    }

    /// Schutz's original coefficient: the sum, over the units above the mean, of 10 × (slope − 1), where a unit's
    /// slope of the Lorenz curve is its share of the total over its share of the population, `y_i/μ`.
    ///
    /// `C = 10 Σ_{y_i>μ} (w_i/w̄)(y_i/μ − 1)`, w̄ the mean weight (each unit counts once without weights, as in
    /// PySAL); equivalently `C = 10·n·D` with D the Schutz distance (Ricci–Schutz index).
    ///
    /// - Parameters: values y ≥ 0 with a positive mean; optional population weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: C ≥ 0; 0 when all values are equal. Scale and permutation invariant; it grows with the number
    ///   of units n (Schutz defined it on ten groups, where C = 100·D).
    ///
    /// References: Schutz (1951), AER 41; PySAL `inequality.schutz.Schutz(df, col).coefficient`.
    public static func schutzCoefficient(_ values: [Double], weights: [Double]? = nil) throws -> InequalityEstimate {
        let s = try schutzSample("schutz_coefficient", values, weights)
        var c = 0.0
        if !s.allEqual {
            let meanWeight = s.totalWeight / Double(s.count)
            for i in s.values.indices where s.values[i] > s.mean { c += s.weights[i] / meanWeight * (s.values[i] / s.mean - 1) }
        }
        return s.estimate(.schutzCoefficient, 10 * c, method: "C = 10 Σ_{y>μ} (y/μ − 1) over the units (PySAL Schutz)")
    }

    private static func schutzSample(_ code: String, _ values: [Double], _ weights: [Double]?) throws -> WeightedSample {
        let s = try WeightedSample(measure: code, values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        return s
    }
}
