// InequalityError: the typed errors every inequality measure throws when its input breaks a rule.

/// Why an inequality measure could not be computed from the input it was given.
///
/// Every case names the measure (its command-line code, e.g. `"theil_l"`) and carries the facts:
/// the position of the offending value, the value itself and the rule it breaks. Positions are
/// 0-based array indices in the case (`index`) and 1-based in the description ("value 3"), which is
/// what an analyst counting rows expects. Nothing is repaired silently: a zero where a logarithm
/// needs a positive number is an error, never replaced by a tiny number.
public enum InequalityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No values were given.
    case emptyInput(measure: String)
    /// Two inputs that must pair up element by element have different lengths.
    case lengthMismatch(measure: String, what: String, expected: Int, actual: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(measure: String, index: Int, value: Double)
    /// A weight is negative, NaN or infinite.
    case invalidWeight(measure: String, index: Int, weight: Double)
    /// The weights add up to zero, so there is no population to measure.
    case zeroTotalWeight(measure: String)
    /// A value is negative where the measure is defined only for non-negative values.
    case negativeValue(measure: String, index: Int, value: Double)
    /// A value is zero where the measure takes its logarithm or a negative power.
    case zeroValue(measure: String, index: Int, reason: String)
    /// The (weighted) mean is zero or negative, so shares of the total are undefined.
    case nonPositiveMean(measure: String, mean: Double)
    /// A parameter is outside its domain.
    case invalidParameter(measure: String, name: String, value: Double, rule: String)
    /// Too few units (or too little total weight) for the measure.
    case tooFewUnits(measure: String, count: Double, required: String)
    /// A ratio measure's denominator is zero (e.g. the bottom 40% hold nothing, or the median is 0).
    case zeroDenominator(measure: String, what: String)
    /// A value lies outside the bounds declared for a bounded variable.
    case valueOutOfBounds(measure: String, index: Int, value: Double, lower: Double, upper: Double)
    /// Every input is finite but a sum over them is not: it passes the largest Double (about 1.8e308).
    /// `index` is the value whose term first made the running sum infinite, when one is to blame;
    /// `quantity` names the sum ("the weighted sum of the values", "the total weight", "the result").
    case overflow(measure: String, index: Int?, quantity: String)

    public var description: String {
        switch self {
        case let .emptyInput(m):
            return "\(m): no values were given; at least one is needed."
        case let .lengthMismatch(m, what, expected, actual):
            return "\(m): \(what) has \(actual) entries but there are \(expected) values; they must pair up one to one."
        case let .nonFiniteValue(m, i, v):
            return "\(m): value \(i + 1) is \(v); every value must be a finite number."
        case let .invalidWeight(m, i, w):
            return "\(m): weight \(i + 1) is \(w); weights (populations) must be finite and not negative."
        case let .zeroTotalWeight(m):
            return "\(m): the weights (populations) add up to zero, so there is no population to measure."
        case let .negativeValue(m, i, v):
            return "\(m): value \(i + 1) is \(v); this measure is defined only for values that are zero or more."
        case let .zeroValue(m, i, reason):
            return "\(m): value \(i + 1) is 0, but \(reason), so every value must be greater than zero."
        case let .nonPositiveMean(m, mean):
            return "\(m): the mean of the values is \(mean); it must be greater than zero for shares of the total to exist."
        case let .invalidParameter(m, name, v, rule):
            return "\(m): parameter \(name) = \(v) is not allowed; \(rule)."
        case let .tooFewUnits(m, count, required):
            return "\(m): there are \(count) units (total weight); \(required)."
        case let .zeroDenominator(m, what):
            return "\(m): \(what) is zero, so the ratio is undefined."
        case let .valueOutOfBounds(m, i, v, lo, hi):
            return "\(m): value \(i + 1) is \(v), outside the declared bounds [\(lo), \(hi)] of the variable."
        case let .overflow(m, i, quantity):
            let at = i.map { " at value \($0 + 1)" } ?? ""
            return "\(m): \(quantity) overflows\(at): it passes the largest double-precision number (about 1.8e308); rescale the values (e.g. divide by 1,000)."
        }
    }
}
