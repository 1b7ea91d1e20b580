// RankRequest: what `gapwise rank` is asked: one indicator or a composite, tie policy, bands, nationally or within groups.
import GapwiseIO
import GapwiseNumerics

/// Named quantile bands.
public enum BandKind: String, Sendable, CaseIterable {
    case quintile, decile, vigintile, percentile

    /// The number of bands k.
    public var count: Int {
        switch self { case .quintile: 5; case .decile: 10; case .vigintile: 20; case .percentile: 100 }
    }
}

/// How bands are cut: equal counts (`ceil(rank·k/N)`, SIMD's published rule), equal population shares (PHS),
/// or PHEindicatormethods' `phe_quantile` rule on the values (`phe`; see `RankRequest.pheInvert`).
public enum BandRule: String, Sendable, CaseIterable {
    case count, population, phe
}

/// What to rank.
public enum RankSubject: Sendable, Equatable {
    /// One indicator: a value column or a rate `numerator / denominator`, with its polarity.
    case indicator(TargetIndicator.Source, polarity: Polarity)
    /// A composite index from a configuration.
    case composite(CompositeSpec)
}

/// A request to rank areas.
public struct RankRequest: Sendable {
    public var area: String
    public var name: String?
    /// Rank (and band) within this column's groups (e.g. council) instead of nationally.
    public var within: String?
    public var filters: [RowFilter]
    public var subject: RankSubject
    /// Ties of the rank (R's ties.method names).
    public var ties: Ranking.TieMethod
    public var bands: [BandKind]
    public var bandRule: BandRule
    /// Population column (needed by `bandRule == .population`).
    public var population: String?
    /// The number of areas the ranked value column ranks nationally (e.g. 6,976 for an SIMD rank). When
    /// given, the value is taken as each area's national rank (a whole number from 1 to the total; with
    /// `worse: .higher` rank 1 is counted from the other end), the output rank is that national rank and
    /// each band is `ceil(rank · k / rankTotal)` (`NationalRanks`), however few areas the table holds; the
    /// report says how many it holds. nil (default): ranks and bands over the table's rows.
    public var rankTotal: Int?

    /// PHE's `invert` for the `phe` band rule: true puts the highest value in band 1, false the lowest; nil
    /// follows the polarity (the worse end in band 1, as the other rules). Only with `bandRule == .phe`.
    public var pheInvert: Bool? = nil

    public init(area: String, name: String? = nil, within: String? = nil, filters: [RowFilter] = [],
                subject: RankSubject, ties: Ranking.TieMethod = .average, bands: [BandKind] = [.decile],
                bandRule: BandRule = .count, population: String? = nil) {
        self.area = area; self.name = name; self.within = within; self.filters = filters; self.subject = subject
        self.ties = ties; self.bands = bands; self.bandRule = bandRule; self.population = population
    }

    /// - Throws: `AnalysisError.invalidRequest` when population bands lack a population column.
    public func validate() throws(AnalysisError) {
        try validatePHEQuantile()
        if bandRule == .population && population == nil && !bands.isEmpty {
            throw .invalidRequest("population-weighted bands need \(field: .population).")
        }
        if case let .composite(spec) = subject { try spec.validate() }
        if let total = rankTotal {
            try NationalRanks.validate(total: total, populationWeighted: bandRule == .population && !bands.isEmpty)
            guard case .indicator(.value, _) = subject else {
                throw .invalidRequest("a rank total applies to a column of national ranks, ranked as the value; a rate or a composite score is ranked among the table's own areas only.")
            }
            if bandRule == .phe && !bands.isEmpty {
                throw .invalidRequest("PHE's quantile rule cuts bands from the table's own values; a national rank total gives the SIMD count bands instead.")
            }
            if within != nil {
                throw .invalidRequest("ranks within groups restart in every group; a national rank total does not apply to them.")
            }
        }
    }
}
