// NationalRanks: a rank column's national total: each area's national band ceil(rank·k/total), checks, and the coverage note.
import GapwiseDeprivation
import GapwiseIO

/// What a rank total means, for every request that takes one (`GapsRequest.rankTotal`,
/// `RankRequest.rankTotal`): the rank column ranks `total` areas nationally (6,976 data zones for SIMD), so
/// an area's national band is `ceil(rank · k / total)` from its own rank, however few of the areas the file
/// holds — SIMD's published rule. A file holding fewer areas than the total is said so, never silently
/// called national.
enum NationalRanks {
    /// Checks a rank total: at least 1, and not with population-weighted bands (those need every area's population).
    static func validate(total: Int?, populationWeighted: Bool) throws(AnalysisError) {
        guard let total else { return }
        if total < 1 { throw .invalidRequest("the rank total \(total) must be at least 1 (the number of areas ranked nationally).") }
        if populationWeighted {
            throw .invalidRequest("population-weighted national bands need the population of every area ranked, not a rank total; band by count, or use the population-weighted bands of the national lookup as the rank.")
        }
    }

    /// `value` (row `r` of `column` in `table`) as a national rank out of `total`: a whole number from 1 to
    /// `total`, else an error naming the file, line, column and rule.
    static func rank(_ value: Double, total: Int, table: CSVTable, row r: Int, column: String) throws(AnalysisError) -> Int {
        guard value >= 1 && value <= Double(total) && value.rounded() == value else {
            throw .invalidValue(file: table.file, row: table.line(ofRow: r), column: column, value: ResultFormat.number(value),
                                rule: "is not a national rank: with a rank total of \(total) it must be a whole number from 1 to \(total)")
        }
        return Int(value)
    }

    /// `ceil(rank · k / total)` in integers (1 = the most deprived band).
    static func band(_ rank: Int, of k: Int, total: Int) -> Int { (rank * k + total - 1) / total }

    /// "746 of 6976" when a file holds other than `total` areas (e.g. one council), nil when it holds them all.
    static func coverage(held: Int, total: Int) -> String? { held == total ? nil : "\(held) of \(total)" }
}

extension AreaLookupJoin {
    /// The rank total of `column` when it is the national rank a deprivation join adds (`simd_rank`):
    /// the 6,976 data zones of every shipped edition; nil for any other column or without a join.
    public static func rankTotal(of column: String, deprivation: SIMDEdition?) -> Int? {
        deprivation != nil && column == "simd_rank" ? nationalAreaCount : nil
    }
}
