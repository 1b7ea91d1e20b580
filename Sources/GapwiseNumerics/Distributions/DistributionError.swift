// DistributionError: the typed domain errors of the distribution functions and confidence limits.

/// An argument outside the domain of a distribution function, quantile or confidence-limit formula.
///
/// Every public function of the `Distributions` folder validates its arguments before computing and
/// throws one of these cases; none silently repairs an input (no clamping of probabilities, no
/// replacing a zero count by a tiny number). `function` names the caller, e.g. `"StudentT.quantile"`.
package enum DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A probability that must lie strictly between 0 and 1 (or in [0, 1] where stated) does not.
    case probabilityOutOfRange(function: String, value: Double)
    /// A confidence level that must lie strictly between 0 and 1 does not.
    case confidenceOutOfRange(function: String, value: Double)
    /// Degrees of freedom must be finite and strictly positive.
    case nonPositiveDegreesOfFreedom(function: String, value: Double)
    /// A count (events, successes) must be finite and not negative.
    case negativeCount(function: String, value: Double)
    /// A denominator (trials, population) must be finite and strictly positive.
    case nonPositiveDenominator(function: String, value: Double)
    /// The number of successes is larger than the number of trials.
    case countExceedsDenominator(function: String, count: Double, denominator: Double)
    /// A shape or scale parameter (e.g. the mean of a Poisson draw) is outside its domain.
    case invalidParameter(function: String, name: String, value: Double, rule: String)
    /// An argument is NaN (or infinite where infinity has no meaning).
    case notFinite(function: String, argument: String)

    public var description: String {
        switch self {
        case let .probabilityOutOfRange(f, v):
            return "\(f): the probability \(v) must lie strictly between 0 and 1."
        case let .confidenceOutOfRange(f, v):
            return "\(f): the confidence level \(v) must lie strictly between 0 and 1 (for example 0.95 for 95%)."
        case let .nonPositiveDegreesOfFreedom(f, v):
            return "\(f): the degrees of freedom \(v) must be a finite number greater than zero."
        case let .negativeCount(f, v):
            return "\(f): the count \(v) must be a finite number that is zero or more."
        case let .nonPositiveDenominator(f, v):
            return "\(f): the denominator \(v) must be a finite number greater than zero."
        case let .countExceedsDenominator(f, c, d):
            return "\(f): the count \(c) is larger than the denominator \(d); a proportion cannot exceed 1."
        case let .invalidParameter(f, name, v, rule):
            return "\(f): the parameter \(name) = \(v) is not allowed (\(rule))."
        case let .notFinite(f, arg):
            return "\(f): the argument \(arg) is not a finite number."
        }
    }
}
