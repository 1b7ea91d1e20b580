// SIIResult: the slope and relative index of inequality of one area with their simulated limits and inputs.

/// The PHE slope index of inequality (SII) and relative index of inequality (RII) of one area.
public struct SIIResult: Sendable, Hashable {
    /// The SII: fitted value at the least deprived end (rank 1) minus at the most deprived end (rank 0),
    /// times the multiplier.
    public let sii: Double
    /// Simulated SII limits, one per requested confidence level (in the order requested).
    public let siiLimits: [ConfidenceInterval]
    /// The RII: fitted value at rank 1 over fitted value at rank 0 (inverted when the multiplier is negative).
    public let rii: Double
    /// Simulated RII limits (empty unless `SIIOptions.rii`).
    public let riiLimits: [ConfidenceInterval]
    /// The fitted value at rank 0 (most deprived end) on the indicator's natural scale, not multiplied.
    public let intercept: Double
    /// Number of quantiles k.
    public let quantiles: Int
    /// Total population of the area.
    public let population: Double
    /// The settings used (value type, transform, multiplier, repetitions, confidence levels, seed).
    public let options: SIIOptions
    /// The random stream of `options.seed` that drew this area's simulation.
    public let stream: Int
    /// How the limits were obtained, as PHE's `CI_method`: "simulation 100000 reps".
    public var method: String { "simulation \(options.repetitions) reps" }
}
