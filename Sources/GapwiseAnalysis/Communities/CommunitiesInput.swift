// CommunitiesInput: a communities file read once into areas, their locality and peer group, and values per period × indicator × area.
import GapwiseIO
import GapwiseNumerics

/// The table of a communities run, checked and arranged: one value per period, indicator and area.
struct CommunitiesInput {
    let file: String
    /// Area codes in order of first appearance, with each area's first line in the file (for messages).
    var areas: [String] = []
    var areaLine: [Int] = []
    var localities: [String] = []
    var localityOf: [Int] = []
    /// Peer groups (empty without a peer-group column) and each area's group (0 without one).
    var peers: [String] = []
    var peerOf: [Int] = []
    var indicators: [String] = []
    var polarity: [Polarity] = []
    /// The periods read: `[to]`, or `[from, to]` for a change; `[""]` when the file has no period column.
    var periods: [String] = []
    /// `values[p][k][a]`: period p, indicator k, area a; NaN where missing.
    var values: [[[Double]]] = []

    init(_ request: CommunitiesRequest, _ whole: CSVTable) throws(AnalysisError) {
        let table = try whole.keeping(request.filters)
        file = table.file
        let reader = ColumnReader(table: table)
        let n = table.rowCount
        func keyLabels(_ name: String, _ rule: String) throws(AnalysisError) -> [String] {
            try Self.labels(reader, name, rows: Array(0..<n), rule)
        }
        // The periods read, and each row's place among them (-1: a period not read).
        let layout = request.layout
        var slot = [Int](repeating: 0, count: n)
        if let p = layout.period {
            let labels = try keyLabels(p, "leaves the row without a period")
            var seen: [String] = []
            var known = Set<String>()
            for l in labels where known.insert(l).inserted { seen.append(l) }
            for (name, field) in [(request.from, RequestField.from), (request.to, .to)] {
                if let name, !known.contains(name) {
                    throw .invalidRequest("\(field: field) \(name): \(file) has no such period in column \(p)\(NameSuggestion.hint(for: name, among: seen)) (it has \(seen.joined(separator: ", "))).")
                }
            }
            if let to = request.to {
                periods = request.from.map { [$0, to] } ?? [to]
            } else if seen.count == 1 {
                periods = seen
            } else {
                throw .invalidRequest("\(file) holds \(seen.count) periods in column \(p) (\(seen.joined(separator: ", "))): name the one to score with \(field: .to), and the start of a change with \(field: .from).")
            }
            let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
            slot = labels.map { index[$0] ?? -1 }
        } else {
            periods = [""]
        }
        let rows = (0..<n).filter { slot[$0] >= 0 }
        // Areas with their locality and peer group, the same on every row of an area.
        let areaLabels = try keyLabels(layout.area, "leaves the row without an area code")
        let localityLabels = try keyLabels(request.locality, "leaves the area outside every locality")
        let peerLabels = try request.peerGroup.map { c throws(AnalysisError) in try keyLabels(c, "leaves the area outside every peer group") }
        var areaIndex: [String: Int] = [:], localityIndex: [String: Int] = [:], peerIndex: [String: Int] = [:]
        var areaOfRow = [Int](repeating: -1, count: n)
        for r in rows {
            if let a = areaIndex[areaLabels[r]] {
                areaOfRow[r] = a
                let first = areaLine[a]
                if localities[localityOf[a]] != localityLabels[r] {
                    throw reader.bad(r, request.locality, localityLabels[r], "differs from line \(first) for the same area \(areas[a]) (\(localities[localityOf[a]])); an area belongs to one locality")
                }
                if let peerLabels, peers[peerOf[a]] != peerLabels[r] {
                    throw reader.bad(r, request.peerGroup!, peerLabels[r], "differs from line \(first) for the same area \(areas[a]) (\(peers[peerOf[a]])); an area belongs to one peer group")
                }
                continue
            }
            let a = areas.count
            areaIndex[areaLabels[r]] = a
            areaOfRow[r] = a
            areas.append(areaLabels[r])
            areaLine.append(table.line(ofRow: r))
            localityOf.append(Self.index(localityLabels[r], &localityIndex, &localities))
            peerOf.append(peerLabels.map { Self.index($0[r], &peerIndex, &peers) } ?? 0)
        }
        guard !areas.isEmpty else { throw .noRows(file: file) }
        switch layout {
        case let .long(_, indicator, value, _, favourableColumn):
            try readLong(request, table, reader, rows, slot, areaOfRow, indicator: indicator, value: value, favourableColumn: favourableColumn)
        case let .wide(_, names, _):
            try readWide(request, table, reader, rows, slot, areaOfRow, names: names)
        }
        for name in request.onlyLocalities where !localities.contains(name) {
            throw .invalidRequest("\(field: .onlyLocalities) \(name): no area of \(file) is in that locality\(NameSuggestion.hint(for: name, among: localities)) (column \(request.locality) holds \(localities.joined(separator: ", "))).")
        }
    }

    /// The cells of a key column as labels (text as written, numbers in shortest form); a missing cell
    /// in `rows` breaks `rule`.
    static func labels(_ reader: ColumnReader, _ name: String, rows: [Int], _ rule: String) throws(AnalysisError) -> [String] {
        let col = try reader.any(name)
        var out = [String](repeating: "", count: reader.table.rowCount)
        for r in rows {
            guard !col.isMissing(r) else { throw reader.bad(r, name, "a missing value", RequestMessage(rule)) }
            out[r] = label(col, r)
        }
        return out
    }

    static func index(_ label: String, _ index: inout [String: Int], _ names: inout [String]) -> Int {
        if let i = index[label] { return i }
        index[label] = names.count
        names.append(label)
        return names.count - 1
    }

    /// The numbers of a value column: a number column as read, or a text column whose every cell is a
    /// number (the first that is not is named by row).
    static func numbers(_ reader: ColumnReader, _ name: String, rows: [Int]) throws(AnalysisError) -> [Double?] {
        let col = try reader.any(name)
        switch col.data {
        case let .number(x): return (0..<x.values.count).map { x[$0] }
        case let .text(t):
            var out = [Double?](repeating: nil, count: t.values.count)
            for r in rows where !t.isMissing[r] {
                guard let v = Double(t.values[r].trimmingCharacters(in: .whitespaces)) else {
                    throw reader.bad(r, name, "\"\(t.values[r])\"", "is not a number; a value must be a number, or blank where missing")
                }
                out[r] = v
            }
            return out
        }
    }

    /// Stores one value, refusing a second value for the same period, indicator and area.
    mutating func store(_ v: Double?, _ p: Int, _ k: Int, _ a: Int, row r: Int, line: inout [[[Int]]],
                        _ reader: ColumnReader, column: String) throws(AnalysisError) {
        if line[p][k][a] != 0 {
            let when = periods[p].isEmpty ? "" : " in \(periods[p])"
            throw reader.bad(r, column, indicators[k], "repeats the indicator for area \(areas[a])\(when), already given on line \(line[p][k][a])")
        }
        line[p][k][a] = reader.table.line(ofRow: r)
        if let v {
            guard v.isFinite else { throw reader.bad(r, column, ResultFormat.number(v), "is not a finite number") }
            values[p][k][a] = v
        }
    }
}
