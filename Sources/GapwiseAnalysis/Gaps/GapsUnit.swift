// GapsUnit: one unit of a gaps run (one indicator in one year): quantile sums, suppression, quantile tables.
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

/// The profiles and gap rows of one indicator in one year, over every scheme and locality.
struct GapsUnitResult: Sendable {
    var profiles: [QuantileProfile] = []
    var gaps: [GapRow] = []
}

/// Sums per cell (scheme × profile × quantile) of one unit.
struct GapsCells {
    let offsets: [Int]
    let schemes: [Int]
    let profiles: Int
    var numerator: [Double], denominator: [Double], weightedVariance: [Double]
    var areas: [Int], excluded: [Int]
    /// Age-band sums per cell (DSR indicators): `bandNumerator[cell * bands + j]`.
    var bands = 0
    var bandNumerator: [Double] = [], bandDenominator: [Double] = []
    /// Area rows per (scheme, profile), kept only when a measure over areas was asked for.
    var members: [[Int]]
    /// Each cell's usable areas as summed (count and denominator, or value × weight and weight), kept
    /// only for the bootstrap over areas.
    var strata: [GapsStratum]

    init(schemes: [Int], profiles: Int, keepMembers: Bool, keepStrata: Bool = false) {
        self.schemes = schemes
        self.profiles = profiles
        var o = [Int](), total = 0
        for k in schemes { o.append(total); total += profiles * k }
        offsets = o
        numerator = .init(repeating: 0, count: total)
        denominator = numerator
        weightedVariance = numerator
        areas = .init(repeating: 0, count: total)
        excluded = areas
        members = keepMembers ? .init(repeating: [], count: schemes.count * profiles) : []
        strata = keepStrata ? .init(repeating: GapsStratum(), count: total) : []
    }

    func index(_ s: Int, _ p: Int, _ q: Int) -> Int { offsets[s] + p * schemes[s] + (q - 1) }
}

