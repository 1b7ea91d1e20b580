// CompositeIndexConfig: the JSON description of a composite deprivation index (domains, polarity, weights).

import Foundation
import GapwiseNumerics

/// What a composite deprivation index is made of, as read from a JSON file.
///
/// Schema (every key required unless marked optional):
///
///     {
///       "name": "SIMD 2016 from published domain ranks",     // shown in results
///       "description": "...",                              // optional free text (source, notes)
///       "transform": "simdExponential",                    // how each domain rank is rescaled
///       "ties": "average",                                 // optional: tie policy of the final rank
///       "domains": [
///         { "name": "income",                              // unique within the index
///           "column": "Income_Domain_2016_Rank",          // input column holding the domain values
///           "values": "rank",                              // "rank" (1...N, used as given) or "score"
///           "deprived": "lower",                           // which end is deprived: "lower" or "higher"
///           "weight": 28 },                                // > 0; need not sum to 1 or 100
///         ...
///       ]
///     }
///
/// - `values: "rank"`: the column already holds a domain rank among the N areas (ties may be averages,
///   e.g. 6934.5); with `deprived: "lower"` rank 1 is the most deprived (SIMD's published convention),
///   with `"higher"` rank N is, and the rank is flipped to `N + 1 − value`. Values must lie in `1...N`.
/// - `values: "score"`: the column holds a domain score or rate; it is ranked (average ranks for ties)
///   so that 1 = most deprived, the deprived end being the `deprived` one.
/// - `transform: "simdExponential"`: `SIMDExponentialTransform` (the only transform so far).
/// - `ties`: R's tie methods `"average"` (the default, as openSIMD's `rank(-score)`), `"min"`, `"max"`,
///   `"dense"`, `"first"`, for areas whose overall scores are exactly equal.
///
/// Weights are used as given (the score is `Σ w_d E_d`); scaling them all by a constant changes the
/// scores by that factor but not the ranks.
public struct CompositeIndexConfig: Codable, Sendable, Equatable {
    /// How a domain's input column is to be read.
    public enum DomainValues: String, Codable, Sendable {
        /// A rank among all areas, in `1...N`, used as given (after flipping when `deprived` is higher).
        case rank
        /// A score or rate, ranked by the index.
        case score
    }

    /// How domain ranks are rescaled before weighting.
    public enum Transform: String, Codable, Sendable {
        /// `SIMDExponentialTransform`: `E = −23 ln(1 − (R/N)(1 − e^(−100/23)))`, R = N − D.
        case simdExponential
    }

    /// The tie policy of the final rank, named as R's `ties.method`.
    public enum Ties: String, Codable, Sendable {
        case average, min, max, dense, first

        /// The matching `Ranking.TieMethod`.
        public var method: Ranking.TieMethod {
            switch self {
            case .average: return .average
            case .min: return .min
            case .max: return .max
            case .dense: return .dense
            case .first: return .first
            }
        }
    }

    /// One domain of the index.
    public struct Domain: Codable, Sendable, Equatable {
        public var name: String
        public var column: String
        public var values: DomainValues
        /// Which end of the values is deprived, written `deprived` in the file: `.adverse` (`"higher"`:
        /// larger values are more deprived, e.g. an income-deprivation rate) or `.favourable` (`"lower"`:
        /// smaller values are more deprived, e.g. published ranks with 1 = most deprived).
        public var polarity: Polarity
        public var weight: Double

        public init(name: String, column: String, values: DomainValues, polarity: Polarity, weight: Double) {
            self.name = name
            self.column = column
            self.values = values
            self.polarity = polarity
            self.weight = weight
        }

        enum CodingKeys: String, CodingKey { case name, column, values, deprived, weight }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            column = try c.decode(String.self, forKey: .column)
            values = try c.decode(DomainValues.self, forKey: .values)
            polarity = try c.decodePolarity(worseEnd: .deprived)
            weight = try c.decode(Double.self, forKey: .weight)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(column, forKey: .column)
            try c.encode(values, forKey: .values)
            try c.encode(polarity.worseEnd, forKey: .deprived)
            try c.encode(weight, forKey: .weight)
        }
    }

    public var name: String
    public var description: String?
    public var transform: Transform
    public var ties: Ties?
    public var domains: [Domain]

    public init(name: String, description: String? = nil, transform: Transform = .simdExponential,
                ties: Ties? = nil, domains: [Domain]) {
        self.name = name
        self.description = description
        self.transform = transform
        self.ties = ties
        self.domains = domains
    }

    /// The tie policy in force (`average` when the file does not say).
    public var tiePolicy: Ties { ties ?? .average }

    /// Checks the rules the JSON syntax cannot: at least one domain, unique names, weights finite and > 0.
    ///
    /// - Throws: `DeprivationError.noDomains`, `.duplicateDomain`, `.invalidWeight`.
    public func validate() throws(DeprivationError) {
        guard !domains.isEmpty else { throw .noDomains }
        var seen = Set<String>()
        for d in domains {
            guard seen.insert(d.name).inserted else { throw .duplicateDomain(name: d.name) }
            guard d.weight.isFinite && d.weight > 0 else { throw .invalidWeight(domain: d.name, weight: d.weight) }
        }
    }

    /// Decodes and validates a configuration from JSON bytes.
    ///
    /// - Throws: `DeprivationError.invalidConfig` naming the offending key path when the JSON is
    ///   malformed, a key is missing or a value has the wrong type or an unknown name; then the
    ///   errors of `validate()`.
    public static func decode(from data: Data) throws(DeprivationError) -> CompositeIndexConfig {
        let config: CompositeIndexConfig
        do {
            config = try JSONDecoder().decode(CompositeIndexConfig.self, from: data)
        } catch let error as DecodingError {
            throw .invalidConfig(detail: Self.explain(error))
        } catch {
            throw .invalidConfig(detail: "\(error)")
        }
        try config.validate()
        return config
    }

    /// Reads, decodes and validates a configuration file.
    ///
    /// - Throws: `DeprivationError.invalidConfig` when the file cannot be read; as `decode(from:)`.
    public static func load(from url: URL) throws(DeprivationError) -> CompositeIndexConfig {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .invalidConfig(detail: "cannot read \(url.path) (\(error.localizedDescription))")
        }
        return try decode(from: data)
    }

    /// A sentence naming the key path of a decoding failure.
    static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            guard !keys.isEmpty else { return "the top level" }
            var text = ""
            for key in keys {
                if let i = key.intValue { text += "[\(i)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text
        }
        switch error {
        case let .keyNotFound(key, ctx):
            return "the key \"\(key.stringValue)\" is missing at \(path(ctx.codingPath))."
        case let .typeMismatch(_, ctx), let .valueNotFound(_, ctx):
            return "the value at \(path(ctx.codingPath)) has the wrong type (\(ctx.debugDescription))."
        case let .dataCorrupted(ctx):
            return "the value at \(path(ctx.codingPath)) is not valid (\(ctx.debugDescription))."
        @unknown default:
            return "\(error)"
        }
    }
}

extension CompositeIndexConfig {
    /// A sentence naming the key path of a decoding failure (for configuration readers in other modules).
    public static func explainDecoding(_ error: DecodingError) -> String { explain(error) }
}
