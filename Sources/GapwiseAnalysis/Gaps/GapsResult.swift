// GapsResult: the value types a gaps run returns: per-quantile tables, gap rows, changes over time, run facts.
import GapwiseMeasures

/// Why a quantile's figures are or are not published.
public enum QuantileStatus: String, Hashable, Sendable {
    /// Published.
    case published
    /// Its count is below the threshold (primary suppression).
    case suppressed
    /// Its count is at or above the threshold but would reveal a suppressed cell from a published total
    /// (secondary suppression of a complementary cell).
    case secondary
    /// The locality has no area in this quantile (e.g. an island council has no most deprived national decile).
    case empty
    /// Areas fall in the quantile but none has a usable value (missing or zero denominator).
    case noData = "no_data"
}

/// One quantile of a profile: what was summed and the statistic with its intervals.
public struct QuantileRow: Hashable, Sendable {
    /// 1 = most deprived.
    public let quantile: Int
    /// Areas placed in the quantile, and those left out for a missing value.
    public let areas: Int
    public let excludedAreas: Int
    /// Σ numerator over the areas used (value indicators: Σ w·value); nil when suppressed, so that no
    /// caller can publish a hidden count by mistake.
    public let numerator: Double?
    /// Σ denominator (value indicators: Σ w), published whatever the status.
    public let denominator: Double
    /// The statistic (e.g. a percentage), its standard error and limits per level; nil when suppressed or
    /// not computable.
    public let value: Double?
    public let standardError: Double?
    public let intervals: [ConfidenceInterval]
    public let method: String
    public let status: QuantileStatus

    public var isPublished: Bool { status == .published }
}

/// The per-quantile table behind the gaps of one indicator in one locality, year and quantile scheme.
public struct QuantileProfile: Hashable, Sendable {
    public let locality: String
    public let indicator: String
    public let year: String
    /// The number of quantiles k (5 quintiles, 10 deciles).
    public let scheme: Int
    /// One row per quantile 1...k, in order (empty and suppressed quantiles included).
    public let rows: [QuantileRow]
}

/// One gap measure of one profile.
public struct GapRow: Hashable, Sendable {
    public let locality: String
    public let indicator: String
    public let year: String
    public let scheme: Int
    public let measure: String
    /// Nil when the measure was not computed; `missingReason` says why.
    public let estimate: Double?
    public let standardError: Double?
    public let intervals: [ConfidenceInterval]
    /// Which interval `intervals` is (e.g. "PHE simulation from the quantiles' 95% limits, 100000
    /// replicates"), or "none: " and why there is none (e.g. "none: no sampling error given"); empty when
    /// the measure was not computed.
    public var intervalMethod: String = ""
    /// The quantiles that went in, e.g. "1-5" or "2-10".
    public let groupsUsed: String
    /// Facts a reader needs (missing quantiles, renumbering, excluded areas).
    public let flags: [String]
    public let missingReason: String?
    /// How the estimate was computed, ending with the sign reading of directional measures ("sign:
    /// positive means the most deprived fare worse"; see `GapsOrientation`).
    public let method: String
}

/// How a gap moved between two years.
public enum GapTrend: String, Hashable, Sendable {
    /// The interval of the change excludes 0 and the gap moved towards "no gap".
    case narrowing
    /// The interval of the change excludes 0 and the gap moved away from "no gap".
    case widening
    /// The interval of the change includes 0.
    case noClearChange = "no_clear_change"
    /// No interval (or no estimate) in one of the years.
    case notAssessed = "not_assessed"
}

/// The change in one gap measure of one locality and scheme from one year to a later one.
public struct GapChange: Hashable, Sendable {
    public let locality: String
    public let indicator: String
    public let scheme: Int
    public let measure: String
    public let fromYear: String
    public let toYear: String
    public let from: Double?
    public let to: Double?
    /// `to − from`, nil when either is missing.
    public let change: Double?
    public let intervals: [ConfidenceInterval]
    public let trend: GapTrend
    public let note: String?
}

/// Everything a gaps run produced, in a fixed order (indicator, year, scheme, locality), whatever the threads.
public struct GapsResult: Hashable, Sendable {
    public let profiles: [QuantileProfile]
    public let gaps: [GapRow]
    public let changes: [GapChange]
    /// The localities profiled (the country first when included) and the years, in output order.
    public let localities: [String]
    public let years: [String]
    /// Profile units computed (indicator × year).
    public let units: Int
}
