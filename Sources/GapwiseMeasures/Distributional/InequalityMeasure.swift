// InequalityMeasure: names a distributional measure with its parameters (the `--measure` code and options).

/// Which distributional measure an ``InequalityEstimate`` holds, with the parameters it was run with.
public enum InequalityMeasure: Hashable, Sendable {
    /// Gini coefficient; `corrected` multiplies by N/(N−1), N the total weight.
    case gini(corrected: Bool)
    /// Theil's T index, GE(1).
    case theilT
    /// Theil's L index, the mean log deviation, GE(0).
    case theilL
    /// Generalised entropy GE(α).
    case generalisedEntropy(alpha: Double)
    /// Atkinson index A(ε).
    case atkinson(epsilon: Double)
    /// Population coefficient of variation (or its square).
    case coefficientOfVariation(squared: Bool)
    /// Palma ratio: share of the top 10% over the share of the bottom 40%.
    case palma
    /// S80/S20 ratio: share of the top 20% over the share of the bottom 20%.
    case s80s20
    /// Wolfson bipolarisation index.
    case wolfson
    /// Ricci–Schutz (Pietra, Hoover) index.
    case ricciSchutz
    /// Kolm's absolute index with parameter κ.
    case kolm(parameter: Double)
    /// Herfindahl concentration index with exponent parameter m.
    case herfindahl(parameter: Double)
    /// Rosenbluth (Hall–Tideman) concentration index.
    case rosenbluth
    /// Concentration index of an outcome ranked by another variable.
    case concentration(ConcentrationIndexType)
    /// Duncan's index of dissimilarity between two counts per area.
    case dissimilarity
    /// Damgaard–Weiner Lorenz asymmetry coefficient (R ineq `Lasym`).
    case lorenzAsymmetry
    /// Atkinson's equally distributed equivalent μ(1 − A(ε)) (PySAL `Atkinson.EDE`).
    case atkinsonEDE(epsilon: Double)
    /// Schutz's intersection point: the population share below the mean (PySAL `Schutz.intersection_point`).
    case schutzPoint
    /// Schutz's original coefficient, 10 Σ_{y>μ}(y/μ − 1) (PySAL `Schutz.coefficient`).
    case schutzCoefficient

    /// The measure's code as used on the command line (`--measure`).
    public var code: String {
        switch self {
        case .gini: return "gini"
        case .theilT: return "theil_t"
        case .theilL: return "theil_l"
        case .generalisedEntropy: return "ge"
        case .atkinson: return "atkinson"
        case .coefficientOfVariation: return "cv"
        case .palma: return "palma"
        case .s80s20: return "s80s20"
        case .wolfson: return "wolfson"
        case .ricciSchutz: return "ricci_schutz"
        case .kolm: return "kolm"
        case .herfindahl: return "herfindahl"
        case .rosenbluth: return "rosenbluth"
        case .concentration: return "conc"
        case .dissimilarity: return "dissimilarity"
        case .lorenzAsymmetry: return "lasym"
        case .atkinsonEDE: return "atkinson_ede"
        case .schutzPoint: return "schutz_point"
        case .schutzCoefficient: return "schutz_coefficient"
        }
    }

    /// The numeric parameters of the measure, by name (empty when it has none).
    public var parameters: [String: Double] {
        switch self {
        case let .gini(corrected): return ["corrected": corrected ? 1 : 0]
        case let .generalisedEntropy(alpha): return ["alpha": alpha]
        case let .atkinson(epsilon), let .atkinsonEDE(epsilon): return ["epsilon": epsilon]
        case let .coefficientOfVariation(squared): return ["squared": squared ? 1 : 0]
        case let .kolm(parameter): return ["parameter": parameter]
        case let .herfindahl(parameter): return ["parameter": parameter]
        case let .concentration(type): return type.parameters
        case .theilT, .theilL, .palma, .s80s20, .wolfson, .ricciSchutz, .rosenbluth, .dissimilarity,
             .lorenzAsymmetry, .schutzPoint, .schutzCoefficient:
            return [:]
        }
    }
}
