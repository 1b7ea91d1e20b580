// GroupSample: the rows of one group gathered for measuring (values, weights, ranks, counts, subgroups), validated.
import GapwiseIO
import GapwiseMeasures

/// The usable rows of one `by` group, in row order, with what each measure family needs.
struct GroupSample {
    var key: [String] = []
    var values: [Double] = [], weights: [Double] = [], ranks: [Double] = []
    /// Per area: the numerator and the rest of the denominator (numerator mode only).
    var countA: [Double] = [], countB: [Double] = []
    var subgroups: [Subgroup] = []
    var lowerLimits: [Double] = [], upperLimits: [Double] = []
    var orders: [Int] = []
    /// Each used row's standard error (NaN where missing), parallel to `values`, when a standard-error column
    /// is given: PHE's SII takes quantile rows with or without a subgroup column.
    var standardErrors: [Double] = []
    /// Partition labels for the between/within decompositions.
    var partition: [String] = []
    /// The file row (1-based, header = row 1) of each used area, parallel to `values`, so that a measure's
    /// complaint about value i can name the row it came from.
    var rows: [Int] = []
    /// Every 0-based table row of the group, used or left out, in row order (the band rows of a standardised measure).
    var members: [Int] = []
    /// The zones as the Duncan index reads them (only when deprived and non-deprived columns are given).
    var duncan = DuncanZones()
    /// Rows left out because a needed value was missing.
    var excluded = 0
    /// Whether population weights were given.
    var weighted = false

    var weightArgument: [Double]? { weighted ? weights : nil }
    var population: Double { weighted ? weights.reduce(0, +) : Double(values.count) }
}

/// Reads the columns a request needs and splits a table into validated `GroupSample`s.
struct GroupCollector {
    let request: MeasureRequest
    let table: CSVTable
    let file: String

    init(_ request: MeasureRequest, _ table: CSVTable) {
        self.request = request
        self.table = table
        self.file = table.file
    }

    /// The groups, in order of their first row.
    func collect() throws(AnalysisError) -> [GroupSample] {
        let valueCol = try request.value.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let numCol = try request.numerator.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let denCol = try request.denominator.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let popCol = try request.population.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let rankCol = try request.rankBy.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let seCol = try request.standardError.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let lowerCol = try request.lowerLimit.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let upperCol = try request.upperLimit.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        // A numerator above its denominator is impossible only for proportions (rates may exceed 1 per person).
        let proportions = request.measures.contains {
            $0.kind == .statistic(.proportion) || $0.kind == .distributional(.dissimilarity)
        }
        let deprivedCol = try request.deprived.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let nonDeprivedCol = try request.nonDeprived.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let orderCol = try request.order.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        let nameCol = try request.subgroup.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        let byCols = try request.by.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }

