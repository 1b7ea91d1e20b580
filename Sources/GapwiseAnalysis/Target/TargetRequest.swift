// TargetRequest: what `gapwise target` is asked: indicators (source, polarity, weight), localities, simulation settings.
import GapwiseNumerics

/// One outcome indicator of a targeting analysis.
public struct TargetIndicator: Sendable, Equatable {
    /// Where an indicator's values come from.
    public enum Source: Sendable, Equatable {
        /// A rate `count / denominator` from two columns; its sampling error is Poisson in the count.
        case counts(count: String, denominator: String)
        /// A value column with its standard error column, if any. Without one the value carries no sampling
        /// error: the simulation gives it none, and the run's settings say so.
        case value(column: String, standardError: String?)
    }

    /// The label used in drivers and in the stated weights.
    public var name: String
    public var source: Source
    /// `.adverse` when larger values are worse (emergency admissions per head), `.favourable` when
    /// smaller values are worse (positive school-leaver destinations).
    public var polarity: Polarity
    /// The weight in the combined score (> 0; weights are rescaled to sum to 1).
    public var weight: Double

    public init(name: String, source: Source, polarity: Polarity = .adverse, weight: Double = 1) {
        self.name = name; self.source = source; self.polarity = polarity; self.weight = weight
    }
}

/// What to do with an area whose value of an indicator is missing.
public enum TargetMissingPolicy: String, Sendable, Equatable, CaseIterable {
    /// Score the area on the indicators it has (weights rescaled over them), flag it, and count the
    /// missing values per indicator; an area with no value at all is left out and counted. The default.
    case exclude
    /// Stop with an error naming the file, row and column.
    case error
}

/// How the uncertainty of the indicator values is simulated.
public enum TargetUncertainty: String, Sendable, Equatable, CaseIterable {
    /// Each indicator value is normal with its standard error (rates from counts: `√count / denominator`),
    /// so the combined score of an area is normal: one draw per area per replicate.
    case normal
    /// Each count is redrawn from a Poisson distribution with the observed count as its mean (every
    /// indicator must come from counts); the simulated rates are combined with BLAS.
    case poisson
}

/// Which areas give the national mean and standard deviation that indicators are standardised against
/// when the rows are filtered.
public enum TargetStandardisation: String, Sendable, Equatable, CaseIterable {
    /// Every row of the table, whatever the filters keep (the default): a filter picks the areas to rank
    /// but does not move the reference, so an area scores the same as in the unfiltered run. The rows are
    /// read slice by slice (one slice per combination of the filter columns' values), each slice as the
    /// filtered rows are, and the slices' areas are pooled.
    case all
    /// Only the rows the filters keep.
    case filtered
}

/// How many areas count as "the worst" in each locality.
public enum WorstSet: Sendable, Equatable {
    /// The `k` worst areas of every locality (all of them where a locality has fewer).
    case count(Int)
    /// The worst `percent`% of each locality's areas, `ceil(percent · n / 100)` of n (at least 1).
    case percent(Double)

    /// The number of areas in the worst set of a locality of `n` areas.
    public func size(of n: Int) -> Int {
        switch self {
        case let .count(k): return min(k, n)
        case let .percent(p): return max(1, min(n, Int((p * Double(n) / 100).rounded(.up))))
        }
    }

    /// "5" or "10%".
    public var label: String {
        switch self {
        case let .count(k): return String(k)
        case let .percent(p): return ResultFormat.number(p) + "%"
        }
    }
}

