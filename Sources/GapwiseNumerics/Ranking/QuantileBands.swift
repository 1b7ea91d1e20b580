// QuantileBands: the namespace and result type shared by the quantile-band rules (count, population, PHE).

extension Ranking {
    /// Assigning small areas to quantile bands (deciles, quintiles, vigintiles, ...) from a ranking.
    ///
    /// Three published rules are implemented, each also within groups (ranks restart in every group):
    /// - `byCount`: equal numbers of areas per band, `band = ceil(rank * k / N)`, as the Scottish
    ///   Government publishes SIMD deciles/quintiles/vigintiles.
    /// - `byPopulation`: equal shares of population per band, as Public Health Scotland publishes
    ///   population-weighted SIMD deciles/quintiles (nationally and within boards, HSCPs and councils).
    /// - `pheQuantile`: the rule of PHE/OHID's `PHEindicatormethods::phe_quantile`.
    ///
    /// Band 1 always holds the first areas of the ranking (for SIMD ranks: the most deprived).
    public enum QuantileBands {}

    /// How a `QuantileBandAssignment` was made.
    public enum QuantileBandMethod: Sendable, Equatable {
        /// Equal counts: `ceil(rank * k / n)`, ties ranked with the given method.
        case equalCount(ties: Ranking.TieMethod)
        /// Equal population shares with the given rule.
        case populationWeighted(rule: QuantileBands.PopulationRule)
        /// `phe_quantile`; `highestValuesFirst` is its `invert` argument.
        case pheQuantile(highestValuesFirst: Bool)
    }

    /// The bands given to each area, with the method and parameters that produced them.
    public struct QuantileBandAssignment: Sendable, Equatable {
        /// `bands[i]` is in `1...bandCount` and belongs to input area `i` (input order is kept).
        public let bands: [Int]
        /// The number of bands asked for (k), e.g. 10 for deciles.
        public let bandCount: Int
        /// The rule used.
        public let method: Ranking.QuantileBandMethod
        /// The number of distinct groups (1 when no groups were given; 0 for empty input).
        public let groupCount: Int
    }
}

extension Ranking.QuantileBands {
    /// Validates `k` and, when given, the groups' length; returns group ids (all 0 without groups).
    static func prepareGroups<G: Hashable>(
        count n: Int, bands k: Int, groups: [G]?
    ) throws(RankingError) -> (ids: [Int], keys: [G]?) {
        guard k >= 1 else { throw .invalidBandCount(k) }
        guard let groups else { return ([Int](repeating: 0, count: n), nil) }
        guard groups.count == n else {
            throw .lengthMismatch(argument: "groups", expected: n, actual: groups.count)
        }
        let g = GroupIndex(groups)
        return (g.ids, g.keys)
    }

    /// Calls `body` once per group with that group's input indices (in input order).
    static func forEachGroup(ids: [Int], groupCount: Int, _ body: ([Int]) throws(RankingError) -> Void)
        throws(RankingError)
    {
        let members = Ranking.stablePartition(Array(ids.indices), by: ids, groupCount: groupCount)
        var start = 0
        while start < members.count {
            var end = start
            while end < members.count && ids[members[end]] == ids[members[start]] { end += 1 }
            try body(Array(members[start..<end]))
            start = end
        }
    }
}
