// GapsRequest: what a `gapwise gaps` batch run is asked for (indicators, banding, measures, levels, suppression).
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

/// The statistic each quantile of an indicator is summarised by.
public enum GapsStatistic: String, Hashable, Sendable, CaseIterable {
    /// Σnumerator/Σdenominator × multiplier with Wilson score limits (PHE `phe_proportion`).
    case proportion
    /// Σevents/Σdenominator × multiplier with exact Poisson limits below 10 events, else Byar (PHE `phe_rate`).
    case rate
    /// A directly standardised rate from age-banded events and populations summed per quantile, Dobson
    /// limits (PHE `calculate_dsr`; ESP 2013 by default); not given below 10 events, as PHE.
    case dsr
    /// The population-weighted mean of area values, `Σ w·v / Σ w`; its standard error, where the areas
    /// carry one, is `√(Σ w²·se²) / Σ w` and its limits `mean ± z·se`.
    case mean
    /// Life expectancy at birth in years, from age-banded deaths and populations summed per quantile (bands
    /// 0, 1-4, 5-9, ..., 85+ or 90+: 19 or 20 pairs of columns), PHE's Chiang II table with Silcocks limits.
    case lifeExpectancy = "life_expectancy"
}

/// Where an indicator's area-level numbers come from.
public enum GapsSource: Hashable, Sendable {
    /// A count and its denominator per area.
    case counts(numerator: String, denominator: String)
    /// A value per area (weighted by the request's population column), optionally with its standard error.
    case values(value: String, standardError: String?)
    /// Events and populations per age band, one column each, in the order of the standard population's
    /// bands (19 five-year bands 0–4 … 90+ for ESP 2013).
    case ageBands(numerators: [String], denominators: [String], standard: [Double])
}

/// What an indicator is to the analysis: an outcome, or one of the inputs of the deprivation index itself.
public enum GapsIndicatorRole: String, Hashable, Sendable, CaseIterable {
    /// An outcome (health, education, ...): gaps are profiled and communities ranked on it.
    case outcome
    /// An input of the deprivation index (e.g. SIMD's income or overcrowding counts): its gaps are
    /// profiled, but `report` does not rank communities on it unless named.
    case deprivation
}

/// One outcome indicator of a batch: where its numbers are, how a quantile is summarised, its polarity.
public struct GapsIndicator: Hashable, Sendable {
    /// The name used in the output (e.g. "emergency_admissions").
    public var name: String
    public var source: GapsSource
    public var statistic: GapsStatistic
    /// Scale of the statistic: 100 for a percentage, 100000 for a rate per 100,000, 1 for a mean.
    public var multiplier: Double
    /// Whether a higher value is worse (`.adverse`, e.g. admissions) or better (`.favourable`).
    public var polarity: Polarity
    /// Outcome (default) or deprivation input; see `GapsIndicatorRole`.
    public var role: GapsIndicatorRole = .outcome

    /// - Parameters: `statistic` defaults to a proportion for counts and a mean for values; `multiplier`
    ///   to 100 for a proportion, 100,000 for a rate, 1 for a mean.
    public init(name: String, source: GapsSource, statistic: GapsStatistic? = nil, multiplier: Double? = nil,
                polarity: Polarity = .adverse) {
        self.name = name
        self.source = source
        let s: GapsStatistic
        switch (statistic, source) {
        case let (x?, _): s = x
        case (nil, .counts): s = .proportion
        case (nil, .ageBands): s = .dsr
        case (nil, .values): s = .mean
        }
        self.statistic = s
        self.multiplier = multiplier ?? (s == .proportion ? 100 : s == .mean || s == .lifeExpectancy ? 1 : 100_000)
        self.polarity = polarity
    }

    /// The columns this indicator reads.
    public var columns: [String] {
        switch source {
        case let .counts(n, d): return [n, d]
        case let .values(v, se): return [v] + (se.map { [$0] } ?? [])
        case let .ageBands(n, d, _): return n + d
        }
    }
}

/// Whether quantiles are the national bands or recalculated within each locality.
public enum GapsBandBasis: String, Hashable, Sendable, CaseIterable {
    /// Bands of the whole country (e.g. SIMD national quintiles): a locality may lack some quantiles.
    case national
    /// Bands recalculated among the locality's own areas (every quantile present when it has enough areas).
    case local
}

/// Whether bands hold equal numbers of areas or equal shares of population.
public enum GapsBandWeighting: String, Hashable, Sendable, CaseIterable {
    /// `ceil(rank·k/n)`: the Scottish Government's SIMD deciles and quintiles.
    case count
    /// Equal population shares, Public Health Scotland's rule (needs the population column).
    case population
}

/// What to do with an area whose count breaks a rule of its statistic (a proportion's numerator above its
/// denominator, as SIMD 2020v2 has for a zone with 2 employment-deprived people and a working-age
/// population of 0).
public enum GapsInvalidAreaPolicy: String, Hashable, Sendable, CaseIterable {
    /// Stop with an error naming the file, row and column (the default: no silent repair).
    case reject
    /// Leave the area out of its quantiles and count it among the excluded areas.
    case exclude
}

