// RankingError: the typed errors of sorting, ranking and quantile banding (argsort, ranks, bands).

extension Ranking {
    /// An error from sorting, ranking or assigning quantile bands. Every input is validated before any
    /// computing starts; each case carries the facts (argument, position, value) needed to find the problem.
    public enum RankingError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Two arrays that must run in parallel (values and groups, ranks and populations) differ in length.
        case lengthMismatch(argument: String, expected: Int, actual: Int)
        /// A value is NaN (missing) and the chosen policy does not allow missing values.
        /// `index` is the zero-based position in the input.
        case missingValue(argument: String, index: Int)
        /// The number of bands asked for is below 1.
        case invalidBandCount(Int)
        /// A population is negative, NaN or infinite (populations must be finite and >= 0).
        case invalidPopulation(index: Int, value: Double)
        /// The populations of a group (or of the whole input) add up to zero, so population shares are undefined.
        /// `group` is the group's description, or nil when no groups were given.
        case zeroTotalPopulation(group: String?)
        /// The populations are so large that cumulative totals would lose exactness in `Double`
        /// (the running total times the number of bands must stay below 2^53).
        case populationTooLarge(total: Double)

        public var description: String {
            switch self {
            case let .lengthMismatch(argument, expected, actual):
                return "\(argument) has \(actual) entries but \(expected) were expected (one per area); the arrays must line up."
            case let .missingValue(argument, index):
                return "\(argument) has a missing value (NaN) at position \(index) (counting from 0); "
                    + "remove it or choose a policy that keeps missing values."
            case let .invalidBandCount(k):
                return "the number of bands must be at least 1 (got \(k))."
            case let .invalidPopulation(index, value):
                return "the population at position \(index) (counting from 0) is \(value); populations must be finite and not negative."
            case let .zeroTotalPopulation(group):
                if let group {
                    return "the areas in group \(group) have a total population of 0, so population shares cannot be worked out."
                }
                return "the areas have a total population of 0, so population shares cannot be worked out."
            case let .populationTooLarge(total):
                return "the total population \(total) is too large to accumulate exactly (total times bands must stay below 2^53)."
            }
        }
    }
}
