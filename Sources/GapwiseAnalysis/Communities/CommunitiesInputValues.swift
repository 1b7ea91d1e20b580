// CommunitiesInputValues: the indicators, their polarity and values of a communities file, long or wide, with missing values checked.
import GapwiseIO
import GapwiseNumerics

extension CommunitiesInput {
    /// The indicators chosen from those found: all, or the request's in its order (each must be found).
    func chosen(_ request: CommunitiesRequest, found: [String]) throws(AnalysisError) -> [String] {
        guard !request.indicators.isEmpty else { return found }
        for name in request.indicators where !found.contains(name) {
            throw .invalidRequest("\(field: .indicators) \(name): \(file) has no such indicator\(NameSuggestion.hint(for: name, among: found)) (it has \(found.joined(separator: ", "))).")
        }
        return request.indicators
    }

    /// Polarity from the request's favourable list, each of which must be an indicator of the file.
    func polarities(_ request: CommunitiesRequest, found: [String]) throws(AnalysisError) -> [Polarity] {
        for name in request.favourable where !found.contains(name) {
            throw .invalidRequest("\(field: .favourable) \(name): \(file) has no such indicator\(NameSuggestion.hint(for: name, among: found)) (it has \(found.joined(separator: ", "))).")
        }
        return indicators.map { request.favourable.contains($0) ? .favourable : .adverse }
    }

    mutating func allocate() -> [[[Int]]] {
        values = periods.map { _ in indicators.map { _ in [Double](repeating: .nan, count: areas.count) } }
        return periods.map { _ in indicators.map { _ in [Int](repeating: 0, count: areas.count) } }
    }

    mutating func readLong(_ request: CommunitiesRequest, _ table: CSVTable, _ reader: ColumnReader, _ rows: [Int], _ slot: [Int],
                           _ areaOfRow: [Int], indicator: String, value: String, favourableColumn: String?) throws(AnalysisError) {
        let names = try Self.labels(reader, indicator, rows: rows, "leaves the row without an indicator")
        var found: [String] = [], known = Set<String>()
        for r in rows where known.insert(names[r]).inserted { found.append(names[r]) }
        indicators = try chosen(request, found: found)
        let k = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1, $0) })
        if let column = favourableColumn {
            let col = try reader.any(column)
            var given = [String?](repeating: nil, count: indicators.count), firstLine = [Int](repeating: 0, count: indicators.count)
            for r in rows {
                guard let i = k[names[r]] else { continue }
                let text = col.isMissing(r) ? "" : label(col, r)
                guard ["yes", "no"].contains(text.lowercased()) else {
                    throw reader.bad(r, column, text.isEmpty ? "a missing value" : "\"\(text)\"", "is not Yes (higher values are better) or No (higher values are worse)")
                }
                if let g = given[i], g != text.lowercased() {
                    throw reader.bad(r, column, text, "differs from line \(firstLine[i]) for the same indicator \(indicators[i]); an indicator has one polarity")
                }
                if given[i] == nil { given[i] = text.lowercased(); firstLine[i] = table.line(ofRow: r) }
            }
            polarity = given.map { $0 == "yes" ? .favourable : .adverse }
        } else {
            polarity = try polarities(request, found: found)
        }
        var line = allocate()
        let v = try Self.numbers(reader, value, rows: rows)
        for r in rows {
            guard let i = k[names[r]] else { continue }
            try store(v[r], slot[r], i, areaOfRow[r], row: r, line: &line, reader, column: indicator)
        }
        try checkMissing(request, line, valueColumns: indicators.map { _ in value }, absentColumn: indicator)
    }

    mutating func readWide(_ request: CommunitiesRequest, _ table: CSVTable, _ reader: ColumnReader, _ rows: [Int], _ slot: [Int],
                           _ areaOfRow: [Int], names: [String]) throws(AnalysisError) {
        for name in names { _ = try reader.any(name) }
        indicators = try chosen(request, found: names)
        polarity = try polarities(request, found: names)
        var line = allocate()
        let columns = try indicators.map { name throws(AnalysisError) in try Self.numbers(reader, name, rows: rows) }
        var seen = periods.map { _ in [Int](repeating: 0, count: areas.count) }
        for r in rows {
            let a = areaOfRow[r], p = slot[r]
            if seen[p][a] != 0 {
                let when = periods[p].isEmpty ? "" : " in \(periods[p])"
                throw reader.bad(r, request.layout.area, areas[a], "appears twice\(when): already on line \(seen[p][a]); a wide file has one row per area and period")
            }
            seen[p][a] = table.line(ofRow: r)
            for (i, c) in columns.enumerated() { try store(c[r], p, i, a, row: r, line: &line, reader, column: indicators[i]) }
        }
        try checkMissing(request, line, valueColumns: indicators, absentColumn: request.layout.area)
    }

    /// Under the `.error` policy, the first missing value is an error naming its line (or, where an area
    /// has no row at all for an indicator, the area's first line).
    func checkMissing(_ request: CommunitiesRequest, _ line: [[[Int]]], valueColumns: [String],
                      absentColumn: String) throws(AnalysisError) {
        guard request.missing == .error else { return }
        for p in periods.indices {
            let when = periods[p].isEmpty ? "" : " in \(periods[p])"
            for k in indicators.indices {
                for a in areas.indices where values[p][k][a].isNaN {
                    if line[p][k][a] != 0 {
                        throw .invalidValue(file: file, row: line[p][k][a], column: valueColumns[k], value: "a missing value",
                                            rule: "leaves area \(areas[a]) without a value of \(indicators[k])\(when); every area needs a value of every indicator (or leave missing values out with \(field: .missing) exclude)")
                    }
                    throw .invalidValue(file: file, row: areaLine[a], column: absentColumn, value: areas[a],
                                        rule: "has no row for indicator \(indicators[k])\(when); every area needs a value of every indicator (or leave missing values out with \(field: .missing) exclude)")
                }
            }
        }
    }
}
