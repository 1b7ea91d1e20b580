// GroupedCoefficientOfVariation (HEAT "cov"): 100·BGSD/μ with a simulated interval.

extension GroupedInequality {
    /// Coefficient of variation (COV) of the subgroup estimates (complex, relative, weighted; > 2 subgroups).
    ///
    /// `COV = 100 · √(Σ p_j (y_j − μ)²) / μ`, μ = Σ p_j y_j: the between-group SD as a percentage of the
    /// setting average.
    ///
    /// Interval: simulated as for ``betweenGroupStandardDeviation(_:options:)``, with μ* recomputed from each
    /// draw. No SE is reported.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`, `.nonPositiveAverage`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: COV ≥ 0 (percent); exactly 0 when every subgroup is equal. Scale invariant. Not affected by
    ///   ``GroupedCompatibility``.
    public static func coefficientOfVariation(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("cov", atLeast: 3)
        let p = try data.requireShares("cov")
        let mu = SubgroupData.weightedMean(data.estimates, shares: p)
        guard mu > 0 else { throw .nonPositiveAverage(measure: "cov", average: mu) }
        return try data.simulatedMeasure(.cov, options: options, method: "COV = 100 √(Σ p_j (y_j − μ)²)/μ") { y in
            let m = SubgroupData.weightedMean(y, shares: p)
            var s = 0.0
            for j in y.indices { s += p[j] * (y[j] - m) * (y[j] - m) }
            return 100 * s.squareRoot() / m
        }
    }
}
