// MeanDifferenceFromReferenceWeighted (HEAT "mdrw"): Σ p_j |y_ref − y_j| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from a reference subgroup, weighted (MDRW) (complex, absolute; > 2 subgroups).
    ///
    /// `MDRW = Σ p_j |y_ref − y_j|` for the named reference subgroup.
    ///
    /// Interval: simulated against the reference subgroup's own draw (see
    /// ``meanDifferenceFromReferenceUnweighted(_:options:)``).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingReference`, `.missingPopulation`, `.zeroTotalPopulation`,
    ///   `.invalidConfidenceLevel`, `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDRW ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromReferenceWeighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdrw", atLeast: 3)
        guard let ref = data.referenceIndex else { throw .missingReference(measure: "mdrw") }
        let p = try data.requireShares("mdrw")
        return try data.simulatedMeasure(.mdrw, options: options, method: "MDRW = Σ p_j |y_ref − y_j|",
                                         compared: [data.subgroups[ref].name]) { y in
            meanAbsoluteDeviation(y, from: y[ref], shares: p)
        }
    }
}