extension GapsRunner {
    /// Computes one indicator in one year (each profile's seeds derive from its identity: `unitSeed`).
    static func unit(_ ind: GapsIndicator, year y: Int, _ request: GapsRequest,
                     _ input: GapsInput) throws(AnalysisError) -> GapsUnitResult {
        let table = input.table, file = input.file
        let P = input.profiles.count
        let keep = request.measures.contains { spec in
            switch spec.kind { case .distributional, .statistic: return true; default: return false }
        }
        // The bootstrap resamples the areas of a quantile; a DSR's quantile is not a sum of its areas' ratios.
        var dsr = false
        if case .ageBands = ind.source { dsr = true }
        var cells = GapsCells(schemes: request.quantiles, profiles: P, keepMembers: keep,
                              keepStrata: request.interval == .bootstrap && !dsr)
        let pop = try request.population.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
        var colA: CSVNumberColumn, colB: CSVNumberColumn, seCol: CSVNumberColumn?
        var bandA: [CSVNumberColumn] = [], bandB: [CSVNumberColumn] = []
        let counts: Bool
        switch ind.source {
        case let .counts(n, d):
            colA = try ColumnReader(table: table).numbers(n); colB = try ColumnReader(table: table).numbers(d); counts = true
        case let .values(v, se):
            colA = try ColumnReader(table: table).numbers(v); colB = pop!
            seCol = try se.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }; counts = false
        case let .ageBands(n, d, _):
            bandA = try n.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
            bandB = try d.map { c throws(AnalysisError) in try ColumnReader(table: table).numbers(c) }
            (colA, colB) = try bandTotals(bandA, bandB, names: (n, d), table: table)
            counts = true
            cells.bands = n.count
            cells.bandNumerator = .init(repeating: 0, count: cells.numerator.count * n.count)
            cells.bandDenominator = cells.bandNumerator
        }
        // Local copies: the loop then touches no shared array's reference count (two threads would fight
        // over that cache line).
        let rows = input.rowsOfYear[y], nationalBand = input.nationalBand, localBand = input.localBand
        let localityOf = input.localityOf, nationalProfile = input.nationalProfile
        let aValues = colA.values, aMissing = colA.isMissing, bValues = colB.values, bMissing = colB.isMissing
        let schemes = request.quantiles.count
        for r in rows {
            var a: Double? = aMissing[r] ? nil : aValues[r], b: Double? = bMissing[r] ? nil : bValues[r]
            var variance = 0.0
            if counts, let x = a, let d = b {
                if x < 0 { throw .invalidValue(file: file, row: table.line(ofRow: r), column: ind.columns[0], value: ResultFormat.number(x), rule: "is negative; counts cannot be negative") }
                if d < 0 { throw .invalidValue(file: file, row: table.line(ofRow: r), column: ind.columns[1], value: ResultFormat.number(d), rule: "is negative; a denominator cannot be negative") }
                if ind.statistic == .proportion, x > d {
                    if request.invalidAreas == .exclude { a = nil; b = nil } else {
                    throw .invalidValue(file: file, row: table.line(ofRow: r), column: ind.columns[0], value: ResultFormat.number(x), rule: "is above its denominator \(ResultFormat.number(d)) in \(ind.columns[1]) (\(field: .invalidAreas) exclude leaves such areas out)")
                    }
                }
            } else if !counts, let v = a, let w = b {
                if w < 0 { throw .invalidValue(file: file, row: table.line(ofRow: r), column: request.population!, value: ResultFormat.number(w), rule: "is negative; a population cannot be negative") }
                if let seCol {
                    if let s = seCol[r], s >= 0 { variance = w * w * s * s } else { a = nil }
                }
                if a != nil { a = v * w }
            }
            if a == nil || b == nil { a = nil; b = nil }
            for s in 0..<schemes {
                if let p0 = nationalProfile {
                    let i = cells.index(s, p0, nationalBand[s][r])
                    add(&cells, i, a, b, variance)
                    if a != nil { addBands(&cells, i, r, bandA, bandB) }
                    if keep { cells.members[s * P + p0].append(r) }
                }
                let p = localityOf[r]
                if p >= 0 {
                    let i = cells.index(s, p, localBand[s][r])
                    add(&cells, i, a, b, variance)
                    if a != nil { addBands(&cells, i, r, bandA, bandB) }
                    if keep { cells.members[s * P + p].append(r) }
                }
            }
        }
        let status = suppression(cells, counts: counts, request: request, input: input)
        var out = GapsUnitResult()
        for (s, k) in request.quantiles.enumerated() {
            for p in 0..<P {
                var rows: [QuantileRow] = [], hidden: [InternalValue?] = []
                for q in 1...k {
                    let i = cells.index(s, p, q)
                    let (row, internalValue) = quantileRow(ind, q, cells, i, status[i], request.levels, seCol != nil || counts)
                    rows.append(row)
                    hidden.append(internalValue)
                }
                let profile = QuantileProfile(locality: input.profiles[p], indicator: ind.name, year: input.years[y], scheme: k, rows: rows)
                out.profiles.append(profile)
                let strata = cells.strata.isEmpty ? [] : (1...k).map { cells.strata[cells.index(s, p, $0)] }
                out.gaps += profileGaps(profile, values: hidden, indicator: ind, request: request, input: input,
                                        members: keep ? cells.members[s * P + p] : [], counts: (colA, colB, counts),
                                        strata: strata)
            }
        }
        return out
    }

    /// Adds row r's age bands to cell i (DSR indicators only).
    private static func addBands(_ c: inout GapsCells, _ i: Int, _ r: Int, _ a: [CSVNumberColumn], _ b: [CSVNumberColumn]) {
        for j in 0..<c.bands {
            c.bandNumerator[i * c.bands + j] += a[j].values[r]
            c.bandDenominator[i * c.bands + j] += b[j].values[r]
        }
    }

    /// Per area, the events and population summed over the age bands (missing when any band is missing);
    /// a negative band is an error naming its column.
    static func bandTotals(_ a: [CSVNumberColumn], _ b: [CSVNumberColumn], names: ([String], [String]),
                           table: CSVTable) throws(AnalysisError) -> (CSVNumberColumn, CSVNumberColumn) {
        let n = a.first?.values.count ?? 0
        var sa = [Double](repeating: 0, count: n), sb = sa, missing = [Bool](repeating: false, count: n)
        for r in 0..<n {
            for (cols, labels, out) in [(a, names.0, 0), (b, names.1, 1)] {
                for (j, col) in cols.enumerated() {
                    guard let x = col[r] else { missing[r] = true; continue }
                    if x < 0 { throw .invalidValue(file: table.file, row: table.line(ofRow: r), column: labels[j], value: ResultFormat.number(x), rule: "is negative; counts and populations cannot be negative") }
                    if out == 0 { sa[r] += x } else { sb[r] += x }
                }
            }
        }
        return (CSVNumberColumn(values: sa, isMissing: missing), CSVNumberColumn(values: sb, isMissing: missing))
    }

    private static func add(_ c: inout GapsCells, _ i: Int, _ a: Double?, _ b: Double?, _ v: Double) {
        c.areas[i] += 1
        guard let a, let b else { c.excluded[i] += 1; return }
        c.numerator[i] += a
        c.denominator[i] += b
        c.weightedVariance[i] += v
        if !c.strata.isEmpty {
            c.strata[i].a.append(a)
            c.strata[i].b.append(b)
        }
    }

    /// Primary and secondary suppression of one unit's count cells (value indicators are not suppressed).
    static func suppression(_ cells: GapsCells, counts: Bool, request: GapsRequest, input: GapsInput) -> [UInt8] {
        let n = cells.numerator.count
        guard counts, request.threshold > 0 else { return [UInt8](repeating: 0, count: n) }
        var problem = SuppressionProblem(counts: cells.numerator,
                                         hasData: (0..<n).map { cells.areas[$0] > cells.excluded[$0] })
        let P = cells.profiles
        for (s, k) in cells.schemes.enumerated() {
            for p in 0..<P { problem.lines.append(((1...k).map { cells.index(s, p, $0) }, true)) }
            // The localities' cells of a national band add up to the country's cell.
            if request.basis == .national, let p0 = input.nationalProfile, P > 1 {
                for q in 1...k { problem.lines.append(((0..<P).map { cells.index(s, $0, q) }, false)) }
                _ = p0
            }
        }
        for (c, f) in input.nested {
            let ratio = cells.schemes[f] / cells.schemes[c]
            for p in 0..<P {
                for q in 1...cells.schemes[c] {
                    let fine = (1...ratio).map { cells.index(f, p, (q - 1) * ratio + $0) }
                    problem.lines.append(([cells.index(c, p, q)] + fine, false))
                }
            }
        }
        return problem.solve(threshold: request.threshold)
    }

    /// What a quantile's statistic is inside the run, published or not: the value and its 95% limits
    /// (PHE's SII simulates from 95% limits whatever the levels asked for).
    struct InternalValue {
        let value: Double
        let lower95: Double?, upper95: Double?
    }

    /// The published row of a quantile, and the statistic kept internally for measures that only use
    /// published extremes (nil when the quantile has no data).
    static func quantileRow(_ ind: GapsIndicator, _ q: Int, _ c: GapsCells, _ i: Int, _ st: UInt8,
                            _ levels: [Double], _ hasSE: Bool) -> (QuantileRow, InternalValue?) {
        let num = c.numerator[i], den = c.denominator[i]
        let usable = c.areas[i] - c.excluded[i]
        var status: QuantileStatus = st == 1 ? .suppressed : st == 2 ? .secondary : .published
        if c.areas[i] == 0 { status = .empty } else if usable == 0 || den <= 0 { status = .noData }
        var value: Double?, se: Double?, intervals: [ConfidenceInterval] = [], method = ""
        var l95: Double?, u95: Double?
        let all = levels.contains(0.95) ? levels : levels + [0.95]
        if status == .published || status == .suppressed || status == .secondary {
            do {
                switch ind.statistic {
                case .proportion:
                    let e = try Indicator.proportion(numerator: num, denominator: den, confidence: all, multiplier: ind.multiplier)
                    value = e.value; intervals = e.intervals; method = e.method
                    let p = num / den
                    se = ind.multiplier * (p * (1 - p) / den).squareRoot()
                case .dsr:
                    guard case let .ageBands(_, _, w) = ind.source else { preconditionFailure("validated: a DSR has age bands") }
                    let B = c.bands
                    let x = Array(c.bandNumerator[i * B..<(i + 1) * B]), n = Array(c.bandDenominator[i * B..<(i + 1) * B])
                    let e = try Indicator.dsr(events: x, populations: n, standardPopulation: w, confidence: all, multiplier: ind.multiplier)
                    value = e.value; intervals = e.intervals; method = e.method + (e.value == nil ? " (\(e.statistic))" : "")
                    // Dobson's variance of the DSR: Σ x_a (w_a/n_a)² / (Σ w)², × multiplier².
                    let wSum = w.reduce(0, +)
                    var v = 0.0
                    for a in 0..<B { v += x[a] * (w[a] / n[a]) * (w[a] / n[a]) }
                    se = ind.multiplier * v.squareRoot() / wSum
                    if value == nil { status = status == .published ? .noData : status; se = nil }
                case .lifeExpectancy:
                    let B = c.bands
                    let x = Array(c.bandNumerator[i * B..<(i + 1) * B]), n = Array(c.bandDenominator[i * B..<(i + 1) * B])
                    let e = try LifeExpectancy.chiangSilcocks(startAges: AgeBands.standard(finalBand: B == 19 ? 85 : 90), deaths: x,
                                                              populations: n, finalBand: B == 19 ? 85 : 90, ages: [0], confidence: all)[0]
                    value = e.value; intervals = e.intervals; se = e.standardError
                    method = e.flag.map { "\(LifeExpectancyEstimate.method) (\($0))" } ?? LifeExpectancyEstimate.method
                    if value == nil { status = status == .published ? .noData : status; se = nil }
                case .rate:
                    let e = try Indicator.rate(events: num, denominator: den, confidence: all, multiplier: ind.multiplier)
                    value = e.value; intervals = e.intervals; method = e.method
                    se = ind.multiplier * num.squareRoot() / den
                case .mean:
                    let m = num / den
                    value = m * ind.multiplier
                    method = "population-weighted mean"
                    if hasSE {
                        let s = c.weightedVariance[i].squareRoot() / den * ind.multiplier
                        se = s
                        intervals = all.map { l in
                            let z = (try? Normal.quantile(upperTail: (1 - l) / 2)) ?? .nan
                            return ConfidenceInterval(confidence: l, lower: value! - z * s, upper: value! + z * s)
                        }
                        method += "; normal limits from the areas' standard errors"
                    }
                }
            } catch {
                status = .noData
                method = "\(error)"
                value = nil
            }
        }
        if let i95 = intervals.at(0.95) { l95 = i95.lower; u95 = i95.upper }
        intervals = intervals.filter { levels.contains($0.confidence) }
        let published = status == .published
        let row = QuantileRow(
            quantile: q, areas: c.areas[i], excludedAreas: c.excluded[i],
            numerator: published || status == .empty || status == .noData ? num : nil, denominator: den,
            value: published ? value : nil, standardError: published ? se : nil,
            intervals: published ? intervals : [], method: method, status: status)
        guard let value, status != .noData, status != .empty else { return (row, nil) }
        return (row, InternalValue(value: value, lower95: l95, upper95: u95))
    }
}