/// A batch of gap profiles: every indicator × locality (and the whole country) × year × quantile scheme.
public struct GapsRequest: Sendable {
    public var indicators: [GapsIndicator]
    /// The deprivation ranking column, 1 = most deprived (e.g. `SIMD2020v2_Rank`).
    public var rank: String
    /// The locality column (e.g. the council); nil for the whole country only.
    public var locality: String?
    /// Whether to add the whole country as a locality, and its name.
    public var includeNational: Bool
    public var nationalName: String
    /// The year column; nil when the file holds one period.
    public var year: String?
    /// Population per area: weights of value indicators and of population-weighted bands.
    public var population: String?
    /// The number of quantiles of each scheme, e.g. `[5, 10]` for quintiles and deciles.
    public var quantiles: [Int]
    public var basis: GapsBandBasis
    public var weighting: GapsBandWeighting
    /// The gap measures (any code of `gapwise measure`; grouped codes use the quantile table).
    public var measures: [MeasureSpec]
    /// Confidence levels, e.g. `[0.95, 0.998]`; the first one classifies changes over time.
    public var levels: [Double]
    /// Quantile counts below this are suppressed (with a complementary cell); 0 switches suppression off.
    public var threshold: Double
    /// Seed of simulated and bootstrap intervals; each profile's seed is derived from it and the profile's place.
    public var seed: UInt64
    /// Replicates of simulated/bootstrap intervals (nil: each family's default).
    public var replicates: Int?
    /// Worker threads (default `GapwiseThreads.default`, every core); results are identical for any number.
    public var threads: Int
    /// Areas whose count breaks its statistic's rule: rejected (default) or excluded and counted.
    public var invalidAreas: GapsInvalidAreaPolicy = .reject
    /// The number of areas the rank column ranks nationally (e.g. 6,976 data zones for SIMD). When given,
    /// each area's national band is `ceil(rank * k / rankTotal)` from its own rank, however few areas the
    /// file holds, and a national profile over fewer areas is named with its count; nil (default): national
    /// bands are recalculated over the file's areas of each year.
    public var rankTotal: Int?
    /// The interval of the linear SII and RII: PHE's simulation from the quantiles' sampling error
    /// (default) or the regression's lack-of-fit t interval, by name.
    public var siiInterval: GapsSIIInterval = .simulation
    /// Where the gap measures' intervals come from: the quantiles' sampling error (default) or the
    /// stratified bootstrap over the areas within each quantile (`replicates`, default 1,000; `seed`).
    public var interval: GapsIntervalSource = .sampling
    /// Rows kept before anything is read from the table (`RowFilter`: different columns AND, one column's
    /// values OR); quantile bands are then cut over the kept rows.
    public var filters: [RowFilter] = []

    /// The default gap measures: HEAT's difference and ratio of the extreme quantiles (the absolute and
    /// relative range with intervals), the linear SII and RII (ScotPHO/PHE), PAF and PAR.
    public static let defaultMeasureCodes = ["d", "r", "sii_linear", "rii_linear", "paf", "par"]

    public init(indicators: [GapsIndicator], rank: String, locality: String? = nil, includeNational: Bool = true,
                nationalName: String = "Scotland", year: String? = nil, population: String? = nil,
                quantiles: [Int] = [5], basis: GapsBandBasis = .national,
                weighting: GapsBandWeighting = .count, measures: [MeasureSpec]? = nil, levels: [Double] = [0.95],
                threshold: Double = 5, seed: UInt64 = 1, replicates: Int? = nil, threads: Int = GapwiseThreads.default) {
        self.indicators = indicators
        self.rank = rank
        self.locality = locality
        self.includeNational = includeNational
        self.nationalName = nationalName
        self.year = year
        self.population = population
        self.quantiles = quantiles
        self.basis = basis
        self.weighting = weighting
        // The default codes always parse.
        self.measures = measures ?? Self.defaultMeasureCodes.map { try! MeasureSpec.parse($0) }
        self.levels = levels
        self.threshold = threshold
        self.seed = seed
        self.replicates = replicates
        self.threads = threads
    }

