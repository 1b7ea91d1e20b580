// IndicatorEstimate: the result of an indicator statistic (value, limits per level, method, what went in).

/// Indicator statistics with confidence intervals, as PHEindicatormethods computes them:
/// ``proportion(numerator:denominator:confidence:multiplier:)`` (Wilson),
/// ``rate(events:denominator:confidence:multiplier:)`` (exact Poisson below 10 events, else Byar),
/// ``dsr(events:populations:standardPopulation:confidence:multiplier:)`` (Dobson),
/// ``isRatio(observed:populations:referenceEvents:referencePopulations:confidence:referenceValue:)``,
/// ``isRate(observed:populations:referenceEvents:referencePopulations:confidence:multiplier:)`` and
/// ``mean(_:confidence:)`` (Student t). Several confidence levels are served in one call
/// (e.g. `[0.95, 0.998]`, PHE's pair); each must lie strictly between 0 and 1.
public enum Indicator {}

/// One indicator statistic with its confidence limits and what went into it.
public struct IndicatorEstimate: Sendable, Hashable {
    /// What the value is, in PHE's words: "proportion of 1", "percentage", "rate per 100000",
    /// "dsr per 100000", "dsr NA for total count < 10", "indirectly standardised ratio x 100", "mean", ...
    public let statistic: String
    /// The value, or nil where PHE returns NA (a suppressed DSR).
    public let value: Double?
    /// Limits at each requested confidence level, in the order requested.
    public let intervals: [ConfidenceInterval]
    /// The interval method: "Wilson", "Exact", "Byars", "Dobson", "Student's t".
    public let method: String
    /// The numerator that went in (events, successes, observed events, or the sum of the values for a mean).
    public let numerator: Double
    /// The denominator that went in (population, trials, expected events, or the count of values for a mean).
    public let denominator: Double
    /// The multiplier applied (1 when none).
    public let multiplier: Double
    /// The sample standard deviation (n − 1 divisor) for a mean; nil for the other statistics.
    public let standardDeviation: Double?

    public init(statistic: String, value: Double?, intervals: [ConfidenceInterval], method: String,
                numerator: Double, denominator: Double, multiplier: Double, standardDeviation: Double? = nil) {
        self.standardDeviation = standardDeviation
        self.statistic = statistic
        self.value = value
        self.intervals = intervals
        self.method = method
        self.numerator = numerator
        self.denominator = denominator
        self.multiplier = multiplier
    }
}
