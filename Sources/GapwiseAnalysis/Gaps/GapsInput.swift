// GapsInput: the columns a gaps run reads, its years and localities, and each area's quantile in every scheme.
import GapwiseIO
import GapwiseNumerics

/// The table read once for a run: per row its year, locality and band in every scheme.
struct GapsInput {
    let table: CSVTable
    let file: String
    /// The deprivation rank column's name.
    let rankColumn: String
    /// Year labels in output order, and each row's year index.
    let years: [String]
    let yearOf: [Int]
    /// Profile names in output order (the country first when included) and each row's locality profile index
    /// (-1 without a locality column).
    let profiles: [String]
    let localityOf: [Int]
    /// Index of the national profile, if included.
    let nationalProfile: Int?
    /// `nationalBand[s][r]`, `localBand[s][r]`: the band of row r in scheme s (1 = most deprived).
    let nationalBand: [[Int]]
    let localBand: [[Int]]
    /// Per year, its rows in file order.
    let rowsOfYear: [[Int]]
    /// Scheme pairs (coarse, fine) whose bands nest in every row (a quintile = two deciles).
    let nested: [(coarse: Int, fine: Int)]

    init(_ request: GapsRequest, _ table: CSVTable) throws(AnalysisError) {
        self.table = table
        file = table.file
        rankColumn = request.rank
        let n = table.rowCount
        let rank = try ColumnReader(table: table).numbers(request.rank)
        let population = try request.population.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        for ind in request.indicators {
            switch ind.source {
            case let .counts(num, den): _ = try ColumnReader(table: table).numbers(num); _ = try ColumnReader(table: table).numbers(den)
            case let .values(v, se): _ = try ColumnReader(table: table).numbers(v); if let se { _ = try ColumnReader(table: table).numbers(se) }
            case let .ageBands(n, d, _): for c in n + d { _ = try ColumnReader(table: table).numbers(c) }
            }
        }
        for r in 0..<n {
            guard let k = rank[r], k.isFinite else {
                throw .invalidValue(file: file, row: table.line(ofRow: r), column: request.rank, value: "a missing value",
                                    rule: "leaves the area without a deprivation rank, so it cannot be placed in a quantile")
            }
            if let total = request.rankTotal { _ = try NationalRanks.rank(k, total: total, table: table, row: r, column: request.rank) }
            if request.weighting == .population {
                guard let p = population![r], p >= 0, p.isFinite else {
                    throw .invalidValue(file: file, row: table.line(ofRow: r), column: request.population!,
                                        value: population![r].map(ResultFormat.number) ?? "a missing value",
                                        rule: "is not a population (0 or more), needed by population-weighted bands")
                }
            }
        }
        // Years.
        var yearLabels = [String](repeating: "", count: n)
        if let y = request.year {
            guard let col = table[y] else { throw .unknownColumn(file: file, column: y, available: table.columns.map(\.name)) }
            for r in 0..<n {
                guard !col.isMissing(r) else {
                    throw .invalidValue(file: file, row: table.line(ofRow: r), column: y, value: "a missing value", rule: "leaves the row without a year")
                }
                yearLabels[r] = label(col, r)
            }
        }
        let distinctYears = Array(Set(yearLabels))
        if distinctYears.allSatisfy({ Double($0) != nil }) {
            years = distinctYears.sorted { Double($0)! < Double($1)! }
        } else {
            years = distinctYears.sorted()
        }
        let yearIndex = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        yearOf = yearLabels.map { yearIndex[$0]! }
        var rowsOfYear = [[Int]](repeating: [], count: years.count)
        for r in 0..<n { rowsOfYear[yearOf[r]].append(r) }
        self.rowsOfYear = rowsOfYear
        // Localities.
        var names: [String] = []
        var localityLabels: [String] = []
        if let l = request.locality {
            guard let col = table[l] else { throw .unknownColumn(file: file, column: l, available: table.columns.map(\.name)) }
            for r in 0..<n {
                guard !col.isMissing(r) else {
                    throw .invalidValue(file: file, row: table.line(ofRow: r), column: l, value: "a missing value", rule: "leaves the area outside every locality")
                }
                localityLabels.append(label(col, r))
            }
            names = Array(Set(localityLabels)).sorted()
        }
        if request.includeNational, names.contains(request.nationalName) {
            throw .invalidRequest("a locality in \(request.locality!) is named \"\(request.nationalName)\", the national profile's name; give another with \(field: .nationalName).")
        }
        nationalProfile = request.includeNational ? 0 : nil
        profiles = (request.includeNational ? [Self.nationalLabel(request, rowsOfYear)] : []) + names
        let offset = request.includeNational ? 1 : 0
        let localIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + offset) })
        let locOf = request.locality == nil ? [Int](repeating: -1, count: n) : localityLabels.map { localIndex[$0]! }
        localityOf = locOf
        // Bands, per year (national) and per year and locality (local).
        var national: [[Int]] = [], local: [[Int]] = []
        for k in request.quantiles {
            var nb = [Int](repeating: 0, count: n), lb = [Int](repeating: 0, count: n)
            for rows in rowsOfYear {
                let ranks = rows.map { rank.values[$0] }
                let pops = population.map { p in rows.map { p.values[$0] } }
                do {
                    // With a rank total: ceil(rank * k / total) in integers (ranks checked whole above).
                    let a = if let t = request.rankTotal { ranks.map { NationalRanks.band(Int($0), of: k, total: t) } }
                        else { try Self.bands(ranks, pops, k, groups: nil as [Int]?, request.weighting) }
                    for (i, r) in rows.enumerated() { nb[r] = a[i] }
                    if request.basis == .local, request.locality != nil {
                        let g = rows.map { locOf[$0] }
                        let b = try Self.bands(ranks, pops, k, groups: g, request.weighting)
                        for (i, r) in rows.enumerated() { lb[r] = b[i] }
                    }
                } catch {
                    throw .measureFailed(file: file, group: "year \(years[yearOf[rows[0]]])", measure: "\(k) quantile bands", reason: error.description)
                }
            }
            national.append(nb)
            local.append(request.basis == .local ? lb : nb)
        }
        nationalBand = national
        localBand = local
        var nested: [(Int, Int)] = []
        for (i, k) in request.quantiles.enumerated() {
            for (j, f) in request.quantiles.enumerated() where f > k && f % k == 0 {
                let ratio = f / k
                let ok = (0..<n).allSatisfy {
                    (national[j][$0] - 1) / ratio + 1 == national[i][$0] && (local[j][$0] - 1) / ratio + 1 == local[i][$0]
                }
                if ok { nested.append((i, j)) }
            }
        }
        self.nested = nested
    }

    /// The national profile's name; with a rank total, a year holding other than that many areas adds the
    /// count, e.g. "Scotland (746 of 6976 areas in the file)", so that a part is never named as the whole.
    private static func nationalLabel(_ request: GapsRequest, _ rowsOfYear: [[Int]]) -> String {
        guard let total = request.rankTotal, let held = rowsOfYear.map(\.count).max(), held != total || rowsOfYear.contains(where: { $0.count != total }) else {
            return request.nationalName
        }
        let counts = Set(rowsOfYear.map(\.count)).sorted()
        let count = counts.count == 1 ? "\(held)" : "\(counts.first!) to \(held)"
        return "\(request.nationalName) (\(count) of \(total) areas in the file)"
    }

    private static func bands<G: Hashable>(_ ranks: [Double], _ pops: [Double]?, _ k: Int, groups: [G]?,
                                           _ weighting: GapsBandWeighting) throws(RankingError) -> [Int] {
        switch (weighting, groups) {
        case (.count, nil): return try QuantileBands.byCount(ranks: ranks, bands: k).bands
        case let (.count, g?): return try QuantileBands.byCount(ranks: ranks, bands: k, groups: g).bands
        case (.population, nil): return try QuantileBands.byPopulation(ranks: ranks, population: pops!, bands: k).bands
        case let (.population, g?): return try QuantileBands.byPopulation(ranks: ranks, population: pops!, bands: k, groups: g).bands
        }
    }

}
