// RowFilter: the one row filter of every job: keep the rows whose column equals a value (COLUMN=VALUE).
import Foundation

/// Keeps the rows of a table whose `column` holds `value`.
///
/// Several filters combine as follows: filters on different columns must all hold (AND); several filters
/// on the same column keep a row holding any of their values (OR), so `year=2022` and `year=2023`
/// together keep both years. A text cell matches when it equals the value exactly (case and spaces
/// count); a number cell matches when the value reads as the same number (`2023` and `2023.0` both
/// match 2023). An empty value matches missing cells only.
public struct RowFilter: Sendable, Hashable, Codable {
    /// The column tested (its trimmed header name).
    public let column: String
    /// The value a kept row holds in that column.
    public let value: String

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    /// Reads `COLUMN=VALUE`, split at the first `=` (the value may itself contain `=`); the column must
    /// not be empty.
    public static func parse(_ text: String) throws(RowFilterError) -> RowFilter {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else { throw .malformed(text) }
        return RowFilter(column: String(text[..<eq]), value: String(text[text.index(after: eq)...]))
    }

    /// The filters as `COLUMN=VALUE` text, in order, for messages.
    public static func describe(_ filters: [RowFilter]) -> String {
        filters.map { "\($0.column)=\($0.value)" }.joined(separator: ", ")
    }
}

/// Why a row filter cannot be applied.
public enum RowFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not `COLUMN=VALUE`.
    case malformed(String)
    /// The table has no such column.
    case unknownColumn(file: String, column: String, available: [String])
    /// The column holds numbers and the value is not one.
    case notANumber(file: String, column: String, value: String)

    public var description: String {
        switch self {
        case let .malformed(text):
            return "the filter \"\(text)\" is not COLUMN=VALUE (e.g. year=2023)."
        case let .unknownColumn(file, column, available):
            return "\(file): the filter names column \"\(column)\", which is not in the file (columns: \(available.joined(separator: ", ")))."
        case let .notANumber(file, column, value):
            return "\(file): the filter \(column)=\(value) can never match: column \"\(column)\" holds numbers and \"\(value)\" is not a number."
        }
    }
}

extension CSVTable {
    /// The 0-based data rows kept by `filters` (see `RowFilter`), in input order; all rows when there is
    /// no filter. Every filter column is checked, and a number column's value must read as a number,
    /// before any row is tested.
    public func rows(matching filters: [RowFilter]) throws(RowFilterError) -> [Int] {
        guard !filters.isEmpty else { return Array(0..<rowCount) }
        var tests: [(column: CSVColumn, texts: Set<String>, numbers: Set<Double>, missing: Bool)] = []
        for f in filters {
            guard let col = self[f.column] else {
                throw .unknownColumn(file: file, column: f.column, available: columns.map(\.name))
            }
            let k = tests.firstIndex { $0.column.name == f.column } ?? {
                tests.append((col, [], [], false))
                return tests.count - 1
            }()
            if f.value.isEmpty { tests[k].missing = true; continue }
            switch col.data {
            case .text: tests[k].texts.insert(f.value)
            case .number:
                guard let x = Double(f.value.trimmingCharacters(in: .whitespaces)), x.isFinite else {
                    throw .notANumber(file: file, column: f.column, value: f.value)
                }
                tests[k].numbers.insert(x == 0 ? 0 : x)
            }
        }
        return (0..<rowCount).filter { r in
            tests.allSatisfy { t in
                switch t.column.data {
                case let .text(c): return c.isMissing[r] ? t.missing : t.texts.contains(c.values[r])
                case let .number(c): return c.isMissing[r] ? t.missing : t.numbers.contains(c.values[r] == 0 ? 0 : c.values[r])
                }
            }
        }
    }

    /// The table with only the rows kept by `filters`. The result remembers each kept row's line in the
    /// file, so errors about it still name the right line (`line(ofRow:)`).
    public func filtered(by filters: [RowFilter]) throws(RowFilterError) -> CSVTable {
        guard !filters.isEmpty else { return self }
        return selecting(rows: try rows(matching: filters))
    }

    /// The table with only the given 0-based data rows, in the given order.
    public func selecting(rows keep: [Int]) -> CSVTable {
        let columns = columns.map { c -> CSVColumn in
            switch c.data {
            case let .text(t):
                return CSVColumn(name: c.name, data: .text(CSVTextColumn(values: keep.map { t.values[$0] }, isMissing: keep.map { t.isMissing[$0] })))
            case let .number(n):
                return CSVColumn(name: c.name, data: .number(CSVNumberColumn(values: keep.map { n.values[$0] }, isMissing: keep.map { n.isMissing[$0] })))
            }
        }
        return CSVTable(file: file, delimiter: delimiter, rowCount: keep.count, columns: columns,
                        sourceRows: keep.map { sourceRows?[$0] ?? $0 })
    }
}
