// LocalitySummary: IoD-style summaries of a locality's small areas (average rank/score, extent, concentration).

import GapwiseNumerics

/// How deprived a locality (e.g. a local authority) is, summarised from the national ranks of its small
/// areas the way England's Indices of Deprivation 2019 summarise LSOAs for local authority districts
/// (MHCLG, *IoD2019 File 10: Local Authority District Summaries*).
public struct LocalitySummary<Locality: Hashable & Sendable>: Sendable {
    /// The locality (e.g. its code).
    public let locality: Locality
    /// How many small areas it has.
    public let areaCount: Int
    /// Its total population (sum of the small areas' populations).
    public let population: Double
    /// Population-weighted mean of the areas' ranks counted so that **higher = more deprived**
    /// (`N + 1 − rank`), as IoD publishes "average rank".
    public let averageRank: Double
    /// Population-weighted mean of the areas' scores (nil when no scores were given).
    public let averageScore: Double?
    /// Population share living in the most deprived 30% of areas nationally, on a sliding scale:
    /// weight 1 for national percentiles 1–10, then 0.95, 0.9026…, down in 19 equal steps to 0.05 at
    /// percentile 30, 0 beyond.
    public let extent: Double
    /// Share of the locality's small areas (unweighted) in the most deprived national decile.
    public let proportionMostDeprived10: Double
    /// Population-weighted mean rank (higher = more deprived) of the locality's most deprived areas
    /// holding exactly 10% of its population.
    public let localConcentration: Double
    /// Rank of `averageRank` among the localities, 1 = most deprived (ties at the minimum).
    public internal(set) var rankOfAverageRank: Double
}

