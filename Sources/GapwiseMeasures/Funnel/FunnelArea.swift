// FunnelArea: one area's value, its funnel limits at its own denominator, and PHE's significance label.

/// An area placed on a funnel plot.
public struct FunnelArea: Hashable, Sendable {
    public let value: Double
    public let baseline: Double
    public let lower95: Double
    public let upper95: Double
    public let lower998: Double
    public let upper998: Double

    /// PHE's label: "Low (0.001)" below the 99.8% limit, "Low (0.025)" below the 95% limit, "High (0.001)",
    /// "High (0.025)" likewise above, else "Not significant" (strict inequalities, as PHE).
    public var significance: String {
        if value < lower998 { return "Low (0.001)" }
        if value < lower95 { return "Low (0.025)" }
        if value > upper998 { return "High (0.001)" }
        if value > upper95 { return "High (0.025)" }
        return "Not significant"
    }
}

/// Input checks shared by the funnel statistics.
enum FunnelInput {
    static func validate(_ s: String, _ x: [Double], _ n: [Double], proportion: Bool, numeratorName: String = "numerator",
                         denominatorName: String = "denominator") throws(IndicatorError) {
        guard !x.isEmpty else { throw .emptyInput(statistic: s) }
        guard x.count == n.count else { throw .lengthMismatch(statistic: s, what: denominatorName, expected: x.count, actual: n.count) }
        for i in x.indices {
            guard x[i].isFinite else { throw .nonFiniteValue(statistic: s, what: numeratorName, index: i, value: x[i]) }
            guard n[i].isFinite else { throw .nonFiniteValue(statistic: s, what: denominatorName, index: i, value: n[i]) }
            guard x[i] >= 0 else { throw .negativeValue(statistic: s, what: numeratorName, index: i, value: x[i]) }
            guard n[i] > 0 else { throw .nonPositiveValue(statistic: s, what: denominatorName, index: i, value: n[i]) }
            if proportion && x[i] > n[i] { throw .numeratorExceedsDenominator(statistic: s, index: i, numerator: x[i], denominator: n[i]) }
        }
    }
}
