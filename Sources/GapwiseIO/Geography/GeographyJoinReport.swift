// GeographyJoinReport: what a join of a table to a geography found (unknown, repeated, missing, blank, other-level codes).

/// The outcome of joining a table's code column to a `GeographyHierarchy`: counts, and the first
/// few examples of each kind of problem, in file order (rows count the header as row 1).
///
/// - unknown: codes of the join level that the lookup does not have (e.g. 2001 data zones joined to
///   a 2011 lookup), with their rows;
/// - repeated: codes on more than one row (expected in long files, a problem in wide ones);
/// - missing: areas of the lookup at the join level that no row names (the file does not cover the
///   whole geography), sorted by code;
/// - blank: rows with no code;
/// - other levels: rows whose code is a valid code of another level (only when the join allows them).
package struct GeographyJoinReport: Sendable, Equatable, CustomStringConvertible {
    /// One code and the rows it is on (at most the example limit of rows).
    public struct Example: Sendable, Equatable {
        public let code: String
        public let rows: [Int]

        public init(code: String, rows: [Int]) {
            self.code = code
            self.rows = rows
        }
    }

    /// A kind of problem: how many distinct codes, on how many rows, and the first few.
    public struct Issue: Sendable, Equatable {
        /// Distinct codes (for blank rows: 0).
        public let codes: Int
        /// Rows affected.
        public let rows: Int
        /// The first few codes (or blank rows, with an empty code) in file order.
        public let examples: [Example]

        public static let none = Issue(codes: 0, rows: 0, examples: [])

        public init(codes: Int, rows: Int, examples: [Example]) {
            self.codes = codes
            self.rows = rows
            self.examples = examples
        }
    }

    /// The data file and its code column.
    public let file: String
    public let column: String
    /// The level the codes were joined at.
    public let level: GeographyLevel
    /// The lookup file and how many areas of `level` it has.
    public let lookup: String
    public let lookupAreas: Int
    /// Data rows in the table, and rows whose code was found in the lookup.
    public let rows: Int
    public let matchedRows: Int
    /// Distinct codes found in the lookup.
    public let matchedAreas: Int

    public let unknown: Issue
    public let repeated: Issue
    public let blank: Issue
    public let otherLevels: Issue
    /// Lookup areas of `level` not in the table: how many, and the first few by code.
    public let missingAreas: Int
    public let missingExamples: [AreaCode]

    /// Whether every row was joined and every lookup area appears (repeated codes allowed or not).
    public func isComplete(allowingRepeatedCodes: Bool = false) -> Bool {
        unknown.rows == 0 && blank.rows == 0 && otherLevels.rows == 0 && missingAreas == 0
            && (allowingRepeatedCodes || repeated.rows == 0)
    }

    /// Throws `GeographyError.incompleteJoin(self)` unless `isComplete(allowingRepeatedCodes:)`.
    public func requireComplete(allowingRepeatedCodes: Bool = false) throws(GeographyError) {
        if !isComplete(allowingRepeatedCodes: allowingRepeatedCodes) { throw .incompleteJoin(self) }
    }

    /// A summary line, then one line per kind of problem found, e.g.
    /// `simd.csv:Data_Zone: 6976 rows joined to 6976 of the 6976 data zones of datazone2011.csv`.
    public var description: String {
        var lines = ["\(file):\(column): \(matchedRows) of \(rows) rows joined to \(matchedAreas) of the \(lookupAreas) \(plural(level.name, lookupAreas)) of \(lookup)"]
        func list(_ e: [Example]) -> String {
            e.map { $0.code.isEmpty ? "row \($0.rows[0])" : "\($0.code) (row\($0.rows.count == 1 ? "" : "s") \($0.rows.map(String.init).joined(separator: ", ")))" }
                .joined(separator: ", ")
        }
        if unknown.rows > 0 {
            lines.append("  unknown: \(unknown.codes) \(plural("code", unknown.codes)) on \(unknown.rows) \(plural("row", unknown.rows)) not in the lookup, e.g. \(list(unknown.examples))")
        }
        if repeated.rows > 0 {
            lines.append("  repeated: \(repeated.codes) \(plural("code", repeated.codes)) on more than one row (\(repeated.rows) rows), e.g. \(list(repeated.examples))")
        }
        if missingAreas > 0 {
            lines.append("  missing: \(missingAreas) \(plural(level.name, missingAreas)) of the lookup not in the file, e.g. \(missingExamples.map(\.rawValue).joined(separator: ", "))")
        }
        if blank.rows > 0 {
            lines.append("  blank: \(blank.rows) \(plural("row", blank.rows)) with no code, e.g. \(list(blank.examples))")
        }
        if otherLevels.rows > 0 {
            lines.append("  other levels: \(otherLevels.rows) \(plural("row", otherLevels.rows)) with codes of another level, not joined, e.g. \(list(otherLevels.examples))")
        }
        return lines.joined(separator: "\n")
    }

    private func plural(_ noun: String, _ n: Int) -> String { n == 1 ? noun : noun + "s" }
}
