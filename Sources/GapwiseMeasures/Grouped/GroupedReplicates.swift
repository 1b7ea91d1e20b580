// GroupedReplicates: many replicate tables of one ordered dimension, and the plain-formula estimates of the grouped measures on each.
import GapwiseNumerics

/// The replicate tables of a bootstrap over one ordered dimension (quantiles 1…k, 1 = most disadvantaged),
/// stored flat: `estimates[r * k + j]` and `populations[r * k + j]` for replicate r and subgroup j (order j + 1).
///
/// ``GroupedInequality/replicateEstimates(_:_:options:)`` computes a measure's estimate on every table by
/// its plain formula, with the same floating-point operations in the same order as the measure itself (so
/// the values are bit-identical to `compute(_:_:options:)` on a `SubgroupData` built from each table), and
/// without building a `SubgroupData`, a method string or an interval per replicate. The linear fit of the
/// linear SII is made once per table and shared by `sii_linear`, `rii_linear` and `rii_int`.
/// Not `Sendable`: it caches the fits; each bootstrap owns its own.
package final class GroupedReplicates {
    package let replicates: Int, groups: Int
    package let estimates: [Double], populations: [Double]
    package let polarity: Polarity
    /// The indicator scale (as `SubgroupData.scale`); a table set with an invalid scale has no defined estimate.
    package let scale: Double
    /// Whether replicate r is a valid table (`SubgroupData`'s rules: finite estimates, finite populations ≥ 0).
    let valid: [Bool]

    package init(estimates: [Double], populations: [Double], groups: Int, polarity: Polarity, scale: Double) {
        precondition(groups > 0 && estimates.count == populations.count && estimates.count % groups == 0,
                     "GroupedReplicates: \(estimates.count) estimates and \(populations.count) populations for \(groups) groups")
        self.replicates = estimates.count / groups
        self.groups = groups
        self.estimates = estimates
        self.populations = populations
        self.polarity = polarity
        self.scale = scale
        let scaleValid = scale.isFinite && scale > 0
        valid = (0..<estimates.count / groups).map { r in
            scaleValid && (0..<groups).allSatisfy { j in
                estimates[r * groups + j].isFinite && populations[r * groups + j].isFinite && populations[r * groups + j] >= 0
            }
        }
    }

    /// The slope β1 of the linear SII's population-weighted fit on each table (NaN where the measure throws),
    /// computed on first use.
    private(set) lazy var slopes: [Double] = (0..<replicates).map { r in
        guard valid[r], groups > 2 else { return .nan }
        let y = Array(estimates[r * groups..<(r + 1) * groups]), n = Array(populations[r * groups..<(r + 1) * groups])
        return Self.linearSlope(y: y, populations: n) ?? .nan
    }

    /// `LinearRankFit`'s slope: β1 of the least squares of y on the ridits of n with weights n (0 when every
    /// y is equal); nil where the fit throws (zero total population, a singular design).
    static func linearSlope(y: [Double], populations n: [Double]) -> Double? {
        guard n.reduce(0, +) > 0 else { return nil }
        let r = ridits(n)
        guard let beta = try? LinearRegression.coefficients(predictor: r, response: y, weights: n) else { return nil }
        return y.allSatisfy({ $0 == y[0] }) ? 0 : beta[1]
    }
}

