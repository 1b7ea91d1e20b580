// MeanDifferenceFromReferenceUnweighted (HEAT "mdru"): mean |y_ref − y_j| with a simulated interval.

extension GroupedInequality {
    /// Mean difference from a reference subgroup, unweighted (MDRU) (complex, absolute; > 2 subgroups).
    ///
    /// `MDRU = (1/k) · Σ |y_ref − y_j|` for the named reference subgroup. Needs no populations.
    ///
    /// Interval: simulated (see ``betweenGroupStandardDeviation(_:options:)``), comparing each draw with the
    /// reference subgroup's own draw (healthequal; the older HEAT engine used the draw's max/min instead, a
    /// fault not reproduced).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingReference`, `.invalidConfidenceLevel`,
    ///   `.invalidReplicates`, `.simulationRejected`.
    /// - Returns: MDRU ≥ 0 in the indicator's units; exactly 0 when every subgroup is equal.
    public static func meanDifferenceFromReferenceUnweighted(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        try data.requireCount("mdru", atLeast: 3)
        guard let ref = data.referenceIndex else { throw .missingReference(measure: "mdru") }
        return try data.simulatedMeasure(.mdru, options: options, method: "MDRU = (1/k) Σ |y_ref − y_j|",
                                         compared: [data.subgroups[ref].name]) { y in
            meanAbsoluteDeviation(y, from: y[ref], shares: nil)
        }
    }
}
