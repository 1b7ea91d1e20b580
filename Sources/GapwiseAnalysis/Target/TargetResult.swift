// TargetResult: one area's targeting result (score, rank, rank interval, P(worst), drivers, flags) and the run's settings.
import GapwiseNumerics

/// One indicator's contribution to an area's combined score.
public struct TargetDriver: Sendable, Equatable {
    public let indicator: String
    /// `w_k z_ik`: the weighted national z-score (positive = worse than the national average).
    public let contribution: Double
}

/// What `TargetAnalysis` found for one area.
public struct TargetAreaResult: Sendable, Equatable {
    public let locality: String
    public let area: String
    public let name: String
    /// `S_i`: combined score standardised against the national distribution (larger = worse, 0 = average area).
    public let score: Double
    /// `S'_i`: the same weights on indicators standardised within the locality.
    public let localScore: Double
    /// Standard deviation of the simulated score (normal model: exact; Poisson model: from the simulation);
    /// `nil` without simulation.
    public let scoreSE: Double?
    /// Rank in the locality by `score`, 1 = worst.
    public let rank: Int
    /// Number of areas in the locality.
    public let localityAreas: Int
    /// The simulated rank interval at the requested confidence (quantiles of the rank distribution);
    /// `nil` without simulation.
    public let rankLower: Int?, rankUpper: Int?
    /// The size of the worst set in this locality and the probability of being in it (`nil` without simulation).
    public let worstSetSize: Int
    public let probabilityWorst: Double?
    /// Share of replicates with the area's score above its locality's / the country's mean area score
    /// (`nil` without simulation).
    public let probabilityAboveLocality: Double?
    public let probabilityAboveCountry: Double?
    /// Indicators with positive contributions, largest first (at most the requested number).
    public let drivers: [TargetDriver]
    /// `significantly_worse_than_locality`, `significantly_worse_than_country`, `worse_than_both`.
    public let flags: [String]
}

/// The settings a targeting run used, stated with its results.
public struct TargetSettings: Sendable, Equatable {
    public let seed: UInt64
    public let replicates: Int
    public let uncertainty: TargetUncertainty
    public let confidence: Double
    public let worst: String
    /// Indicator names, polarity and weights rescaled to sum to 1.
    public let indicators: [String]
    public let polarity: [Polarity]
    public let weights: [Double]
    /// The national means and standard deviations used to standardise.
    public let means: [Double]
    public let standardDeviations: [Double]
    /// The rows the means and standard deviations come from: all rows, or only the filtered ones.
    public var standardise: TargetStandardisation = .all
    /// Per indicator, the areas whose value was missing (scored without it).
    public var missing: [Int] = []
    /// Areas left out because every indicator's value was missing.
    public var leftOut: [String] = []
    /// Indicators that carry no sampling error (values without a standard error): the simulation gives
    /// them none, so the rank intervals reflect only the other indicators' sampling error.
    public var withoutSamplingError: [String] = []

    /// "CIF=3;SMR=2": the missing values per indicator (those with any); empty when none.
    public var missingLabel: String {
        indices.filter { $0 < missing.count && missing[$0] > 0 }.map { "\(indicators[$0])=\(missing[$0])" }.joined(separator: ";")
    }

    /// The sampling error the rank intervals carry, in words.
    public var samplingLabel: String {
        if replicates == 0 { return "no simulation (0 replicates asked for): no rank intervals or probabilities" }
        if withoutSamplingError.isEmpty { return "" }
        if withoutSamplingError.count == indicators.count { return "none: no sampling error given for any indicator, so the rank intervals are not simulated intervals" }
        return "no sampling error given for " + withoutSamplingError.joined(separator: ";")
    }

    /// "name(higher)=0.5;other(lower)=0.5".
    public var weightsLabel: String {
        indices.map { "\(indicators[$0])(\(polarity[$0].worseEnd))=\(ResultFormat.number(weights[$0]))" }.joined(separator: ";")
    }

    var indices: Range<Int> { indicators.indices }
}

/// A targeting report: per-area results, by locality (in order of first appearance) and rank.
public struct TargetReport: Sendable, Equatable {
    public let areas: [TargetAreaResult]
    public let settings: TargetSettings
}

extension TargetReport {
    /// The report with only the `n` worst-ranked areas of each locality.
    public func keepingWorst(_ n: Int) -> TargetReport {
        TargetReport(areas: areas.filter { $0.rank <= n }, settings: settings)
    }
}
