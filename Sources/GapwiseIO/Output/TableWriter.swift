// TableWriter: the one writer of Gapwise's CSV and JSON tables (RFC 4180 CSV; JSON arrays of objects).
import Foundation

/// Output formats of the commands.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case csv, json
}

/// Writes a `Table` as CSV or JSON with one number format (`NumberFormat`).
///
/// CSV follows RFC 4180 with LF line ends: a header row, then one line per row; a field is quoted when it
/// holds `,`, `"`, CR or LF, with `"` doubled. Missing cells are empty; a non-finite number is spelled
/// `NaN`, `Inf` or `-Inf`. JSON is an array of objects keyed by the column names, one object per line;
/// missing cells and non-finite numbers are `null`.
package enum TableWriter {
    /// The table in `format`.
    public static func text(_ table: Table, _ format: OutputFormat, numbers: NumberFormat = .full) -> String {
        format == .csv ? csv(table, numbers: numbers) : json(table, numbers: numbers)
    }

    /// RFC 4180 CSV (LF line ends).
    public static func csv(_ table: Table, numbers: NumberFormat = .full) -> String {
        var out = table.columns.map(quote).joined(separator: ",") + "\n"
        out.reserveCapacity(out.utf8.count + 48 * table.rows.count * max(table.columns.count, 1) / 4)
        for row in table.rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { out += "," }
                out += csvField(cell, numbers)
            }
            out += "\n"
        }
        return out
    }

    /// A JSON array of objects, one per row.
    public static func json(_ table: Table, numbers: NumberFormat = .full) -> String {
        JSONValue.array(objects(table)).text(numbers)
    }

    /// The rows as JSON objects keyed by the column names (to place inside a wrapping object).
    public static func objects(_ table: Table) -> [JSONValue] {
        table.rows.map { row in .object(zip(table.columns, row).map { ($0, jsonValue($1)) }) }
    }

    /// One CSV field.
    public static func csvField(_ cell: TableCell, _ numbers: NumberFormat = .full) -> String {
        switch cell {
        case let .text(s): return quote(s)
        case let .number(x): return numbers.text(x)
        case let .exact(x): return NumberFormat.full.text(x)
        case let .integer(i): return String(i)
        case .missing: return ""
        case let .structured(csv, _): return quote(csv)
        }
    }

    static func jsonValue(_ cell: TableCell) -> JSONValue {
        switch cell {
        case let .text(s): return .string(s)
        case let .number(x): return .number(x)
        case let .exact(x): return .exact(x)
        case let .integer(i): return .integer(i)
        case .missing: return .null
        case let .structured(_, json): return json
        }
    }

    /// An RFC 4180 field: quoted when it holds `,`, `"`, CR or LF, with `"` doubled.
    public static func quote(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
