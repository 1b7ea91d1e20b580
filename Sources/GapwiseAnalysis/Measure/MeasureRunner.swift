// MeasureRunner: computes the requested distributional measures for every group of rows of a table.
import GapwiseIO
import GapwiseMeasures

/// Runs a `MeasureRequest` over a `CSVTable`.
///
/// Rows are grouped by the `by` columns (groups keep the order of their first row). A row whose value,
/// population or ranking value is missing is left out of its group and counted in `excluded`; a missing
/// value is never read as zero. Values that break a rule stop the run with an error naming the row:
/// a negative population, a negative numerator, a denominator of zero or less, a numerator above its
/// denominator. With replicates > 0, each estimate gets percentile-bootstrap intervals (areas resampled).
public enum MeasureRunner {
    public static func run(_ request: MeasureRequest, on table: CSVTable) throws(AnalysisError) -> [MeasureResult] {
        try request.validate()
        let file = table.file
        let valueCol = try request.value.map { c throws(AnalysisError) in try numbers(c, table) }
        let numCol = try request.numerator.map { c throws(AnalysisError) in try numbers(c, table) }
        let denCol = try request.denominator.map { c throws(AnalysisError) in try numbers(c, table) }
        let popCol = try request.population.map { c throws(AnalysisError) in try numbers(c, table) }
        let rankCol = try request.rankBy.map { c throws(AnalysisError) in try numbers(c, table) }
        let seCol = try request.standardError.map { c throws(AnalysisError) in try numbers(c, table) }
        let lowerCol = try request.lowerLimit.map { c throws(AnalysisError) in try numbers(c, table) }
        let upperCol = try request.upperLimit.map { c throws(AnalysisError) in try numbers(c, table) }
        // A numerator above its denominator is impossible only for proportions (rates may exceed 1 per person).
        let proportions = request.measures.contains {
            $0.kind == .statistic(.proportion) || $0.kind == .distributional(.dissimilarity)
        }
        let orderCol = try request.order.map { c throws(AnalysisError) in try numbers(c, table) }
        let nameCol = try request.subgroup.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }
        let byCols = try request.by.map { c throws(AnalysisError) -> CSVColumn in
            guard let col = table[c] else { throw .unknownColumn(file: file, column: c, available: table.columns.map(\.name)) }
            return col
        }

        // Group rows by their `by` key, in order of first appearance.
        var order: [[String]] = []
        var members: [[String]: [Int]] = [:]
        for r in 0..<table.rowCount {
            let key = byCols.map { label($0, r) }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(r)
        }

