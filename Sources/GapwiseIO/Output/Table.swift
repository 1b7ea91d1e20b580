// Table: the neutral model of an output table (named columns, typed cells) that TableWriter renders.

/// A cell of an output table.
package enum TableCell: Sendable, Equatable {
    /// Text, written as is (quoted in CSV when needed, a string in JSON).
    case text(String)
    /// A computed number, written in the table's `NumberFormat` (rounded when digits are asked for).
    case number(Double)
    /// A number that is never rounded: ranks, confidence levels, seeds, populations that went in.
    case exact(Double)
    /// A whole number (a count, a rank, an index).
    case integer(Int)
    /// No value: an empty CSV cell, JSON null.
    case missing
    /// A cell whose CSV text and JSON value differ (a list written `a;b` in CSV and as an array in JSON).
    case structured(csv: String, json: JSONValue)

    /// `.number(x)`, or `.missing` when `x` is nil.
    public static func value(_ x: Double?) -> TableCell { x.map { .number($0) } ?? .missing }
}

/// A table: column names and rows of cells, one cell per column.
package struct Table: Sendable, Equatable {
    /// The column names (the CSV header, the keys of each JSON object).
    public let columns: [String]
    /// The rows, each with one cell per column.
    public private(set) var rows: [[TableCell]]

    public init(columns: [String], rows: [[TableCell]] = []) {
        for (i, r) in rows.enumerated() {
            precondition(r.count == columns.count, "Table: row \(i) has \(r.count) cells for \(columns.count) columns")
        }
        self.columns = columns
        self.rows = rows
    }

    /// Appends a row (one cell per column).
    public mutating func append(_ row: [TableCell]) {
        precondition(row.count == columns.count, "Table: a row of \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }
}
