// GapsProfileGaps: the gap measures of one quantile profile, computed by `gapwise measure`'s own families.
import GapwiseIO
import GapwiseMeasures

extension GapsRunner {
    /// Measures that compare only the two extreme quantiles; they are computed when both are published.
    static let extremesOnly: Set<GroupedMeasure> = [.d, .r, .absoluteRange, .relativeRange]

    /// The gap rows of one profile: one per requested measure, with the reason when it was not computed.
    ///
    /// The quantiles present (those with data) keep their order and are numbered 1...m for the measures
    /// (a missing quantile is reported in `flags`, never silently dropped). A measure is computed only
    /// from published quantiles: one that uses every quantile is left out when any is suppressed; the
    /// difference, ratio and ranges need only the two extremes published.
    static func profileGaps(_ profile: QuantileProfile, values: [InternalValue?], indicator ind: GapsIndicator,
                            request: GapsRequest, input: GapsInput, members: [Int],
                            counts: (CSVNumberColumn, CSVNumberColumn, Bool), strata: [GapsStratum] = []) -> [GapRow] {
        let k = profile.scheme
        let present = profile.rows.indices.filter { values[$0] != nil }
        var flags: [String] = []
        let empty = profile.rows.filter { $0.status == .empty }.map(\.quantile)
        let noData = profile.rows.filter { $0.status == .noData }.map(\.quantile)
        if !empty.isEmpty { flags.append("no areas in quantile \(list(empty))") }
        if !noData.isEmpty { flags.append("no usable data in quantile \(list(noData))") }
        if present.count < k, !present.isEmpty {
            flags.append("measures use the \(present.count) quantiles present, renumbered 1-\(present.count) in order")
        }
        let excluded = profile.rows.reduce(0) { $0 + $1.excludedAreas }
        if excluded > 0 { flags.append("\(excluded) areas left out for a missing value") }
        let used = present.map { profile.rows[$0].quantile }
        let groupsUsed = used.isEmpty ? "" : used == Array(used[0]...used[used.count - 1]) ? "\(used[0])-\(used.last!)" : used.map(String.init).joined(separator: ";")
        let hidden = present.filter { !profile.rows[$0].isPublished }.map { profile.rows[$0] }
        func why(_ rows: [QuantileRow]) -> String {
            "not computed: quantile " + rows.map { "\($0.quantile) \($0.status == .secondary ? "withheld to protect a suppressed quantile (secondary suppression)" : "suppressed (count below \(ResultFormat.number(request.threshold)))")" }.joined(separator: ", quantile ")
        }
        var sample = GroupSample()
        sample.weighted = true
        for (j, i) in present.enumerated() {
            let row = profile.rows[i]
            sample.values.append(values[i]!.value)
            sample.weights.append(row.denominator)
            sample.orders.append(j + 1)
            sample.subgroups.append(Subgroup("Q\(row.quantile)", estimate: values[i]!.value, standardError: row.standardError,
                                             population: row.denominator, order: j + 1))
        }
        // PHE's SII works on the natural scale (a proportion in (0, 1)) with 95% limits, × the multiplier after.
        var pheSample = sample
        pheSample.values = present.map { values[$0]!.value / ind.multiplier }
        pheSample.lowerLimits = present.map { (values[$0]!.lower95 ?? .nan) / ind.multiplier }
        pheSample.upperLimits = present.map { (values[$0]!.upper95 ?? .nan) / ind.multiplier }
        var mreq = MeasureRequest(measures: request.measures, value: "value", multiplier: ind.multiplier,
                                  population: "population", confidence: request.levels,
                                  replicates: request.replicates, seed: request.seed, subgroup: "quantile",
                                  standardError: "se", order: "quantile", polarity: ind.polarity)
        mreq.valueType = ind.statistic == .proportion ? .proportion : ind.statistic == .rate ? .rate : .normal
        // Area values without a standard error carry no sampling error: no measure built on them has one.
        var noSamplingError = false
        if case .values(_, nil) = ind.source { noSamplingError = true }
        // PHE's simulated SII limits, computed once per profile for the linear SII, RII and RII×50.
        var simulated: Result<(limits: [ConfidenceInterval], replicates: Int), IntervalUnavailable>?, simulatedSeed: UInt64 = 0
        var out: [GapRow] = []
        let profileSeed = Self.unitSeed(request.seed, profile)
        // The bootstrap's replicate quantile tables, drawn once per profile and shared by its measures.
        var boot: GapsBootstrapReplicates?
        func bootstrap() -> GapsBootstrapReplicates? {
            guard request.interval == .bootstrap, !strata.isEmpty else { return nil }
            if boot == nil {
                boot = GapsBootstrapReplicates(
                    strata: present.map { strata[$0] }, names: present.map { "Q\(profile.rows[$0].quantile)" },
                    multiplier: ind.multiplier,
                    replicates: request.replicates ?? GapsIntervalSource.defaultBootstrapReplicates,
                    seed: MeasureRunner.derivedSeed(profileSeed, group: 1, measure: 0, measures: request.measures.count),
                    request: mreq)
            }
            return boot
        }
        for (mi, spec) in request.measures.enumerated() {
            let seed = MeasureRunner.derivedSeed(profileSeed, group: 0, measure: mi, measures: request.measures.count)
            func row(_ raw: MeasureResult?, _ reason: String?, interval: String = "") -> GapRow {
                let r = raw.map { GapsOrientation.orient($0, code: spec.code, polarity: ind.polarity) }
                let est = r.flatMap { $0.estimate.isNaN ? nil : $0.estimate }
                let intervals = est == nil ? [] : r?.intervals ?? []
                return GapRow(locality: profile.locality, indicator: profile.indicator, year: profile.year, scheme: k,
                              measure: spec.code, estimate: est, standardError: est == nil ? nil : r?.standardError,
                              intervals: intervals, intervalMethod: est == nil ? "" : interval,
                              groupsUsed: groupsUsed, flags: flags,
                              missingReason: est == nil ? (reason ?? "the measure is not defined here") : nil,
                              method: r?.method ?? "")
            }
            /// `r` without interval or SE, saying why; its method loses the words of the interval it no longer has.
            func bare(_ r: MeasureResult, _ why: String) -> GapRow {
                row(MeasureResult(group: r.group, measure: r.measure, estimate: r.estimate, standardError: nil, intervals: [],
                                  method: GapsIntervalLabel.withoutInterval(r.method) + " ; interval: " + why,
                                  areas: r.areas, excluded: r.excluded, population: r.population), nil, interval: why)
            }
            if present.isEmpty { out.append(row(nil, "not computed: no quantile has data")); continue }
            do {
                switch spec.kind {
                case let .grouped(gm):
                    if extremesOnly.contains(gm) {
                        let ends = [profile.rows[present.first!], profile.rows[present.last!]].filter { !$0.isPublished }
                        if !ends.isEmpty { out.append(row(nil, why(ends))); continue }
                    } else if !hidden.isEmpty { out.append(row(nil, why(hidden))); continue }
                    let (r, how) = try MeasureRunner.groupedWithInterval(gm, spec: spec, sample, request: mreq, seed: seed)
                    if request.interval == .bootstrap {
                        out.append(bootstrapRow(r, gm, bootstrap(), request: mreq, scheme: k, row: row, bare: bare))
                        continue
                    }
                    if GapsSIIInterval.linearCodes.contains(gm) && request.siiInterval == .simulation {
                        if noSamplingError { out.append(bare(r, GapsIntervalLabel.noSamplingError)); continue }
                        if simulated == nil {
                            simulatedSeed = seed
                            simulated = simulatedSIILimits(pheSample, valueType: mreq.valueType, multiplier: ind.multiplier,
                                                           levels: request.levels, replicates: request.replicates, seed: seed)
                        }
                        switch simulated! {
                        case let .failure(e): out.append(bare(r, "none: " + e.reason))
                        case let .success((limits, reps)):
                            let factor = gm == .siiLinear ? 1 : (gm == .riiPercent ? 50 : 1) / weightedMean(sample)
                            let scaled = limits.map { ConfidenceInterval(confidence: $0.confidence, lower: $0.lower.map { $0 * factor }, upper: $0.upper.map { $0 * factor }) }
                            // The fit's own t interval is replaced: its words leave the method.
                            let base = GapsIntervalLabel.withoutInterval(r.method)
                            let label = "PHE simulation from the quantiles' 95% limits, \(reps) replicates, seed \(simulatedSeed)"
                            out.append(row(MeasureResult(group: r.group, measure: r.measure, estimate: r.estimate, standardError: nil,
                                                         intervals: scaled, method: base + " ; interval: " + label
                                                            + (gm == .siiLinear ? "" : " (SII limits × \(gm == .riiPercent ? "50/μ" : "1/μ"))"),
                                                         areas: r.areas, excluded: r.excluded, population: r.population),
                                           nil, interval: label))
                        }
                        continue
                    }
                    if noSamplingError && !GapsSIIInterval.linearCodes.contains(gm) {
                        out.append(bare(r, GapsIntervalLabel.noSamplingError)); continue
                    }
                    out.append(row(r, nil, interval: GapsIntervalLabel.words(how)))
                case .pheSlope(let rii):
                    if !hidden.isEmpty { out.append(row(nil, why(hidden))); continue }
                    if noSamplingError { out.append(row(nil, "not computed: PHE's SII simulates from the quantiles' sampling error, and no sampling error is given")); continue }
                    var preq = mreq
                    preq.standardError = nil
                    preq.lowerLimit = "lower95"
                    preq.upperLimit = "upper95"
                    preq.siiFactor = ind.multiplier
                    let r = try MeasureRunner.pheSlope(rii: rii, spec: spec, pheSample, request: preq, seed: seed)
                    out.append(row(r, nil, interval: "PHE simulation from the quantiles' 95% limits, \(preq.replicates ?? 100_000) replicates"))
                case let .distributional(m):
                    if !hidden.isEmpty { out.append(row(nil, why(hidden))); continue }
                    let s = areaSample(members, ind: ind, counts: counts, rank: input)
                    var areq = mreq
                    areq.rankBy = "rank"
                    let r = try MeasureRunner.distributional(m, spec: spec, s, request: areq, seed: seed)
                    out.append(row(r, nil, interval: r.intervals.isEmpty ? "none: no replicates asked for"
                                   : "percentile bootstrap over the areas, \(areq.replicates ?? 2000) replicates"))
                case let .statistic(kind):
                    if !hidden.isEmpty { out.append(row(nil, why(hidden))); continue }
                    let s = areaSample(members, ind: ind, counts: counts, rank: input)
                    if kind.poolsCounts && !counts.2 { out.append(row(nil, "\(kind.rawValue) pools counts; this indicator has area values")); continue }
                    let r = try MeasureRunner.statistic(kind, spec: spec, s, request: mreq)
                    out.append(row(r, nil, interval: r.intervals.isEmpty ? "none" : !kind.poolsCounts ? "t over the areas" : "the statistic's own (see method)"))
                case .decomposition:
                    out.append(row(nil, "decompositions are not gap measures"))
                case .standardised:
                    out.append(row(nil, "standardised rates and ratios are indicators, not gap measures"))
                case .lifeTable:
                    out.append(row(nil, "life expectancies are indicators, not gap measures"))
                case .duncan:
                    out.append(row(nil, "the Duncan index needs each zone's deprived and other people; use `gapwise measure`"))
                }
            } catch {
                out.append(row(nil, "not computed: \(error)"))
            }
        }
        return out
    }

