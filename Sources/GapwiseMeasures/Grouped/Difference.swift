// Difference (HEAT "d"): the difference between two subgroups, with the analytic normal interval.

extension SubgroupData {
    /// The two subgroups a simple measure (D, R) compares, as (y1, y2), healthequal's rule:
    /// - ordered dimension: favourable → (most advantaged, most disadvantaged); adverse → (most
    ///   disadvantaged, most advantaged); a reference subgroup is ignored (as in healthequal);
    /// - non-ordered, no reference: (highest estimate, lowest estimate);
    /// - non-ordered with a reference: favourable → (reference, lowest); adverse → (highest, reference).
    /// Ties take the first subgroup in the order given.
    func simplePair(_ measure: String) throws(GroupedMeasureError) -> (Int, Int) {
        try requireCount(measure, atLeast: 2)
        if isOrdered {
            let adv = orderExtreme(mostAdvantaged: true), dis = orderExtreme(mostAdvantaged: false)
            return polarity == .favourable ? (adv, dis) : (dis, adv)
        }
        let hi = extremeIndex(highest: true), lo = extremeIndex(highest: false)
        guard let ref = referenceIndex else { return (hi, lo) }
        return polarity == .favourable ? (ref, lo) : (hi, ref)
    }
}

extension GroupedInequality {
    /// Difference (D): `D = y1 − y2` between two subgroups (simple, absolute, unweighted).
    ///
    /// Which two: for an ordered dimension the most advantaged minus the most disadvantaged subgroup when the
    /// indicator is favourable, the most disadvantaged minus the most advantaged when adverse (so D > 0
    /// means the disadvantaged fare worse); for a non-ordered dimension the highest minus the lowest
    /// estimate, or, with a reference subgroup, reference − lowest (favourable) / highest − reference
    /// (adverse). Ties take the first subgroup given. (healthequal `d`.)
    ///
    /// Interval: `SE = √(se1² + se2²)`, `D ± z·SE` at each level; unavailable when either SE is missing.
    ///
    /// - Parameters: `data` (at least 2 subgroups), `options` (levels).
    /// - Throws: `.tooFewSubgroups` (fewer than 2), `.invalidConfidenceLevel`.
    /// - Returns: D in the indicator's units; 0 when the two subgroups are equal. Not affected by
    ///   ``GroupedCompatibility``.
    public static func difference(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let (i1, i2) = try data.simplePair("d")
        let g1 = data.subgroups[i1], g2 = data.subgroups[i2]
        let d = g1.estimate - g2.estimate
        var se: Double?
        var intervals: [GroupedInterval] = []
        var how = GroupedIntervalMethod.unavailable(reason: "a standard error of the two compared subgroups is missing")
        if let s1 = g1.standardError, let s2 = g2.standardError {
            let s = (s1 * s1 + s2 * s2).squareRoot()
            se = s
            intervals = normalIntervals(d, se: s, levels: options.confidenceLevels)
            how = .normal
        }
        return GroupedEstimate(
            measure: .d, estimate: d, standardError: se, intervals: intervals, intervalMethod: how,
            method: "D = y1 − y2 ('\(g1.name)' − '\(g2.name)'); SE = √(se1² + se2²)",
            subgroups: data.names, comparedSubgroups: [g1.name, g2.name], compatibility: options.compatibility)
    }
}
