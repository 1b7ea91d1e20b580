// MeasureFamilies: how each family of measures is computed from a group's sample (one function per family).
import GapwiseIO
import GapwiseMeasures
import GapwiseNumerics

extension MeasureRunner {
    /// A distributional measure over the group's areas, with percentile-bootstrap intervals.
    static func distributional(_ m: InequalityMeasure, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                               seed: UInt64) throws -> MeasureResult {
        if case let .concentration(type) = m, request.concentrationInterval == .analytic {
            return try analyticConcentration(type, spec: spec, s, request: request)
        }
        let est = try Inequality.estimate(m, values: s.values, weights: s.weightArgument, rankedBy: s.ranks,
                                          countsA: s.countA, countsB: s.countB)
        var boot: BootstrapInterval?
        let reps = request.replicates ?? 2000
        if reps > 0 && !request.confidence.isEmpty {
            boot = try Inequality.bootstrap(m, values: s.values, weights: s.weightArgument, rankedBy: s.ranks,
                                            countsA: s.countA, countsB: s.countB, replicates: reps,
                                            levels: request.confidence, seed: seed)
        }
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: est.estimate, standardError: boot?.standardError,
            intervals: boot.map { b in zip(b.levels, b.limits).map { ConfidenceInterval(confidence: $0, lower: $1.lower, upper: $1.upper) } } ?? [],
            method: est.method + (boot.map { " ; percentile bootstrap, \($0.replicates) replicates, seed \(seed)" } ?? ""),
            areas: s.values.count, excluded: s.excluded, population: s.population)
    }

    /// A concentration index with its analytic (Kakwani et al. 1997) standard error and normal limits.
    static func analyticConcentration(_ type: ConcentrationIndexType, spec: MeasureSpec, _ s: GroupSample,
                                      request: MeasureRequest) throws -> MeasureResult {
        let est = try Inequality.concentrationIndex(s.values, rankedBy: s.ranks, type: type)
        let v = try Inequality.concentrationIndexVariance(s.values, rankedBy: s.ranks, type: type)
        let se = v.standardError
        var intervals: [ConfidenceInterval] = []
        for c in request.confidence {
            let z = try Normal.quantile(upperTail: (1 - c) / 2)
            intervals.append(ConfidenceInterval(confidence: c, lower: v.estimate - z * se, upper: v.estimate + z * se))
        }
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: v.estimate, standardError: se, intervals: intervals,
            method: est.method + " ; " + v.method + " ; normal limits", areas: s.values.count, excluded: s.excluded,
            population: s.population)
    }

    /// One HEAT/ScotPHO measure over the subgroups (rows) of the group.
    static func grouped(_ gm: GroupedMeasure, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                        seed: UInt64) throws -> MeasureResult {
        try groupedWithInterval(gm, spec: spec, s, request: request, seed: seed).result
    }

    /// As ``grouped(_:spec:_:request:seed:)``, with the interval method kept apart (for `gaps`' labels).
    static func groupedWithInterval(_ gm: GroupedMeasure, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                                    seed: UInt64) throws -> (result: MeasureResult, interval: GroupedIntervalMethod) {
        let data = try SubgroupData(subgroups: s.subgroups, polarity: request.polarity, scale: request.subgroupScale,
                                    reference: request.reference)
        let options = GroupedOptions(confidenceLevels: request.confidence, compatibility: request.compatibility,
                                     replicates: request.replicates.map { max($0, 1000) } ?? 10_000, seed: seed)
        let e = try GroupedInequality.compute(gm, data, options: options)
        return (MeasureResult(
            group: s.key, measure: spec.code, estimate: e.estimate, standardError: e.standardError,
            intervals: e.intervals.map { ConfidenceInterval(confidence: $0.level, lower: $0.lower, upper: $0.upper) },
            method: e.method + " ; interval: " + describe(e.intervalMethod), areas: s.subgroups.count,
            excluded: s.excluded, population: s.subgroups.compactMap(\.population).reduce(0, +)), e.intervalMethod)
    }

    /// PHEindicatormethods' SII or RII over the group's quantile rows, with Monte-Carlo limits.
    static func pheSlope(rii: Bool, spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest,
                         seed: UInt64) throws -> MeasureResult {
        let uncertainty: SIIArea.Uncertainty = request.standardError != nil
            ? .standardErrors(s.subgroups.isEmpty ? s.standardErrors : s.subgroups.map { $0.standardError ?? .nan })
            : .confidenceLimits95(lower: s.lowerLimits, upper: s.upperLimits)
        let area = SIIArea(populations: s.weights, values: s.values, uncertainty: uncertainty,
                           quantiles: s.orders.count == s.values.count ? s.orders : nil)
        let options = SIIOptions(valueType: request.valueType, transform: request.transform,
                                 multiplier: request.siiFactor, repetitions: request.replicates ?? 100_000,
                                 confidence: request.confidence, rii: rii, seed: seed)
        let res = try PHE.sii(area, options: options)
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: rii ? res.rii : res.sii, standardError: nil,
            intervals: rii ? res.riiLimits : res.siiLimits,
            method: "PHE SII (Low & Low 2004): WLS on the midpoint of cumulative population share; \(res.method), seed \(seed)",
            areas: s.values.count, excluded: s.excluded, population: res.population)
    }

    /// A pooled indicator statistic of the group: proportion (Wilson), rate (Byar / exact Poisson), mean (t), sd, sum.
    static func statistic(_ kind: IndicatorStatisticKind, spec: MeasureSpec, _ s: GroupSample,
                          request: MeasureRequest) throws -> MeasureResult {
        let events = s.countA.reduce(0, +)
        let total = zip(s.countA, s.countB).reduce(0) { $0 + $1.0 + $1.1 }
        let e: IndicatorEstimate
        switch kind {
        case .proportion:
            e = try Indicator.proportion(numerator: events, denominator: total, confidence: request.confidence,
                                         multiplier: request.countMultiplier)
        case .rate:
            e = try Indicator.rate(events: events, denominator: total, confidence: request.confidence,
                                   multiplier: request.countMultiplier, limits: request.poissonLimits)
        case .mean:
            e = try Indicator.mean(s.values, confidence: request.confidence)
        case .sd:
            if s.values.count < 2 {
                throw IndicatorError.tooFewRows(statistic: "sd", count: s.values.count, required: "a standard deviation needs at least 2 values")
            }
            let m = try Indicator.mean(s.values, confidence: request.confidence)
            e = IndicatorEstimate(statistic: "standard deviation", value: m.standardDeviation, intervals: [],
                                  method: "sample standard deviation, n − 1 divisor (PHE phe_mean stdev)",
                                  numerator: m.numerator, denominator: m.denominator, multiplier: 1)
        case .sum:
            var total = 0.0
            for v in s.values { total += v }
            e = IndicatorEstimate(statistic: "sum", value: total, intervals: [], method: "sum of the values (PHE phe_mean value_sum)",
                                  numerator: total, denominator: Double(s.values.count), multiplier: 1)
        }
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: e.value ?? .nan, standardError: nil, intervals: e.intervals,
            method: e.method, areas: s.values.count, excluded: s.excluded, population: s.population)
    }

    /// The between- or within-part share of a Theil/GE index over the partition given by `--partition`.
    static func decomposition(alpha: Double, part: DecompositionPart, spec: MeasureSpec,
                              _ s: GroupSample) throws -> MeasureResult {
        let d = try Inequality.geDecomposition(s.values, groups: s.partition, weights: s.weightArgument, alpha: alpha)
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: part == .between ? d.between : d.within, standardError: nil,
            intervals: [], method: d.method + " ; total \(ResultFormat.number(d.total)) = between + within",
            areas: s.values.count, excluded: s.excluded, population: s.population)
    }

    /// CPOP's Duncan index of the group's zones; no value (NaN) when over 20% of the zones lack the outcome.
    static func duncan(spec: MeasureSpec, _ s: GroupSample, request: MeasureRequest) throws -> MeasureResult {
        let z = s.duncan
        let e = try Inequality.duncanIndex(outcome: z.outcome, deprived: z.deprived, nonDeprived: z.nonDeprived,
                                           missing: request.duncanMissing)
        let kept = request.duncanMissing == .keptLast
        let usedZones = z.outcome.indices.filter { kept || z.outcome[$0] != nil }
        let people = usedZones.reduce(0.0) { $0 + z.deprived[$1] + z.nonDeprived[$1] }
        var notes: [String] = []
        if e.missing > 0 { notes.append("\(e.missing) zone\(e.missing == 1 ? "" : "s") with a missing \(request.value ?? "value") \(kept ? "kept last" : "left out")") }
        if z.missingCounts > 0 { notes.append("\(z.missingCounts) zone\(z.missingCounts == 1 ? "" : "s") with a missing count left out") }
        return MeasureResult(
            group: s.key, measure: spec.code, estimate: e.estimate ?? .nan, standardError: nil, intervals: [],
            method: e.method + (notes.isEmpty ? "" : " ; " + notes.joined(separator: "; ")),
            areas: usedZones.count, excluded: z.missingCounts + (kept ? 0 : e.missing), population: people)
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
}
