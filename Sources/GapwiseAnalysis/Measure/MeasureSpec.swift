// MeasureSpec: parses the `--measure` codes of the distributional measures into typed measures.
import GapwiseMeasures

/// What a measure is computed over.
public enum MeasureKind: Hashable, Sendable {
    /// A distributional measure over areas (each row one area, optionally population-weighted).
    case distributional(InequalityMeasure)
    /// A WHO HEAT / ScotPHO summary measure over subgroups (each row of a group one subgroup, e.g. a decile).
    case grouped(GroupedMeasure)
    /// PHEindicatormethods' SII or RII over quantiles (each row of a group one quantile), Monte-Carlo intervals.
    case pheSlope(rii: Bool)
    /// An indicator statistic of each group's rows pooled: Wilson proportion, Byar/exact Poisson rate, t mean.
    case statistic(IndicatorStatisticKind)
    /// The between or within part of GE(α) (α = 1: Theil T) over the partition given by `--partition`.
    case decomposition(alpha: Double, part: DecompositionPart)
    /// An age-standardised rate or ratio of each group's band rows (`dsr`, `isratio`, `israte`; PHE).
    case standardised(StandardisedStatistic)
    /// A life table of each group's age-band rows: life expectancy (PHE) or healthy life expectancy (Sullivan).
    case lifeTable(LifeTableMeasure)
    /// CPOP's Duncan index of each group's zones: ordered by the value, deprived and other people counted
    /// in `deprived` and `nonDeprived`; missing outcomes as `MeasureRequest.duncanMissing` says.
    case duncan
}

/// Which part of a between/within decomposition.
extension MeasureKind {
    /// Whether a result may carry no value, as its peer returns NA, with the reason in its method: a DSR
    /// suppressed below 10 events or an area left out for a missing band count; a life expectancy PHE flags;
    /// CPOP's Duncan index with over 20% of the outcome missing. Any other measure without a finite value has
    /// overflowed and is an error.
    var mayHaveNoValue: Bool {
        switch self {
        case .standardised, .lifeTable, .duncan: true
        case .distributional, .grouped, .pheSlope, .statistic, .decomposition: false
        }
    }
}

public enum DecompositionPart: String, Hashable, Sendable { case between, within }

/// The pooled indicator statistics of `gapwise measure`.
public enum IndicatorStatisticKind: String, Hashable, Sendable, CaseIterable {
    /// Σnumerator/Σdenominator × multiplier with Wilson score limits (PHE `phe_proportion`).
    case proportion
    /// Σnumerator/Σdenominator × multiplier with exact Poisson limits below 10 events, else Byar (PHE `phe_rate`).
    case rate
    /// The mean of the values with Student t limits (PHE `phe_mean`).
    case mean
    /// The sample standard deviation of the values, n − 1 divisor (PHE `phe_mean`'s `stdev`); no interval.
    case sd
    /// The sum of the values (PHE `phe_mean`'s `value_sum`); no interval.
    case sum

    /// Whether the statistic pools counts (numerator and denominator) rather than reading area values.
    public var poolsCounts: Bool { self == .proportion || self == .rate }
}

/// One requested measure: its typed form and the code it was asked for by.
public struct MeasureSpec: Hashable, Sendable {
    public let code: String
    public let kind: MeasureKind

    /// The distributional measure, if this is one.
    public var measure: InequalityMeasure? { if case let .distributional(m) = kind { return m } else { return nil } }

    /// Every code `parse` accepts (parameters may follow a colon: `atkinson:1`, `ge:0.5`, `kolm:2`).
    public static let knownCodes = [
        "gini", "gini_corrected", "theil_t", "theil_l", "ge", "atkinson", "cv", "cv2", "palma", "s80s20",
        "wolfson", "ricci_schutz", "kolm", "herfindahl", "rosenbluth", "conc", "conc_generalised", "conc_wagstaff",
        "conc_erreygers", "dissimilarity", "duncan", "lasym", "atkinson_ede", "schutz_point", "schutz_coefficient",
    ] + GroupedMeasure.allCases.map(\.code) + ["phe_sii", "phe_rii", "theil_between", "theil_within", "ge_between", "ge_within"] + IndicatorStatisticKind.allCases.map(\.rawValue) + StandardisedStatistic.codes + LifeTableMeasure.codes

