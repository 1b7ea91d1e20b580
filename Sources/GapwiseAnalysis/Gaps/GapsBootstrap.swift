// GapsBootstrap: the stratified bootstrap over areas of one gaps profile: replicate quantile values, then each gap measure's percentile limits.
import GapwiseMeasures
import GapwiseNumerics

/// The areas of one quantile as the point estimate sums them: `a` (a count, or value × weight) and `b`
/// (its denominator, or the weight), one entry per area with usable data.
struct GapsStratum {
    var a: [Double] = []
    var b: [Double] = []
}

/// The replicate quantile values of one profile: for replicate r and present quantile j (in the profile's
/// order), `value[r * k + j] = multiplier · A*/B*` and `population[r * k + j] = B*`.
///
/// A measure with a plain replicate formula (`GroupedInequality.replicateEstimates`: the difference, ratio,
/// linear SII/RII, PAF, PAR and ranges) is computed straight from these arrays, bit-identical to the
/// measure's own code; any other is computed table by table through `GroupedInequality.compute`.
/// A class: it caches the replicate tables and the linear fits its measures share.
final class GapsBootstrapReplicates {
    let replicates: Int, quantiles: Int
    let value: [Double], population: [Double]
    /// The quantile names ("Q1", ...) of the present quantiles, as the point estimate names them.
    let names: [String]
    let seed: UInt64
    let request: MeasureRequest
    /// The replicate tables as the plain formulas read them (linear fits cached, shared by the measures).
    let tables: GroupedReplicates

    /// Each replicate's quantile table as the measures read it (nil where it is not a valid table, e.g. a
    /// quantile whose drawn areas have no population), built on first use by a measure without a plain formula.
    lazy var data: [SubgroupData?] = (0..<replicates).map { r in
        let k = quantiles
        let groups = (0..<k).map { j in
            Subgroup(names[j], estimate: value[r * k + j], population: population[r * k + j], order: j + 1)
        }
        return try? SubgroupData(subgroups: groups, polarity: request.polarity, scale: request.subgroupScale, reference: request.reference)
    }

    /// Redraws the areas of each present quantile (`strata`, in the profile's order) with replacement,
    /// `replicates` times, from `seed` (see `StratifiedBootstrap`); the tables take the polarity, scale and
    /// reference of the point estimate's `request`.
    init(strata: [GapsStratum], names: [String], multiplier: Double, replicates: Int, seed: UInt64, request: MeasureRequest) {
        let s = StratifiedBootstrap.sums(a: strata.map(\.a), b: strata.map(\.b), replicates: replicates, seed: seed)
        self.replicates = replicates
        quantiles = strata.count
        value = zip(s.a, s.b).map { $0 / $1 * multiplier }
        population = s.b
        self.names = names
        self.seed = seed
        self.request = request
        tables = GroupedReplicates(estimates: value, populations: population, groups: strata.count,
                                   polarity: request.polarity, scale: request.subgroupScale)
    }

    /// Measure `gm` on every replicate, in the peer's own sign (as the point estimate before orientation);
    /// nil where the measure is undefined for a replicate (e.g. a quantile whose drawn areas have no
    /// population, or a ratio to 0).
    func estimates(_ gm: GroupedMeasure, request: MeasureRequest) -> [Double?] {
        var options = GroupedOptions(confidenceLevels: request.confidence, compatibility: request.compatibility)
        options.estimateOnly = true
        if request.reference == nil, let plain = GroupedInequality.replicateEstimates(gm, tables, options: options) {
            return plain.map { $0.isFinite ? $0 : nil }
        }
        return data.map { d in
            guard let d, let e = try? GroupedInequality.compute(gm, d, options: options), e.estimate.isFinite else { return nil }
            return e.estimate
        }
    }

    /// Percentile limits of `gm` at each level: the type-7 quantiles at (1 − c)/2 and (1 + c)/2 of the
    /// defined replicate values, and how many replicates were undefined; the reason when fewer than half
    /// are defined.
    func limits(_ gm: GroupedMeasure, request: MeasureRequest) -> Result<(intervals: [ConfidenceInterval], undefined: Int), GapsRunner.IntervalUnavailable> {
        let all = estimates(gm, request: request)
        let defined = all.compactMap { $0 }
        guard defined.count * 2 >= replicates, !defined.isEmpty else {
            return .failure(.init(reason: "the bootstrap gave an undefined value in \(replicates - defined.count) of \(replicates) replicates"))
        }
        let sorted = defined.sorted()
        let intervals = request.confidence.map { c in
            ConfidenceInterval(confidence: c, lower: Self.type7(sorted, (1 - c) / 2), upper: Self.type7(sorted, (1 + c) / 2))
        }
        return .success((intervals, replicates - defined.count))
    }

    /// The type-7 quantile (R's default) of sorted values: x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), h = (n − 1)p.
    static func type7(_ x: [Double], _ p: Double) -> Double {
        let h = Double(x.count - 1) * p, lo = Int(h.rounded(.down))
        if lo + 1 >= x.count { return x[x.count - 1] }
        let f = h - Double(lo)
        return f == 0 ? x[lo] : x[lo] + f * (x[lo + 1] - x[lo])
    }
}
