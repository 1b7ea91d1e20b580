// MeanDifferenceFromMeanWeighted (HEAT "mdmw"): Σ p_j |y_j − μ| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from the mean, weighted (MDMW) (complex, absolute; more than two subgroups).
    ///
    /// `MDMW = Σ p_j |y_j − μ|`, μ = Σ p_j y_j.
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``), μ* recomputed per draw.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDMW ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromMeanWeighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdmw", atLeast: 3)
        let p = try data.requireShares("mdmw")
        return try data.simulatedMeasure(.mdmw, options: options, method: "MDMW = Σ p_j |y_j − μ|") { y in
            meanAbsoluteDeviation(y, from: SubgroupData.weightedMean(y, shares: p), shares: p)
        }
    }
}
