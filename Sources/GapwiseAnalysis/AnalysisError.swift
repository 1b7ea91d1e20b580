// AnalysisError: what can go wrong when a request meets a file: unknown columns, wrong types, bad rows, measure rules.

import GapwiseIO

/// An error from running an analysis over a table. Each case names the file and the column (and row,
/// 1-based with the header as row 1, where one row is at fault) and says which rule was broken.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A requested column is not in the file.
    case unknownColumn(file: String, column: String, available: [String])
    /// A column that must hold numbers holds text.
    case notNumeric(file: String, column: String)
    /// A value breaks a rule (negative count, numerator above denominator, ...).
    case invalidValue(file: String, row: Int, column: String, value: String, rule: String)
    /// A measure code that Gapwise does not know.
    case unknownMeasure(code: String, known: [String])
    /// The request itself is inconsistent (missing value column, conflicting options).
    case invalidRequest(String)
    /// A measure could not be computed for a group; `group` is e.g. "council=S12000033" or "all rows".
    case measureFailed(file: String, group: String, measure: String, reason: String)
    /// The file has a header but no data rows, so there is nothing to measure.
    case noRows(file: String)
    /// Every value is finite but a sum over a column is not: it passes the largest double (about 1.8e308)
    /// at `row`, where the running sum of `column` first became infinite.
    case overflow(file: String, row: Int, column: String, measure: String, quantity: String)
    /// A row filter cannot be applied (unknown column, not COLUMN=VALUE, a number column given text).
    case rowFilter(RowFilterError)
    /// No row is left after the row filters.
    case noRowsAfterFilter(file: String, filters: [RowFilter])

    public var description: String {
        switch self {
        case let .unknownColumn(file, column, available):
            return "\(file): there is no column named \"\(column)\" (columns: \(available.joined(separator: ", ")))."
        case let .notNumeric(file, column):
            return "\(file): column \"\(column)\" must hold numbers but holds text."
        case let .invalidValue(file, row, column, value, rule):
            return "\(file):\(row):\(column): \(value) \(rule)."
        case let .unknownMeasure(code, known):
            return "unknown measure \"\(code)\"; known measures: \(known.joined(separator: ", "))."
        case let .invalidRequest(message):
            return message
        case let .measureFailed(file, group, measure, reason):
            return "\(file): \(measure) for \(group): \(reason)"
        case let .noRows(file):
            return "\(file): the file has a header row but no data rows; there is nothing to measure."
        case let .overflow(file, row, column, measure, quantity):
            return "\(file):\(row):\(column): \(measure): \(quantity) passes the largest double-precision number (about 1.8e308) at this row; rescale the column (e.g. divide by 1,000) so that sums stay finite."
        case let .rowFilter(error):
            return error.description
        case let .noRowsAfterFilter(file, filters):
            return "\(file): no rows are left after the filter \(RowFilter.describe(filters))."
        }
    }
}
