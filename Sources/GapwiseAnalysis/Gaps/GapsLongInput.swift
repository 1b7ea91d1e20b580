// GapsLongInput: a long tidy file (area × indicator × period rows) pivoted into the wide table gaps reads.
import GapwiseIO

/// Long files (one row per area, indicator and period, as statistics.gov.scot and ScotPHO publish) made
/// wide: one row per area and period, the indicators side by side.
public enum GapsLongInput {
    /// The wide column names of an indicator's numbers.
    public static func column(_ indicator: String, _ part: String) -> String { "\(indicator) \(part)" }

    /// Pivots `table`.
    ///
    /// - Parameters:
    ///   - layout: the key columns (area, indicator, period) and the numbers: numerator with denominator,
    ///     or value (with an optional standard error).
    ///   - carry: per-area columns repeated on every row of an area and period (the deprivation rank, the
    ///     locality, the population); they must agree between those rows.
    ///   - filters: rows of the long file kept before pivoting (`RowFilter`).
    /// - Returns: the wide table — columns `layout.area`, `layout.period`, the carried columns, then for each
    ///   indicator (in order of first appearance) "NAME numerator" and "NAME denominator", or "NAME value"
    ///   (and "NAME se") — with a missing cell where an area has no row for an indicator; and one
    ///   `GapsIndicator` per indicator reading those columns (default statistic and polarity).
    /// - Throws: `AnalysisError` naming the file, row and column: a layout mistake, an area and period with
    ///   two rows for one indicator, or carried values that differ between an area's rows.
    public static func widen(_ table: CSVTable, layout: TidyLongLayout, carry: [String], filters: [RowFilter] = []) throws(AnalysisError)
        -> (table: CSVTable, indicators: [GapsIndicator]) {
        let table = try table.keeping(filters)
        let file = table.file
        let obs: [TidyObservation]
        do { obs = try layout.observations(table) } catch { throw .invalidRequest("\(error)") }
        let counts = layout.numerator != nil && layout.denominator != nil
        guard counts || layout.value != nil else {
            throw .invalidRequest("\(file): the long layout needs numerator and denominator columns, or a value column.")
        }
        let carried = try carry.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        struct Key: Hashable { let area: String, period: String }
        var rowOf: [Key: Int] = [:], keys: [Key] = [], first: [Int] = []
        var names: [String] = [], index: [String: Int] = [:]
        var cell: [Int: TidyObservation] = [:]  // wide row × indicators.count + indicator, filled after
        var pending: [(Int, Int, Int)] = []     // (wide row, indicator, long row)
        for (r, o) in obs.enumerated() {
            let k = Key(area: o.area, period: o.period)
            let w: Int
            if let x = rowOf[k] {
                w = x
                for (ci, col) in carried.enumerated() where label(col, r) != label(col, first[x]) {
                    throw .invalidValue(file: file, row: table.line(ofRow: r), column: carry[ci], value: label(col, r).isEmpty ? "a missing value" : label(col, r),
                                        rule: "differs from row \(table.line(ofRow: first[x])) for the same area and period (\(label(col, first[x])))")
                }
            } else {
                w = keys.count
                rowOf[k] = w
                keys.append(k)
                first.append(r)
            }
            if index[o.indicator] == nil { index[o.indicator] = names.count; names.append(o.indicator) }
            pending.append((w, index[o.indicator]!, r))
        }
        let m = names.count
        for (w, i, r) in pending {
            guard cell[w * m + i] == nil else {
                throw .invalidValue(file: file, row: table.line(ofRow: r), column: layout.indicator, value: names[i],
                                    rule: "repeats an indicator already given for area \(keys[w].area) in \(keys[w].period)")
            }
            cell[w * m + i] = obs[r]
        }
        let n = keys.count
        func textColumn(_ name: String, _ v: [String]) -> CSVColumn {
            CSVColumn(name: name, data: .text(CSVTextColumn(values: v, isMissing: .init(repeating: false, count: n))))
        }
        func numberColumn(_ name: String, _ v: [Double?]) -> CSVColumn {
            CSVColumn(name: name, data: .number(CSVNumberColumn(values: v.map { $0 ?? 0 }, isMissing: v.map { $0 == nil })))
        }
        var columns = [textColumn(layout.area, keys.map(\.area)), textColumn(layout.period, keys.map(\.period))]
        for col in carried {
            switch col.data {
            case let .text(t): columns.append(CSVColumn(name: col.name, data: .text(CSVTextColumn(values: first.map { t.values[$0] }, isMissing: first.map { t.isMissing[$0] }))))
            case let .number(x): columns.append(CSVColumn(name: col.name, data: .number(CSVNumberColumn(values: first.map { x.values[$0] }, isMissing: first.map { x.isMissing[$0] }))))
            }
        }
        var indicators: [GapsIndicator] = []
        for (i, name) in names.enumerated() {
            let o = (0..<n).map { cell[$0 * m + i] }
            if counts {
                columns.append(numberColumn(column(name, "numerator"), o.map { $0?.numerator }))
                columns.append(numberColumn(column(name, "denominator"), o.map { $0?.denominator }))
                indicators.append(GapsIndicator(name: name, source: .counts(numerator: column(name, "numerator"), denominator: column(name, "denominator")))
                    .settlingPolarity(stated: nil))
            } else {
                columns.append(numberColumn(column(name, "value"), o.map { $0?.value }))
                var se: String?
                if layout.standardError != nil {
                    se = column(name, "se")
                    columns.append(numberColumn(se!, o.map { $0?.standardError }))
                }
                indicators.append(GapsIndicator(name: name, source: .values(value: column(name, "value"), standardError: se)).settlingPolarity(stated: nil))
            }
        }
        return (CSVTable(file: file, delimiter: table.delimiter, rowCount: n, columns: columns), indicators)
    }
}
