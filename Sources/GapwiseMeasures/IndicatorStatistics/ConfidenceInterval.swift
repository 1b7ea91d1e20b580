// ConfidenceInterval: one confidence level's lower and upper limits, shared by every statistic with intervals.

/// The lower and upper limits of a confidence interval at one confidence level.
///
/// A limit is `nil` where the method leaves it undefined, as PHEindicatormethods returns `NA`: a Byar
/// lower limit that would be negative, or every limit of a suppressed statistic (a DSR from fewer than
/// 10 events).
public struct ConfidenceInterval: Hashable, Sendable {
    /// The confidence level, strictly between 0 and 1 (0.95 for a 95% interval).
    public let confidence: Double
    /// The lower limit, or nil where undefined.
    public let lower: Double?
    /// The upper limit, or nil where undefined.
    public let upper: Double?

    public init(confidence: Double, lower: Double?, upper: Double?) {
        self.confidence = confidence
        self.lower = lower
        self.upper = upper
    }
}

extension Array where Element == ConfidenceInterval {
    /// The limits at confidence level `c` (exact match), if computed.
    public func at(_ c: Double) -> ConfidenceInterval? { first { $0.confidence == c } }
}

/// Checks that every confidence level lies strictly between 0 and 1 and that at least one is given.
func validateConfidence(_ levels: [Double], statistic: String) throws(IndicatorError) {
    if levels.isEmpty {
        throw .invalidParameter(statistic: statistic, name: "confidence", value: .nan,
                                rule: "give at least one confidence level")
    }
    for c in levels where !(c > 0 && c < 1) { throw .invalidConfidence(statistic: statistic, value: c) }
}
