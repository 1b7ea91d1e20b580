// IndicatorError: the typed errors of the indicator statistics and the PHE SII/RII when an input breaks a rule.

/// Why an indicator statistic (proportion, rate, DSR, ISR, mean) or a PHE slope index of inequality
/// could not be computed from the input it was given.
///
/// Every case names the statistic (`"sii"`, `"proportion"`, `"rate"`, `"dsr"`, `"isratio"`,
/// `"israte"`, `"mean"`) and carries the facts: which input, the 0-based position of the offending
/// value (1-based in the description, as an analyst counts rows), the value and the rule it breaks.
/// Nothing is repaired silently: a zero population, a proportion of exactly 0 or 1 where a logit is
/// taken, or a missing standard error is an error, never nudged to a nearby number.
public enum IndicatorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No rows were given.
    case emptyInput(statistic: String)
    /// Two inputs that must pair up row by row have different lengths.
    case lengthMismatch(statistic: String, what: String, expected: Int, actual: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(statistic: String, what: String, index: Int, value: Double)
    /// A value is negative where only zero or more makes sense (counts, standard errors, standard populations).
    case negativeValue(statistic: String, what: String, index: Int, value: Double)
    /// A value is zero or negative where it must be positive (populations, denominators, rates to be logged).
    case nonPositiveValue(statistic: String, what: String, index: Int, value: Double)
    /// A proportion (value or confidence limit) is not strictly between 0 and 1 where its logit is taken.
    case proportionOutOfRange(statistic: String, what: String, index: Int, value: Double)
    /// A numerator exceeds its denominator.
    case numeratorExceedsDenominator(statistic: String, index: Int, numerator: Double, denominator: Double)
    /// A lower confidence limit lies above the upper one.
    case limitsReversed(statistic: String, index: Int, lower: Double, upper: Double)
    /// A confidence level is not strictly between 0 and 1.
    case invalidConfidence(statistic: String, value: Double)
    /// A parameter is outside its domain.
    case invalidParameter(statistic: String, name: String, value: Double, rule: String)
    /// The quantile labels are not 1, 2, ..., k (each once).
    case invalidQuantiles(statistic: String, detail: String)
    /// Too few rows (groups, quantiles, observations) for the statistic.
    case tooFewRows(statistic: String, count: Int, required: String)
    /// One area of a batch failed; `index` is its 0-based position in the batch.
    indirect case inArea(index: Int, IndicatorError)

    public var description: String {
        switch self {
        case let .emptyInput(s):
            return "\(s): no rows were given; at least one is needed."
        case let .lengthMismatch(s, what, expected, actual):
            return "\(s): \(what) has \(actual) entries but there are \(expected) rows; they must pair up one to one."
        case let .nonFiniteValue(s, what, i, v):
            return "\(s): \(what) in row \(i + 1) is \(v); it must be a finite number."
        case let .negativeValue(s, what, i, v):
            return "\(s): \(what) in row \(i + 1) is \(v); it must be zero or more."
        case let .nonPositiveValue(s, what, i, v):
            return "\(s): \(what) in row \(i + 1) is \(v); it must be greater than zero."
        case let .proportionOutOfRange(s, what, i, v):
            return "\(s): \(what) in row \(i + 1) is \(v); a proportion must lie strictly between 0 and 1 to take its logit."
        case let .numeratorExceedsDenominator(s, i, x, n):
            return "\(s): the numerator in row \(i + 1) is \(x), more than its denominator \(n)."
        case let .limitsReversed(s, i, lo, hi):
            return "\(s): in row \(i + 1) the lower confidence limit \(lo) is above the upper limit \(hi)."
        case let .invalidConfidence(s, c):
            return "\(s): confidence level \(c) is not allowed; give a level strictly between 0 and 1, such as 0.95 or 0.998."
        case let .invalidParameter(s, name, v, rule):
            return "\(s): parameter \(name) = \(v) is not allowed; \(rule)."
        case let .invalidQuantiles(s, detail):
            return "\(s): the quantile labels must be 1, 2, ..., k with each label once; \(detail)."
        case let .tooFewRows(s, count, required):
            return "\(s): there are \(count) rows; \(required)."
        case let .inArea(index, error):
            return "area \(index + 1): \(error.description)"
        }
    }
}
