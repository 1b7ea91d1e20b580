// DuncanZones: the zones of one group as the Duncan index reads them (outcome or missing, deprived and other people).
import GapwiseIO
import GapwiseMeasures

/// Every zone of a group whose two counts are present, in row order, with its outcome (nil where missing).
///
/// Gathered beside the other measures' sample because the Duncan index treats a missing outcome in its own
/// way (left out and counted, or kept last as CPOP does), while a missing count always leaves the zone out.
struct DuncanZones {
    var outcome: [Double?] = []
    var deprived: [Double] = [], nonDeprived: [Double] = []
    /// The file row (1-based, header = row 1) of each zone.
    var rows: [Int] = []
    /// Rows left out because a count was missing.
    var missingCounts = 0

    /// Adds the zone of file row `row` (1-based, header = row 1); a negative or non-finite count, or a
    /// non-finite outcome, stops the run naming the row and column.
    mutating func add(row: Int, outcome y: Double?, deprived d: Double?, nonDeprived n: Double?,
                      columns: (outcome: String, deprived: String, nonDeprived: String), file: String) throws(AnalysisError) {
        if let y, !y.isFinite {
            throw .invalidValue(file: file, row: row, column: columns.outcome, value: ResultFormat.number(y), rule: "is not a finite number")
        }
        guard let d, let n else { missingCounts += 1; return }
        for (x, column) in [(d, columns.deprived), (n, columns.nonDeprived)] where !(x >= 0 && x.isFinite) {
            throw .invalidValue(file: file, row: row, column: column, value: ResultFormat.number(x),
                                rule: x < 0 ? "is negative; a count of people cannot be negative" : "is not a finite number")
        }
        outcome.append(y)
        deprived.append(d)
        nonDeprived.append(n)
        rows.append(row)
    }
}
