// GapsChanges: the change in each gap from the first year to every later one, with MOVER limits and a trend.
import GapwiseMeasures

/// Changes over time of the gap rows of a run.
public enum GapsChanges {
    /// The value of a measure when there is no gap: 1 for the ratios (r, rel_range, HEAT's rii, PHE's
    /// phe_rii), 0 for every other measure.
    public static func noGapValue(_ measure: String) -> Double {
        ["r", "rel_range", "rii", "phe_rii"].contains(measure.lowercased()) ? 1 : 0
    }

    /// For every locality × indicator × scheme × measure, the change from the first year with a row to each
    /// later year: `Δ = θ₂ − θ₁`, with limits by the MOVER method for a difference of two independent
    /// estimates with their own (possibly asymmetric) limits (Zou & Donner 2008):
    ///
    ///     L = Δ − √((θ₂ − l₂)² + (u₁ − θ₁)²),   U = Δ + √((u₂ − θ₂)² + (θ₁ − l₁)²),
    ///
    /// which is `Δ ± z·√(se₁² + se₂²)` for normal limits. Classified at the first level: if the interval
    /// excludes 0, *narrowing* when |θ₂ − θ₀| < |θ₁ − θ₀| (θ₀ the no-gap value), else *widening*; otherwise
    /// *no clear change*; *not assessed* when an estimate or a limit is missing.
    ///
    /// Reference: Zou GY, Donner A (2008) "Construction of confidence limits about effect measures: a
    /// general approach", Statistics in Medicine 27(10):1693–1702.
    public static func compute(_ gaps: [GapRow], years: [String], levels: [Double]) -> [GapChange] {
        guard years.count > 1 else { return [] }
        struct Key: Hashable { let l: String, i: String, s: Int, m: String }
        var byKey: [Key: [GapRow]] = [:]
        var order: [Key] = []
        for g in gaps {
            let k = Key(l: g.locality, i: g.indicator, s: g.scheme, m: g.measure)
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append(g)
        }
        let rank = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        var out: [GapChange] = []
        for k in order {
            let rows = byKey[k]!.sorted { rank[$0.year]! < rank[$1.year]! }
            let base = rows[0]
            for later in rows.dropFirst() {
                out.append(change(base, later, levels: levels))
            }
        }
        return out
    }

    static func change(_ a: GapRow, _ b: GapRow, levels: [Double]) -> GapChange {
        func make(_ change: Double?, _ iv: [ConfidenceInterval], _ trend: GapTrend, _ note: String?) -> GapChange {
            GapChange(locality: a.locality, indicator: a.indicator, scheme: a.scheme, measure: a.measure,
                      fromYear: a.year, toYear: b.year, from: a.estimate, to: b.estimate, change: change,
                      intervals: iv, trend: trend, note: note)
        }
        guard let t1 = a.estimate, let t2 = b.estimate else {
            return make(nil, [], .notAssessed, "no estimate in \(a.estimate == nil ? a.year : b.year)")
        }
        let d = t2 - t1
        var intervals: [ConfidenceInterval] = []
        for c in levels {
            guard let i1 = a.intervals.at(c), let i2 = b.intervals.at(c), let l1 = i1.lower, let u1 = i1.upper,
                  let l2 = i2.lower, let u2 = i2.upper else { continue }
            let lo = d - ((t2 - l2) * (t2 - l2) + (u1 - t1) * (u1 - t1)).squareRoot()
            let hi = d + ((u2 - t2) * (u2 - t2) + (t1 - l1) * (t1 - l1)).squareRoot()
            intervals.append(ConfidenceInterval(confidence: c, lower: lo, upper: hi))
        }
        guard let first = levels.first, let ci = intervals.at(first), let lo = ci.lower, let hi = ci.upper else {
            return make(d, intervals, .notAssessed, "no interval in one of the years")
        }
        if lo <= 0 && hi >= 0 { return make(d, intervals, .noClearChange, nil) }
        let zero = noGapValue(a.measure)
        return make(d, intervals, abs(t2 - zero) < abs(t1 - zero) ? .narrowing : .widening, nil)
    }
}