/// Summaries of localities from national small-area ranks (IoD 2019 definitions).
///
/// With N small areas in the whole country, rank `r_i` (1 = most deprived) and population `p_i`, for
/// the areas `i ∈ L` of a locality with population `P = Σ_L p_i`, and `r'_i = N + 1 − r_i`:
/// - average rank `= Σ_L p_i r'_i / P`;
/// - average score `= Σ_L p_i s_i / P`;
/// - proportion in the most deprived 10% `= #{i ∈ L : ceil(10 r_i / N) = 1} / |L|`
///   (`QuantileBands.byCount`, the published decile rule);
/// - extent `= Σ_L p_i w(c_i) / P` with the national percentile `c_i = ceil(100 r_i / N)`
///   (`QuantileBands.byCount` with 100 bands) and `w(c) = 1` for `c ≤ 10`,
///   `w(c) = 0.95 − 0.9 (c − 11)/19` for `11 ≤ c ≤ 30`, `w(c) = 0` for `c > 30`;
/// - local concentration: the areas sorted by `r'` descending (most deprived first, ties in input
///   order) are taken until their population reaches `0.1 P`, the last one counted with only the part
///   of its population needed; local concentration `= Σ p_taken r' / (0.1 P)`.
///
/// Ranks are re-ranked with ties at the minimum ("competition" ranking, as IoD publishes them: two
/// LSOAs at 30326, none at 30327) before banding; published IoD ranks come back unchanged.
///
/// Validation (tests `IoDLocalitySummaryTests`, MHCLG IoD 2019 Files 2, 6, 7 and 10 in ../shared),
/// 32,844 LSOAs, 317 districts, populations = File 6 "Total population: mid 2015 (excluding prisoners)":
/// - average rank: every district within 0.136 of the published value (published to 2 decimals),
///   257 within the rounding; rank of average rank identical for all 317. The largest differences are
///   at districts with prisons (Bromsgrove, Stafford, Bedford, Breckland, Chorley), which suggests the
///   publisher's weights are not exactly the File 6 populations there;
/// - proportion in the most deprived 10%: all 317 within the 4-decimal rounding;
/// - extent: all 317 within 1e-4 (316 within the 4-decimal rounding). The sliding-scale steps were pinned
///   by least squares on the published extents (fitted weights 0.9496, 0.9026, 0.8552, … 0.0500);
/// - local concentration: 268 within the 2-decimal rounding, all within 0.19;
/// - average score: Warrington's published 18.942 from its 127 LSOA scores (File 7 subset).
public enum LocalitySummaries {
    /// Summarises every locality present in `localities`.
    ///
    /// - Parameters:
    ///   - ranks: the national rank of each small area, 1 = most deprived, in `1...N` where `N` is the
    ///     number of entries (pass **every** small area of the country, not one locality's).
    ///   - populations: each area's population (finite, >= 0), e.g. IoD's mid-2015 population.
    ///   - localities: each area's locality key, e.g. a local authority code.
    ///   - scores: optional score per area (finite) for the average score.
    /// - Returns: one summary per locality, in order of first appearance.
    /// - Throws: `DeprivationError.emptyInput`; `.lengthMismatch`; `.invalidValue` (NaN/infinite rank or
    ///   score); `.rankOutOfRange`; `.invalidPopulation`; `.zeroPopulation` for a locality whose areas
    ///   all have population 0.
    public static func summarise<G: Hashable & Sendable>(
        ranks: [Double], populations: [Double], localities: [G], scores: [Double]? = nil
    ) throws(DeprivationError) -> [LocalitySummary<G>] {
        let n = ranks.count
        guard n > 0 else { throw .emptyInput }
        guard populations.count == n else { throw .lengthMismatch(argument: "populations", expected: n, actual: populations.count) }
        guard localities.count == n else { throw .lengthMismatch(argument: "localities", expected: n, actual: localities.count) }
        if let scores, scores.count != n { throw .lengthMismatch(argument: "scores", expected: n, actual: scores.count) }
        for i in 0..<n {
            guard ranks[i].isFinite else { throw .invalidValue(column: "ranks", row: i, value: ranks[i]) }
            guard ranks[i] >= 1 && ranks[i] <= Double(n) else {
                throw .rankOutOfRange(column: "ranks", row: i, value: ranks[i], count: n)
            }
            guard populations[i].isFinite && populations[i] >= 0 else { throw .invalidPopulation(row: i, value: populations[i]) }
            if let s = scores?[i], !s.isFinite { throw .invalidValue(column: "scores", row: i, value: s) }
        }

        // Inputs are validated: banding cannot fail.
        let deciles = try! QuantileBands.byCount(ranks: ranks, bands: 10, ties: .min).bands
        let percentiles = try! QuantileBands.byCount(ranks: ranks, bands: 100, ties: .min).bands
        let nationalRanks = try! Ranking.ranks(ranks, ties: .min)

        var order: [G] = []
        var members: [G: [Int]] = [:]
        for (i, g) in localities.enumerated() {
            if members[g] == nil { order.append(g) }
            members[g, default: []].append(i)
        }

        var summaries: [LocalitySummary<G>] = []
        for g in order {
            let idx = members[g]!
            var total = 0.0, rankSum = 0.0, scoreSum = 0.0, extentSum = 0.0, inTop10 = 0
            for i in idx {
                let p = populations[i], r = Double(n) + 1 - nationalRanks[i]
                total += p
                rankSum += p * r
                if let s = scores?[i] { scoreSum += p * s }
                extentSum += p * extentWeight(percentile: percentiles[i])
                if deciles[i] == 1 { inTop10 += 1 }
            }
            guard total > 0 else { throw .zeroPopulation(locality: "\(g)") }
            let lc = localConcentration(idx, invertedRank: { Double(n) + 1 - nationalRanks[$0] },
                                        populations: populations, total: total)
            summaries.append(LocalitySummary(
                locality: g, areaCount: idx.count, population: total, averageRank: rankSum / total,
                averageScore: scores == nil ? nil : scoreSum / total, extent: extentSum / total,
                proportionMostDeprived10: Double(inTop10) / Double(idx.count), localConcentration: lc,
                rankOfAverageRank: .nan))
        }
        // Average ranks are finite: ranking cannot fail.
        let rankOfAverage = try! Ranking.ranks(summaries.map(\.averageRank), ties: .min, order: .descending)
        for k in summaries.indices { summaries[k].rankOfAverageRank = rankOfAverage[k] }
        return summaries
    }

    /// The extent weight of national percentile `c` (1 = most deprived 1%).
    static func extentWeight(percentile c: Int) -> Double {
        if c <= 10 { return 1 }
        if c <= 30 { return 0.95 - 0.9 * Double(c - 11) / 19 }
        return 0
    }

    /// Population-weighted mean inverted rank of the most deprived areas holding 10% of `total`.
    static func localConcentration(
        _ idx: [Int], invertedRank: (Int) -> Double, populations: [Double], total: Double
    ) -> Double {
        let keys = idx.map(invertedRank)
        let sorted = try! Ranking.argsort(keys, order: .descending)  // stable: ties in input order
        let target = 0.1 * total
        var taken = 0.0, sum = 0.0
        for k in sorted {
            let need = target - taken
            if need <= 0 { break }
            let p = min(populations[idx[k]], need)
            taken += p
            sum += p * keys[k]
        }
        return sum / taken
    }
}
