// RelativeRange (ScotPHO "rel_range"): most deprived divided by least deprived estimate.

extension GroupedInequality {
    /// Relative range, ScotPHO style: `y_1 / y_k`, the most deprived (order 1) over the least deprived
    /// (order k) subgroup (ordered dimension, > 2 groups). No interval (ScotPHO gives none; HEAT's
    /// ``ratio(_:options:)`` gives one for its own choice of the two subgroups).
    ///
    /// - Throws: `.needsOrderedDimension`, `.incompleteScotPHOSet` (`.scotpho`), `.zeroDenominator` (y_k = 0).
    /// - Returns: the ratio; 1 when the two ends are equal. Scale invariant.
    public static func relativeRange(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let order = try data.requireScotPHOSet("rel_range", compatibility: options.compatibility)
        let most = data.subgroups[order.first!], least = data.subgroups[order.last!]
        guard least.estimate != 0 else {
            throw .zeroDenominator(measure: "rel_range", what: "the estimate of the least deprived subgroup '\(least.name)'")
        }
        return GroupedEstimate(
            measure: .relativeRange, estimate: most.estimate / least.estimate, standardError: nil, intervals: [],
            intervalMethod: .unavailable(reason: "ScotPHO's range has no interval"),
            method: "rel_range = y_most deprived / y_least deprived (ScotPHO)",
            subgroups: order.map { data.subgroups[$0].name }, comparedSubgroups: [most.name, least.name],
            compatibility: options.compatibility)
    }
}
