// ReportIndicator: one indicator in one area: quantile values, SII line, curve, gap measures and gap trend.
import GapwiseNumerics

/// One indicator in one area, for its latest year, with the trend of its headline gap over the years.
public struct ReportIndicator: Sendable, Equatable, Codable {
    /// A short identifier of letters, digits, `-` and `_`, unique within the area; names files.
    public var id: String
    /// The indicator's name, e.g. "Emergency hospital admissions".
    public var name: String
    /// The unit of its values, e.g. "per 100,000 people" or "%".
    public var unit: String
    /// Whether higher values are worse (`.adverse`: admissions, deaths) or better (`.favourable`: attainment).
    public var polarity: Polarity
    /// The period the quantile values, curve and gap measures refer to, e.g. "2019" or "2017-2019".
    public var period: String
    /// What the quantiles are, e.g. "SIMD 2020v2 quintile".
    public var quantileLabel: String
    /// The value in each quantile, most deprived first.
    public var quantiles: [ReportQuantile]
    /// The fitted slope-index line; nil when not computed.
    public var sii: ReportSIILine?
    /// The Lorenz or concentration curve; nil when not computed.
    public var curve: ReportCurve?
    /// Gap measures for `period`. The first is the headline: the summary compares indicators on it, so
    /// make it scale-free (e.g. the RII) when indicators differ in units.
    public var gaps: [ReportGap]
    /// The headline gap over the years; nil when only one period is available.
    public var trend: ReportGapTrend?
    /// A caution shown under the indicator's heading and in the bar chart's subtitle and description, e.g.
    /// which quantiles are not shown and why; nil when none.
    public var note: String?
    /// Whether the indicator is an input of the deprivation index (income, employment, ...): its gap is
    /// partly built into the ranking, so the plain-words summary leaves it out; its section labels it.
    public var isDeprivationInput: Bool

    public init(id: String, name: String, unit: String, polarity: Polarity, period: String, quantileLabel: String,
                quantiles: [ReportQuantile], sii: ReportSIILine? = nil, curve: ReportCurve? = nil,
                gaps: [ReportGap] = [], trend: ReportGapTrend? = nil, note: String? = nil, isDeprivationInput: Bool = false) {
        self.note = note
        self.isDeprivationInput = isDeprivationInput
        self.id = id
        self.name = name
        self.unit = unit
        self.polarity = polarity
        self.period = period
        self.quantileLabel = quantileLabel
        self.quantiles = quantiles
        self.sii = sii
        self.curve = curve
        self.gaps = gaps
        self.trend = trend
    }
}

/// The indicator's value in one quantile, with its interval and the quantile's share of the population.
public struct ReportQuantile: Sendable, Equatable, Codable {
    /// e.g. "1 (most deprived)", "2", ... The renderer shows it as given.
    public var label: String
    public var value: Double
    /// The interval's limits; both nil when the value has none (the table then leaves them blank and
    /// shows `intervalNote`, and the chart draws no whisker).
    public var lower: Double?
    public var upper: Double?
    /// The quantile's share of the area's population, in (0, 1]; shares sum to 1 (within 1e-6).
    public var populationShare: Double
    /// Why there is no interval, e.g. "no sampling error given"; nil when there is one.
    public var intervalNote: String?

    public init(label: String, value: Double, lower: Double?, upper: Double?, populationShare: Double,
                intervalNote: String? = nil) {
        self.label = label
        self.value = value
        self.lower = lower
        self.upper = upper
        self.populationShare = populationShare
        self.intervalNote = intervalNote
    }
}

/// The fitted line of the slope index of inequality:
///
///     value(x) = intercept + slope · x,   x ∈ [0, 1]
///
/// where x is the cumulative population share at the midpoint of each quantile, ranked from the most
/// deprived (x = 0) to the least deprived (x = 1). With this orientation the SII of the usual
/// "most minus least deprived" convention is `-slope`. The bar chart draws each quantile over its
/// population range, so the line passes through the bars where the fit is good.
/// Reference: Low & Low (2004), J Epidemiol Community Health 58:1052; PHE Technical Guide (2017).
public struct ReportSIILine: Sendable, Equatable, Codable {
    public var intercept: Double
    public var slope: Double

