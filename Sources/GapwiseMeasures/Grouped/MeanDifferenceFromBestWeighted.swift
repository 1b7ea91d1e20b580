// MeanDifferenceFromBestWeighted (HEAT "mdbw"): Σ p_j |y_best − y_j| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from the best performing subgroup, weighted (MDBW) (complex, absolute; > 2 subgroups).
    ///
    /// `MDBW = Σ p_j |y_best − y_j|`, best = the highest estimate (favourable) or the lowest (adverse).
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``); best re-picked per replicate.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDBW ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromBestWeighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdbw", atLeast: 3)
        let p = try data.requireShares("mdbw")
        let dir = data.polarity
        return try data.simulatedMeasure(.mdbw, options: options, method: "MDBW = Σ p_j |y_best − y_j|",
                                         compared: [data.subgroups[data.bestIndex].name]) { y in
            meanAbsoluteDeviation(y, from: bestValue(y, dir), shares: p)
        }
    }
}