    /// Measure `r` with its interval replaced by the bootstrap's percentile limits (its standard error, from
    /// the quantiles' sampling error, dropped), or bare with the reason there is none.
    static func bootstrapRow(_ r: MeasureResult, _ gm: GroupedMeasure, _ boot: GapsBootstrapReplicates?, request: MeasureRequest,
                             scheme k: Int, row: (MeasureResult?, String?, String) -> GapRow,
                             bare: (MeasureResult, String) -> GapRow) -> GapRow {
        guard let boot else { return bare(r, "none: the bootstrap over areas is not offered for directly standardised rates") }
        switch boot.limits(gm, request: request) {
        case let .failure(e): return bare(r, "none: " + e.reason)
        case let .success((intervals, undefined)):
            var label = GapsIntervalSource.bootstrapLabel(scheme: k, replicates: boot.replicates)
            if undefined > 0 { label += "; \(undefined) replicates undefined and left out" }
            // The measure's own interval is replaced: its words leave the method.
            let base = (r.method.components(separatedBy: " ; interval: ").first ?? r.method)
                .replacingOccurrences(of: "; t interval on k − 2 df", with: "")
            return row(MeasureResult(group: r.group, measure: r.measure, estimate: r.estimate, standardError: nil,
                                     intervals: intervals, method: base + " ; interval: " + label + ", seed \(boot.seed)",
                                     areas: r.areas, excluded: r.excluded, population: r.population), nil, label)
        }
    }