    public init(intercept: Double, slope: Double) {
        self.intercept = intercept
        self.slope = slope
    }

    /// The line's value at cumulative population share `x`.
    public func value(at x: Double) -> Double { intercept + slope * x }
}

/// Which curve an `ReportCurve` is.
public enum ReportCurveKind: String, Sendable, Equatable, Codable {
    /// Population ranked by the outcome itself (Lorenz curve; its index is the Gini coefficient).
    case lorenz
    /// Population ranked by deprivation, most deprived first (concentration curve; concentration index).
    case concentration
}

/// A Lorenz or concentration curve: points (cumulative population share, cumulative outcome share), both
/// in [0, 1], non-decreasing in x. The renderer adds (0, 0) and (1, 1) when they are missing.
public struct ReportCurve: Sendable, Equatable, Codable {
    public var kind: ReportCurveKind
    public var points: [ReportCurvePoint]
    /// The Gini or concentration index, shown in the chart's title; nil to omit.
    public var index: Double?

    public init(kind: ReportCurveKind, points: [ReportCurvePoint], index: Double? = nil) {
        self.kind = kind
        self.points = points
        self.index = index
    }
}

/// One point of an inequality curve.
public struct ReportCurvePoint: Sendable, Equatable, Codable {
    /// Cumulative share of the population.
    public var population: Double
    /// Cumulative share of the outcome.
    public var outcome: Double

    public init(population: Double, outcome: Double) {
        self.population = population
        self.outcome = outcome
    }
}

/// A gap measure with its interval, e.g. ("SII", 512.3, 470.1, 551.0) or ("RII", 0.84, 0.71, 0.97).
public struct ReportGap: Sendable, Equatable, Codable {
    public var name: String
    public var estimate: Double
    /// The interval's limits; both nil when there is none (`interval` says why).
    public var lower: Double?
    public var upper: Double?
    /// Which interval is shown (e.g. "PHE simulation from the quantiles' 95% limits, 100000 replicates"),
    /// or "none: " and why; nil when not stated.
    public var interval: String?
    /// The estimate in words, e.g. "the most deprived are 23% above the average"; nil when none.
    public var reading: String?

    public init(name: String, estimate: Double, lower: Double?, upper: Double?, interval: String? = nil,
                reading: String? = nil) {
        self.name = name
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.interval = interval
        self.reading = reading
    }

    /// Whether the gap has an interval.
    public var hasInterval: Bool { lower != nil && upper != nil }
}

/// How a gap changed over the years, as classified by the code that computed the trend.
public enum ReportTrendClassification: String, Sendable, Equatable, Codable {
    case narrowing
    case widening
    case noClearChange
    /// No interval (or no estimate) in one of the years, so the change could not be judged.
    case notAssessed

    /// The words used in summaries and tables.
    public var words: String {
        switch self {
        case .narrowing: return "narrowing"
        case .widening: return "widening"
        case .noClearChange: return "no clear change"
        case .notAssessed: return "not assessed"
        }
    }
}

/// The headline gap measure over the years available, oldest first.
public struct ReportGapTrend: Sendable, Equatable, Codable {
    /// The measure's name, e.g. "RII".
    public var measure: String
    public var points: [ReportGapTrendPoint]
    public var classification: ReportTrendClassification

    public init(measure: String, points: [ReportGapTrendPoint], classification: ReportTrendClassification) {
        self.measure = measure
        self.points = points
        self.classification = classification
    }
}

/// The gap in one period.
public struct ReportGapTrendPoint: Sendable, Equatable, Codable {
    /// e.g. "2016" or "2017-2019"; shown as given, in the order given.
    public var period: String
    public var estimate: Double
    /// The interval's limits; nil when the estimate has none.
    public var lower: Double?
    public var upper: Double?

    public init(period: String, estimate: Double, lower: Double?, upper: Double?) {
        self.period = period
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
    }
}
