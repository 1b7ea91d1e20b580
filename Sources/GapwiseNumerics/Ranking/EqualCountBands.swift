// EqualCountBands: quantile bands holding equal numbers of areas, ceil(rank * k / N) as SIMD publishes them.

extension Ranking.QuantileBands {
    /// Equal-count bands: `band = ceil(r * k / n)`, with `r` the area's rank (1 = first) and `n` the
    /// number of areas.
    ///
    /// This is how the Scottish Government publishes SIMD vigintiles, deciles and quintiles (and
    /// percentiles, k = 100): with SIMD 2020v2's 6,976 data zones, decile 1 is ranks 1–697, decile 2
    /// ranks 698–1395, and so on (band sizes differ by at most one). The `ranks` given are re-ranked
    /// with `ties` (ascending), so they may be any ordering key with smallest = band 1; a permutation
    /// of 1...n is returned unchanged by the re-ranking. With the default `.average`, tied areas always
    /// share a band; `.first` splits ties by order of appearance, keeping band sizes equal.
    ///
    /// Properties: bands are non-decreasing in rank; band b holds `floor(b n / k) - floor((b-1) n / k)`
    /// areas when there are no ties; for `k > n` some bands are empty.
    ///
    /// - Parameters:
    ///   - ranks: the ranking key per area (NaN not allowed).
    ///   - k: the number of bands (>= 1), e.g. 10 for deciles.
    ///   - ties: how tied keys are ranked before banding (default `.average`).
    /// - Throws: `RankingError.invalidBandCount` for `k < 1`; `.missingValue` for a NaN key.
    /// - Reference: Scottish Government (2020), *SIMD 2020v2 ranks* and *SIMD 2020 technical notes*.
    public static func byCount(
        ranks: [Double], bands k: Int, ties: Ranking.TieMethod = .average
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: ranks.count, bands: k, groups: nil as [Int]?)
        return try countBands(ranks, k: k, ids: prep.ids, groupCount: ranks.isEmpty ? 0 : 1, ties: ties)
    }

    /// Equal-count bands within groups: the areas of each group (`groups[i]` is area i's group, e.g.
    /// its council) are re-ranked `1...n_g` and banded with `ceil(r * k / n_g)`.
    ///
    /// - Throws: as `byCount(ranks:bands:ties:)`, plus `RankingError.lengthMismatch` when
    ///   `groups.count != ranks.count`.
    public static func byCount<G: Hashable>(
        ranks: [Double], bands k: Int, groups: [G], ties: Ranking.TieMethod = .average
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: ranks.count, bands: k, groups: groups)
        return try countBands(ranks, k: k, ids: prep.ids, groupCount: prep.keys?.count ?? 0, ties: ties)
    }

    private static func countBands(
        _ keys: [Double], k: Int, ids: [Int], groupCount: Int, ties: Ranking.TieMethod
    ) throws(RankingError) -> QuantileBandAssignment {
        let r = try Ranking.groupedRanks(keys, groupIDs: ids, groupCount: groupCount, ties: ties,
                                         order: .ascending, missing: .reject)
        var size = [Int](repeating: 0, count: groupCount)
        for g in ids { size[g] += 1 }
        // r * k is exact (r is an integer or a half-integer far below 2^52), and a correctly rounded
        // quotient of it by n lands on an integer only when the exact quotient is that integer.
        let bands = ids.indices.map { i in
            Int((r[i] * Double(k) / Double(size[ids[i]])).rounded(.up))
        }
        return QuantileBandAssignment(bands: bands, bandCount: k, method: .equalCount(ties: ties),
                                      groupCount: groupCount)
    }
}
