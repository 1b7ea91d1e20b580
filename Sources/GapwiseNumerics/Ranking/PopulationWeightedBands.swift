// PopulationWeightedBands: quantile bands holding (nearly) equal population shares, PHS's SIMD rule.

extension Ranking.QuantileBands {
    /// How areas are cut into bands of equal population share. Both rules walk the areas in rank
    /// order with the cumulative population share `s_i` *including* area i, and write `x_i = k * s_i`
    /// (position in band units; cut-offs at the integers 1, ..., k-1).
    public enum PopulationRule: Sendable, Equatable {
        /// Public Health Scotland's rule (the default). Start from the plain band
        /// `b_i = max(1, ceil(x_i))` (so an area whose cumulative share lands exactly on a cut-off
        /// stays below it). At the first area of each new plain band (`b_i != b_{i-1}`), let
        /// `d(x) = j - x` for the cut-off `j` nearest `x` (with `x` in `(j - 1/2, j + 1/2]`,
        /// `1 <= j <= k-1`; `d = 0` outside `(1/2, k - 1/2]`). If `d(x_{i-1}) + d(x_i) > 0` — the area
        /// would overshoot the cut-off by less than the previous area falls short of it — the area is
        /// put back into the previous area's plain band `b_{i-1}`; otherwise it keeps `b_i`.
        ///
        /// In effect each cut-off falls where the cumulative share is nearest to `j/k` (ties: after
        /// the crossing area). This is PHS's `geo_cut_off`/`d1`/`d2` procedure in *Functions for
        /// Creating SIMD Files.R* and *1_Create SIMD 2020v2 Population-Weighted Files.R*
        /// (github.com/Public-Health-Scotland/GPD, Deprivation/SIMD), computed here in exact
        /// arithmetic (integer populations) instead of PHS's floating-point percentages. PHS derive
        /// national deciles and quintiles from vigintiles and within-area quintiles from deciles; the
        /// cut-offs coincide, so banding directly with k = 10 or 5 gives the same result on SIMD 2020v2.
        /// PHS additionally hand-edited two Shetland zones (S01012409 -> decile 2, S01012387 ->
        /// decile 4) within Shetland; no rule reproduces hand edits.
        case phs
        /// The plain rule `b_i = max(1, ceil(x_i))`: the first band `k` with `s_i <= k/K`
        /// (cumulative share including the area). Bands never exceed their share at the upper edge.
        case cumulativeShare
    }

