// CompositeBuilder: computes a CompositeSpec over columns: indicator domains to scores, then the SIMD-style index.
import GapwiseDeprivation
import GapwiseNumerics

/// An indicator domain as built: its score per area and how its indicators were combined.
public struct BuiltDomain: Sendable, Equatable {
    public let name: String
    /// Larger = more deprived.
    public let scores: [Double]
    /// Indicator names and their weights (rescaled to sum to 1).
    public let indicators: [String]
    public let weights: [Double]
    /// Factor-analysis loadings (nil for fixed weights).
    public let loadings: [Double]?
}

/// A composite index computed from a `CompositeSpec`.
public struct CompositeBuild: Sendable, Equatable {
    /// Scores, overall ranks (1 = most deprived) and per-domain ranks and transformed values.
    public let index: CompositeIndexResult
    /// The domains built from indicators.
    public let builtDomains: [BuiltDomain]
}

public enum CompositeBuilder {
    /// Computes `spec` over `columns` (column name → one value per area).
    ///
    /// - Throws: `AnalysisError.invalidRequest` for a missing column, a non-finite value, a rate whose
    ///   denominator is not above 0, or a factor analysis that fails (naming the domain); the errors of
    ///   `CompositeIndex` (domain-rank columns out of range) as `.invalidRequest` with their sentence.
    public static func build(_ spec: CompositeSpec, columns: [String: [Double]]) throws(AnalysisError) -> CompositeBuild {
        try spec.validate()
        var configDomains: [CompositeIndexConfig.Domain] = []
        var inputs = columns
        var built: [BuiltDomain] = []
        for d in spec.domains {
            guard let inds = d.indicators else {
                configDomains.append(.init(name: d.name, column: d.column!, values: d.values!, polarity: d.deprived!, weight: d.weight))
                continue
            }
            var normal: [[Double]] = []
            for i in inds {
                var x = try values(of: i, domain: d.name, columns)
                if i.worse == .favourable { x = x.map { -$0 } }
                // Values are finite: normal scores cannot fail.
                normal.append(try! Ranking.normalScores(x, method: d.normalScores ?? .blom))
            }
            var weights: [Double]
            var loadings: [Double]? = nil
            if d.combination == .factorAnalysis {
                do {
                    let fa = try OneFactorAnalysis(correlation: OneFactorAnalysis.correlation(normal))
                    weights = fa.weights; loadings = fa.loadings
                } catch {
                    throw .invalidRequest("domain \"\(d.name)\": the factor analysis failed (\(error.description)).")
                }
            } else {
                let raw = inds.map { $0.weight ?? 1 }
                let total = raw.reduce(0, +)
                weights = raw.map { $0 / total }
            }
            let n = normal[0].count
            var score = [Double](repeating: 0, count: n)
            for (k, col) in normal.enumerated() { for a in 0..<n { score[a] += weights[k] * col[a] } }
            let key = "domain score: \(d.name)"
            inputs[key] = score
            configDomains.append(.init(name: d.name, column: key, values: .score, polarity: .adverse, weight: d.weight))
            built.append(BuiltDomain(name: d.name, scores: score, indicators: inds.map(\.name), weights: weights, loadings: loadings))
        }
        let config = CompositeIndexConfig(name: spec.name, description: spec.description, transform: spec.transform,
                                          ties: spec.ties, domains: configDomains)
        do {
            let index = try CompositeIndex(config: config).compute(columns: inputs)
            return CompositeBuild(index: index, builtDomains: built)
        } catch {
            throw .invalidRequest(RequestMessage(error.description))
        }
    }

    static func values(of i: CompositeSpec.Indicator, domain: String, _ columns: [String: [Double]]) throws(AnalysisError) -> [Double] {
        func column(_ c: String) throws(AnalysisError) -> [Double] {
            guard let v = columns[c] else {
                throw .invalidRequest("the data has no column \"\(c)\", which indicator \"\(i.name)\" of domain \"\(domain)\" needs.")
            }
            if let r = v.firstIndex(where: { !$0.isFinite }) {
                throw .invalidRequest("\(c) is \(v[r]) in data row \(r + 1); indicator \"\(i.name)\" needs a finite value for every area.")
            }
            return v
        }
        if let c = i.column { return try column(c) }
        let num = try column(i.numerator!), den = try column(i.denominator!)
        if let r = den.firstIndex(where: { !($0 > 0) }) {
            throw .invalidRequest("\(i.denominator!) is \(den[r]) in data row \(r + 1); a denominator must be above 0.")
        }
        return zip(num, den).map { $0 / $1 }
    }
}
