// LifeExpectancyEstimate: one life expectancy (at one age) with its standard error, limits, flag and what went in.
import GapwiseNumerics

/// The life expectancy at one age of one population, as PHEindicatormethods' `phe_life_expectancy` gives it.
public struct LifeExpectancyEstimate: Sendable, Hashable {
    /// The age the expectancy is at (the start age of its band).
    public let startAge: Int
    /// Years of life expected from `startAge`; nil when flagged (PHE's NA) or suppressed (interval over 20 years).
    public let value: Double?
    /// Silcocks' standard error of the value; nil when the area is flagged (the limits are then nil too).
    public let standardError: Double?
    /// Normal limits `value ± z·SE`, one per requested confidence level (nil limits when flagged).
    public let intervals: [ConfidenceInterval]
    /// Why the value (or every number) is missing, if it is.
    public let flag: LifeExpectancyFlag?
    /// The population of the bands from `startAge` up (PHE's `pops_used`).
    public let population: Double
    /// The deaths in the bands from `startAge` up (PHE's `dths_used`); nil for a value given from elsewhere.
    public let deaths: Double?
    /// The start age of the open final band (85 or 90) of the table used.
    public let finalBand: Int?

    /// A life expectancy computed elsewhere (e.g. a published value with its standard error), to compare
    /// with others by ``LifeExpectancy/inequality(_:confidence:sii:)``: normal limits `value ± z·SE`.
    /// `value` and `standardError` must be finite and the standard error ≥ 0; `population` > 0.
    public init(startAge: Int, value: Double, standardError: Double, population: Double,
                confidence: [Double] = [0.95]) throws(IndicatorError) {
        let s = "life expectancy"
        if !value.isFinite { throw .nonFiniteValue(statistic: s, what: "value", index: 0, value: value) }
        if !standardError.isFinite { throw .nonFiniteValue(statistic: s, what: "standard error", index: 0, value: standardError) }
        if standardError < 0 { throw .negativeValue(statistic: s, what: "standard error", index: 0, value: standardError) }
        try checkDenominator(population, "population", s)
        try validateConfidence(confidence, statistic: s)
        self.init(startAge: startAge, value: value, standardError: standardError,
                  intervals: normalLimits(value, standardError, confidence), flag: nil,
                  population: population, deaths: nil, finalBand: nil)
    }

    init(startAge: Int, value: Double?, standardError: Double?, intervals: [ConfidenceInterval], flag: LifeExpectancyFlag?,
         population: Double, deaths: Double?, finalBand: Int?) {
        self.startAge = startAge
        self.value = value
        self.standardError = standardError
        self.intervals = intervals
        self.flag = flag
        self.population = population
        self.deaths = deaths
        self.finalBand = finalBand
    }

    /// PHE's method string.
    public static let method = "Chiang, using Silcocks et al for confidence limits"

    /// The method, with the flag when there is one.
    public var note: String {
        let band = finalBand.map { ", final band \($0)+" } ?? ""
        let base = "life expectancy at \(startAge) ; \(Self.method)\(band)"
        return flag.map { base + " ; \($0)" } ?? base
    }
}

/// Normal limits `value ± Φ⁻¹(1 − (1 − c)/2)·se` at each level c (levels already validated).
func normalLimits(_ value: Double, _ se: Double, _ confidence: [Double]) -> [ConfidenceInterval] {
    confidence.map { c in
        let z = (try? Normal.quantile(upperTail: (1 - c) / 2)) ?? .nan
        return ConfidenceInterval(confidence: c, lower: value - z * se, upper: value + z * se)
    }
}
