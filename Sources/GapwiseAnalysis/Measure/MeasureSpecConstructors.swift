// MeasureSpecConstructors: typed constructors for every measure `MeasureSpec.parse` accepts, each equal to its parsed code.
import GapwiseMeasures

/// Typed constructors, for choosing measures in Swift without strings.
///
/// Each constructor returns exactly what ``MeasureSpec/parse(_:alpha:epsilon:bounds:)`` returns for the
/// code shown beside it, so `MeasureSpec.atkinson(epsilon: 0.5) == MeasureSpec.parse("atkinson:0.5")`.
/// A parameter is written into the code (`atkinson:0.5`, `ge:2`), which is how the measure is labelled
/// in results.
extension MeasureSpec {
    // MARK: Distributional measures over areas

    /// The Gini coefficient (`gini`).
    public static let gini = MeasureSpec(code: "gini", kind: .distributional(.gini(corrected: false)))
    /// The small-sample corrected Gini coefficient, n/(n − 1) × G (`gini_corrected`).
    public static let giniCorrected = MeasureSpec(code: "gini_corrected", kind: .distributional(.gini(corrected: true)))
    /// Theil's T index, GE(1) (`theil_t`).
    public static let theilT = MeasureSpec(code: "theil_t", kind: .distributional(.theilT))
    /// Theil's L index, the mean log deviation, GE(0) (`theil_l`).
    public static let theilL = MeasureSpec(code: "theil_l", kind: .distributional(.theilL))
    /// Generalised entropy GE(α) (`ge:α`).
    public static func generalisedEntropy(alpha: Double) -> MeasureSpec {
        MeasureSpec(code: "ge:" + parameterText(alpha), kind: .distributional(.generalisedEntropy(alpha: alpha)))
    }
    /// Atkinson's index with inequality aversion ε (`atkinson:ε`).
    public static func atkinson(epsilon: Double) -> MeasureSpec {
        MeasureSpec(code: "atkinson:" + parameterText(epsilon), kind: .distributional(.atkinson(epsilon: epsilon)))
    }
    /// Atkinson's equally distributed equivalent μ(1 − A(ε)) (`atkinson_ede:ε`).
    public static func atkinsonEDE(epsilon: Double) -> MeasureSpec {
        MeasureSpec(code: "atkinson_ede:" + parameterText(epsilon), kind: .distributional(.atkinsonEDE(epsilon: epsilon)))
    }
    /// The Damgaard–Weiner Lorenz asymmetry coefficient (`lasym`).
    public static let lorenzAsymmetry = MeasureSpec(code: "lasym", kind: .distributional(.lorenzAsymmetry))
    /// Schutz's intersection point, the population share below the mean (`schutz_point`).
    public static let schutzPoint = MeasureSpec(code: "schutz_point", kind: .distributional(.schutzPoint))
    /// Schutz's original coefficient (`schutz_coefficient`).
    public static let schutzCoefficient = MeasureSpec(code: "schutz_coefficient", kind: .distributional(.schutzCoefficient))
    /// The coefficient of variation (`cv`).
    public static let coefficientOfVariation = MeasureSpec(code: "cv", kind: .distributional(.coefficientOfVariation(squared: false)))
    /// The squared coefficient of variation (`cv2`).
    public static let squaredCoefficientOfVariation = MeasureSpec(code: "cv2", kind: .distributional(.coefficientOfVariation(squared: true)))
    /// The Palma ratio (`palma`).
    public static let palma = MeasureSpec(code: "palma", kind: .distributional(.palma))
    /// The S80/S20 ratio (`s80s20`).
    public static let s80s20 = MeasureSpec(code: "s80s20", kind: .distributional(.s80s20))
    /// Wolfson's polarisation index (`wolfson`).
    public static let wolfson = MeasureSpec(code: "wolfson", kind: .distributional(.wolfson))
    /// The Ricci-Schutz (Pietra, Hoover) index (`ricci_schutz`).
    public static let ricciSchutz = MeasureSpec(code: "ricci_schutz", kind: .distributional(.ricciSchutz))
    /// Kolm's absolute index with parameter κ (`kolm:κ`).
    public static func kolm(parameter: Double) -> MeasureSpec {
        MeasureSpec(code: "kolm:" + parameterText(parameter), kind: .distributional(.kolm(parameter: parameter)))
    }
    /// The Herfindahl index with parameter m (`herfindahl:m`).
    public static func herfindahl(parameter: Double) -> MeasureSpec {
        MeasureSpec(code: "herfindahl:" + parameterText(parameter), kind: .distributional(.herfindahl(parameter: parameter)))
    }
    /// Rosenbluth's index (`rosenbluth`).
    public static let rosenbluth = MeasureSpec(code: "rosenbluth", kind: .distributional(.rosenbluth))
    /// The standard concentration index (`conc`); needs a ranking variable.
    public static let concentration = MeasureSpec(code: "conc", kind: .distributional(.concentration(.standard)))
    /// The generalised concentration index (`conc_generalised`); needs a ranking variable.
    public static let concentrationGeneralised = MeasureSpec(code: "conc_generalised", kind: .distributional(.concentration(.generalised)))
    /// Wagstaff's concentration index for a bounded outcome in [lower, upper] (`conc_wagstaff`).
    public static func concentrationWagstaff(lower: Double = 0, upper: Double = 1) -> MeasureSpec {
        MeasureSpec(code: "conc_wagstaff", kind: .distributional(.concentration(.wagstaff(lower: lower, upper: upper))))
    }
    /// Erreygers' concentration index for a bounded outcome in [lower, upper] (`conc_erreygers`).
    public static func concentrationErreygers(lower: Double = 0, upper: Double = 1) -> MeasureSpec {
        MeasureSpec(code: "conc_erreygers", kind: .distributional(.concentration(.erreygers(lower: lower, upper: upper))))
    }
    /// Duncan's dissimilarity index (`dissimilarity`).
    public static let dissimilarity = MeasureSpec(code: "dissimilarity", kind: .distributional(.dissimilarity))
    /// CPOP's Duncan index of deprived and other people along the zones ordered by the value (`duncan`).
    public static let duncan = MeasureSpec(code: "duncan", kind: .duncan)

