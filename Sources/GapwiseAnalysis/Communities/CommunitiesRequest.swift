// CommunitiesRequest: what `gapwise communities` is asked: layout, locality and peer-group columns, polarity, periods, filters.
import GapwiseIO

/// The method that scores communities.
public enum CommunitiesMethod: String, Sendable, Equatable, Codable, CaseIterable {
    /// The Improvement Service's Community Planning Outcomes Profile (CPOP): z-scores within the locality
    /// (partnership) and within the peer group (typology group), their sums ranked within the locality.
    case cpop
}

/// What to do with an area that has no value for an indicator in a period the run reads.
public enum CommunitiesMissingPolicy: String, Sendable, Equatable, Codable, CaseIterable {
    /// Stop with an error naming the file, row and column (the default: no silent repair).
    case error
    /// Leave the value out: its scores are missing, the means and standard deviations of its groups are
    /// taken over the others (R's `na.rm = TRUE`), and the area's combined score is missing (CPOP sums
    /// without `na.rm`), so the area is not ranked on outcomes.
    case exclude
}

/// A request to score every area's outcomes against its locality and against its peers (CPOP's method).
public struct CommunitiesRequest: Sendable, Equatable, Codable {
    /// Where the areas, indicators, values and periods are.
    public var layout: CommunitiesLayout
    /// The locality column (CPOP's partnership, `CPP`); areas are scored and ranked within it.
    public var locality: String
    /// The peer-group column (CPOP's `Typology_Group`: similar communities, spanning localities); nil: no
    /// peer scores.
    public var peerGroup: String?
    /// The indicators scored, in output order; empty: every indicator of the file, in order of appearance.
    public var indicators: [String]
    /// The indicators whose higher values are better (`Polarity.favourable`); every other indicator is
    /// adverse. Empty when the long layout's `favourable` column says it instead.
    public var favourable: [String]
    public var method: CommunitiesMethod
    /// The period the change is measured from (needs `to`); nil: no change.
    public var from: String?
    /// The period scored (and the end of the change); nil when the file (after `filters`) holds one period.
    public var to: String?
    /// Rows kept before anything is read (`RowFilter`). The peer and national scores need every area of
    /// the country, so filter periods, not areas; `onlyLocalities` narrows the output instead.
    public var filters: [RowFilter]
    /// Missing values: an error (default) or left out.
    public var missing: CommunitiesMissingPolicy
    /// The localities whose areas are output; empty: all. Scores are computed over every area either way.
    public var onlyLocalities: [String]

    public init(layout: CommunitiesLayout, locality: String, peerGroup: String? = nil, indicators: [String] = [],
                favourable: [String] = [], method: CommunitiesMethod = .cpop, from: String? = nil, to: String? = nil,
                filters: [RowFilter] = [], missing: CommunitiesMissingPolicy = .error, onlyLocalities: [String] = []) {
        self.layout = layout; self.locality = locality; self.peerGroup = peerGroup; self.indicators = indicators
        self.favourable = favourable; self.method = method; self.from = from; self.to = to; self.filters = filters
        self.missing = missing; self.onlyLocalities = onlyLocalities
    }

    /// Whether a change between two periods is asked for.
    public var measuresChange: Bool { from != nil }

    /// Checks the request on its own, before any file is read.
    ///
    /// - Throws: `AnalysisError.invalidRequest` naming the field at fault.
    public func validate() throws(AnalysisError) {
        if from != nil && to == nil { throw .invalidRequest("a change needs its end period: give \(field: .to) beside \(field: .from).") }
        if let from, from == to { throw .invalidRequest("\(field: .from) and \(field: .to) are both \(from); a change needs two different periods.") }
        if (from != nil || to != nil) && layout.period == nil {
            throw .invalidRequest("\(field: .from) and \(field: .to) name periods, but the layout has no period column.")
        }
        if case let .long(_, _, _, _, column?) = layout, !favourable.isEmpty {
            throw .invalidRequest("the polarity is read from the column \(column) of the long file: leave out \(field: .favourable).")
        }
        if case let .wide(_, names, _) = layout, names.isEmpty {
            throw .invalidRequest("a wide file needs its indicator columns named in \(field: .indicators).")
        }
        for (list, f) in [(indicators, RequestField.indicators), (favourable, .favourable), (onlyLocalities, .onlyLocalities)] {
            var seen = Set<String>()
            for name in list where !seen.insert(name).inserted {
                throw .invalidRequest("\(field: f) names \"\(name)\" twice.")
            }
        }
        let keys = [layout.area, locality] + [peerGroup, layout.period].compactMap { $0 }
        if Set(keys).count != keys.count {
            throw .invalidRequest("the area, \(field: .locality), \(field: .peerGroup) and period columns must be different columns (given \(keys.joined(separator: ", "))).")
        }
    }
}

extension RequestField {
    // Fields of the communities request.
    public static let peerGroup: RequestField = "peerGroup"
    public static let favourable: RequestField = "favourable"
    public static let from: RequestField = "from"
    public static let to: RequestField = "to"
    public static let onlyLocalities: RequestField = "onlyLocalities"
    public static let missing: RequestField = "missing"
}
