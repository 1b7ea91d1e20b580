// GroupedSupport: the namespace of the grouped measures and their shared steps (shares, averages, ridits,
// reference selection, normal/t/log intervals, type-7 quantiles).
import Foundation
import GapwiseNumerics

/// Subgroup-level inequality measures: WHO HEAT's 21 summary measures (healthequal 1.0.1 = HEAT v6 logic)
/// and ScotPHO's measures, as static functions taking ``SubgroupData`` and ``GroupedOptions``.
///
/// Conventions (healthequal): `p_j = N_j/ΣN` population shares; the setting average
/// `μ = Σ p_j y_j` when every population is known, else the supplied setting average; for ordered
/// dimensions subgroup order 1 is the most disadvantaged and the relative rank (ridit) is the midpoint of
/// the subgroup's cumulative population share, `r_j = Σ_{i<j} p_i + p_j/2`. Analytic intervals are
/// `estimate ± z·SE` unless a measure says otherwise. Every function validates first and throws
/// ``GroupedMeasureError``; results are ``GroupedEstimate`` values.
///
/// Reference: Schlotheuber A, Hosseinpoor AR (2022) "Summary measures of health inequality: a review of
/// existing measures and their application", Int J Environ Res Public Health 19(6):3697; WHO
/// `healthequal` 1.0.1 (R package); WHO HEAT technical notes.
public enum GroupedInequality {}

extension SubgroupData {
    /// Every population, or `.missingPopulation` for the first subgroup without one; `.zeroTotalPopulation`
    /// when they add up to zero.
    func requirePopulations(_ measure: String) throws(GroupedMeasureError) -> [Double] {
        for g in subgroups where g.population == nil {
            throw .missingPopulation(measure: measure, subgroup: g.name)
        }
        let n = subgroups.map { $0.population! }
        guard n.reduce(0, +) > 0 else { throw .zeroTotalPopulation(measure: measure) }
        return n
    }

    /// The population shares p_j = N_j/ΣN (every population required).
    func requireShares(_ measure: String) throws(GroupedMeasureError) -> [Double] {
        let n = try requirePopulations(measure)
        let total = n.reduce(0, +)
        return n.map { $0 / total }
    }

    /// The population-weighted mean Σ p_j y_j of `values` (exactly the common value when all are equal).
    static func weightedMean(_ values: [Double], shares: [Double]) -> Double {
        if let first = values.first, values.allSatisfy({ $0 == first }) { return first }
        var s = 0.0
        for j in values.indices { s += shares[j] * values[j] }
        return s
    }

    /// The setting average μ: population-weighted when every population is known, else the supplied setting
    /// average. `shares` is nil in the second case (simulations then keep μ fixed).
    func average(_ measure: String) throws(GroupedMeasureError) -> (mean: Double, shares: [Double]?) {
        if populations != nil {
            let p = try requireShares(measure)
            return (Self.weightedMean(estimates, shares: p), p)
        }
        guard let a = settingAverage else { throw .missingAverage(measure: measure) }
        return (a, nil)
    }

    /// Throws unless there are at least `minimum` subgroups.
    func requireCount(_ measure: String, atLeast minimum: Int) throws(GroupedMeasureError) {
        guard count >= minimum else { throw .tooFewSubgroups(measure: measure, count: count, required: minimum) }
    }

    /// The subgroup indices sorted by order (most disadvantaged first); throws `.needsOrderedDimension`
    /// unless the dimension is ordered with more than two subgroups.
    func requireOrdered(_ measure: String) throws(GroupedMeasureError) -> [Int] {
        guard isOrdered && count > 2 else { throw .needsOrderedDimension(measure: measure, subgroups: count) }
        return subgroups.indices.sorted { subgroups[$0].order! < subgroups[$1].order! }
    }

    /// The index of the first subgroup with the highest estimate (favourable) or the lowest (adverse).
    var bestIndex: Int {
        let y = estimates
        var best = 0
        for j in y.indices.dropFirst() where polarity == .favourable ? y[j] > y[best] : y[j] < y[best] { best = j }
        return best
    }

    /// The index of the first subgroup with the lowest (`highest == false`) or highest estimate.
    func extremeIndex(highest: Bool) -> Int {
        let y = estimates
        var e = 0
        for j in y.indices.dropFirst() where highest ? y[j] > y[e] : y[j] < y[e] { e = j }
        return e
    }

    /// The index of the most disadvantaged (order 1) or most advantaged (order k) subgroup.
    func orderExtreme(mostAdvantaged: Bool) -> Int {
        let target = mostAdvantaged ? count : 1
        return subgroups.firstIndex { $0.order == target }!
    }
}

/// The relative ranks (ridits) r_j = (Σ_{i<j} N_i + N_j/2)/ΣN of populations already in rank order.
func ridits(_ populations: [Double]) -> [Double] {
    let total = populations.reduce(0, +)
    var cumulative = 0.0
    var r = [Double](repeating: 0, count: populations.count)
    for j in populations.indices {
        r[j] = (cumulative + populations[j] / 2) / total
        cumulative += populations[j]
    }
    return r
}

/// The standard normal quantile z at 1 − α/2 for confidence `level` (1.959963984540054 at 0.95), taken as
/// the upper-tail quantile of α/2 so that levels near 1 keep their accuracy. Levels are validated first
/// (``GroupedOptions``), so a failure here is a programmer error.
func normalCritical(_ level: Double) -> Double {
    do {
        return try Normal.quantile(upperTail: (1 - level) / 2)
    } catch {
        preconditionFailure("normalCritical: confidence level \(level) passed validation but \(error)")
    }
}

/// The Student t quantile at 1 − α/2 on `df` degrees of freedom for confidence `level` (validated first).
func studentCritical(_ level: Double, degreesOfFreedom df: Int) -> Double {
    do {
        return try StudentT.quantile(upperTail: (1 - level) / 2, degreesOfFreedom: Double(df))
    } catch {
        preconditionFailure("studentCritical: level \(level), \(df) df passed validation but \(error)")
    }
}

/// `estimate ± z·se` at each level.
func normalIntervals(_ estimate: Double, se: Double, levels: [Double]) -> [GroupedInterval] {
    levels.map { c in
        let h = normalCritical(c) * se
        return GroupedInterval(level: c, lower: estimate - h, upper: estimate + h)
    }
}

/// `exp(ln θ ± z·seLog)` at each level.
func logNormalIntervals(_ estimate: Double, seLog: Double, levels: [Double]) -> [GroupedInterval] {
    levels.map { c in
        let l = log(estimate), h = normalCritical(c) * seLog
        return GroupedInterval(level: c, lower: exp(l - h), upper: exp(l + h))
    }
}

/// The type-7 (R default, Hyndman & Fan 1996) quantile of sorted values:
/// `h = (n − 1)p`, `Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`.
func typeSevenQuantile(sorted x: [Double], _ p: Double) -> Double {
    precondition(!x.isEmpty && p >= 0 && p <= 1, "type-7 quantile needs values and 0 ≤ p ≤ 1")
    let h = Double(x.count - 1) * p
    let lo = Int(h.rounded(.down))
    guard lo + 1 < x.count else { return x[x.count - 1] }
    return x[lo] + (h - Double(lo)) * (x[lo + 1] - x[lo])
}
