// MeasureSpec: parses the `--measure` codes of the distributional measures into typed measures.
import GapwiseMeasures

/// One requested measure: its typed form and the code it was asked for by.
public struct MeasureSpec: Hashable, Sendable {
    public let code: String
    public let measure: InequalityMeasure

    /// Every code `parse` accepts (parameters may follow a colon: `atkinson:1`, `ge:0.5`, `kolm:2`).
    public static let knownCodes = [
        "gini", "gini_corrected", "theil_t", "theil_l", "mld", "ge", "atkinson", "cv", "cv2", "palma", "s80s20",
        "wolfson", "ricci_schutz", "kolm", "herfindahl", "rosenbluth", "conc", "conc_generalised", "conc_wagstaff",
        "conc_erreygers", "dissimilarity",
    ]

    /// Parses one code. Defaults: `ge` α = 2 (half the squared CV), `atkinson` ε = 0.5 and `kolm` 1 (as R ineq),
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
        let m: InequalityMeasure
        switch code {
        case "gini": m = .gini(corrected: false)
        case "gini_corrected": m = .gini(corrected: true)
        case "theil_t": m = .theilT
        case "theil_l", "mld": m = .theilL
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
        default: throw .unknownMeasure(code: raw, known: knownCodes)
        }
        if parameter != nil, !["ge", "atkinson", "kolm", "herfindahl"].contains(code) {
            throw .invalidRequest("measure \"\(raw)\": \(code) takes no parameter.")
        }
        return MeasureSpec(code: raw, measure: m)
    }

    /// Whether the measure needs a ranking variable (`--rank-by`).
    public var needsRanking: Bool { if case .concentration = measure { return true } else { return false } }
}
