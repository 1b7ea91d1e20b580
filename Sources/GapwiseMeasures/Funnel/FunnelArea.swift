// FunnelArea: one area's value, its funnel limits at its own denominator, and PHE's significance label.

/// An area placed on a funnel plot.
///
/// For proportions the four limits are the funnel's control limits at the area's denominator, around the
/// baseline, and the area's value is compared with them. For ratios and rates (as PHE's
/// `assign_funnel_significance`) they are the area's own confidence interval, and the baseline is compared
/// with it: an interval entirely above the baseline is "High", entirely below "Low".
public struct FunnelArea: Hashable, Sendable {
    /// What the limits are.
    public enum Limits: Hashable, Sendable {
        /// Funnel control limits around the baseline at the area's denominator (proportions).
        case controlLimits
        /// The area's own confidence interval (ratios and rates).
        case areaInterval
    }
    public let value: Double
    public let baseline: Double
    public let lower95: Double
    public let upper95: Double
    public let lower998: Double
    public let upper998: Double
    public let limits: Limits
    /// Set when PHE gives no significance (a DSR with fewer than 10 events): the label to print instead.
    public let notApplicable: String?

    public init(value: Double, baseline: Double, lower95: Double, upper95: Double, lower998: Double, upper998: Double,
                limits: Limits = .controlLimits, notApplicable: String? = nil) {
        self.value = value
        self.baseline = baseline
        self.lower95 = lower95
        self.upper95 = upper95
        self.lower998 = lower998
        self.upper998 = upper998
        self.limits = limits
        self.notApplicable = notApplicable
    }

    /// PHE's label: "Low (0.001)", "Low (0.025)", "High (0.001)", "High (0.025)" or "Not significant" (strict
    /// inequalities, tested in PHE's order), or the not-applicable text.
    public var significance: String {
        if let notApplicable { return notApplicable }
        switch limits {
        case .controlLimits:
            if value < lower998 { return "Low (0.001)" }
            if value < lower95 { return "Low (0.025)" }
            if value > upper998 { return "High (0.001)" }
            if value > upper95 { return "High (0.025)" }
        case .areaInterval:
            if baseline < lower998 { return "High (0.001)" }
            if baseline < lower95 { return "High (0.025)" }
            if baseline > upper998 { return "Low (0.001)" }
            if baseline > upper95 { return "Low (0.025)" }
        }
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
