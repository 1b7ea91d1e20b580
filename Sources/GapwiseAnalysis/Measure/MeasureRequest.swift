// MeasureRequest: what `gapwise measure` is asked to compute, independent of the command line.
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

/// How the concentration indices get their interval.
public enum ConcentrationIntervalMethod: String, Hashable, Sendable, CaseIterable {
    /// Percentile bootstrap over the areas (seeded).
    case bootstrap
    /// The analytic variance (Kakwani, Wagstaff & van Doorslaer 1997) with normal limits.
    case analytic
}

/// A request to compute distributional inequality measures over the rows (areas) of a table.
public struct MeasureRequest: Sendable {
    /// The measures, in output order.
    public var measures: [MeasureSpec]
    /// The column holding each area's value (an indicator value, a rate...). Either this or
    /// `numerator` with `denominator` must be given.
    public var value: String?
    /// Count columns: the area value is numerator/denominator (times `multiplier`).
    public var numerator: String?
    public var denominator: String?
    /// The units the values are expressed per: 1 for a proportion, 100 for a percentage, 100,000 for a rate
    /// per 100,000. Counts become values per it (`numerator/denominator × multiplier`, as PHE's
    /// `phe_proportion` and `phe_rate` multiplier); the HEAT/ScotPHO measures read the subgroup estimates
    /// as values per it (HEAT's `scaleval`); `dsr` and `israte` are rates per it (a code's suffix, `dsr:1000`,
    /// spells it too and must agree). Nil leaves each as it was before it was one setting: counts as plain
    /// ratios (× 1), subgroup estimates as percentages (100), dsr and israte per 100,000. Finite and non-zero.
    public var multiplier: Double?
    /// Optional population (frequency) weights per area.
    public var population: String?
    /// Grouping columns: one result per distinct combination (e.g. council).
    public var by: [String]
    /// The ranking variable of the concentration indices (e.g. SIMD rank, with 1 = most deprived).
    public var rankBy: String?
    /// Confidence levels of the bootstrap intervals (several at once, e.g. [0.95, 0.998]); empty for none.
    public var confidence: [Double]
    /// Replicates per estimate: bootstrap resamples (distributional measures, default 2,000; 0 for no
    /// intervals), simulation repetitions (PHE SII/RII, default PHE's 100,000, at least 1,000; HEAT's simulated
    /// measures, default 10,000). Nil means each family's default.
    public var replicates: Int?
    /// Seed of the bootstrap and of simulated intervals; the same seed gives byte-identical output.
    public var seed: UInt64
    /// Grouped (HEAT/ScotPHO) measures: the column naming each subgroup (e.g. decile), its standard error,
    /// its order (1 = most disadvantaged; ordered measures need it), the indicator's polarity, an optional
    /// reference subgroup and the compatibility mode. Their scale is `multiplier`.
    public var subgroup: String?
    public var standardError: String?
    public var order: String?
    public var polarity: Polarity
    public var reference: String?
    public var compatibility: GroupedCompatibility
    /// PHE SII/RII: the value type (normal, rate: log scale, proportion: logit scale), whether to fit on the
    /// transformed scale, the SII factor, and the columns of the 95% limits used when no standard error
    /// column is given.
    public var valueType: SIIValueType = .normal
    public var transform: Bool = false
    /// The factor the PHE SII and its limits are multiplied by (PHE `phe_sii`'s `multiplier` argument,
    /// `SIIOptions.multiplier`): not the units of the values (`multiplier`) but a conversion of the result,
    /// e.g. 100 for an SII per 100 from values that are proportions. A negative factor reverses the SII's
    /// sign and inverts the RII, PHE's convention. Default 1.
    public var siiFactor: Double = 1
    public var lowerLimit: String?
    public var upperLimit: String?
    /// The partition (e.g. council) of the between/within decompositions.
    public var partition: String?
    /// The column of area codes (e.g. data zone codes), if any: each must be a GSS code of a kind Gapwise
    /// knows (`AreaKind`) and appear at most once in a group, else the run stops naming the row.
    public var area: String?
    /// Rows kept before anything is measured (`RowFilter`: different columns AND, one column's values OR).
    public var filters: [RowFilter] = []
    /// The Duncan index: the columns counting each zone's deprived and other (non-deprived) people, and what
    /// it does with zones whose value (outcome) is missing: left out (default) or kept last as CPOP does.
    public var deprived: String?
    public var nonDeprived: String?
    public var duncanMissing: DuncanMissingOutcomes = .leftOut
    /// The interval of the concentration indices: percentile bootstrap (default) or the analytic variance
    /// (Kakwani, Wagstaff & van Doorslaer 1997) with normal limits, for unweighted areas.
    public var concentrationInterval: ConcentrationIntervalMethod = .bootstrap
    /// The Poisson limits of `rate`, `isratio` and `israte`: PHE's exact-below-10-then-Byar (default) or Byar's
    /// approximation at every count.
    public var poissonLimits: PoissonLimitRule = .phe
    /// The age-standardised measures' band inputs (standard population, reference rates, event frequencies).
    public var standardisation = StandardisedInputs()
    /// The life-table measures' age-band, prevalence and respondent columns.
    public var lifeTable = LifeTableInputs()

