// CompositeIndex: a SIMD-style composite deprivation index — domain ranks, exponential transform, weights, rank.

import GapwiseNumerics

/// The result of computing a composite index: per-area scores and ranks, per-domain inputs, and the
/// configuration that produced them.
public struct CompositeIndexResult: Sendable, Equatable {
    /// The configuration used (name, domains, weights, tie policy).
    public let config: CompositeIndexConfig
    /// `domainRanks[d][i]`: area i's rank in domain d, 1 = most deprived (averages for ties).
    public let domainRanks: [[Double]]
    /// `transformed[d][i]`: the transformed domain value `E` (0 = least deprived ... < 100).
    public let transformed: [[Double]]
    /// `scores[i] = Σ_d weight_d · transformed[d][i]`; larger = more deprived.
    public let scores: [Double]
    /// `ranks[i]`: the overall rank, 1 = most deprived (highest score), ties per `config.tiePolicy`.
    public let ranks: [Double]
    /// The number of areas ranked (N).
    public var count: Int { scores.count }
}

/// A composite deprivation index built the way the Scottish Index of Multiple Deprivation is.
///
/// For every domain `d` with weight `w_d` and every area `i` (N areas):
/// 1. the domain rank `D_di` (1 = most deprived) is read or computed per `CompositeIndexConfig`;
/// 2. it is transformed, `E_di = −23 ln(1 − ((N − D_di)/N)(1 − e^(−100/23)))` (`SIMDExponentialTransform`);
/// 3. the score is `S_i = Σ_d w_d E_di`;
/// 4. the overall rank is the rank of `S` in descending order (1 = most deprived), ties per the config.
///
/// Validation against the publisher (tests `SIMDPublishedRankTests`, data in ../shared):
/// - **SIMD 2016**: from the seven published domain ranks of all 6,976 data zones (weights income 28,
///   employment 28, health 14, education 14, access 9, crime 5, housing 2; config
///   `datasets/simd2016_from_domain_ranks.json`) the published overall rank is reproduced exactly
///   for every zone. A naive reading of the transform (`R = N + 1 − D`) matches only 5,625 zones
///   (max difference 7): the rank convention is `R = N − D`, see `SIMDExponentialTransform`. Tied domain
///   ranks (income, employment, crime and housing publish averages such as 6934.5) enter as published.
/// - **SIMD 2020v2** (config `datasets/simd2020v2_from_domain_ranks.json`): 6,955 of 6,976 zones get
///   exactly the published rank and none differs by more than 2. The 21 others are ten pairs of
///   neighbours in the published order swapped and one rotation of three (published ranks 6740–6742),
///   each between zones whose recomputed scores differ by less than 0.1 point (scores run from 98 to
///   8,899 with these weights, whose sum is 100; consecutive scores are typically ~1 apart). The
///   publisher combined its unrounded domain values, of which the published ranks are a rounding:
///   for 2020v2 the four domains with tied ranks (income, employment, crime, housing) carry 700/568/
///   156/472 averaged ranks, and the 12 zones with no income-deprived people carry 6969 rather than
///   their average 6970.5. Only 3 of the 21 zones themselves carry a tied domain rank, so ties alone do
///   not explain every swap; the published ranks simply do not determine the order of such near-equal
///   scores. The 2016 file has far fewer ties and is reproduced exactly.
///
/// Complexity: O(N · domains) for the transform and sum, plus one O(N) radix ranking per ranked score
/// domain and for the final rank. Rebuilding SIMD for 6,976 zones is a few milliseconds.
public struct CompositeIndex: Sendable {
    /// The validated configuration.
    public let config: CompositeIndexConfig

    /// An index for `config`.
    ///
    /// - Throws: the errors of `CompositeIndexConfig.validate()`.
    public init(config: CompositeIndexConfig) throws(DeprivationError) {
        try config.validate()
        self.config = config
    }

    /// Computes the index from named columns (one entry per area, all the same length).
    ///
    /// - Parameter columns: column name → values; every domain's `column` must be present, other
    ///   columns are ignored.
    /// - Returns: scores, ranks and domain inputs, in the order of the input areas.
    /// - Throws: `DeprivationError.missingColumn`, `.emptyInput`, `.lengthMismatch` (columns of
    ///   different lengths), `.invalidValue` (NaN or infinite value), `.rankOutOfRange` (a `rank` column
    ///   value outside `1...N`).
    public func compute(columns: [String: [Double]]) throws(DeprivationError) -> CompositeIndexResult {
        var inputs: [[Double]] = []
        for d in config.domains {
            guard let values = columns[d.column] else { throw .missingColumn(domain: d.name, column: d.column) }
            inputs.append(values)
        }
        let n = inputs[0].count
        guard n > 0 else { throw .emptyInput }
        for (d, values) in zip(config.domains, inputs) {
            guard values.count == n else { throw .lengthMismatch(argument: d.column, expected: n, actual: values.count) }
            if let row = values.firstIndex(where: { !$0.isFinite }) {
                throw .invalidValue(column: d.column, row: row, value: values[row])
            }
            if d.values == .rank, let row = values.firstIndex(where: { $0 < 1 || $0 > Double(n) }) {
                throw .rankOutOfRange(column: d.column, row: row, value: values[row], count: n)
            }
        }

        var domainRanks: [[Double]] = []
        var transformed: [[Double]] = []
        var scores = [Double](repeating: 0, count: n)
        for (d, values) in zip(config.domains, inputs) {
            let ranks = Self.mostDeprivedFirstRanks(values, domain: d)
            var e = [Double](repeating: 0, count: n)
            for i in 0..<n {
                e[i] = SIMDExponentialTransform.value(rank: ranks[i], count: n)
                scores[i] += d.weight * e[i]
            }
            domainRanks.append(ranks)
            transformed.append(e)
        }
        // Scores are finite (weights and E are), so ranking cannot meet a NaN.
        let ranks = try! Ranking.ranks(scores, ties: config.tiePolicy.method, order: .descending)
        return CompositeIndexResult(config: config, domainRanks: domainRanks, transformed: transformed,
                                    scores: scores, ranks: ranks)
    }

    /// Domain ranks with 1 = most deprived, from validated (finite, in-range) values.
    static func mostDeprivedFirstRanks(_ values: [Double], domain d: CompositeIndexConfig.Domain) -> [Double] {
        let n = Double(values.count)
        switch (d.values, d.polarity) {
        case (.rank, .favourable):
            return values
        case (.rank, .adverse):
            return values.map { n + 1 - $0 }
        case (.score, .favourable):
            return try! Ranking.ranks(values, ties: .average, order: .ascending)
        case (.score, .adverse):
            return try! Ranking.ranks(values, ties: .average, order: .descending)
        }
    }
}
