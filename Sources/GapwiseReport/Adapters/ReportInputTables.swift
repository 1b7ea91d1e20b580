// ReportInputTables: several input files of the same layout (e.g. one per year) joined into one table for a report.
import GapwiseAnalysis
import GapwiseIO

/// Joins tables read from several files with the same columns (one file per year, say) into one.
public enum ReportInputTables {
    /// The rows of `tables` one after the other. Every table must have the same column names, in any order,
    /// each of the same type (numbers or text) in every file. The joined table's `file` is the files' names
    /// joined by " + ", and its rows are numbered as in the concatenation (header counted once), which is
    /// how an error about it names a row. Callers that can should re-run a failing analysis on each file
    /// alone, so that an error names the file and row it comes from (`gapwise report` does).
    /// - Throws: `AnalysisError.invalidRequest` naming the file and column that differ.
    public static func concatenate(_ tables: [CSVTable]) throws(AnalysisError) -> CSVTable {
        guard let first = tables.first else { throw .invalidRequest("give at least one input file.") }
        if tables.count == 1 { return first }
        let names = first.columns.map(\.name)
        for t in tables.dropFirst() {
            let theirs = Set(t.columns.map(\.name))
            if let missing = names.first(where: { !theirs.contains($0) }) {
                throw .invalidRequest("\(t.file): has no column \"\(missing)\", which \(first.file) has; every input file needs the same columns.")
            }
            if let extra = t.columns.first(where: { !names.contains($0.name) }) {
                throw .invalidRequest("\(t.file): has a column \"\(extra.name)\" that \(first.file) does not; every input file needs the same columns.")
            }
            for c in first.columns where t[c.name]!.type != c.type {
                throw .invalidRequest("\(t.file): column \"\(c.name)\" holds \(t[c.name]!.type == .number ? "numbers" : "text") but in \(first.file) it holds \(c.type == .number ? "numbers" : "text"); the files must agree.")
            }
        }
        let columns = first.columns.map { c -> CSVColumn in
            switch c.data {
            case .number:
                var v: [Double] = [], m: [Bool] = []
                for t in tables { let n = t[c.name]!.numbers!; v += n.values; m += n.isMissing }
                return CSVColumn(name: c.name, data: .number(CSVNumberColumn(values: v, isMissing: m)))
            case .text:
                var v: [String] = [], m: [Bool] = []
                for t in tables { let x = t[c.name]!.text!; v += x.values; m += x.isMissing }
                return CSVColumn(name: c.name, data: .text(CSVTextColumn(values: v, isMissing: m)))
            }
        }
        return CSVTable(file: tables.map(\.file).joined(separator: " + "), delimiter: first.delimiter,
                        rowCount: tables.reduce(0) { $0 + $1.rowCount }, columns: columns)
    }
}
