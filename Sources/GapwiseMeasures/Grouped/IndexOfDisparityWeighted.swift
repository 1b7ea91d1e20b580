// IndexOfDisparityWeighted (HEAT "idisw"): 100·Σ p_j|y_j − μ|/μ with a simulated interval.

extension GroupedInequality {
    /// Index of disparity, weighted (IDISW) (complex, relative, weighted; more than two subgroups).
    ///
    /// `IDISW = 100 · Σ p_j |y_j − μ| / μ`, μ = Σ p_j y_j.
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``), μ* recomputed from each
    /// draw (a stored healthequal version computes μ* but then uses the original μ; not reproduced).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`, `.nonPositiveAverage`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: IDISW ≥ 0 (percent); exactly 0 when every subgroup is equal. Scale invariant.
    public static func indexOfDisparityWeighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("idisw", atLeast: 3)
        let p = try data.requireShares("idisw")
        let mu = SubgroupData.weightedMean(data.estimates, shares: p)
        guard mu > 0 else { throw .nonPositiveAverage(measure: "idisw", average: mu) }
        return try data.simulatedMeasure(.idisw, options: options, method: "IDISW = 100 Σ p_j |y_j − μ|/μ") { y in
            let m = SubgroupData.weightedMean(y, shares: p)
            return 100 * meanAbsoluteDeviation(y, from: m, shares: p) / m
        }
    }
}