        var results: [MeasureResult] = []
        for (g, key) in order.enumerated() {
            var values: [Double] = [], weights: [Double] = [], ranks: [Double] = []
            var countA: [Double] = [], countB: [Double] = []
            var excluded = 0
            var subgroups: [Subgroup] = []
            var limits: (lower: [Double], upper: [Double]) = ([], [])
            var orders: [Int] = []
            for r in members[key]! {
                let row = r + 2  // 1-based, header is row 1
                var v: Double
                if let valueCol {
                    guard let x = valueCol[r] else { excluded += 1; continue }
                    v = x
                } else {
                    guard let n = numCol![r], let d = denCol![r] else { excluded += 1; continue }
                    if n < 0 { throw .invalidValue(file: file, row: row, column: request.numerator!, value: ResultFormat.number(n), rule: "is negative; counts cannot be negative") }
                    if d <= 0 { throw .invalidValue(file: file, row: row, column: request.denominator!, value: ResultFormat.number(d), rule: "is not positive; a denominator must be above zero") }
                    if proportions, n > d { throw .invalidValue(file: file, row: row, column: request.numerator!, value: ResultFormat.number(n), rule: "is above its denominator \(ResultFormat.number(d)) in \(request.denominator!)") }
                    v = n / d * request.multiplier
                    countA.append(n)
                    countB.append(d - n)
                }
                var w = 1.0
                if let popCol {
                    guard let p = popCol[r] else { excluded += 1; if valueCol == nil { countA.removeLast(); countB.removeLast() }; continue }
                    if p < 0 { throw .invalidValue(file: file, row: row, column: request.population!, value: ResultFormat.number(p), rule: "is negative; a population cannot be negative") }
                    w = p
                }
                if let rankCol {
                    guard let k = rankCol[r] else { excluded += 1; if valueCol == nil { countA.removeLast(); countB.removeLast() }; continue }
                    ranks.append(k)
                }
                values.append(v)
                weights.append(w)
                if let nameCol {
                    var ord: Int?
                    if let orderCol {
                        guard let o = orderCol[r], o == o.rounded(), o >= 1 else {
                            throw .invalidValue(file: file, row: row, column: request.order!, value: orderCol[r].map(ResultFormat.number) ?? "a missing value",
                                                rule: "is not a subgroup order (a whole number from 1 = most disadvantaged)")
                        }
                        ord = Int(o)
                        orders.append(Int(o))
                    }
                    subgroups.append(Subgroup(label(nameCol, r), estimate: v, standardError: seCol?[r],
                                              population: popCol == nil ? nil : w, order: ord))
                }
                if let lowerCol, let upperCol {
                    guard let lo = lowerCol[r], let hi = upperCol[r] else {
                        throw .invalidValue(file: file, row: row, column: lowerCol[r] == nil ? request.lowerLimit! : request.upperLimit!,
                                            value: "a missing value", rule: "leaves this quantile without its 95% limit")
                    }
                    limits.lower.append(lo)
                    limits.upper.append(hi)
                }
            }
            let groupName = key.isEmpty ? "all rows" : zip(request.by, key).map { "\($0)=\($1)" }.joined(separator: ", ")
            let weightArg: [Double]? = popCol == nil ? nil : weights
            for (mi, spec) in request.measures.enumerated() {
                let seedHere = derivedSeed(request.seed, group: g, measure: mi, measures: request.measures.count)
                if case let .pheSlope(rii) = spec.kind {
                    let uncertainty: SIIArea.Uncertainty = seCol != nil
                        ? .standardErrors(subgroups.map { $0.standardError ?? .nan })
                        : .confidenceLimits95(lower: limits.lower, upper: limits.upper)
                    let area = SIIArea(populations: weights, values: values, uncertainty: uncertainty,
                                       quantiles: orders.count == values.count ? orders : nil)
                    let options = SIIOptions(valueType: request.valueType, transform: request.transform,
                                             multiplier: request.siiMultiplier, repetitions: request.replicates ?? 100_000,
                                             confidence: request.confidence, rii: rii, seed: seedHere)
                    do {
                        let res = try PHE.sii(area, options: options)
                        results.append(MeasureResult(
                            group: key, measure: spec.code, estimate: rii ? res.rii : res.sii, standardError: nil,
                            intervals: rii ? res.riiLimits : res.siiLimits,
                            method: "PHE SII (Low & Low 2004): WLS on the midpoint of cumulative population share; \(res.method), seed \(seedHere)",
                            areas: values.count, excluded: excluded, population: res.population))
                    } catch {
                        throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: error.description)
                    }
                    continue
                }
                if case let .statistic(kind) = spec.kind {
                    do {
                        let e: IndicatorEstimate
                        switch kind {
                        case .proportion:
                            e = try Indicator.proportion(numerator: countA.reduce(0, +), denominator: zip(countA, countB).reduce(0) { $0 + $1.0 + $1.1 },
                                                         confidence: request.confidence, multiplier: request.multiplier)
                        case .rate:
                            e = try Indicator.rate(events: countA.reduce(0, +), denominator: zip(countA, countB).reduce(0) { $0 + $1.0 + $1.1 },
                                                   confidence: request.confidence, multiplier: request.multiplier)
                        case .mean:
                            e = try Indicator.mean(values, confidence: request.confidence)
                        }
                        results.append(MeasureResult(
                            group: key, measure: spec.code, estimate: e.value ?? .nan, standardError: nil, intervals: e.intervals,
                            method: e.method, areas: values.count, excluded: excluded,
                            population: popCol == nil ? Double(values.count) : weights.reduce(0, +)))
                    } catch {
                        throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: error.description)
                    }
                    continue
                }
                if case let .grouped(gm) = spec.kind {
                    results.append(try grouped(gm, spec: spec, subgroups: subgroups, request: request, file: file,
                                               group: key, groupName: groupName, excluded: excluded, seed: seedHere))
                    continue
                }
                let m = spec.measure!
                let est: InequalityEstimate
                var boot: BootstrapInterval?
                do {
                    est = try Inequality.estimate(m, values: values, weights: weightArg, rankedBy: ranks, countsA: countA, countsB: countB)
                    let reps = request.replicates ?? 2000
                    if reps > 0 && !request.confidence.isEmpty {
                        boot = try Inequality.bootstrap(
                            m, values: values, weights: weightArg, rankedBy: ranks, countsA: countA, countsB: countB,
                            replicates: reps, levels: request.confidence, seed: seedHere)
                    }
                } catch let e as InequalityError {
                    throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: e.description)
                } catch {
                    throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: "\(error)")
                }
                results.append(MeasureResult(
                    group: key, measure: spec.code, estimate: est.estimate, standardError: boot?.standardError,
                    intervals: boot.map { b in zip(b.levels, b.limits).map { ConfidenceInterval(confidence: $0, lower: $1.lower, upper: $1.upper) } } ?? [],
                    method: est.method + (boot.map { " ; percentile bootstrap, \($0.replicates) replicates, seed \(request.seed)" } ?? ""),
                    areas: values.count, excluded: excluded,
                    population: popCol == nil ? Double(values.count) : weights.reduce(0, +)))
            }
        }
        return results
    }

    /// One HEAT/ScotPHO measure over the subgroups (rows) of one group.
    static func grouped(_ gm: GroupedMeasure, spec: MeasureSpec, subgroups: [Subgroup], request: MeasureRequest,
                        file: String, group: [String], groupName: String, excluded: Int,
                        seed: UInt64) throws(AnalysisError) -> MeasureResult {
        do {
            let data = try SubgroupData(subgroups: subgroups, direction: request.direction, scale: request.scale,
                                        reference: request.reference)
            let options = GroupedOptions(confidenceLevels: request.confidence, compatibility: request.compatibility,
                                         replicates: request.replicates.map { max($0, 1000) } ?? 10_000, seed: seed)
            let e = try GroupedInequality.compute(gm, data, options: options)
            let population = subgroups.compactMap(\.population).reduce(0, +)
            return MeasureResult(
                group: group, measure: spec.code, estimate: e.estimate, standardError: e.standardError,
                intervals: e.intervals.map { ConfidenceInterval(confidence: $0.level, lower: $0.lower, upper: $0.upper) },
                method: e.method + " ; interval: " + describe(e.intervalMethod), areas: subgroups.count, excluded: excluded,
                population: population)
        } catch {
            throw .measureFailed(file: file, group: groupName, measure: spec.code, reason: error.description)
        }
    }

    static func describe(_ m: GroupedIntervalMethod) -> String {
        switch m {
        case .normal: return "normal"
        case .logNormal: return "log-normal"
        case let .studentT(df): return "Student t, \(df) df"
        case let .simulation(reps, seed): return "simulation, \(reps) replicates, seed \(seed)"
        case let .unavailable(reason): return "none (\(reason))"
        }
    }

    /// The bootstrap seed of (group g, measure m): a fixed function of the run's seed, so output does not
    /// depend on the order or thread in which estimates are computed.
    static func derivedSeed(_ seed: UInt64, group g: Int, measure m: Int, measures: Int) -> UInt64 {
        seed &+ UInt64(g * measures + m) &* 0x9E37_79B9_7F4A_7C15
    }

    private static func numbers(_ name: String, _ table: CSVTable) throws(AnalysisError) -> CSVNumberColumn {
        guard let col = table[name] else {
            throw .unknownColumn(file: table.file, column: name, available: table.columns.map(\.name))
        }
        guard let n = col.numbers else { throw .notNumeric(file: table.file, column: name) }
        return n
    }

    private static func label(_ col: CSVColumn, _ r: Int) -> String {
        switch col.data {
        case let .text(t): return t.isMissing[r] ? "" : t.values[r]
        case let .number(n): return n.isMissing[r] ? "" : ResultFormat.number(n.values[r])
        }
    }
}