    /// Checks the request's own consistency before any file is read.
    public func validate() throws(AnalysisError) {
        if indicators.isEmpty { throw .invalidRequest("no indicator given; name at least one (e.g. \(field: .indicators) income_count/Total_population).") }
        if Set(indicators.map(\.name)).count != indicators.count { throw .invalidRequest("two indicators share a name; give each its own (NAME=...).") }
        if measures.isEmpty { throw .invalidRequest("no gap measure requested.") }
        if Set(measures.map(\.code)).count != measures.count { throw .invalidRequest("a measure is listed twice.") }
        for m in measures {
            if case .decomposition = m.kind { throw .invalidRequest("measure \(m.code): between/within decompositions are not gap measures; use `gapwise measure`.") }
            if m.kind == .duncan { throw .invalidRequest("measure \(m.code): the Duncan index needs each zone's deprived and other people, not quantiles; use `gapwise measure`.") }
            if case .standardised = m.kind { throw .invalidRequest("measure \(m.code): a standardised rate or ratio is an indicator, not a gap measure; use `gapwise measure`.") }
            if case .lifeTable = m.kind { throw .invalidRequest("measure \(m.code): a life expectancy is an indicator of each area's age bands, not a gap measure; use `gapwise measure`.") }
        }
        if quantiles.isEmpty { throw .invalidRequest("give at least one quantile scheme, e.g. \(field: .quantiles) 5,10.") }
        for k in quantiles where !(2...100).contains(k) { throw .invalidRequest("\(field: .quantiles) \(k): a scheme needs 2 to 100 quantiles (5 for quintiles, 10 for deciles).") }
        if Set(quantiles).count != quantiles.count { throw .invalidRequest("a quantile scheme is listed twice.") }
        if levels.isEmpty { throw .invalidRequest("give at least one confidence level, e.g. \(field: .levels) 0.95.") }
        for c in levels where !(c > 0 && c < 1) { throw .invalidRequest("\(field: .levels) \(c) is not a level strictly between 0 and 1 (write 0.95, not 95).") }
        if Set(levels).count != levels.count { throw .invalidRequest("a confidence level is listed twice.") }
        if !(threshold >= 0 && threshold.isFinite) { throw .invalidRequest("\(field: .threshold) \(threshold) must be a count of 0 or more (0: no suppression).") }
        if threads < 1 { throw .invalidRequest("\(field: .threads) \(threads) must be at least 1.") }
        try NationalRanks.validate(total: rankTotal, populationWeighted: weighting == .population)
        if weighting == .population && population == nil { throw .invalidRequest("population-weighted bands need the population column: give \(field: .population) COL.") }
        if locality == nil && !includeNational { throw .invalidRequest("there is nothing to profile: give a locality column or keep the national profile.") }
        for i in indicators {
            guard i.multiplier.isFinite && i.multiplier > 0 else { throw .invalidRequest("indicator \(i.name): the multiplier must be a positive number.") }
            switch (i.source, i.statistic) {
            case let (.ageBands(n, d, w), .dsr):
                if n.isEmpty || n.count != d.count || n.count != w.count {
                    throw .invalidRequest("indicator \(i.name): a DSR needs one event column and one population column per band of the standard population (\(w.count) bands; given \(n.count) and \(d.count)).")
                }
            case let (.ageBands(n, d, _), .lifeExpectancy):
                if n.count != d.count || (n.count != 19 && n.count != 20) {
                    throw .invalidRequest("indicator \(i.name): a life expectancy needs one deaths column and one population column per age band 0, 1-4, 5-9, ..., 85+ or 90+ (19 or 20 bands; given \(n.count) and \(d.count)).")
                }
                if i.multiplier != 1 { throw .invalidRequest("indicator \(i.name): a life expectancy is in years; leave out per=.") }
            case (.ageBands, _): throw .invalidRequest("indicator \(i.name): age-banded counts are summarised as a directly standardised rate (stat=dsr) or a life expectancy (stat=life_expectancy).")
            case (_, .lifeExpectancy): throw .invalidRequest("indicator \(i.name): a life expectancy needs age-banded deaths and populations: D0+D1+.../P0+P1+... (one per band 0, 1-4, ..., 90+).")
            case (_, .dsr): throw .invalidRequest("indicator \(i.name): a directly standardised rate needs age-banded counts: N1+N2+.../P1+P2+... (one per standard population band).")
            case (.counts, .mean): throw .invalidRequest("indicator \(i.name): a mean needs area values (VALUE), not counts.")
            case (.values, .proportion), (.values, .rate):
                throw .invalidRequest("indicator \(i.name): a \(i.statistic.rawValue) pools counts: give NUMERATOR/DENOMINATOR.")
            case (.values, .mean):
                if population == nil { throw .invalidRequest("indicator \(i.name): area values are averaged with population weights: give \(field: .population) COL.") }
            default: break
            }
            if let r = replicates, r < 0 { throw .invalidRequest("\(field: .replicates) must not be negative.") }
        }
        if interval == .bootstrap {
            if siiInterval == .regression {
                throw .invalidRequest("the bootstrap gives every gap measure its interval, the linear SII and RII included: ask for the bootstrap or for the regression interval, not both.")
            }
            if let r = replicates, r < GapsIntervalSource.minimumBootstrapReplicates {
                throw .invalidRequest("a bootstrap needs at least \(GapsIntervalSource.minimumBootstrapReplicates) replicates (\(field: .replicates) \(r)).")
            }
        }
        if let r = replicates, measures.contains(where: { if case .pheSlope = $0.kind { return true } else { return false } }), r < 1000 {
            throw .invalidRequest("phe_sii and phe_rii simulate their limits: \(field: .replicates) must be at least 1000.")
        }
    }

    /// The name of a quantile scheme: "quintile", "decile", "vigintile" or "k-tile".
    public static func schemeName(_ k: Int) -> String {
        switch k {
        case 4: return "quartile"
        case 5: return "quintile"
        case 10: return "decile"
        case 20: return "vigintile"
        default: return "\(k)-tile"
        }
    }
}
