// GeographyJoin: attaches a GeographyHierarchy to a table's code column (on codes only) and reports what did not match.

/// A table joined to a geography: the table with the coarser levels attached, the code of each row,
/// and the report of unknown, repeated, missing and blank codes.
package struct GeographyJoin: Sendable {
    /// The input table followed by, for each level coarser than the join level, a text column of
    /// codes named by the level's `key` (e.g. `council_area`) and, where the lookup has names, a
    /// column of names (`council_area_name`). Values are missing on rows that were not joined.
    public let table: CSVTable
    /// The code of each data row (nil where blank or, with `allowOtherLevels`, of another level).
    public let codes: [AreaCode?]
    /// Whether each data row was joined (its code is in the lookup).
    public let isMatched: [Bool]
    /// What matched and what did not.
    public let report: GeographyJoinReport
}

extension GeographyHierarchy {
    /// Joins `table` to the hierarchy on the codes in `codeColumn`, which are areas of `level`
    /// (default: the finest level). Names in the table are never used.
    ///
    /// Each row's code must be blank (reported), or a valid code of `level` (joined if the lookup has
    /// it, reported as unknown if not). A malformed code throws `invalidCode` naming file, row and
    /// column; a valid code of another level (e.g. the `S92000003` Scotland row of a data zone file)
    /// throws too, unless `allowOtherLevels` is true, when such rows are left unjoined and reported.
    ///
    /// Throws `GeographyError`: `levelNotInLookup`, `missingColumn`, `notText` (numbers, unless every
    /// value is missing: then every row is blank), `invalidCode`,
    /// `columnExists` (an added column's name is taken). Problems with the match are not thrown but
    /// reported (`GeographyJoinReport`); call `report.requireComplete()` to make them errors.
    /// `exampleLimit` (≥ 1) bounds the examples kept per problem and the rows kept per example.
    public func join(_ table: CSVTable, codeColumn: String, level: GeographyLevel? = nil,
                     allowOtherLevels: Bool = false, exampleLimit: Int = 5) throws(GeographyError) -> GeographyJoin {
        precondition(exampleLimit >= 1, "GeographyHierarchy.join: exampleLimit must be at least 1")
        let level = level ?? levels[0]
        let k = try index(of: level)
        let file = table.file
        guard let column = table[codeColumn] else { throw .missingColumn(file: file, column: codeColumn) }
        let text: CSVTextColumn
        if let t = column.text { text = t } else if column.missingCount == table.rowCount {
            text = CSVTextColumn(values: .init(repeating: "", count: table.rowCount), isMissing: .init(repeating: true, count: table.rowCount))
        } else {
            throw .notText(file: file, column: codeColumn)
        }

        // Columns to add (checked before any work).
        let coarser = Array(levels[(k + 1)...])
        var added: [(name: String, level: Int, isName: Bool)] = []
        for (offset, l) in coarser.enumerated() {
            let j = k + 1 + offset
            added.append((l.key, j, false))
            if areasByLevel[j].contains(where: { records[$0]?.name != nil }) { added.append((l.key + "_name", j, true)) }
        }
        for a in added where table[a.name] != nil { throw .columnExists(file: file, column: a.name) }

        var codes = [AreaCode?](repeating: nil, count: table.rowCount)
        var matched = [Bool](repeating: false, count: table.rowCount)
        var rowsOf: [AreaCode: [Int]] = [:]
        var order: [AreaCode] = []
        var blank: [Int] = [], other: [(AreaCode, Int)] = []
        for i in 0..<table.rowCount {
            let row = i + 2
            guard let t = text[i] else { blank.append(row); continue }
            let code: AreaCode
            do {
                code = try AreaCode(t, at: level)
            } catch {
                if allowOtherLevels, case .wrongLevel(let c, _) = error { other.append((c, row)); continue }
                throw .invalidCode(file: file, row: row, column: codeColumn, problem: error)
            }
            codes[i] = code
            if rowsOf[code] == nil { order.append(code) }
            rowsOf[code, default: []].append(row)
            matched[i] = records[code] != nil
        }

        func issue(_ list: [AreaCode]) -> GeographyJoinReport.Issue {
            GeographyJoinReport.Issue(
                codes: list.count, rows: list.reduce(0) { $0 + rowsOf[$1]!.count },
                examples: list.prefix(exampleLimit).map { .init(code: $0.rawValue, rows: Array(rowsOf[$0]!.prefix(exampleLimit))) })
        }
        let unknown = order.filter { records[$0] == nil }
        let repeated = order.filter { rowsOf[$0]!.count > 1 }
        let missing = areasByLevel[k].filter { rowsOf[$0] == nil }
        var otherFirst: [AreaCode: Int] = [:]
        for (c, r) in other where otherFirst[c] == nil { otherFirst[c] = r }
        let report = GeographyJoinReport(
            file: file, column: codeColumn, level: level, lookup: source, lookupAreas: areasByLevel[k].count,
            rows: table.rowCount, matchedRows: matched.lazy.filter { $0 }.count,
            matchedAreas: order.count - unknown.count,
            unknown: issue(unknown), repeated: issue(repeated),
            blank: .init(codes: 0, rows: blank.count, examples: blank.prefix(exampleLimit).map { .init(code: "", rows: [$0]) }),
            otherLevels: .init(codes: otherFirst.count, rows: other.count,
                               examples: other.prefix(exampleLimit).map { .init(code: $0.0.rawValue, rows: [$0.1]) }),
            missingAreas: missing.count, missingExamples: Array(missing.prefix(exampleLimit)))

        // The added columns.
        var columns = table.columns
        for a in added {
            var values = [String](repeating: "", count: table.rowCount)
            var isMissing = [Bool](repeating: true, count: table.rowCount)
            for i in 0..<table.rowCount where matched[i] {
                guard let area = try? area(containing: codes[i]!, at: levels[a.level]) else { continue }
                if a.isName {
                    guard let n = records[area]?.name else { continue }
                    values[i] = n
                } else {
                    values[i] = area.rawValue
                }
                isMissing[i] = false
            }
            columns.append(CSVColumn(name: a.name, data: .text(CSVTextColumn(values: values, isMissing: isMissing))))
        }
        let joined = CSVTable(file: file, delimiter: table.delimiter, rowCount: table.rowCount, columns: columns)
        return GeographyJoin(table: joined, codes: codes, isMatched: matched, report: report)
    }
}
