// TargetAreas: the areas of a targeting analysis read from a table: filtered, validated, optionally aggregated to units.
import GapwiseIO

/// The areas to rank, one entry per area, with each indicator's value and sampling error.
public struct TargetAreas: Sendable, Equatable {
    public var codes: [String]
    public var names: [String]
    public var localities: [String]
    /// `values[k][i]`: indicator k of area i (a rate `count/denominator` or a value).
    public var values: [[Double]]
    /// `standardErrors[k][i]`: its standard error (`√count / denominator` for rates).
    public var standardErrors: [[Double]]
    /// Counts and denominators of count indicators (nil for value indicators).
    public var counts: [[Double]?]
    public var denominators: [[Double]?]
    /// `available[k][i]`: whether area i has a value of indicator k (all true unless values were missing
    /// under `TargetMissingPolicy.exclude`; a missing value is stored as 0 and never used).
    public var available: [[Bool]] = []
    /// Whether indicator k carries a sampling error (counts, or values with a standard error column).
    public var hasSamplingError: [Bool] = []
    /// Per indicator, the areas (kept rows) whose value is missing.
    public var missingCounts: [Int] = []
    /// Areas left out because every indicator's value is missing.
    public var leftOut: [String] = []

    public var count: Int { codes.count }

    public init(codes: [String], names: [String], localities: [String], values: [[Double]],
                standardErrors: [[Double]], counts: [[Double]?], denominators: [[Double]?]) {
        self.codes = codes; self.names = names; self.localities = localities; self.values = values
        self.standardErrors = standardErrors; self.counts = counts; self.denominators = denominators
        available = values.map { [Bool](repeating: true, count: $0.count) }
        hasSamplingError = [Bool](repeating: true, count: values.count)
        missingCounts = [Int](repeating: 0, count: values.count)
    }

    /// Whether area i lacks some indicator.
    public func isPartial(_ i: Int) -> Bool { available.contains { !$0[i] } }

    /// Reads the areas of `request` from `table`.
    ///
    /// With `request.replicates` 0 (no simulation) standard error columns are not read.
    ///
    /// Rows failing a `filters` test are skipped. A negative count, a negative or non-finite standard
    /// error, or a missing area code or locality is an error naming file, row (1-based, header = row 1) and
    /// column. A missing count or value, or a denominator that is missing or 0, is missing: under
    /// `TargetMissingPolicy.error` an error naming the cell; under `.exclude` (the default) the area is
    /// scored without that indicator and the missing values are counted per indicator (an area missing every
    /// indicator is left out and named in `leftOut`). Never is a missing value read as zero. A value
    /// indicator without a standard error column has no sampling error (`hasSamplingError` false, SE 0).
    ///
    /// With `request.unit`, rows are aggregated to units: counts and denominators summed (so the unit rate
    /// is the population-weighted mean of its rows' rates), values averaged with `population` weights and
    /// standard errors combined as `√Σ(p_j se_j)² / Σ p_j`. A unit whose rows lie in two localities is an error.
    ///
    /// - Throws: `AnalysisError.unknownColumn`, `.notNumeric`, `.invalidValue`, `.invalidRequest` (no rows left).
    public static func read(_ request: TargetRequest, from table: CSVTable) throws(AnalysisError) -> TargetAreas {
        let kept = try ColumnReader(table: table).rows(matching: request.filters)
        guard !kept.isEmpty else {
            let f = request.filters.map { "\($0.column)=\($0.value)" }.joined(separator: ", ")
            throw .invalidRequest("\(table.file): no rows are left after the filter \(f).")
        }
        return try read(request, from: table, rows: kept)
    }

    /// The areas that give the national means and standard deviations under `TargetStandardisation.all`
    /// when `request.filters` keep some rows: every row, read slice by slice (one slice per combination of
    /// the filter columns' values, each read as `read` reads the filtered rows, missing values excluded),
    /// the slices' areas pooled. `nil` when there is no filter or `request.standardise` is `.filtered`.
    ///
    /// - Throws: as `read`, for any row of any slice.
    public static func standardisationBase(_ request: TargetRequest, from table: CSVTable) throws(AnalysisError) -> TargetAreas? {
        guard request.standardise == .all, !request.filters.isEmpty else { return nil }
        let reader = ColumnReader(table: table)
        let columns = try request.filters.map { f throws(AnalysisError) in try reader.any(f.column) }
        var sliceOf: [[String]: Int] = [:], slices: [[Int]] = []
        for r in 0..<table.rowCount {
            let key = columns.map { label($0, r) }
            if let s = sliceOf[key] { slices[s].append(r) } else { sliceOf[key] = slices.count; slices.append([r]) }
        }
        var all = request
        all.missing = .exclude
        var pooled: TargetAreas? = nil
        for rows in slices {
            let part = try read(all, from: table, rows: rows)
            pooled = pooled?.appending(part) ?? part
        }
        return pooled
    }

