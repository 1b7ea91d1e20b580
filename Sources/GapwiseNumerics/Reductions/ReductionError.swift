// ReductionError: the typed errors of the summation kernels and univariate statistics.

extension Reductions {
    /// An input that a reduction (sum, mean, variance, fused weighted sums, univariate statistics)
    /// cannot use. Inputs are validated before any result is returned; nothing is silently repaired.
    ///
    /// Indices are zero-based positions in the collection passed in (for an `ArraySlice`, the
    /// position counted from the slice's start, not the parent array's index).
    public enum ReductionError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The values and weights have different lengths.
        case lengthMismatch(operation: String, values: Int, weights: Int)
        /// There are too few observations (or too little total weight) for the quantity: the count (or
        /// total weight) must be greater than `mustExceed`, and is `got`.
        case tooFewObservations(operation: String, mustExceed: Double, got: Double)
        /// The weights add up to zero, so a weighted mean or variance is undefined.
        case zeroTotalWeight(operation: String)
        /// A value is NaN or infinite.
        case nonFiniteValue(operation: String, index: Int, value: Double)
        /// A weight is NaN or infinite.
        case nonFiniteWeight(operation: String, index: Int, value: Double)
        /// A weight is negative; frequency and population weights must be `>= 0`.
        case negativeWeight(operation: String, index: Int, value: Double)
        /// A value is negative where the quantity needs `y >= 0` (logarithm or real power).
        case negativeValue(operation: String, index: Int, value: Double)
        /// A value is exactly zero where the quantity is undefined at zero (`ln 0`, or `0^a` with `a <= 0`)
        /// and the caller did not choose a policy that defines it.
        case zeroValue(operation: String, index: Int)
        /// The exponent of a power sum is NaN or infinite.
        case invalidExponent(operation: String, exponent: Double)
        /// Every input is finite but an intermediate or final sum exceeds the range of `Double`.
        case overflow(operation: String)
        /// The values do not vary (all deviations from the mean are zero), so a ratio such as the
        /// autocorrelation has a zero denominator.
        case constantValues(operation: String)
        /// A probability outside [0, 1].
        case invalidProbability(operation: String, probability: Double)
        /// Exact scaled-integer arithmetic (`DecimalSample`) would exceed 128 bits.
        case integerOverflow(operation: String)
        /// Text at position `index` (0-based) is not a plain decimal number.
        case notADecimal(operation: String, index: Int, text: String)

        public var description: String {
            switch self {
            case let .lengthMismatch(op, v, w):
                return "\(op): there are \(v) values but \(w) weights; each value needs exactly one weight."
            case let .tooFewObservations(op, bound, got):
                return "\(op): needs more than \(Self.format(bound)) observations (or total weight above \(Self.format(bound))) but got \(Self.format(got))."
            case let .zeroTotalWeight(op):
                return "\(op): the weights add up to zero, so there is nothing to average."
            case let .nonFiniteValue(op, i, v):
                return "\(op): value number \(i + 1) is \(Self.show(v)); every value must be a finite number."
            case let .nonFiniteWeight(op, i, v):
                return "\(op): weight number \(i + 1) is \(Self.show(v)); every weight must be a finite number."
            case let .negativeWeight(op, i, v):
                return "\(op): weight number \(i + 1) is \(v); weights (frequencies or populations) cannot be negative."
            case let .negativeValue(op, i, v):
                return "\(op): value number \(i + 1) is \(v); this measure is defined only for values of zero or more."
            case let .zeroValue(op, i):
                return "\(op): value number \(i + 1) is zero, where this measure is undefined; remove it or choose an explicit zero-value policy."
            case let .invalidExponent(op, a):
                return "\(op): the exponent \(a) is not a finite number."
            case let .overflow(op):
                return "\(op): the values are too large to sum in double precision (the total exceeds about 1.8e308)."
            case let .invalidProbability(op, p):
                return "\(op): the probability \(p) is outside [0, 1]."
            case let .integerOverflow(op):
                return "\(op): the data have too many significant digits for exact 128-bit arithmetic."
            case let .notADecimal(op, i, t):
                return "\(op): value \(i + 1) (\"\(t)\") is not a decimal number."
            case let .constantValues(op):
                return "\(op): all values are equal, so the measure (a ratio with the variation as denominator) is undefined."
            }
        }

        private static func show(_ v: Double) -> String {
            v.isNaN ? "not a number (NaN)" : v.isInfinite ? (v > 0 ? "infinite" : "minus infinite") : "\(v)"
        }

        private static func format(_ x: Double) -> String {
            x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
        }
    }
}
