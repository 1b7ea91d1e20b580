// MeasureResult: one row of `gapwise measure` output: a measure's estimate for one group, with what went in.
import GapwiseMeasures

/// The estimate of one measure for one group of rows.
public struct MeasureResult: Hashable, Sendable {
    /// The values of the `by` columns for this group (empty without grouping).
    public let group: [String]
    /// The measure code as requested.
    public let measure: String
    public let estimate: Double
    /// Standard error, where the method defines one.
    public let standardError: Double?
    /// Intervals, one per requested confidence level (empty when none was computed).
    public let intervals: [ConfidenceInterval]
    /// How the estimate (and interval) were computed.
    public let method: String
    /// Number of areas (rows) used.
    public let areas: Int
    /// Number of rows of the group left out because a needed value was missing.
    public let excluded: Int
    /// Total population weight (the number of areas when unweighted).
    public let population: Double
}