    /// Reads the areas of `request` from the 0-based data rows `kept` (not empty).
    static func read(_ request: TargetRequest, from table: CSVTable, rows kept: [Int]) throws(AnalysisError) -> TargetAreas {
        let reader = ColumnReader(table: table)
        let areaCol = try reader.any(request.unit ?? request.area)
        let nameCol = try (request.unit != nil ? request.unitName : request.name).map { c throws(AnalysisError) in try reader.any(c) }
        let locCol = try reader.any(request.locality)
        let popCol = try request.population.map { c throws(AnalysisError) in try reader.numbers(c) }
        for r in kept {
            if areaCol.isMissing(r) { throw reader.bad(r, areaCol.name, "", "is missing; every row needs an area code") }
            if locCol.isMissing(r) { throw reader.bad(r, locCol.name, "", "is missing; every row needs a locality") }
        }

        // Units: first appearance order; a unit must stay in one locality.
        var unitOf: [Int] = [], unitKeys: [String] = [], unitLoc: [String] = [], unitName: [String] = []
        var index: [String: Int] = [:]
        for r in kept {
            let key = label(areaCol, r), loc = label(locCol, r)
            if let u = index[key] {
                if unitLoc[u] != loc {
                    throw reader.bad(r, locCol.name, loc, "differs from \(unitLoc[u]) given for \(key) on an earlier row; an area must lie in one locality")
                }
                if request.unit == nil { throw reader.bad(r, areaCol.name, key, "appears twice; use \(field: .filters) (e.g. year=2023) or \(field: .unit) to aggregate") }
                unitOf.append(u)
            } else {
                index[key] = unitKeys.count
                unitOf.append(unitKeys.count)
                unitKeys.append(key); unitLoc.append(loc); unitName.append(nameCol.map { label($0, r) } ?? "")
            }
        }
        let units = unitKeys.count
        var population: [Double]? = nil
        if let popCol {
            population = []
            for r in kept {
                guard let p = popCol[r], p.isFinite, p >= 0 else {
                    throw reader.bad(r, request.population!, popCol[r].map(ResultFormat.number) ?? "missing", "is not a valid population (finite, 0 or more)")
                }
                population!.append(p)
            }
        }

        var values: [[Double]] = [], ses: [[Double]] = [], counts: [[Double]?] = [], dens: [[Double]?] = []
        var available: [[Bool]] = [], sampling: [Bool] = []
        for ind in request.indicators {
            switch ind.source {
            case let .counts(countName, denName):
                let c = try reader.numbers(countName), d = try reader.numbers(denName)
                var sumC = [Double](repeating: 0, count: units), sumD = sumC
                var has = [Bool](repeating: false, count: units)
                for (j, r) in kept.enumerated() {
                    if let x = c[r], !(x.isFinite && x >= 0) {
                        throw reader.bad(r, countName, ResultFormat.number(x), "is not a valid count (a number, 0 or more)")
                    }
                    if let y = d[r], !(y.isFinite && y >= 0) {
                        throw reader.bad(r, denName, ResultFormat.number(y), "is not a valid denominator (a number above 0)")
                    }
                    guard let x = c[r] else {
                        if request.missing == .error { throw reader.bad(r, countName, "missing", "is not a valid count (a number, 0 or more)") }
                        continue
                    }
                    guard let y = d[r], y > 0 else {
                        if request.missing == .error { throw reader.bad(r, denName, d[r].map(ResultFormat.number) ?? "missing", "is not a valid denominator (a number above 0)") }
                        continue
                    }
                    sumC[unitOf[j]] += x; sumD[unitOf[j]] += y; has[unitOf[j]] = true
                }
                values.append((0..<units).map { has[$0] ? sumC[$0] / sumD[$0] : 0 })
                ses.append((0..<units).map { has[$0] ? sumC[$0].squareRoot() / sumD[$0] : 0 })
                counts.append(sumC); dens.append((0..<units).map { has[$0] ? sumD[$0] : 1 })
                available.append(has); sampling.append(true)
            case let .value(column, given):
                // Without simulation no standard error is asked for.
                let seColumn = request.simulates ? given : nil
                let v = try reader.numbers(column)
                let s = try seColumn.map { c throws(AnalysisError) in try reader.numbers(c) }
                if request.unit != nil && population == nil {
                    throw .invalidRequest("aggregating the value indicator \"\(ind.name)\" to \(field: .unit) needs \(field: .population) weights.")
                }
                var num = [Double](repeating: 0, count: units), w = num, varSum = num
                var has = [Bool](repeating: false, count: units)
                for (j, r) in kept.enumerated() {
                    guard let x = v[r], x.isFinite else {
                        if request.missing == .error { throw reader.bad(r, column, "missing", "is not a number; every area needs a value") }
                        continue
                    }
                    var e = 0.0
                    if let s, let sc = seColumn {
                        guard let y = s[r], y.isFinite, y >= 0 else {
                            throw reader.bad(r, sc, s[r].map(ResultFormat.number) ?? "missing", "is not a valid standard error (finite, 0 or more)")
                        }
                        e = y
                    }
                    let p = request.unit == nil ? 1 : population![j]
                    num[unitOf[j]] += p * x; w[unitOf[j]] += p; varSum[unitOf[j]] += p * p * e * e; has[unitOf[j]] = true
                }
                for u in 0..<units where has[u] && !(w[u] > 0) {
                    throw .invalidRequest("\(table.file): unit \(unitKeys[u]) has a total population of 0, so its values cannot be averaged.")
                }
                values.append((0..<units).map { has[$0] ? num[$0] / w[$0] : 0 })
                ses.append((0..<units).map { has[$0] ? varSum[$0].squareRoot() / w[$0] : 0 })
                counts.append(nil); dens.append(nil)
                available.append(has); sampling.append(seColumn != nil)
            }
        }
        var out = TargetAreas(codes: unitKeys, names: unitName, localities: unitLoc, values: values,
                              standardErrors: ses, counts: counts, denominators: dens)
        out.available = available
        out.hasSamplingError = sampling
        out.missingCounts = available.map { a in a.reduce(0) { $0 + ($1 ? 0 : 1) } }
        // An area with no value at all cannot be scored: left out, named.
        let none = (0..<units).filter { u in !available.contains { $0[u] } }
        if !none.isEmpty { out = out.dropping(Set(none)) }
        return out
    }