    /// Parses one code (a distributional code above, or a HEAT/ScotPHO grouped code: d, r, sii, rii, aci, rci,
    /// paf, par, bgv, bgsd, cov, idisu, idisw, mdbu, mdbw, mdmu, mdmw, mdru, mdrw, mld, ti, sii_linear,
    /// rii_linear, rii_int, par_percent, abs_range, rel_range). Defaults: `ge` α = 2 (half the squared CV), `atkinson` ε = 0.5 and `kolm` 1 (as R ineq),
    /// `herfindahl` 1; the bounded concentration indices take the bounds [0, 1] unless `bounds` says otherwise.
    public static func parse(_ raw: String, alpha: Double? = nil, epsilon: Double? = nil,
                             bounds: (Double, Double) = (0, 1)) throws(AnalysisError) -> MeasureSpec {
        let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
        let code = parts.first?.lowercased() ?? ""
        var parameter: Double?
        if parts.count == 2 {
            guard let p = Double(parts[1]), p.isFinite else {
                throw .invalidRequest("measure \"\(raw)\": the parameter after ':' must be a number.")
            }
            parameter = p
        }
        if let lifeTable = try LifeTableMeasure.parse(raw, code: code, age: parameter) {
            return MeasureSpec(code: raw, kind: .lifeTable(lifeTable))
        }
        let m: InequalityMeasure
        switch code {
        case "gini": m = .gini(corrected: false)
        case "gini_corrected": m = .gini(corrected: true)
        case "theil_t": m = .theilT
        case "theil_l": m = .theilL
        case "ge": m = .generalisedEntropy(alpha: parameter ?? alpha ?? 2)
        case "atkinson": m = .atkinson(epsilon: parameter ?? epsilon ?? 0.5)
        case "cv": m = .coefficientOfVariation(squared: false)
        case "cv2": m = .coefficientOfVariation(squared: true)
        case "palma": m = .palma
        case "s80s20": m = .s80s20
        case "wolfson": m = .wolfson
        case "ricci_schutz": m = .ricciSchutz
        case "kolm": m = .kolm(parameter: parameter ?? 1)
        case "herfindahl": m = .herfindahl(parameter: parameter ?? 1)
        case "rosenbluth": m = .rosenbluth
        case "conc": m = .concentration(.standard)
        case "conc_generalised": m = .concentration(.generalised)
        case "conc_wagstaff": m = .concentration(.wagstaff(lower: bounds.0, upper: bounds.1))
        case "conc_erreygers": m = .concentration(.erreygers(lower: bounds.0, upper: bounds.1))
        case "dissimilarity": m = .dissimilarity
        case "lasym": m = .lorenzAsymmetry
        case "atkinson_ede": m = .atkinsonEDE(epsilon: parameter ?? epsilon ?? 0.5)
        case "schutz_point": m = .schutzPoint
        case "schutz_coefficient": m = .schutzCoefficient
        case "theil_between", "theil_within":
            guard parameter == nil else { throw .invalidRequest("measure \"\(raw)\": \(code) takes no parameter (use ge_between:α).") }
            return MeasureSpec(code: raw, kind: .decomposition(alpha: 1, part: code == "theil_between" ? .between : .within))
        case "ge_between", "ge_within":
            return MeasureSpec(code: raw, kind: .decomposition(alpha: parameter ?? alpha ?? 2, part: code == "ge_between" ? .between : .within))
        case "duncan":
            guard parameter == nil else { throw .invalidRequest("measure \"\(raw)\": duncan takes no parameter.") }
            return MeasureSpec(code: raw, kind: .duncan)
        case "phe_sii", "phe_rii":
            guard parameter == nil else { throw .invalidRequest("measure \"\(raw)\": \(code) takes no parameter.") }
            return MeasureSpec(code: raw, kind: .pheSlope(rii: code == "phe_rii"))
        case "dsr", "isratio", "israte":
            return MeasureSpec(code: raw, kind: .standardised(StandardisedStatistic.parse(code: code, parameter: parameter)!))
        default:
            if let g = GroupedMeasure(rawValue: code), parameter == nil { return MeasureSpec(code: raw, kind: .grouped(g)) }
            if let st = IndicatorStatisticKind(rawValue: code), parameter == nil { return MeasureSpec(code: raw, kind: .statistic(st)) }
            throw .unknownMeasure(code: raw, known: knownCodes)
        }
        if parameter != nil, !["ge", "atkinson", "atkinson_ede", "kolm", "herfindahl"].contains(code) {
            throw .invalidRequest("measure \"\(raw)\": \(code) takes no parameter.")
        }
        return MeasureSpec(code: raw, kind: .distributional(m))
    }

    /// The bounds of a bounded outcome written `LO,HI` (e.g. `0,100`), for `conc_wagstaff` and `conc_erreygers`:
    /// two finite numbers, the lower below the upper.
    public static func bounds(_ text: String) throws(AnalysisError) -> (Double, Double) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.filter { $0 != " " }) }
        guard parts.count == 2, let lo = Double(parts[0]), let hi = Double(parts[1]), lo.isFinite, hi.isFinite else {
            throw .invalidRequest("\(field: .bounds) \"\(text)\" is not two numbers LO,HI (e.g. 0,100).")
        }
        guard lo < hi else { throw .invalidRequest("\(field: .bounds) \"\(text)\": the lower bound must be below the upper.") }
        return (lo, hi)
    }

    /// Whether the measure needs a ranking variable (`--rank-by`).
    public var needsRanking: Bool { if case .concentration? = measure { return true } else { return false } }
}