/// A request to find, per locality, the communities with the poorest outcomes.
public struct TargetRequest: Sendable {
    /// The column of area codes (the unit ranked, or the small areas aggregated into `unit`).
    public var area: String
    /// Optional column of area names.
    public var name: String?
    /// The locality column (e.g. council); areas are ranked within it.
    public var locality: String
    /// Optional: aggregate the rows to this unit (e.g. intermediate zone) before ranking; counts and
    /// denominators are summed, values averaged with `population` weights.
    public var unit: String?
    /// Optional unit name column (with `unit`).
    public var unitName: String?
    /// Population column (needed to aggregate value indicators).
    public var population: String?
    /// Keep only rows where these columns equal these values (e.g. year = 2023).
    public var filters: [(column: String, value: String)]
    public var indicators: [TargetIndicator]
    public var uncertainty: TargetUncertainty
    /// Number of simulations; 0 asks for none: no standard errors are read, and no rank interval,
    /// probability or significance flag is computed.
    public var replicates: Int
    public var seed: UInt64
    public var worst: WorstSet
    /// Confidence level of rank intervals and of the "significantly worse" flag.
    public var confidence: Double
    /// How many drivers to list per area.
    public var drivers: Int
    /// Worker threads (default `GapwiseThreads.default`, every core); results are identical for any number.
    public var threads: Int
    /// Missing indicator values: excluded and counted (default) or an error.
    public var missing: TargetMissingPolicy = .exclude
    /// The standardisation base when `filters` keep some rows: all rows (default) or the kept rows only.
    public var standardise: TargetStandardisation = .all

    /// Whether rank uncertainty is simulated (`replicates` above 0).
    public var simulates: Bool { replicates > 0 }

    public init(area: String, name: String? = nil, locality: String, unit: String? = nil, unitName: String? = nil,
                population: String? = nil, filters: [(column: String, value: String)] = [],
                indicators: [TargetIndicator], uncertainty: TargetUncertainty = .normal, replicates: Int = 10_000,
                seed: UInt64 = 1, worst: WorstSet = .count(5), confidence: Double = 0.95, drivers: Int = 3,
                threads: Int = GapwiseThreads.default) {
        self.area = area; self.name = name; self.locality = locality; self.unit = unit; self.unitName = unitName
        self.population = population; self.filters = filters; self.indicators = indicators
        self.uncertainty = uncertainty; self.replicates = replicates; self.seed = seed; self.worst = worst
        self.confidence = confidence; self.drivers = drivers; self.threads = threads
    }

    /// Checks the request on its own (before any file is read).
    ///
    /// - Throws: `AnalysisError.invalidRequest` naming the rule broken.
    public func validate() throws(AnalysisError) {
        guard !indicators.isEmpty else { throw .invalidRequest("target needs at least one indicator.") }
        var seen = Set<String>()
        for ind in indicators {
            guard seen.insert(ind.name).inserted else {
                throw .invalidRequest("the indicator \"\(ind.name)\" is listed twice; indicator names must be unique.")
            }
            guard ind.weight.isFinite && ind.weight > 0 else {
                throw .invalidRequest("the weight of indicator \"\(ind.name)\" is \(ind.weight); weights must be finite and greater than 0.")
            }
            if uncertainty == .poisson, case .value = ind.source {
                throw .invalidRequest("Poisson simulation needs counts, but indicator \"\(ind.name)\" is a value column; use \(field: .uncertainty) normal with a standard error column.")
            }
        }
        guard replicates >= 0 else { throw .invalidRequest("\(field: .replicates) is \(replicates); it must be 0 (no simulation) or more.") }
        guard confidence > 0 && confidence < 1 else {
            throw .invalidRequest("\(field: .levels) \(confidence) is not a level strictly between 0 and 1 (write 0.95, not 95).")
        }
        switch worst {
        case let .count(k) where k < 1: throw .invalidRequest("\(field: .worst) \(k): the worst set needs at least 1 area.")
        case let .percent(p) where !(p > 0 && p <= 100):
            throw .invalidRequest("\(field: .worst) \(p)%: a percentage must be above 0 and at most 100.")
        default: break
        }
        guard drivers >= 0 else { throw .invalidRequest("\(field: .drivers) \(drivers) must be 0 or more.") }
        guard threads >= 1 else { throw .invalidRequest("\(field: .threads) \(threads) must be 1 or more.") }
        if unitName != nil && unit == nil { throw .invalidRequest("\(field: .unitName) needs \(field: .unit).") }
    }

    /// The weights rescaled to sum to 1, in indicator order.
    public var normalisedWeights: [Double] {
        let total = indicators.reduce(0) { $0 + $1.weight }
        return indicators.map { $0.weight / total }
    }
}
