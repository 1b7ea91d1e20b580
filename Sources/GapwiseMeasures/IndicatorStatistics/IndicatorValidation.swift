// IndicatorValidation: the shared input checks of the indicator statistics (counts, denominators, multipliers).
import GapwiseNumerics

/// A count (events, successes) must be finite and not negative.
func checkCount(_ x: Double, _ what: String, _ s: String, index: Int = 0) throws(IndicatorError) {
    if !x.isFinite { throw .nonFiniteValue(statistic: s, what: what, index: index, value: x) }
    if x < 0 { throw .negativeValue(statistic: s, what: what, index: index, value: x) }
}

/// A denominator (population, trials) must be finite and greater than zero.
func checkDenominator(_ n: Double, _ what: String, _ s: String, index: Int = 0) throws(IndicatorError) {
    if !n.isFinite { throw .nonFiniteValue(statistic: s, what: what, index: index, value: n) }
    if n <= 0 { throw .nonPositiveValue(statistic: s, what: what, index: index, value: n) }
}

/// A multiplier must be finite and greater than zero.
func checkMultiplier(_ m: Double, _ s: String, name: String = "multiplier") throws(IndicatorError) {
    if !(m.isFinite && m > 0) {
        throw .invalidParameter(statistic: s, name: name, value: m, rule: "it must be a finite number greater than zero")
    }
}

/// Runs a distribution routine whose arguments were validated already; should it still refuse them,
/// its reason is passed on as an ``IndicatorError`` rather than trapping.
func distribution<T>(_ s: String, _ body: () throws(DistributionError) -> T) throws(IndicatorError) -> T {
    do { return try body() } catch {
        throw .invalidParameter(statistic: s, name: "input", value: .nan, rule: error.description)
    }
}

/// A number as PHE pastes it into a label: whole numbers without a decimal point (100000, not 100000.0).
func formatNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
}
