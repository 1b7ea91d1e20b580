// AtkinsonEDE: Atkinson's equally distributed equivalent μ(1 − A(ε)), the value that, given to all, is as good.

extension Inequality {
    /// Atkinson's equally distributed equivalent (EDE): the value which, if every unit had it, would give the
    /// same social welfare as the actual distribution under inequality aversion ε.
    ///
    /// `EDE(ε) = μ (1 − A(ε)) = [Σ w̃ y^(1−ε)]^(1/(1−ε))` for ε ≠ 1 and `exp(Σ w̃ ln y)` (the geometric mean)
    /// for ε = 1, computed from ``atkinson(_:weights:epsilon:)`` and the weighted mean.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 for ε < 1; y > 0 for ε ≥ 1.
    ///   - weights: optional population (frequency) weights.
    ///   - epsilon: inequality aversion ε ≥ 0 (finite).
    /// - Throws: as ``atkinson(_:weights:epsilon:)``.
    /// - Returns: the EDE in the values' units, between the minimum and the mean; the mean when ε = 0 or when all
    ///   values are equal. Scales with the values (homogeneous of degree 1); permutation and replication invariant.
    ///
    /// References: Atkinson (1970) "On the measurement of inequality", J. Econ. Theory 2; PySAL
    /// `inequality.atkinson.Atkinson(y, ε).EDE`.
    public static func atkinsonEDE(_ values: [Double], weights: [Double]? = nil, epsilon: Double) throws -> InequalityEstimate {
        let a = try atkinson(values, weights: weights, epsilon: epsilon)
        let s = try WeightedSample(measure: "atkinson_ede", values: values, weights: weights)
        return s.estimate(.atkinsonEDE(epsilon: epsilon), s.mean * (1 - a.estimate),
                          method: "EDE = μ(1 − A(ε)), " + a.method)
    }
}
