// ConfidenceLimits: the value type returned by the interval formulas (lower, upper, level, method).

/// A two-sided confidence interval on the scale of its input (a count or a proportion).
package struct ConfidenceLimits: Equatable, Sendable {
    /// How the limits were computed.
    public enum Method: String, Equatable, Sendable {
        /// Exact (Garwood) Poisson limits from chi-square quantiles.
        case exactPoisson
        /// Byar's approximation to the exact Poisson limits.
        case byar
        /// Wilson score interval for a binomial proportion.
        case wilson
    }
    /// The lower limit.
    public let lower: Double
    /// The upper limit.
    public let upper: Double
    /// The two-sided confidence level, e.g. 0.95.
    public let confidence: Double
    /// The formula used.
    public let method: Method

    public init(lower: Double, upper: Double, confidence: Double, method: Method) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.method = method
    }
}
