// StandardisedInputs: the band columns and missing-count policy of the age-standardised measures (dsr, isratio, israte) of `gapwise measure`.
import GapwiseMeasures

/// An age-standardised statistic of each group's band rows (one row per age band of an area, grouped by area).
public enum StandardisedStatistic: Hashable, Sendable {
    /// PHE `calculate_dsr`: a directly standardised rate per `multiplier` with Dobson limits; with
    /// ``StandardisedInputs/eventFrequencies`` the limits allow for repeat events (`independent_events = FALSE`).
    /// A nil `multiplier` takes the request's (``MeasureRequest/multiplier``), else PHE's 100,000; a code's
    /// suffix (`dsr:1000`) is another spelling of the request's multiplier and must agree with it.
    case dsr(multiplier: Double?)
    /// PHE `calculate_ISRatio`: observed over expected events × `referenceValue` (1 or 100), exact/Byar limits.
    case isRatio(referenceValue: Double)
    /// PHE `calculate_ISRate`: the ratio times the reference population's crude rate per `multiplier` (nil:
    /// the request's multiplier, else 100,000, as for ``dsr(multiplier:)``).
    case isRate(multiplier: Double?)

    /// The codes `MeasureSpec.parse` accepts for these, each with an optional parameter (`dsr:1000`, `isratio:100`).
    public static let codes = ["dsr", "isratio", "israte"]

    /// The statistic for a code and its optional parameter (isratio's default reference value: 1; a rate
    /// without one takes the request's multiplier); nil for other codes.
    public static func parse(code: String, parameter: Double?) -> StandardisedStatistic? {
        switch code {
        case "dsr": return .dsr(multiplier: parameter)
        case "isratio": return .isRatio(referenceValue: parameter ?? 1)
        case "israte": return .isRate(multiplier: parameter)
        default: return nil
        }
    }
}

/// What to do with a band row whose event count is missing.
public enum MissingBandCounts: String, Hashable, Sendable, CaseIterable {
    /// Gapwise's default: the area (group) gets no value, and its result row says which row was missing.
    case leaveAreaOut = "leave-out"
    /// PHE's treatment of NA: the band counts as zero events.
    case zero
}

/// The columns of the age-standardised measures beyond the events (numerator) and band populations
/// (denominator), and the missing-count policy.
public struct StandardisedInputs: Hashable, Sendable {
    /// The column of each band's standard population (DSR); nil: the 2013 European Standard Population, the
    /// group's rows taken as its 19 bands 0–4, ..., 90+ in order (as PHE matches them, by position).
    public var standardPopulation: String?
    /// The reference population's events and population per band (ISRatio/ISRate).
    public var referenceEvents: String?
    public var referencePopulation: String?
    /// Non-independent events (DSR): the columns of persons with 1, 2, ..., k events in the band, in that
    /// order; the events column must equal Σ f × persons in every row.
    public var eventFrequencies: [String] = []
    /// What a missing event count does; default ``MissingBandCounts/leaveAreaOut``.
    public var missingBandCounts: MissingBandCounts = .leaveAreaOut

    public init(standardPopulation: String? = nil, referenceEvents: String? = nil, referencePopulation: String? = nil,
                eventFrequencies: [String] = [], missingBandCounts: MissingBandCounts = .leaveAreaOut) {
        self.standardPopulation = standardPopulation
        self.referenceEvents = referenceEvents
        self.referencePopulation = referencePopulation
        self.eventFrequencies = eventFrequencies
        self.missingBandCounts = missingBandCounts
    }

    /// The numeric columns these inputs read.
    public var columns: [String] { [standardPopulation, referenceEvents, referencePopulation].compactMap { $0 } + eventFrequencies }
}

extension RequestField {
    public static let by: RequestField = "by"
    public static let standardPopulation: RequestField = "standardPopulation"
    public static let referenceEvents: RequestField = "referenceEvents"
    public static let referencePopulation: RequestField = "referencePopulation"
    public static let eventFrequencies: RequestField = "eventFrequencies"
    public static let missingBandCounts: RequestField = "missingBandCounts"
}

