// IndexOfDisparityUnweighted (HEAT "idisu"): 100·mean|y_j − μ|/μ with a simulated interval.

extension GroupedInequality {
    /// Index of disparity, unweighted (IDISU) (complex, relative, unweighted; more than two subgroups).
    ///
    /// `IDISU = (100/k) · Σ |y_j − μ| / μ`: every subgroup counts once, but μ is still the
    /// population-weighted setting average (or the supplied setting average when not every population is
    /// known), as in healthequal.
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``); μ* is recomputed from each
    /// draw when it is population-weighted and stays fixed when it is the supplied setting average.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingAverage`, `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.nonPositiveAverage`, `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: IDISU ≥ 0 (percent); exactly 0 when every subgroup is equal. Scale invariant.
    ///
    /// Reference: Pearcy JN, Keppel KG (2002) "A summary measure of health disparity", Public Health Rep
    /// 117(3):273–280.
    public static func indexOfDisparityUnweighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("idisu", atLeast: 3)
        let mean = try data.averageFunction("idisu")
        let mu = mean(data.estimates)
        guard mu > 0 else { throw .nonPositiveAverage(measure: "idisu", average: mu) }
        return try data.simulatedMeasure(.idisu, options: options, method: "IDISU = (100/k) Σ |y_j − μ|/μ") { y in
            let m = mean(y)
            return 100 * meanAbsoluteDeviation(y, from: m, shares: nil) / m
        }
    }
}
