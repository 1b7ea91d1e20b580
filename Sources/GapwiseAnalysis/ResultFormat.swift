// ResultFormat: the table of MeasureResult rows (stable column names), written by the one TableWriter.
import GapwiseIO
import GapwiseMeasures

/// Formatting of numbers and of `MeasureResult` tables.
public enum ResultFormat {
    /// The shortest decimal that reads back to the same double ("0.1", "1e-05", "12"); "NaN"/"Inf" spelled
    /// out: `NumberFormat.full`.
    public static func number(_ x: Double) -> String { NumberFormat.full.text(x) }

    /// The suffix of interval columns for a level: 0.95 → "95", 0.998 → "99.8".
    public static func levelSuffix(_ c: Double) -> String {
        number((c * 1000).rounded() / 10)
    }

    /// Column names: the `by` columns, measure, estimate, se, lower/upper (one level) or
    /// lower_95/upper_95/lower_99.8/... (several), method, groups (areas used), excluded, population.
    public static func columns(by: [String], levels: [Double]) -> [String] {
        var c = by + ["measure", "estimate", "se"]
        if levels.count == 1 { c += ["lower", "upper"] } else {
            for l in levels { c += ["lower_\(levelSuffix(l))", "upper_\(levelSuffix(l))"] }
        }
        return c + ["method", "groups", "excluded", "population"]
    }

    static func cells(_ r: MeasureResult, levels: [Double]) -> [TableCell] {
        var c: [TableCell] = r.group.map { .text($0) }
        c += [.text(r.measure), .value(r.estimate.isNaN ? nil : r.estimate), .value(r.standardError)]
        for l in levels {
            let i = r.intervals.first { $0.confidence == l }
            c += [.value(i?.lower), .value(i?.upper)]
        }
        return c + [.text(r.method), .integer(r.areas), .integer(r.excluded), .exact(r.population)]
    }

    /// The result rows as a table: estimates, standard errors and limits are numbers (rounded when digits
    /// are asked for); groups and excluded are counts; the population that went in is never rounded.
    package static func table(_ rows: [MeasureResult], by: [String], levels: [Double]) -> Table {
        Table(columns: columns(by: by, levels: levels), rows: rows.map { cells($0, levels: levels) })
    }

    /// RFC 4180 CSV (LF line ends); empty cells where a value is not defined.
    public static func csv(_ rows: [MeasureResult], by: [String], levels: [Double], numbers: NumberFormat = .full) -> String {
        TableWriter.csv(table(rows, by: by, levels: levels), numbers: numbers)
    }

    /// A JSON array of objects with the CSV's keys; numbers as JSON numbers, undefined values as null.
    public static func json(_ rows: [MeasureResult], by: [String], levels: [Double], numbers: NumberFormat = .full) -> String {
        TableWriter.json(table(rows, by: by, levels: levels), numbers: numbers)
    }

    static func quote(_ s: String) -> String { TableWriter.quote(s) }

    static func jsonString(_ s: String) -> String { JSONValue.quoted(s) }
}
