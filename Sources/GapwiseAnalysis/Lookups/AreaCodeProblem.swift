// AreaCodeProblem: why one row's area code cannot be joined to the national lookups (unknown, 2001, repeated).

/// One row whose area code cannot take the national deprivation or geography of a 2011 data zone.
public struct AreaCodeProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The cell is empty.
        case missing
        /// A 2001 data zone (S01000001 to S01006505), replaced by the 2011 zones in 2014.
        case retired
        /// Not a 2011 data zone.
        case unknown
        /// The code already appeared on `firstRow` (in the same year, when the file has years).
        case duplicate(firstRow: Int)
    }

    /// The row, 1-based with the header as row 1.
    public let row: Int
    /// The code as written.
    public let code: String
    public let kind: Kind

    public init(row: Int, code: String, kind: Kind) {
        self.row = row
        self.code = code
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .missing: return "row \(row) has no code"
        case .retired: return "row \(row) \"\(code)\" is a 2001 data zone, retired in 2014 (SIMD 2016 and 2020v2 rank the 2011 zones)"
        case .unknown: return "row \(row) \"\(code)\" is not a 2011 data zone"
        case let .duplicate(first): return "row \(row) \"\(code)\" repeats row \(first)"
        }
    }
}
