// MeanDifferenceFromBestUnweighted (HEAT "mdbu"): mean |y_best − y_j| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from the best performing subgroup, unweighted (MDBU) (complex, absolute; > 2 subgroups).
    ///
    /// `MDBU = (1/k) · Σ |y_best − y_j|`, best = the highest estimate (favourable) or the lowest (adverse).
    /// Needs no populations.
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``); the best subgroup is re-picked
    /// in every replicate (the best of the draw).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDBU ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromBestUnweighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdbu", atLeast: 3)
        let dir = data.polarity
        return try data.simulatedMeasure(.mdbu, options: options, method: "MDBU = (1/k) Σ |y_best − y_j|",
                                         compared: [data.subgroups[data.bestIndex].name]) { y in
            meanAbsoluteDeviation(y, from: bestValue(y, dir), shares: nil)
        }
    }
}
