// Ranks: ranks of a Double array under R's tie methods, optionally restarting within groups.

extension Ranking {
    /// How tied values share ranks. The names and meanings are R's `rank(ties.method = ...)`
    /// (R Core Team, `?rank`) and SciPy's `scipy.stats.rankdata(method = ...)` (where "first" is
    /// called "ordinal"). For the tied block occupying sorted positions `s+1 ... e` (1-based):
    public enum TieMethod: Sendable, Equatable, CaseIterable {
        /// Every member gets the mean position `(s + 1 + e) / 2` (R's default; ranks may end in .5).
        case average
        /// Every member gets `s + 1` ("competition" ranking: 1, 2, 2, 4).
        case min
        /// Every member gets `e` (1, 3, 3, 4).
        case max
        /// Every member gets the number of distinct values up to and including it (1, 2, 2, 3).
        case dense
        /// Members get `s + 1, ..., e` in their order of appearance in the input.
        case first
    }

    /// What to do with NaN (missing) values when ranking.
    public enum MissingPolicy: Sendable, Equatable {
        /// Throw `RankingError.missingValue` naming the first NaN's position (the default).
        case reject
        /// Give NaN a NaN rank and leave it out of the ranking of the others (R's `na.last = "keep"`).
        case keep
    }

    /// Ranks of `values` (1 = smallest for `.ascending`, 1 = largest for `.descending`).
    ///
    /// Ranks are `Double` because `.average` can give halves. Ranks of the non-missing values lie in
    /// `1...m` (m = number of non-missing values); `.average` and `.first` ranks add up to `m(m+1)/2`,
    /// `.min` ranks are never above and `.max` ranks never below the `.average` ones. `-0.0` and `+0.0` tie. For `.first`, ties are broken by order of appearance in
    /// either direction (so a descending `.first` ranking equals R's `rank(-x, ties.method = "first")`).
    ///
    /// - Throws: `RankingError.missingValue` for a NaN when `missing == .reject`.
    /// - Complexity: O(n) after the O(n) radix `argsort`.
    public static func ranks(
        _ values: [Double], ties: TieMethod = .average, order: Order = .ascending,
        missing: MissingPolicy = .reject
    ) throws(Ranking.RankingError) -> [Double] {
        try groupedRanks(values, groupIDs: nil, groupCount: 1, ties: ties, order: order, missing: missing)
    }

    /// Ranks of `values` restarting at 1 within each group: `groups[i]` is the group of `values[i]`
    /// (any `Hashable` key, e.g. a council code `String` or an `Int`). Each group is ranked as if it
    /// were the only data; groups may be interleaved in the input.
    ///
    /// - Throws: `RankingError.lengthMismatch` if `groups.count != values.count`;
    ///   `RankingError.missingValue` for a NaN when `missing == .reject`.
    public static func ranks<G: Hashable>(
        _ values: [Double], groups: [G], ties: TieMethod = .average, order: Order = .ascending,
        missing: MissingPolicy = .reject
    ) throws(Ranking.RankingError) -> [Double] {
        guard groups.count == values.count else {
            throw .lengthMismatch(argument: "groups", expected: values.count, actual: groups.count)
        }
        let g = GroupIndex(groups)
        return try groupedRanks(values, groupIDs: g.ids, groupCount: g.keys.count,
                                ties: ties, order: order, missing: missing)
    }

    /// Shared implementation: sort once, split the sorted order by group (stably), rank each run.
    static func groupedRanks(
        _ values: [Double], groupIDs: [Int]?, groupCount: Int, ties: TieMethod, order: Order,
        missing: MissingPolicy
    ) throws(RankingError) -> [Double] {
        if missing == .reject, let i = values.firstIndex(where: { $0.isNaN }) {
            throw .missingValue(argument: "values", index: i)
        }
        let sorted = try argsort(values, order: order, nan: .last)
        let perm = groupIDs.map { stablePartition(sorted, by: $0, groupCount: groupCount) } ?? sorted
        var result = [Double](repeating: .nan, count: values.count)
        var start = 0
        while start < perm.count {
            let gid = groupIDs?[perm[start]] ?? 0
            var end = start
            while end < perm.count && (groupIDs?[perm[end]] ?? 0) == gid { end += 1 }
            assignRanks(values, perm[start..<end], ties: ties, into: &result)
            start = end
        }
        return result
    }

    /// Ranks one group's indices, already in sorted order with NaNs (left as NaN) at the end.
    private static func assignRanks(
        _ values: [Double], _ run: ArraySlice<Int>, ties: TieMethod, into result: inout [Double]
    ) {
        var pos = 0  // 0-based position within the group
        var distinct = 0
        var i = run.startIndex
        while i < run.endIndex {
            let v = values[run[i]]
            if v.isNaN { break }
            var j = i + 1
            while j < run.endIndex && values[run[j]] == v { j += 1 }
            let count = j - i
            distinct += 1
            let lo = Double(pos + 1), hi = Double(pos + count)
            for (offset, k) in (i..<j).enumerated() {
                let r: Double
                switch ties {
                case .average: r = (lo + hi) / 2
                case .min: r = lo
                case .max: r = hi
                case .dense: r = Double(distinct)
                case .first: r = lo + Double(offset)
                }
                result[run[k]] = r
            }
            pos += count
            i = j
        }
    }

    /// Reorders `perm` so that indices of group 0 come first, then group 1, ..., keeping the relative
    /// order within each group (a stable counting sort on the group id).
    package static func stablePartition(_ perm: [Int], by groupIDs: [Int], groupCount: Int) -> [Int] {
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for i in perm { starts[groupIDs[i] + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        var out = [Int](repeating: 0, count: perm.count)
        for i in perm {
            let g = groupIDs[i]
            out[starts[g]] = i
            starts[g] += 1
        }
        return out
    }
}

/// Dense integer ids for arbitrary group keys, numbered in order of first appearance.
package struct GroupIndex<G: Hashable> {
    /// `ids[i]` is the id (0-based) of the group of element `i`.
    package let ids: [Int]
    /// `keys[id]` is the group key with that id.
    package let keys: [G]

    package init(_ groups: [G]) {
        var lookup: [G: Int] = [:]
        var ids = [Int]()
        ids.reserveCapacity(groups.count)
        var keys = [G]()
        for g in groups {
            if let id = lookup[g] {
                ids.append(id)
            } else {
                lookup[g] = keys.count
                ids.append(keys.count)
                keys.append(g)
            }
        }
        self.ids = ids
        self.keys = keys
    }
}