extension GroupedInequality {
    /// The estimate of `measure` on every table of `tables` (NaN where the measure is undefined or throws),
    /// bit-identical to ``compute(_:_:options:)`` on each table with no reference subgroup and no setting
    /// average; nil for a measure without a plain replicate formula here (compute those one by one).
    ///
    /// Covered: `d`, `r`, `sii_linear`, `rii_linear`, `rii_int`, `paf`, `par`, `par_percent`, `abs_range`,
    /// `rel_range`. Cost O(replicates · k), plus one small refined least-squares fit per table for the linear
    /// SII family (shared by its three codes).
    package static func replicateEstimates(_ measure: GroupedMeasure, _ t: GroupedReplicates,
                                           options: GroupedOptions) -> [Double]? {
        let k = t.groups
        let invalid = (try? options.validate()) == nil
        let scotpho = options.compatibility == .scotpho
        // requireScotPHOSet: ordered with more than two subgroups, and 5 or 10 of them under `.scotpho`.
        let scotphoSet = k > 2 && (!scotpho || k == 5 || k == 10)
        let favourable = t.polarity == .favourable
        func each(_ f: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> Double) -> [Double] {
            (0..<t.replicates).map { r in
                guard !invalid, t.valid[r] else { return .nan }
                return t.estimates.withUnsafeBufferPointer { e in
                    t.populations.withUnsafeBufferPointer { p in
                        f(UnsafeBufferPointer(rebasing: e[r * k..<(r + 1) * k]), UnsafeBufferPointer(rebasing: p[r * k..<(r + 1) * k]))
                    }
                }
            }
        }
        switch measure {
        case .d, .r:
            guard k >= 2 else { return [Double](repeating: .nan, count: t.replicates) }
            // simplePair of an ordered dimension: (most advantaged, most disadvantaged) when favourable.
            let (i1, i2) = favourable ? (k - 1, 0) : (0, k - 1)
            return measure == .d ? each { y, _ in y[i1] - y[i2] }
                : each { y, _ in y[i2] != 0 ? y[i1] / y[i2] : .nan }
        case .absoluteRange, .relativeRange:
            guard scotphoSet else { return [Double](repeating: .nan, count: t.replicates) }
            return measure == .absoluteRange ? each { y, _ in y[0] - y[k - 1] }
                : each { y, _ in y[k - 1] != 0 ? y[0] / y[k - 1] : .nan }
        case .siiLinear, .riiLinear, .riiPercent:
            guard scotphoSet else { return [Double](repeating: .nan, count: t.replicates) }
            let slopes = t.slopes, sign = scotpho ? -1.0 : 1.0
            if measure == .siiLinear { return (0..<t.replicates).map { invalid ? .nan : sign * slopes[$0] } }
            let factor = measure == .riiPercent ? 50.0 : 1.0
            return (0..<t.replicates).map { r in
                let sii = sign * slopes[r]
                guard !invalid, !sii.isNaN else { return .nan }
                guard let p = shares(t.populations[r * k..<(r + 1) * k]) else { return .nan }
                let overall = SubgroupData.weightedMean(Array(t.estimates[r * k..<(r + 1) * k]), shares: p)
                let scotphoZero = scotpho && sii == 0
                if !scotphoZero { guard overall.isFinite && overall > 0 else { return .nan } }
                return sii * (scotphoZero ? 0 : factor / overall)
            }
        case .paf, .par:
            guard k >= 3 else { return [Double](repeating: .nan, count: t.replicates) }
            return each { y, n in
                guard let p = shares(n) else { return .nan }
                let mu = SubgroupData.weightedMean(Array(y), shares: p)
                guard mu > 0 else { return .nan }
                // The reference of an ordered dimension without a named one: the most advantaged (order k).
                let raw = y[k - 1] - mu
                let gap = (favourable ? raw < 0 : raw > 0) ? 0 : raw
                return measure == .par ? gap : 100 * gap / mu
            }
        case .parPercent:
            guard scotphoSet else { return [Double](repeating: .nan, count: t.replicates) }
            return each { y, n in
                guard let p = shares(n) else { return .nan }
                let least = y[k - 1]
                guard least != 0 else { return .nan }
                var s = 0.0
                for j in 0..<k { s += p[j] * (y[j] / least - 1) }
                guard s + 1 != 0 else { return .nan }
                if y.allSatisfy({ $0 == y[0] }) { s = 0 }
                return 100 * s / (s + 1)
            }
        default:
            return nil
        }
    }

    /// `requireShares`: p_j = N_j/ΣN, nil when ΣN is not positive.
    private static func shares<C: Collection<Double>>(_ n: C) -> [Double]? {
        let total = n.reduce(0, +)
        guard total > 0 else { return nil }
        return n.map { $0 / total }
    }
}
