// ColumnReader: the one place analyses look up a table's columns and filter its rows, with errors naming the file.
import GapwiseIO

/// Column look-ups with errors naming the file.
struct ColumnReader {
    let table: CSVTable

    func any(_ name: String) throws(AnalysisError) -> CSVColumn {
        guard let col = table[name] else {
            throw .unknownColumn(file: table.file, column: name, available: table.columns.map(\.name))
        }
        return col
    }

    func numbers(_ name: String) throws(AnalysisError) -> CSVNumberColumn {
        guard let n = try any(name).numbers else { throw .notNumeric(file: table.file, column: name) }
        return n
    }

    /// The 0-based data rows whose every filter column's cell (as `label` spells it) equals the filter value,
    /// in input order; all rows when there is no filter.
    func rows(matching filters: [(column: String, value: String)]) throws(AnalysisError) -> [Int] {
        let columns = try filters.map { f throws(AnalysisError) in (try any(f.column), f.value) }
        return (0..<table.rowCount).filter { r in columns.allSatisfy { label($0.0, r) == $0.1 } }
    }

    /// The 0-based data rows kept by `filters` (`RowFilter`: different columns AND, one column's values OR).
    func rows(matching filters: [RowFilter]) throws(AnalysisError) -> [Int] {
        do { return try table.rows(matching: filters) } catch { throw .rowFilter(error) }
    }

    /// An invalid-value error at 0-based data row `r` (reported 1-based with the header as row 1).
    func bad(_ r: Int, _ column: String, _ value: String, _ rule: RequestMessage) -> AnalysisError {
        .invalidValue(file: table.file, row: table.line(ofRow: r), column: column, value: value, rule: rule)
    }
}
