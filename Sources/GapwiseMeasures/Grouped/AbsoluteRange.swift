// AbsoluteRange (ScotPHO "abs_range"): most deprived minus least deprived estimate.

extension GroupedInequality {
    /// Absolute range, ScotPHO style: `y_1 − y_k`, the most deprived (order 1) minus the least deprived
    /// (order k) subgroup, whatever the indicator's polarity (ordered dimension, > 2 groups). No interval
    /// (ScotPHO gives none; HEAT's ``difference(_:options:)`` is the same comparison with an interval).
    ///
    /// - Throws: `.needsOrderedDimension`, `.incompleteScotPHOSet` (`.scotpho`).
    /// - Returns: the range in the indicator's units; 0 when the two ends are equal.
    public static func absoluteRange(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let order = try data.requireScotPHOSet("abs_range", compatibility: options.compatibility)
        let most = data.subgroups[order.first!], least = data.subgroups[order.last!]
        return GroupedEstimate(
            measure: .absoluteRange, estimate: most.estimate - least.estimate, standardError: nil, intervals: [],
            intervalMethod: .unavailable(reason: "ScotPHO's range has no interval"),
            method: "abs_range = y_most deprived − y_least deprived (ScotPHO)",
            subgroups: order.map { data.subgroups[$0].name }, comparedSubgroups: [most.name, least.name],
            compatibility: options.compatibility)
    }
}
