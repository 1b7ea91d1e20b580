// Polarity: whether higher values of an indicator are worse (adverse) or better (favourable), the one word every module uses.

/// Whether higher values of an indicator are worse or better.
///
/// Gapwise has one word for this idea. The earlier file spellings map onto it: HEAT's
/// `favourable_indicator` (1 = favourable), the `worse: higher | lower` key of composite indicators
/// (`higher` = adverse) and the `deprived: higher | lower` key of composite domains (`higher` =
/// adverse: a deprivation rate; `lower` = favourable: a SIMD rank with 1 = most deprived).
public enum Polarity: String, Codable, Sendable, Hashable, CaseIterable {
    /// Higher values are worse (a mortality rate, emergency admissions, an income-deprivation rate).
    case adverse
    /// Higher values are better (attainment, positive destinations, a rank with 1 = most deprived).
    case favourable

    /// +1 for adverse, −1 for favourable: multiplying a value by it makes larger = worse.
    public var sign: Double { self == .adverse ? 1 : -1 }

    /// The end whose values are worse, as the `worse:` and `deprived:` keys of files spell it:
    /// `"higher"` for adverse, `"lower"` for favourable.
    public var worseEnd: String { self == .adverse ? "higher" : "lower" }

    /// The polarity a worse-end spelling names: `"higher"` → adverse, `"lower"` → favourable; nil otherwise.
    public init?(worseEnd: String) {
        switch worseEnd {
        case "higher": self = .adverse
        case "lower": self = .favourable
        default: return nil
        }
    }
}

extension KeyedDecodingContainer {
    /// Reads a polarity written as its worse end (`higher` or `lower`), as the `worse:` and `deprived:`
    /// keys of configuration files spell it.
    package func decodePolarity(worseEnd key: Key) throws -> Polarity {
        let text = try decode(String.self, forKey: key)
        guard let p = Polarity(worseEnd: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                debugDescription: "\"\(text)\" is not higher or lower")
        }
        return p
    }

    /// As `decodePolarity(worseEnd:)`, nil when the key is absent.
    package func decodePolarityIfPresent(worseEnd key: Key) throws -> Polarity? {
        guard contains(key) else { return nil }
        return try decodePolarity(worseEnd: key)
    }
}