    // MARK: Decompositions over a partition

    /// The between-group part of Theil's T (`theil_between`).
    public static let theilBetween = MeasureSpec(code: "theil_between", kind: .decomposition(alpha: 1, part: .between))
    /// The within-group part of Theil's T (`theil_within`).
    public static let theilWithin = MeasureSpec(code: "theil_within", kind: .decomposition(alpha: 1, part: .within))
    /// The between-group part of GE(α) (`ge_between:α`).
    public static func generalisedEntropyBetween(alpha: Double) -> MeasureSpec {
        MeasureSpec(code: "ge_between:" + parameterText(alpha), kind: .decomposition(alpha: alpha, part: .between))
    }
    /// The within-group part of GE(α) (`ge_within:α`).
    public static func generalisedEntropyWithin(alpha: Double) -> MeasureSpec {
        MeasureSpec(code: "ge_within:" + parameterText(alpha), kind: .decomposition(alpha: alpha, part: .within))
    }

    // MARK: Measures over subgroups or quantiles

    /// A WHO HEAT / ScotPHO summary measure over subgroups (`d`, `sii`, `sii_linear`, …: the measure's code).
    public static func grouped(_ measure: GroupedMeasure) -> MeasureSpec {
        MeasureSpec(code: measure.code, kind: .grouped(measure))
    }
    /// PHEindicatormethods' slope index of inequality with Monte-Carlo intervals (`phe_sii`).
    public static let pheSII = MeasureSpec(code: "phe_sii", kind: .pheSlope(rii: false))
    /// PHEindicatormethods' relative index of inequality with Monte-Carlo intervals (`phe_rii`).
    public static let pheRII = MeasureSpec(code: "phe_rii", kind: .pheSlope(rii: true))
    /// A pooled indicator statistic of each group's rows (`proportion`, `rate`, `mean`).
    public static func statistic(_ kind: IndicatorStatisticKind) -> MeasureSpec {
        MeasureSpec(code: kind.rawValue, kind: .statistic(kind))
    }

    /// A parameter as written after the colon of a code: whole numbers without a decimal point (`atkinson:1`),
    /// others in Swift's shortest round-tripping form (`atkinson:0.5`), so that parsing the code gives it back.
    static func parameterText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