        let partCol = try request.partition.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        let areaCol = try request.area.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        guard table.rowCount > 0 else { throw .noRows(file: file) }
        var order: [[String]] = []
        var members: [[String]: [Int]] = [:]
        for r in 0..<table.rowCount {
            let key = byCols.map { label($0, r) }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(r)
        }
        var samples: [GroupSample] = []
        for key in order {
            var s = GroupSample()
            s.key = key
            s.members = members[key]!
            s.weighted = popCol != nil
            // A life table reads its own band rows (`MeasureRunner.lifeTable`): the rows are not areas.
            if request.lifeTablesOnly { samples.append(s); continue }
            var areaRows: [String: Int] = [:], subgroupRows: [String: Int] = [:]
            for r in members[key]! {
                let row = table.line(ofRow: r)  // 1-based, header is row 1
                if let areaCol { try checkArea(areaCol, r, seen: &areaRows) }
                if let deprivedCol, let nonDeprivedCol {
                    try s.duncan.add(row: row, outcome: valueCol?[r], deprived: deprivedCol[r], nonDeprived: nonDeprivedCol[r],
                                     columns: (request.value ?? "value", request.deprived!, request.nonDeprived!), file: file)
                }
                var v: Double
                if let valueCol {
                    guard let x = valueCol[r] else { s.excluded += 1; continue }
                    v = x
                } else {
                    guard let n = numCol![r], let d = denCol![r] else { s.excluded += 1; continue }
                    if n < 0 { throw .invalidValue(file: file, row: row, column: request.numerator!, value: ResultFormat.number(n), rule: "is negative; counts cannot be negative") }
                    if d <= 0 { throw .invalidValue(file: file, row: row, column: request.denominator!, value: ResultFormat.number(d), rule: "is not positive; a denominator must be above zero") }
                    if proportions, n > d { throw .invalidValue(file: file, row: row, column: request.numerator!, value: ResultFormat.number(n), rule: "is above its denominator \(ResultFormat.number(d)) in \(request.denominator!)") }
                    v = n / d * request.countMultiplier
                    s.countA.append(n)
                    s.countB.append(d - n)
                }
                var w = 1.0
                if let popCol {
                    guard let p = popCol[r] else { s.excluded += 1; if valueCol == nil { s.countA.removeLast(); s.countB.removeLast() }; continue }
                    if p < 0 { throw .invalidValue(file: file, row: row, column: request.population!, value: ResultFormat.number(p), rule: "is negative; a population cannot be negative") }
                    w = p
                }
                if let rankCol {
                    guard let k = rankCol[r] else { s.excluded += 1; if valueCol == nil { s.countA.removeLast(); s.countB.removeLast() }; continue }
                    s.ranks.append(k)
                }
                s.values.append(v)
                s.weights.append(w)
                s.rows.append(row)
                if let seCol { s.standardErrors.append(seCol[r] ?? .nan) }
                // Subgroup or quantile order (quantile rows need no subgroup column: phe_sii/phe_rii), bounded by
                // the group's row count before converting: Int(7e20) would trap (found by FuzzMeasureInput).
                var ord: Int?
                if let orderCol {
                    let most = members[key]!.count
                    guard let o = orderCol[r], o == o.rounded(), o >= 1, o <= Double(most) else {
                        throw .invalidValue(file: file, row: row, column: request.order!, value: orderCol[r].map(ResultFormat.number) ?? "a missing value",
                                            rule: "is not a \(nameCol == nil ? "quantile" : "subgroup") order (a whole number from 1 = most disadvantaged to at most \(most), the number of rows of the group)")
                    }
                    ord = Int(o)
                    s.orders.append(Int(o))
                }
                if let nameCol {
                    let name = label(nameCol, r)
                    if let first = subgroupRows.updateValue(row, forKey: name) {
                        throw .invalidValue(file: file, row: row, column: request.subgroup!, value: "\"\(name)\"",
                                            rule: "names the same subgroup as row \(first)\(groupPhrase(key)); each subgroup must appear once")
                    }
                    s.subgroups.append(Subgroup(label(nameCol, r), estimate: v, standardError: seCol?[r],
                                              population: popCol == nil ? nil : w, order: ord))
                }
                if let partCol {
                    guard case let .some(p) = partCol.isMissing(r) ? nil : label(partCol, r) else {
                        throw .invalidValue(file: file, row: row, column: request.partition!, value: "a missing value",
                                            rule: "leaves this area outside every part of the partition")
                    }
                    s.partition.append(p)
                }
                if let lowerCol, let upperCol {
                    guard let lo = lowerCol[r], let hi = upperCol[r] else {
                        throw .invalidValue(file: file, row: row, column: lowerCol[r] == nil ? request.lowerLimit! : request.upperLimit!,
                                            value: "a missing value", rule: "leaves this quantile without its 95% limit")
                    }
                    s.lowerLimits.append(lo)
                    s.upperLimits.append(hi)
                }
            }
            samples.append(s)
        }
        return samples
    }

    /// An area code must be a GSS code of a known kind and appear once in its group.
    private func checkArea(_ col: CSVColumn, _ r: Int, seen: inout [String: Int]) throws(AnalysisError) {
        let row = table.line(ofRow: r), column = request.area!
        let text = col.isMissing(r) ? "" : label(col, r)
        let code: AreaCode
        do { code = try AreaCode(text) } catch {
            throw .invalidValue(file: file, row: row, column: column, value: "\"\(text)\"",
                                rule: "is not an area code: a GSS code is a letter E, W, S, N, K, L or M followed by 8 digits")
        }
        guard code.kind != nil else {
            throw .invalidValue(file: file, row: row, column: column, value: "\"\(text)\"",
                                rule: "has entity type \(code.entityCode), which is not a kind of area Gapwise knows (\(AreaKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let first = seen.updateValue(row, forKey: text) {
            throw .invalidValue(file: file, row: row, column: column, value: "\"\(text)\"",
                                rule: "repeats the area code of row \(first)\(groupPhrase(nil)); each area must appear once")
        }
    }

    /// " in the same group" when the request groups rows, else "".
    private func groupPhrase(_ key: [String]?) -> String { request.by.isEmpty ? "" : " in the same group" }

}

/// A cell as a group label: text as written, numbers in shortest form, missing as "".
func label(_ col: CSVColumn, _ r: Int) -> String {
    switch col.data {
    case let .text(t): return t.isMissing[r] ? "" : t.values[r]
    case let .number(n): return n.isMissing[r] ? "" : ResultFormat.number(n.values[r])
    }
}

extension CSVColumn {
    func isMissing(_ r: Int) -> Bool {
        switch data {
        case let .text(t): return t.isMissing[r]
        case let .number(n): return n.isMissing[r]
        }
    }
}