extension MeasureRequest {
    /// The age-standardised measures' own rules (called by `validate()`).
    func validateStandardised() throws(AnalysisError) {
        let kinds = measures.compactMap { m -> StandardisedStatistic? in if case let .standardised(k) = m.kind { return k } else { return nil } }
        let s = standardisation
        if kinds.isEmpty {
            if !s.columns.isEmpty || s.missingBandCounts != .leaveAreaOut {
                throw .invalidRequest("\(field: .standardPopulation), \(field: .referenceEvents), \(field: .referencePopulation), \(field: .eventFrequencies) and \(field: .missingBandCounts) belong to the standardised measures dsr, isratio and israte; none is requested.")
            }
            return
        }
        if numerator == nil {
            throw .invalidRequest("dsr, isratio and israte read one row per age band: give the band's events as \(field: .numerator) COL and its population as \(field: .denominator) COL.")
        }
        if by.isEmpty {
            throw .invalidRequest("dsr, isratio and israte standardise each area's age bands: give \(field: .by) COL naming the area of each band row.")
        }
        let hasRatio = kinds.contains { if case .dsr = $0 { return false } else { return true } }
        if hasRatio && (s.referenceEvents == nil || s.referencePopulation == nil) {
            throw .invalidRequest("isratio and israte need the reference rates: give \(field: .referenceEvents) COL and \(field: .referencePopulation) COL.")
        }
        if !hasRatio && (s.referenceEvents != nil || s.referencePopulation != nil) {
            throw .invalidRequest("\(field: .referenceEvents) and \(field: .referencePopulation) are for isratio and israte; dsr uses a standard population.")
        }
        if s.standardPopulation != nil && !kinds.contains(where: { if case .dsr = $0 { return true } else { return false } }) {
            throw .invalidRequest("\(field: .standardPopulation) is for dsr; isratio and israte use the reference rates.")
        }
        if !s.eventFrequencies.isEmpty && hasRatio {
            throw .invalidRequest("\(field: .eventFrequencies) adjusts the limits of dsr only; ask for isratio and israte in a separate run.")
        }
        for k in kinds {
            let (p, name): (Double?, String)
            switch k {
            case let .dsr(m): (p, name) = (m, "dsr")
            case let .isRatio(v): (p, name) = (v, "isratio")
            case let .isRate(m): (p, name) = (m, "israte")
            }
            if let p, !(p.isFinite && p > 0) { throw .invalidRequest("measure \(name):\(ResultFormat.number(p)): the multiplier after ':' must be a number greater than zero.") }
        }
        // The request's multiplier is the one place; a rate's suffix spells it too, so the two must agree.
        for spec in measures {
            guard case let .standardised(k) = spec.kind, let suffix = k.suffixMultiplier, let m = multiplier, suffix != m else { continue }
            throw .invalidRequest("measure \(spec.code) gives the multiplier \(ResultFormat.number(suffix)) but \(field: .multiplier) is \(ResultFormat.number(m)): give the multiplier once.")
        }
    }

    /// The multiplier of a standardised rate: its code's suffix, else the request's `multiplier`, else PHE's 100,000.
    func rateMultiplier(_ statistic: StandardisedStatistic) -> Double {
        statistic.suffixMultiplier ?? multiplier ?? 100_000
    }
}

extension StandardisedStatistic {
    /// The multiplier a rate's code spelt (`dsr:1000`, `israte:1000`); nil without a suffix and for isratio.
    var suffixMultiplier: Double? {
        switch self {
        case let .dsr(m), let .isRate(m): return m
        case .isRatio: return nil
        }
    }
}

extension MeasureSpec {
    /// An age-standardised statistic (`dsr`, `isratio`, `israte`; a rate's multiplier written after a colon
    /// when given, `dsr:1000`, else the request's; isratio's reference value when it is not 1, `isratio:100`).
    public static func standardised(_ statistic: StandardisedStatistic) -> MeasureSpec {
        let (code, parameter): (String, Double?)
        switch statistic {
        case let .dsr(m): (code, parameter) = ("dsr", m)
        case let .isRatio(v): (code, parameter) = ("isratio", v == 1 ? nil : v)
        case let .isRate(m): (code, parameter) = ("israte", m)
        }
        return MeasureSpec(code: parameter.map { code + ":" + parameterText($0) } ?? code, kind: .standardised(statistic))
    }
}
