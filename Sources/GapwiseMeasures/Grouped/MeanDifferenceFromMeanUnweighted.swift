// MeanDifferenceFromMeanUnweighted (HEAT "mdmu"): mean |y_j − μ| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from the mean, unweighted (MDMU) (complex, absolute; more than two subgroups).
    ///
    /// `MDMU = (1/k) · Σ |y_j − μ|`, μ the population-weighted setting average (or the supplied setting
    /// average when not every population is known), as in healthequal.
    ///
    /// Interval: simulated (see ``indexOfDisparityUnweighted(_:options:)`` for how μ* is formed).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingAverage`, `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDMU ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromMeanUnweighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdmu", atLeast: 3)
        let mean = try data.averageFunction("mdmu")
        return try data.simulatedMeasure(.mdmu, options: options, method: "MDMU = (1/k) Σ |y_j − μ|") { y in
            meanAbsoluteDeviation(y, from: mean(y), shares: nil)
        }
    }
}
