// Bootstrap: seeded percentile-bootstrap intervals for the distributional measures (areas resampled with replacement).
import GapwiseNumerics

/// The bootstrap distribution of a measure and the intervals read from it.
public struct BootstrapInterval: Sendable, Equatable {
    /// Confidence levels, as requested (e.g. 0.95, 0.998).
    public let levels: [Double]
    /// Percentile limits per level: (lower, upper) = type-7 quantiles at (1 − c)/2 and (1 + c)/2.
    public let limits: [(lower: Double, upper: Double)]
    /// The standard deviation of the replicate estimates (the bootstrap standard error).
    public let standardError: Double
    /// Replicates computed, and the number skipped because the measure was undefined for the resample
    /// (e.g. every resampled value zero for a Theil index); intervals use the defined ones.
    public let replicates: Int, undefined: Int
    /// The seed; the same seed gives bit-identical limits.
    public let seed: UInt64

    public static func == (a: Self, b: Self) -> Bool {
        a.levels == b.levels && a.standardError == b.standardError && a.replicates == b.replicates
            && a.undefined == b.undefined && a.seed == b.seed
            && a.limits.map(\.lower) == b.limits.map(\.lower) && a.limits.map(\.upper) == b.limits.map(\.upper)
    }
}

extension Inequality {
    /// Percentile-bootstrap intervals (Efron & Tibshirani 1993, ch. 13) for a distributional measure over areas.
    ///
    /// Each replicate draws n areas with replacement (an area carries its value, weight, rank and counts),
    /// recomputes the measure, and the limits are type-7 quantiles of the replicate estimates. Draws come from
    /// `Xoshiro256StarStar(seed:)`: the same seed gives bit-identical output. Intervals for measures of a
    /// finite population of areas describe sampling variability of the areas, not of the counts inside them.
    ///
    /// Theil T and the Gini take copy-free kernels (``BootstrapKernels``): the same draws, so the same
    /// resamples, with per-area terms or counts instead of resampled arrays, and one sort for every Gini
    /// replicate.
    ///
    /// - Parameters:
    ///   - replicates: number of resamples, at least 100 (default 2,000).
    ///   - levels: confidence levels in (0, 1), e.g. [0.95, 0.998].
    /// - Throws: `InequalityError.invalidParameter` for fewer than 100 replicates or a level outside (0, 1),
    ///   or when fewer than half of the replicates give a defined value; the measure's own errors for the data.
    public static func bootstrap(_ m: InequalityMeasure, values: [Double], weights: [Double]? = nil,
                                 rankedBy ranks: [Double] = [], countsA a: [Double] = [], countsB b: [Double] = [],
                                 replicates: Int = 2000, levels: [Double] = [0.95],
                                 seed: UInt64) throws -> BootstrapInterval {
        guard replicates >= 100 else {
            throw InequalityError.invalidParameter(measure: m.code, name: "replicates", value: Double(replicates), rule: "must be at least 100")
        }
        for c in levels where !(c > 0 && c < 1) {
            throw InequalityError.invalidParameter(measure: m.code, name: "confidence", value: c, rule: "must be strictly between 0 and 1")
        }
        // The point estimate validates the data once, with the measure's own messages.
        _ = try estimate(m, values: values, weights: weights, rankedBy: ranks, countsA: a, countsB: b)
        let n = m == .dissimilarity ? a.count : values.count
        var rng = Xoshiro256StarStar(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(replicates)
        var undefined = 0
        // Theil T and the Gini need no resampled copies (see BootstrapKernels); same draws, same resamples.
        var fast: [Double?]? = nil
        if m == .theilT || m == .gini(corrected: false) || m == .gini(corrected: true) {
            let w = weights ?? [Double](repeating: 1, count: values.count)
            if m == .theilT {
                fast = BootstrapKernels.theilT(values: values, weights: w, replicates: replicates, rng: &rng)
            } else {
                fast = BootstrapKernels.gini(values: values, weights: w, corrected: m == .gini(corrected: true),
                                             replicates: replicates, rng: &rng)
            }
            for e in fast! {
                if let e, e.isFinite { estimates.append(e) } else { undefined += 1 }
            }
        }
        var idx = [Int](repeating: 0, count: n)
        var rv = values, rw = weights, rr = ranks, ra = a, rb = b
        for _ in 0..<(fast == nil ? replicates : 0) {
            for i in 0..<n { idx[i] = Int(rng.nextUniform() * Double(n)) }
            if m == .dissimilarity {
                for i in 0..<n { ra[i] = a[idx[i]]; rb[i] = b[idx[i]] }
            } else {
                for i in 0..<n { rv[i] = values[idx[i]] }
                if let w = weights { for i in 0..<n { rw![i] = w[idx[i]] } }
                if !ranks.isEmpty { for i in 0..<n { rr[i] = ranks[idx[i]] } }
            }
            if let e = try? estimate(m, values: rv, weights: rw, rankedBy: rr, countsA: ra, countsB: rb), e.estimate.isFinite {
                estimates.append(e.estimate)
            } else {
                undefined += 1
            }
        }
        guard estimates.count * 2 >= replicates else {
            throw InequalityError.invalidParameter(measure: m.code, name: "replicates", value: Double(replicates),
                                                   rule: "gave an undefined value in \(undefined) resamples; the data are too few or too degenerate for a bootstrap")
        }
        var limits: [(lower: Double, upper: Double)] = []
        for c in levels {
            let lo = try Statistics.quantileType7(estimates, probability: (1 - c) / 2)
            let hi = try Statistics.quantileType7(estimates, probability: (1 + c) / 2)
            limits.append((lo, hi))
        }
        let sd = try Statistics.standardDeviation(estimates)
        return BootstrapInterval(levels: levels, limits: limits, standardError: sd, replicates: replicates,
                                 undefined: undefined, seed: seed)
    }
}