    /// The areas of a profile as `gapwise measure` sees them: value (rate × multiplier), population weight,
    /// deprivation rank, and the counts of count indicators.
    static func areaSample(_ rows: [Int], ind: GapsIndicator, counts: (CSVNumberColumn, CSVNumberColumn, Bool),
                           rank input: GapsInput) -> GroupSample {
        var s = GroupSample()
        s.weighted = true
        let rank = input.table[input.rankColumn]!.numbers!
        for r in rows {
            guard let a = counts.0[r], let b = counts.1[r], b > 0 else { s.excluded += 1; continue }
            if counts.2 {
                s.values.append(a / b * ind.multiplier)
                s.weights.append(b)
                s.countA.append(a)
                s.countB.append(b - a)
            } else {
                s.values.append(a * ind.multiplier)
                s.weights.append(b)
            }
            s.ranks.append(rank.values[r])
        }
        return s
    }

    /// The population-weighted mean of a profile's quantile values, μ = Σ N_j y_j / Σ N_j (the overall
    /// rate the linear RII divides by).
    static func weightedMean(_ s: GroupSample) -> Double {
        if let first = s.values.first, s.values.allSatisfy({ $0 == first }) { return first }
        let total = s.weights.reduce(0, +)
        var m = 0.0
        for j in s.values.indices { m += s.weights[j] / total * s.values[j] }
        return m
    }

    /// "1", "1 and 2", "1, 2 and 3".
    static func list(_ q: [Int]) -> String {
        let s = q.map(String.init)
        return s.count < 2 ? s.joined() : s.dropLast().joined(separator: ", ") + " and " + s.last!
    }

    /// The seed of one profile's simulations, from the run's seed and the profile's identity (indicator,
    /// locality, year, scheme), never its position in the run: a council's figures are the same whether the
    /// file holds that council alone or the whole country (FNV-1a over the identity, then a golden-ratio step).
    static func unitSeed(_ seed: UInt64, _ profile: QuantileProfile) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(profile.indicator)\u{1F}\(profile.locality)\u{1F}\(profile.year)\u{1F}\(profile.scheme)".utf8 {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return seed &+ h &* 0x9E37_79B9_7F4A_7C15
    }
}
