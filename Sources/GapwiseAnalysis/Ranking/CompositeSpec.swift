// CompositeSpec: a composite index as a config file describes it (Codable; read by GapwiseConfig): domains from ranks or from indicators (normal scores, weights or factor analysis).
import Foundation
import GapwiseDeprivation
import GapwiseNumerics

/// A composite index as written in a configuration file (JSON, YAML or TOML, by file extension; read with
/// `CompositeSpec.load(path:)` of GapwiseConfig, or decoded from JSON with `JSONDecoder`).
///
/// It extends `CompositeIndexConfig` (whose files, such as `datasets/simd2016_from_domain_ranks.json`,
/// read unchanged): a domain is either one input column (`column`, `values`, `deprived`, as there) or
/// built from `indicators`:
///
///     name: Health from indicators
///     transform: simdExponential
///     domains:
///       - name: health
///         weight: 14
///         normalScores: blom            # or rankit (default blom)
///         combination: factorAnalysis   # or weights (default weights)
///         indicators:
///           - { name: emergency, numerator: emergency_admissions_count, denominator: emergency_admissions_denominator, worse: higher }
///           - { name: destinations, column: positive_destinations_rate, worse: lower, weight: 1 }
///
/// An indicator domain's score: each indicator is oriented so that larger = worse, turned into normal
/// scores (`Ranking.normalScores`), and combined with the given weights (rescaled to sum to 1; default
/// equal) or with one-factor maximum-likelihood factor-analysis weights (`OneFactorAnalysis`, the
/// factor-score coefficients of the normal scores' correlation matrix). The domain score is then ranked
/// (1 = most deprived), transformed (`SIMDExponentialTransform`) and weighted like any other domain.
public struct CompositeSpec: Codable, Sendable, Equatable {
    /// How an indicator domain combines its normal scores.
    public enum Combination: String, Codable, Sendable { case weights, factorAnalysis }

    /// One indicator of a domain: a column, or a rate `numerator / denominator`.
    public struct Indicator: Codable, Sendable, Equatable {
        public var name: String
        public var column: String?
        public var numerator: String?
        public var denominator: String?
        /// Written `worse: higher` (`.adverse`) or `worse: lower` (`.favourable`).
        public var worse: Polarity
        public var weight: Double?
    }

    public struct Domain: Codable, Sendable, Equatable {
        public var name: String
        public var weight: Double
        public var column: String?
        public var values: CompositeIndexConfig.DomainValues?
        /// Written `deprived: higher` (`.adverse`) or `deprived: lower` (`.favourable`).
        public var deprived: Polarity?
        public var indicators: [Indicator]?
        public var normalScores: Ranking.NormalScoreMethod?
        public var combination: Combination?
    }

    public var name: String
    public var description: String?
    public var transform: CompositeIndexConfig.Transform
    public var ties: CompositeIndexConfig.Ties?
    public var domains: [Domain]

    /// Every input column the index reads.
    public var inputColumns: [String] {
        domains.flatMap { d -> [String] in
            if let inds = d.indicators { return inds.flatMap { [$0.column, $0.numerator, $0.denominator].compactMap { $0 } } }
            return [d.column].compactMap { $0 }
        }
    }

    /// Checks what the file syntax cannot: each domain has exactly one of `column` or `indicators`,
    /// indicators have exactly one of `column` or `numerator` + `denominator`, names are unique, weights > 0.
    ///
    /// - Throws: `AnalysisError.invalidRequest` naming the domain or indicator.
    public func validate() throws(AnalysisError) {
        guard !domains.isEmpty else { throw .invalidRequest("the index configuration \"\(name)\" lists no domains.") }
        var names = Set<String>()
        for d in domains {
            guard names.insert(d.name).inserted else { throw .invalidRequest("the index configuration lists the domain \"\(d.name)\" more than once.") }
            guard d.weight.isFinite && d.weight > 0 else { throw .invalidRequest("domain \"\(d.name)\": weight \(d.weight) must be finite and above 0.") }
            switch (d.column, d.indicators) {
            case (.some, nil):
                guard d.values != nil, d.deprived != nil else {
                    throw .invalidRequest("domain \"\(d.name)\" reads the column \(d.column!) and needs \"values\" (rank or score) and \"deprived\" (lower or higher).")
                }
            case let (nil, .some(inds)):
                guard !inds.isEmpty else { throw .invalidRequest("domain \"\(d.name)\" lists no indicators.") }
                if d.combination == .factorAnalysis && inds.count < 3 {
                    throw .invalidRequest("domain \"\(d.name)\": a one-factor factor analysis needs at least 3 indicators (it has \(inds.count)).")
                }
                var seen = Set<String>()
                for i in inds {
                    guard seen.insert(i.name).inserted else { throw .invalidRequest("domain \"\(d.name)\" lists the indicator \"\(i.name)\" twice.") }
                    let rate = i.numerator != nil && i.denominator != nil
                    guard (i.column != nil) != rate, (i.numerator == nil) == (i.denominator == nil) else {
                        throw .invalidRequest("indicator \"\(i.name)\" of domain \"\(d.name)\" needs either \"column\" or both \"numerator\" and \"denominator\".")
                    }
                    if let w = i.weight, !(w.isFinite && w > 0) {
                        throw .invalidRequest("indicator \"\(i.name)\" of domain \"\(d.name)\": weight \(w) must be finite and above 0.")
                    }
                }
            default:
                throw .invalidRequest("domain \"\(d.name)\" needs either \"column\" or \"indicators\" (not both).")
            }
        }
    }
}

extension KeyedDecodingContainer {
    /// A number written either as a float or as an integer (TOML tells the two apart: `weight = 28`).
    func decodeNumber(forKey key: Key) throws -> Double {
        if let d = try? decode(Double.self, forKey: key) { return d }
        return Double(try decode(Int.self, forKey: key))
    }

    func decodeNumberIfPresent(forKey key: Key) throws -> Double? {
        guard contains(key) else { return nil }
        return try decodeNumber(forKey: key)
    }
}

extension CompositeSpec.Domain {
    enum CodingKeys: String, CodingKey {
        case name, weight, column, values, deprived, indicators, normalScores, combination
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        weight = try c.decodeNumber(forKey: .weight)
        column = try c.decodeIfPresent(String.self, forKey: .column)
        values = try c.decodeIfPresent(CompositeIndexConfig.DomainValues.self, forKey: .values)
        deprived = try c.decodePolarityIfPresent(worseEnd: .deprived)
        indicators = try c.decodeIfPresent([CompositeSpec.Indicator].self, forKey: .indicators)
        normalScores = try c.decodeIfPresent(Ranking.NormalScoreMethod.self, forKey: .normalScores)
        combination = try c.decodeIfPresent(CompositeSpec.Combination.self, forKey: .combination)
    }
}

extension CompositeSpec.Indicator {
    enum CodingKeys: String, CodingKey { case name, column, numerator, denominator, worse, weight }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        column = try c.decodeIfPresent(String.self, forKey: .column)
        numerator = try c.decodeIfPresent(String.self, forKey: .numerator)
        denominator = try c.decodeIfPresent(String.self, forKey: .denominator)
        worse = try c.decodePolarity(worseEnd: .worse)
        weight = try c.decodeNumberIfPresent(forKey: .weight)
    }
}
