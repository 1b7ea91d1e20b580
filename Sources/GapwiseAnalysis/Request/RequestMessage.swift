// RequestMessage: what is wrong with a request, with the fields at fault kept typed so each surface names them in its own words.

/// A field of a job's request, named as the Swift request names it (`levels`, `replicates`, `measures`).
///
/// Library errors never spell a command-line flag or a config key: they carry the field, and the surface
/// that built the request translates it into what its user wrote. The CLI renders ``levels`` as `--level`,
/// a config loader as the `levels:` key, and an embedder reading ``AnalysisError/description`` sees the
/// property name.
public struct RequestField: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// A sentence about a request in which the fields at fault are typed references, not spelled-out flags.
///
/// Write it as a string, interpolating fields with `field:`:
///
///     throw .invalidRequest("\(field: .levels) \(c) is not a level strictly between 0 and 1 (write 0.95, not 95).")
///
/// ``rendered(naming:)`` spells each field as the caller's user knows it; ``description`` uses the
/// request's own property names.
public struct RequestMessage: Sendable, Equatable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    enum Segment: Sendable, Equatable, Hashable {
        case text(String)
        case field(RequestField)
    }

    var segments: [Segment]

    public init(stringLiteral value: String) { segments = [.text(value)] }
    /// A message with no field references (e.g. another error's description, passed on).
    public init(_ text: String) { segments = [.text(text)] }
    public init(stringInterpolation: Interpolation) { segments = stringInterpolation.segments }

    /// The fields the message refers to, in order of appearance (the first is the one at fault).
    public var fields: [RequestField] {
        segments.compactMap { if case let .field(f) = $0 { return f } else { return nil } }
    }

    /// The message with every field spelled by `naming` (e.g. a flag such as `--level`, or a config key).
    public func rendered(naming: (RequestField) -> String) -> String {
        segments.map { s in
            switch s {
            case let .text(t): return t
            case let .field(f): return naming(f)
            }
        }.joined()
    }

    /// The message with fields named as the Swift request names them.
    public var description: String { rendered { $0.rawValue } }

    public struct Interpolation: StringInterpolationProtocol {
        var segments: [Segment] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { appendText(literal) }
        /// A field of the request, spelled later by the surface that renders the message.
        public mutating func appendInterpolation(field: RequestField) { segments.append(.field(field)) }
        public mutating func appendInterpolation<T>(_ value: T) { appendText(String(describing: value)) }

        /// Text joins the text before it, so equal messages have equal segments however they were written.
        mutating func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            if case let .text(previous)? = segments.last { segments[segments.count - 1] = .text(previous + text) } else { segments.append(.text(text)) }
        }
    }
}

extension RequestField {
    // Fields shared by several jobs' requests.
    public static let indicators: RequestField = "indicators"
    public static let measures: RequestField = "measures"
    public static let levels: RequestField = "levels"
    public static let replicates: RequestField = "replicates"
    public static let threads: RequestField = "threads"
    public static let seed: RequestField = "seed"
    public static let population: RequestField = "population"
    public static let locality: RequestField = "locality"
    public static let rank: RequestField = "rank"
    public static let quantiles: RequestField = "quantiles"
    public static let threshold: RequestField = "threshold"
    public static let worst: RequestField = "worst"
    public static let multiplier: RequestField = "multiplier"
    public static let value: RequestField = "value"
    public static let numerator: RequestField = "numerator"
    public static let denominator: RequestField = "denominator"
    public static let standardError: RequestField = "standardError"
    public static let lower: RequestField = "lower"
    public static let upper: RequestField = "upper"
    public static let subgroup: RequestField = "subgroup"
    public static let rankBy: RequestField = "rankBy"
    public static let partition: RequestField = "partition"
    public static let nationalName: RequestField = "nationalName"
    public static let rate: RequestField = "rate"
    public static let rateType: RequestField = "rateType"
    public static let uncertainty: RequestField = "uncertainty"
    public static let drivers: RequestField = "drivers"
    public static let unit: RequestField = "unit"
    public static let unitName: RequestField = "unitName"
    public static let within: RequestField = "within"
    public static let indicatorSpec: RequestField = "indicator"
    public static let longLayout: RequestField = "long"
    public static let filters: RequestField = "filters"
    public static let invalidAreas: RequestField = "invalidAreas"
    public static let deprived: RequestField = "deprived"
    public static let nonDeprived: RequestField = "nonDeprived"
    public static let bounds: RequestField = "bounds"
    public static let poissonLimits: RequestField = "method"
    public static let concentrationInterval: RequestField = "concInterval"
}