    /// Population-weighted bands: areas sorted by `ranks` (smallest first, ties in input order) are
    /// cut into `k` bands of as equal population share as whole areas allow, by `rule`.
    ///
    /// - Parameters:
    ///   - ranks: the ranking key per area (e.g. SIMD rank, 1 = most deprived); NaN not allowed.
    ///   - population: population per area, finite and >= 0 (zero-population areas are allowed; they
    ///     fall in the band of the areas before them). Integer counts are handled exactly.
    ///   - k: number of bands (>= 1).
    ///   - rule: `.phs` (default) or `.cumulativeShare`.
    /// - Throws: `RankingError.invalidBandCount`, `.lengthMismatch`, `.missingValue` (NaN rank),
    ///   `.invalidPopulation` (negative, NaN, infinite), `.zeroTotalPopulation`, `.populationTooLarge`.
    /// - Reference: Public Health Scotland, *SIMD 2020v2* open data (population-weighted deciles and
    ///   quintiles), and the GPD repository code cited at `PopulationRule.phs`.
    public static func byPopulation(
        ranks: [Double], population: [Double], bands k: Int, rule: PopulationRule = .phs
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: ranks.count, bands: k, groups: nil as [Int]?)
        return try populationBands(ranks, population, k: k, ids: prep.ids,
                                   groupCount: ranks.isEmpty ? 0 : 1, describe: { _ in nil }, rule: rule)
    }

    /// Population-weighted bands within groups (`groups[i]` is area i's group, e.g. its council or
    /// health board): each group's areas are banded by their share of that group's population.
    public static func byPopulation<G: Hashable>(
        ranks: [Double], population: [Double], bands k: Int, groups: [G], rule: PopulationRule = .phs
    ) throws(Ranking.RankingError) -> Ranking.QuantileBandAssignment {
        let prep = try prepareGroups(count: ranks.count, bands: k, groups: groups)
        let keys = prep.keys ?? []
        return try populationBands(ranks, population, k: k, ids: prep.ids, groupCount: keys.count,
                                   describe: { "\(keys[$0])" }, rule: rule)
    }

    private static func populationBands(
        _ ranks: [Double], _ population: [Double], k: Int, ids: [Int], groupCount: Int,
        describe: (Int) -> String?, rule: PopulationRule
    ) throws(RankingError) -> QuantileBandAssignment {
        let n = ranks.count
        guard population.count == n else {
            throw .lengthMismatch(argument: "population", expected: n, actual: population.count)
        }
        for (i, p) in population.enumerated() where !(p.isFinite && p >= 0) {
            throw .invalidPopulation(index: i, value: p)
        }
        let sorted = try Ranking.argsort(ranks, order: .ascending, nan: .reject)
        let perm = Ranking.stablePartition(sorted, by: ids, groupCount: groupCount)
        var bands = [Int](repeating: 0, count: n)
        let kd = Double(k)
        var start = 0
        while start < n {
            var end = start
            while end < n && ids[perm[end]] == ids[perm[start]] { end += 1 }
            var total = 0.0
            for i in start..<end { total += population[perm[i]] }
            guard total > 0 else { throw .zeroTotalPopulation(group: describe(ids[perm[start]])) }
            guard total * kd < 9_007_199_254_740_992 else { throw .populationTooLarge(total: total) }
            // In units where the group total is T: area at cumulative count c sits at x = c k / T.
            // a = c * k is exact for integer populations, so every comparison below is exact.
            var cum = 0.0
            var previousPlain = 0
            var previousD = 0.0
            for i in start..<end {
                cum += population[perm[i]]
                let a = cum * kd
                let plain = plainBand(a, total: total, k: k)
                var band = plain
                let d = rule == .phs ? distanceToNearestCut(a, total: total, k: k) : 0
                if rule == .phs && i > start && plain != previousPlain && d + previousD > 0 {
                    band = previousPlain
                }
                bands[perm[i]] = band
                previousPlain = plain
                previousD = d
            }
            start = end
        }
        return QuantileBandAssignment(bands: bands, bandCount: k,
                                      method: .populationWeighted(rule: rule), groupCount: groupCount)
    }

    /// `max(1, ceil(a / T))` clamped to `1...k`, decided with exact comparisons `a <= b T`.
    private static func plainBand(_ a: Double, total t: Double, k: Int) -> Int {
        var b = Swift.max(1, Swift.min(k, Int((a / t).rounded(.up))))
        while b > 1 && a <= Double(b - 1) * t { b -= 1 }
        while b < k && a > Double(b) * t { b += 1 }
        return b
    }

    /// `(j T - a)` for the cut-off j in `1...k-1` with `2a` in `((2j-1) T, (2j+1) T]`, else 0. This is
    /// PHS's `d1` scaled by `T k / 100` (a positive factor, so the sign of `d1 + d1_prev` is kept).
    private static func distanceToNearestCut(_ a: Double, total t: Double, k: Int) -> Double {
        guard k >= 2, 2 * a > t, 2 * a <= Double(2 * k - 1) * t else { return 0 }
        var j = Swift.max(1, Swift.min(k - 1, Int((a / t).rounded())))
        while j > 1 && 2 * a <= Double(2 * j - 1) * t { j -= 1 }
        while j < k - 1 && 2 * a > Double(2 * j + 1) * t { j += 1 }
        return Double(j) * t - a
    }
}
