// InequalityEstimate: the result value of a scalar distributional measure (estimate, method, what went in).

/// The point estimate of one distributional inequality measure, with what went into it.
///
/// Intervals are not computed yet (they come with the bootstrap layer); this value carries everything
/// needed to reproduce the estimate: the measure and its parameters, the method, the number of units
/// and the total weight.
public struct InequalityEstimate: Hashable, Sendable {
    /// The measure and its parameters.
    public let measure: InequalityMeasure
    /// The point estimate.
    public let estimate: Double
    /// How the estimate was computed (formula and conventions), in one line.
    public let method: String
    /// The number of units (rows) that went in.
    public let n: Int
    /// The total population weight (equal to `n` when unweighted).
    public let totalWeight: Double
    /// Whether population weights were given.
    public let isWeighted: Bool

    public init(measure: InequalityMeasure, estimate: Double, method: String, n: Int,
                totalWeight: Double, isWeighted: Bool) {
        self.measure = measure
        self.estimate = estimate
        self.method = method
        self.n = n
        self.totalWeight = totalWeight
        self.isWeighted = isWeighted
    }

    /// The measure's parameters, by name.
    public var parameters: [String: Double] { measure.parameters }
}
