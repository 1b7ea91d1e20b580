// GroupedMeasureError: the typed errors of the subgroup-level (HEAT, ScotPHO) inequality measures.

/// Why a subgroup-level inequality measure could not be computed from the subgroups it was given.
///
/// Every case carries the facts: the measure's code (`"sii"`, `"paf"`, …), the subgroup's name, the
/// offending value and the rule it breaks. Descriptions are sentences a council analyst understands.
/// Nothing is repaired silently: a missing population is an error for a measure that needs it, never
/// replaced by an equal share.
public enum GroupedMeasureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No subgroups were given.
    case noSubgroups
    /// Two subgroups have the same name, so a reference subgroup or a result cannot name them apart.
    case duplicateName(name: String)
    /// A subgroup's estimate is NaN or infinite.
    case nonFiniteEstimate(subgroup: String, value: Double)
    /// A subgroup's standard error is negative, NaN or infinite.
    case invalidStandardError(subgroup: String, value: Double)
    /// A subgroup's population is negative, NaN or infinite.
    case invalidPopulation(subgroup: String, value: Double)
    /// Some subgroups have an order and others do not, or the orders are not 1, 2, …, k each once.
    case invalidOrder(detail: String)
    /// The indicator scale is not a positive finite number.
    case invalidScale(value: Double)
    /// The setting average is NaN or infinite.
    case invalidSettingAverage(value: Double)
    /// The named reference subgroup is not among the subgroups.
    case unknownReference(name: String)
    /// A confidence level is not strictly between 0 and 1.
    case invalidConfidenceLevel(value: Double)
    /// The list of confidence levels is empty.
    case noConfidenceLevels
    /// The number of simulation replicates is below the minimum.
    case invalidReplicates(value: Int, minimum: Int)
    /// The measure needs every subgroup's population and this one has none.
    case missingPopulation(measure: String, subgroup: String)
    /// The measure needs the setting average μ: either every population (for the population-weighted mean)
    /// or a supplied setting average.
    case missingAverage(measure: String)
    /// The populations add up to zero.
    case zeroTotalPopulation(measure: String)
    /// The measure needs an ordered dimension (every subgroup given an order) with more than two subgroups.
    case needsOrderedDimension(measure: String, subgroups: Int)
    /// Too few subgroups for the measure.
    case tooFewSubgroups(measure: String, count: Int, required: Int)
    /// The measure compares with a reference subgroup and none was named.
    case missingReference(measure: String)
    /// A subgroup's estimate is negative where the measure is defined only for values that are zero or more.
    case negativeEstimate(measure: String, subgroup: String, value: Double)
    /// A subgroup's estimate is zero where the measure takes its logarithm.
    case zeroEstimate(measure: String, subgroup: String, reason: String)
    /// The setting average (population-weighted mean) is zero or negative, so relative measures are undefined.
    case nonPositiveAverage(measure: String, average: Double)
    /// A ratio's denominator is zero.
    case zeroDenominator(measure: String, what: String)
    /// An estimate divided by the scale is outside [0, 1], so it cannot be a proportion of events.
    case estimateOutsideScale(measure: String, subgroup: String, value: Double, scale: Double)
    /// A bounded-variable normalisation was asked for with bounds that are not finite or not increasing,
    /// or an estimate lies outside them.
    case invalidBounds(measure: String, detail: String)
    /// The logistic regression has no finite maximum (e.g. every estimate is 0 or every estimate is the scale).
    case logisticFitFailed(measure: String, reason: String)
    /// A simulated draw could not be kept inside the allowed range after many attempts.
    case simulationRejected(measure: String, subgroup: String, estimate: Double, standardError: Double, attempts: Int)
    /// ScotPHO computes its measures only for complete sets of 5 quintiles or 10 deciles.
    case incompleteScotPHOSet(measure: String, subgroups: Int)
    /// A linear-algebra step failed (rank-deficient design, e.g. all subgroups at the same rank).
    case regressionFailed(measure: String, detail: String)

    public var description: String {
        switch self {
        case .noSubgroups:
            return "No subgroups were given; at least one is needed."
        case let .duplicateName(name):
            return "Two subgroups are both called '\(name)'; every subgroup needs its own name."
        case let .nonFiniteEstimate(s, v):
            return "Subgroup '\(s)' has estimate \(v); every estimate must be a finite number."
        case let .invalidStandardError(s, v):
            return "Subgroup '\(s)' has standard error \(v); a standard error must be a finite number that is zero or more."
        case let .invalidPopulation(s, v):
            return "Subgroup '\(s)' has population \(v); a population must be a finite number that is zero or more."
        case let .invalidOrder(detail):
            return "The subgroup order is not usable: \(detail). Give every subgroup an order 1, 2, …, k (1 = most disadvantaged), or none."
        case let .invalidScale(v):
            return "The indicator scale is \(v); it must be a positive number (100 for a percentage, 1000 for a rate per 1000, …)."
        case let .invalidSettingAverage(v):
            return "The setting average is \(v); it must be a finite number."
        case let .unknownReference(name):
            return "The reference subgroup '\(name)' is not among the subgroups."
        case let .invalidConfidenceLevel(v):
            return "Confidence level \(v) is not allowed; every level must lie strictly between 0 and 1 (e.g. 0.95)."
        case .noConfidenceLevels:
            return "No confidence level was given; ask for at least one (e.g. 0.95)."
        case let .invalidReplicates(v, minimum):
            return "\(v) simulation replicates were asked for; at least \(minimum) are needed."
        case let .missingPopulation(m, s):
            return "\(m): subgroup '\(s)' has no population, and this measure needs the population of every subgroup."
        case let .missingAverage(m):
            return "\(m): the setting average is unknown; give the population of every subgroup or the setting average."
        case let .zeroTotalPopulation(m):
            return "\(m): the populations add up to zero, so there is no population to measure."
        case let .needsOrderedDimension(m, k):
            return "\(m) needs an ordered dimension with more than 2 groups; there \(k == 1 ? "is 1 subgroup" : "are \(k) subgroups")"
                + (k > 2 ? " but they have no order." : ".")
        case let .tooFewSubgroups(m, count, required):
            return "\(m): there \(count == 1 ? "is 1 subgroup" : "are \(count) subgroups"); this measure needs at least \(required)."
        case let .missingReference(m):
            return "\(m) compares every subgroup with a reference subgroup, and none was named."
        case let .negativeEstimate(m, s, v):
            return "\(m): subgroup '\(s)' has estimate \(v); this measure is defined only for estimates that are zero or more."
        case let .zeroEstimate(m, s, reason):
            return "\(m): subgroup '\(s)' has estimate 0, but \(reason), so every estimate must be greater than zero."
        case let .nonPositiveAverage(m, a):
            return "\(m): the setting average is \(a); it must be greater than zero for a relative measure."
        case let .zeroDenominator(m, what):
            return "\(m): \(what) is zero, so the ratio is undefined."
        case let .estimateOutsideScale(m, s, v, scale):
            return "\(m): subgroup '\(s)' has estimate \(v), outside 0 to \(scale) (the indicator scale), so it cannot be read as a proportion of events."
        case let .invalidBounds(m, detail):
            return "\(m): \(detail)."
        case let .logisticFitFailed(m, reason):
            return "\(m): the logistic regression has no finite solution (\(reason))."
        case let .simulationRejected(m, s, e, se, attempts):
            return "\(m): no simulated value for subgroup '\(s)' (estimate \(e), standard error \(se)) fell in the allowed range in \(attempts) attempts; check the estimate against the indicator scale."
        case let .incompleteScotPHOSet(m, k):
            return "\(m): ScotPHO computes this measure only for a complete set of 5 quintiles or 10 deciles; there are \(k) subgroups."
        case let .regressionFailed(m, detail):
            return "\(m): the regression could not be fitted (\(detail))."
        }
    }
}