    /// These areas followed by `other`'s (values, availability and sampling errors; `leftOut` joined).
    func appending(_ other: TargetAreas) -> TargetAreas {
        var out = TargetAreas(codes: codes + other.codes, names: names + other.names, localities: localities + other.localities,
                              values: zip(values, other.values).map { $0 + $1 },
                              standardErrors: zip(standardErrors, other.standardErrors).map { $0 + $1 },
                              counts: zip(counts, other.counts).map { a, b in a.flatMap { x in b.map { x + $0 } } },
                              denominators: zip(denominators, other.denominators).map { a, b in a.flatMap { x in b.map { x + $0 } } })
        out.available = zip(available, other.available).map { $0 + $1 }
        out.hasSamplingError = hasSamplingError
        out.missingCounts = zip(missingCounts, other.missingCounts).map { $0 + $1 }
        out.leftOut = leftOut + other.leftOut
        return out
    }

    /// The areas without those at `drop` (their codes recorded in `leftOut`; missing counts kept as read).
    func dropping(_ drop: Set<Int>) -> TargetAreas {
        let keep = (0..<count).filter { !drop.contains($0) }
        func pick<T>(_ a: [T]) -> [T] { keep.map { a[$0] } }
        var out = TargetAreas(codes: pick(codes), names: pick(names), localities: pick(localities), values: values.map(pick),
                              standardErrors: standardErrors.map(pick), counts: counts.map { $0.map(pick) },
                              denominators: denominators.map { $0.map(pick) })
        out.available = available.map(pick)
        out.hasSamplingError = hasSamplingError
        out.missingCounts = missingCounts
        out.leftOut = leftOut + drop.sorted().map { codes[$0] }
        return out
    }
}
