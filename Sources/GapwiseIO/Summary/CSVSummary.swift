// CSVSummary: what was read from a CSV file (rows; per column type, missing count, min, max) and its text/JSON forms.

/// A summary of a `CSVTable`, as printed by `gapwise inspect`.
///
/// Per column: its name, type (`number` when every non-missing value is a number), the count of
/// missing values, and the smallest and largest non-missing value (numeric order for numbers,
/// Unicode scalar order for text); min and max are nil when every value is missing.
package struct CSVSummary: Sendable, Equatable {
    /// A minimum or maximum: a number or a string.
    public enum Value: Sendable, Equatable {
        case number(Double)
        case text(String)
    }

    public struct Column: Sendable, Equatable {
        public let name: String
        public let type: CSVColumnType
        public let missing: Int
        public let min: Value?
        public let max: Value?
    }

    public let file: String
    public let rows: Int
    public let columns: [Column]

    /// Summarises every column of `table`.
    public init(table: CSVTable) {
        file = table.file
        rows = table.rowCount
        columns = table.columns.map { column in
            switch column.data {
            case .number(let c):
                var lo = Double.infinity, hi = -Double.infinity
                for (v, m) in zip(c.values, c.isMissing) where !m {
                    lo = Swift.min(lo, v)
                    hi = Swift.max(hi, v)
                }
                let any = c.missingCount < c.values.count
                return Column(name: column.name, type: .number, missing: c.missingCount,
                              min: any ? .number(lo) : nil, max: any ? .number(hi) : nil)
            case .text(let c):
                var lo: String?, hi: String?
                for (v, m) in zip(c.values, c.isMissing) where !m {
                    if lo == nil || v.unicodeScalars.lexicographicallyPrecedes(lo!.unicodeScalars) { lo = v }
                    if hi == nil || hi!.unicodeScalars.lexicographicallyPrecedes(v.unicodeScalars) { hi = v }
                }
                return Column(name: column.name, type: .text, missing: c.missingCount,
                              min: lo.map { .text($0) }, max: hi.map { .text($0) })
            }
        }
    }

    /// JSON: `{"file": ..., "rows": N, "columns": [{"name": ..., "type": "number"|"text", "missing": N,
    /// "min": x, "max": y}]}` with keys in that order, numbers in shortest round-trip form (integers
    /// without a fraction), and null for the min/max of an all-missing column.
    /// With `numbers.digits`, min and max are rounded to that many significant digits.
    public func jsonText(numbers: NumberFormat = .full) -> String {
        var out = "{\"file\": \(Self.jsonString(file)), \"rows\": \(rows), \"columns\": ["
        for (k, c) in columns.enumerated() {
            if k > 0 { out += ", " }
            out += "{\"name\": \(Self.jsonString(c.name)), \"type\": \"\(c.type.rawValue)\", \"missing\": \(c.missing), "
            out += "\"min\": \(Self.json(c.min, numbers)), \"max\": \(Self.json(c.max, numbers))}"
        }
        return out + "]}"
    }

    /// A plain table: one line per column with name, type, missing, min and max.
    public func plainText(numbers: NumberFormat = .full) -> String {
        var lines = ["file: \(file)", "rows: \(rows)"]
        let header = ["column", "type", "missing", "min", "max"]
        let body = columns.map { c in
            [c.name, c.type.rawValue, String(c.missing), Self.plain(c.min, numbers), Self.plain(c.max, numbers)]
        }
        let widths = header.indices.map { k in ([header] + body).map { $0[k].count }.max()! }
        for row in [header] + body {
            let cells = row.enumerated().map { k, cell in
                k == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - cell.count)
            }
            lines.append(cells.joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }

    private static func json(_ v: Value?, _ numbers: NumberFormat) -> String {
        switch v {
        case nil: return "null"
        case .number(let x)?: return x.isFinite ? numbers.text(x) : "null"
        case .text(let s)?: return jsonString(s)
        }
    }

    private static func plain(_ v: Value?, _ numbers: NumberFormat) -> String {
        switch v {
        case nil: return "-"
        case .number(let x)?: return numbers.text(x)
        case .text(let s)?: return s
        }
    }

    /// `s` as a JSON string literal (RFC 8259 escapes).
    static func jsonString(_ s: String) -> String { JSONValue.quoted(s) }
}
