// RowFilters: where a job applies its request's row filters to the table it reads, with errors as AnalysisError.
import GapwiseIO

extension CSVTable {
    /// The rows a job with these `filters` reads: all, or those the filters keep (`RowFilter`). Errors
    /// about a kept row still name its line in the file. No row left is an error naming the filters.
    package func keeping(_ filters: [RowFilter]) throws(AnalysisError) -> CSVTable {
        guard !filters.isEmpty else { return self }
        let kept: CSVTable
        do { kept = try filtered(by: filters) } catch { throw .rowFilter(error) }
        guard kept.rowCount > 0 || rowCount == 0 else { throw .noRowsAfterFilter(file: file, filters: filters) }
        return kept
    }
}
