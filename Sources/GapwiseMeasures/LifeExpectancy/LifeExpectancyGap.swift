// LifeExpectancyGap: the difference between two independent life expectancies, with its normal interval.

/// The difference between two life expectancies of independent populations (e.g. the most and least
/// deprived quantiles), in years.
public struct LifeExpectancyGap: Sendable, Hashable {
    /// `first − second`; nil when either has no value (flagged or suppressed).
    public let value: Double?
    /// `√(SE₁² + SE₂²)`: the populations are disjoint, so their life tables are independent.
    public let standardError: Double?
    /// `value ± z·SE` per level (nil limits when there is no value).
    public let intervals: [ConfidenceInterval]
    /// The age both expectancies are at.
    public let startAge: Int
    /// How it was computed, or why it was not.
    public let method: String
}

extension LifeExpectancy {
    /// The gap `first − second` between two life expectancies at the same age, from independent populations.
    ///
    ///     gap = e₁ − e₂,   SE = √(SE₁² + SE₂²),   limits gap ± z·SE,  z = Φ⁻¹(1 − (1 − c)/2).
    ///
    /// - Throws: ``IndicatorError/invalidParameter(statistic:name:value:rule:)`` when the two are at
    ///   different ages; ``IndicatorError/invalidConfidence(statistic:value:)`` for a bad level.
    /// - Returns: a gap with no value (and a method saying why) when either expectancy has none.
    /// - Properties: antisymmetric (swapping the two negates the gap and its limits); 0 for two equal values.
    public static func gap(_ first: LifeExpectancyEstimate, minus second: LifeExpectancyEstimate,
                           confidence: [Double] = [0.95]) throws(IndicatorError) -> LifeExpectancyGap {
        let s = "life expectancy gap"
        if first.startAge != second.startAge {
            throw .invalidParameter(statistic: s, name: "age", value: Double(second.startAge),
                                    rule: "both life expectancies must be at the same age (the first is at \(first.startAge))")
        }
        try validateConfidence(confidence, statistic: s)
        guard let a = first.value, let b = second.value, let sa = first.standardError, let sb = second.standardError else {
            let why = [first, second].compactMap { $0.flag?.description }.first ?? "a life expectancy has no value"
            return LifeExpectancyGap(value: nil, standardError: nil,
                                     intervals: confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) },
                                     startAge: first.startAge, method: "not computed: \(why)")
        }
        let se = (sa * sa + sb * sb).squareRoot()
        return LifeExpectancyGap(value: a - b, standardError: se, intervals: normalLimits(a - b, se, confidence),
                                 startAge: first.startAge, method: "difference of independent life expectancies, SE = √(SE₁² + SE₂²), normal limits")
    }
}
