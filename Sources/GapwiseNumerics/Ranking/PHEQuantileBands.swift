// PHEQuantileBands: quantile bands by the rule of PHEindicatormethods::phe_quantile (PHE/OHID).

extension Ranking.QuantileBands {
    /// Quantile bands by PHE's `phe_quantile` rule:
    ///
    ///     q = floor((k + 1) - ceiling(((n + 1) - rank) / (n / k))),   q = 0 -> 1
    ///
    /// where `rank` is the area's rank with ties given the minimum rank (R's `ties.method = "min"`),
    /// and `n` the number of areas (in the group). With `highestValuesFirst` (PHE's default
    /// `invert = TRUE`) the largest value is rank 1 and lands in band 1; otherwise the smallest does.
    ///
    /// The arithmetic is done in `Double` exactly as R evaluates the formula (`n / k` is a floating
    /// division), including PHE's repair of a floating-point 0 to 1. One deliberate difference: PHE
    /// ranks `max(values) - values` for the inverted case, which can merge distinct values by rounding;
    /// here the values are ranked in descending order directly (identical whenever that subtraction is
    /// exact, e.g. for integers). Because ties take the minimum rank, tied areas always share a band.
    ///
    /// - Parameters:
    ///   - values: the indicator value per area; NaN not allowed (PHE keeps NA areas out; here they
    ///     must be removed first).
    ///   - k: number of bands (>= 1); PHE's default is 10.
    ///   - highestValuesFirst: PHE's `invert` (default true).
    /// - Throws: `RankingError.invalidBandCount`, `.missingValue`, `.lengthMismatch` (grouped form).
    /// - Reference: PHEindicatormethods (UKHSA/OHID), `R/Quantiles.R`, function `phe_quantile`;
    ///   PHE Technical Guide, *Assigning Deprivation Quintiles*.
    public static func pheQuantile(
        values: [Double], bands k: Int, highestValuesFirst: Bool = true
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: values.count, bands: k, groups: nil as [Int]?)
        return try pheBands(values, k: k, ids: prep.ids, groupCount: values.isEmpty ? 0 : 1,
                            highestValuesFirst: highestValuesFirst)
    }

    /// `pheQuantile` within groups (`groups[i]` is area i's group); `n` is each group's size,
    /// as when `phe_quantile` is given a grouped data frame.
    public static func pheQuantile<G: Hashable>(
        values: [Double], bands k: Int, groups: [G], highestValuesFirst: Bool = true
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: values.count, bands: k, groups: groups)
        return try pheBands(values, k: k, ids: prep.ids, groupCount: prep.keys?.count ?? 0,
                            highestValuesFirst: highestValuesFirst)
    }

    private static func pheBands(
        _ values: [Double], k: Int, ids: [Int], groupCount: Int, highestValuesFirst: Bool
    ) throws(RankingError) -> QuantileBandAssignment {
        let rank = try Ranking.groupedRanks(values, groupIDs: ids, groupCount: groupCount, ties: .min,
                                            order: highestValuesFirst ? .descending : .ascending,
                                            missing: .reject)
        var size = [Int](repeating: 0, count: groupCount)
        for g in ids { size[g] += 1 }
        let kd = Double(k)
        let bands = ids.indices.map { i -> Int in
            let n = Double(size[ids[i]])
            let q = ((kd + 1) - (((n + 1) - rank[i]) / (n / kd)).rounded(.up)).rounded(.down)
            return q == 0 ? 1 : Int(q)
        }
        return QuantileBandAssignment(bands: bands, bandCount: k,
                                      method: .pheQuantile(highestValuesFirst: highestValuesFirst),
                                      groupCount: groupCount)
    }
}
