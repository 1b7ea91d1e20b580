// AnalysisError: what can go wrong when a request meets a file: unknown columns, wrong types, bad rows, measure rules.
import GapwiseIO

import GapwiseIO

/// An error from running an analysis over a table. Each case names the file and the column (and row,
/// 1-based with the header as row 1, where one row is at fault) and says which rule was broken.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A requested column is not in the file.
    case unknownColumn(file: String, column: String, available: [String])
    /// A column that must hold numbers holds text.
    case notNumeric(file: String, column: String)
    /// A value breaks a rule (negative count, numerator above denominator, ...). The rule may name a
    /// request field (the setting that would accept the value), typed as in ``invalidRequest(_:)``.
    case invalidValue(file: String, row: Int, column: String, value: String, rule: RequestMessage)
    /// A measure code that Gapwise does not know.
    case unknownMeasure(code: String, known: [String])
    /// The request itself is inconsistent (missing value column, conflicting options); the message keeps
    /// the fields at fault typed (``RequestMessage/fields``) so each surface names them in its own words.
    case invalidRequest(RequestMessage)
    /// A measure could not be computed for a group; `group` is e.g. "council=S12000033" or "all rows".
    case measureFailed(file: String, group: String, measure: String, reason: String)
    /// The file has a header but no data rows, so there is nothing to measure.
    case noRows(file: String)
    /// Every value is finite but a sum over a column is not: it passes the largest double (about 1.8e308)
    /// at `row`, where the running sum of `column` first became infinite.
    case overflow(file: String, row: Int, column: String, measure: String, quantity: String)
    /// Area codes in `column` that cannot be joined to the national lookups of the 2011 data zones.
    case areaCodes(file: String, column: String, problems: [AreaCodeProblem])
    /// A row filter cannot be applied (unknown column, not COLUMN=VALUE, a number column given text).
    case rowFilter(RowFilterError)
    /// No row is left after the row filters.
    case noRowsAfterFilter(file: String, filters: [RowFilter])

    public var description: String { rendered { $0.rawValue } }

    /// The message with every request field spelled by `naming`: the CLI passes its flags, a config
    /// loader its keys. Only ``invalidRequest(_:)`` refers to fields; the other cases name files and columns.
    public func rendered(naming: (RequestField) -> String) -> String {
        switch self {
        case let .unknownColumn(file, column, available):
            return "\(file): there is no column named \"\(column)\"\(NameSuggestion.hint(for: column, among: available)) (columns: \(available.joined(separator: ", ")))."
        case let .notNumeric(file, column):
            return "\(file): column \"\(column)\" must hold numbers but holds text."
        case let .invalidValue(file, row, column, value, rule):
            return "\(file):\(row):\(column): \(value) \(rule.rendered(naming: naming))."
        case let .unknownMeasure(code, known):
            return "unknown measure \"\(code)\"\(NameSuggestion.hint(for: code, among: known)); known measures: \(known.joined(separator: ", "))."
        case let .invalidRequest(message):
            return message.rendered(naming: naming)
        case let .measureFailed(file, group, measure, reason):
            return "\(file): \(measure) for \(group): \(reason)"
        case let .noRows(file):
            return "\(file): the file has a header row but no data rows; there is nothing to measure."
        case let .areaCodes(file, column, problems):
            let shown = problems.prefix(10).map(\.description).joined(separator: "; ")
            let more = problems.count > 10 ? "; and \(problems.count - 10) more" : ""
            return "\(file): column \"\(column)\": \(problems.count) area code\(problems.count == 1 ? "" : "s") cannot be joined to the national lookup of the 6,976 2011 data zones (S01006506 to S01013481): \(shown)\(more)."
        case let .overflow(file, row, column, measure, quantity):
            return "\(file):\(row):\(column): \(measure): \(quantity) passes the largest double-precision number (about 1.8e308) at this row; rescale the column (e.g. divide by 1,000) so that sums stay finite."
        case let .rowFilter(error):
            return error.description
        case let .noRowsAfterFilter(file, filters):
            return "\(file): no rows are left after the filter \(RowFilter.describe(filters))."
        }
    }
}