    public init(measures: [MeasureSpec], value: String? = nil, numerator: String? = nil, denominator: String? = nil,
                multiplier: Double? = nil, population: String? = nil, by: [String] = [], rankBy: String? = nil,
                confidence: [Double] = [0.95], replicates: Int? = nil, seed: UInt64 = 1,
                subgroup: String? = nil, standardError: String? = nil, order: String? = nil,
                polarity: Polarity = .adverse, reference: String? = nil,
                compatibility: GroupedCompatibility = .standard) {
        self.measures = measures
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.multiplier = multiplier
        self.population = population
        self.by = by
        self.rankBy = rankBy
        self.confidence = confidence
        self.replicates = replicates
        self.seed = seed
        self.subgroup = subgroup
        self.standardError = standardError
        self.order = order
        self.polarity = polarity
        self.reference = reference
        self.compatibility = compatibility
    }

    /// Checks the request's own consistency (before any file is read).
    public func validate() throws(AnalysisError) {
        if measures.isEmpty { throw .invalidRequest("no measure requested; give \(field: .measures), e.g. \(field: .measures) gini,theil_t.") }
        switch (value, numerator, denominator) {
        case (.some, nil, nil), (nil, .some, .some): break
        case (.some, _, _): throw .invalidRequest("give either \(field: .value) or \(field: .numerator) with \(field: .denominator), not both.")
        default: throw .invalidRequest("give the area values: \(field: .value) COL, or \(field: .numerator) COL with \(field: .denominator) COL.")
        }
        if measures.contains(where: \.needsRanking), rankBy == nil {
            throw .invalidRequest("the concentration indices need the ranking variable: add \(field: .rankBy) COL (e.g. the SIMD rank).")
        }
        if measures.contains(where: { $0.measure == .dissimilarity }), numerator == nil {
            throw .invalidRequest("dissimilarity compares the numerator population with the rest of the denominator: give \(field: .numerator) and \(field: .denominator).")
        }
        for c in confidence where !(c > 0 && c < 1) {
            throw .invalidRequest("\(field: .levels) \(c) is not a level strictly between 0 and 1 (write 0.95, not 95).")
        }
        if let r = replicates, r != 0 && r < 100 { throw .invalidRequest("\(field: .replicates) must be 0 (no intervals) or at least 100.") }
        if measures.contains(where: { if case .decomposition = $0.kind { return true } else { return false } }), partition == nil {
            throw .invalidRequest("theil_between/theil_within (and ge_between/ge_within) split the areas into parts: give \(field: .partition) COL.")
        }
        let phe = measures.contains { if case .pheSlope = $0.kind { return true } else { return false } }
        if phe {
            if let r = replicates, r < 1000 { throw .invalidRequest("phe_sii and phe_rii simulate their limits: \(field: .replicates) must be at least 1000 (PHE's default is 100000).") }
            if standardError == nil && (lowerLimit == nil || upperLimit == nil) {
                throw .invalidRequest("phe_sii and phe_rii need each quantile's uncertainty: \(field: .standardError) COL, or \(field: .lower) COL with \(field: .upper) COL (95% limits).")
            }
            if population == nil { throw .invalidRequest("phe_sii and phe_rii weight the quantiles by population: give \(field: .population) COL.") }
        }
        if measures.contains(where: { if case .statistic(let k) = $0.kind { return k.poolsCounts } else { return false } }), numerator == nil {
            throw .invalidRequest("proportion and rate pool counts: give \(field: .numerator) COL and \(field: .denominator) COL.")
        }
        if Set(measures.map(\.code)).count != measures.count { throw .invalidRequest("a measure is listed twice in \(field: .measures).") }
        if measures.contains(where: { if case .grouped = $0.kind { return true } else { return false } }), subgroup == nil {
            throw .invalidRequest("the HEAT/ScotPHO measures compare subgroups: give \(field: .subgroup) COL naming each row's subgroup (e.g. the decile).")
        }
        if measures.contains(where: { $0.kind == .duncan }) {
            if value == nil { throw .invalidRequest("duncan orders the zones by their outcome: give it in \(field: .value) COL (not as counts).") }
            if deprived == nil || nonDeprived == nil {
                throw .invalidRequest("duncan compares deprived and other people along the zones: give \(field: .deprived) COL and \(field: .nonDeprived) COL (each zone's counts).")
            }
        }
        if concentrationInterval == .analytic {
            guard measures.contains(where: \.needsRanking) else {
                throw .invalidRequest("\(field: .concentrationInterval) analytic applies to the concentration indices (conc, conc_generalised, conc_wagstaff, conc_erreygers), and none is requested.")
            }
            if population != nil {
                throw .invalidRequest("the analytic variance of the concentration index (Kakwani et al. 1997) is for unweighted areas: leave out \(field: .population) or use the bootstrap interval.")
            }
        }
        if poissonLimits == .byar, !measures.contains(where: { spec in
            if case .statistic(.rate) = spec.kind { return true }
            if case .standardised(let k) = spec.kind, case .dsr = k { return false }
            if case .standardised = spec.kind { return true }
            return false
        }) {
            throw .invalidRequest("\(field: .poissonLimits) byar applies to rate, isratio and israte (their Poisson limits), and none is requested.")
        }
        try validateStandardised()
        try validateLifeTable()
        if let m = multiplier, !(m.isFinite && m != 0) { throw .invalidRequest("\(field: .multiplier) must be a finite, non-zero number.") }
    }

    /// What counts are multiplied by to give values: `multiplier`, or 1 (plain ratios).
    var countMultiplier: Double { multiplier ?? 1 }

    /// HEAT's scale of the subgroup estimates: `multiplier`, or 100 (percentages).
    var subgroupScale: Double { multiplier ?? 100 }
}
