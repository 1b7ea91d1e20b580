// TheilIndex (HEAT "ti"): the grouped Theil T index ×1000 with its analytic SE (scaled ×1000 by default).
import Foundation

extension GroupedInequality {
    /// Theil index (TI) ×1000 (complex, relative, weighted; more than two subgroups).
    ///
    /// `TI = 1000 · Σ p_j r_j ln r_j`, r_j = y_j/μ, μ = Σ p_j y_j (the Theil T / GE(1) index of the subgroup
    /// means); a zero estimate contributes 0 (the limit r ln r → 0).
    ///
    /// Interval (healthequal `ti`): the SE of the ×1 index is
    /// `√Σ (1 + ln r_j − Σ_i p_i r_i (1 + ln r_i))² p_j² se_j²/μ²`. healthequal adds it unscaled to the
    /// ×1000 estimate (its test: TI 5.0359, SE 0.00142, CI 5.0331–5.0387, 1000× too narrow). The default
    /// reports `1000·SE` and `TI ± z·1000·SE`; `.heat` reproduces healthequal. With a zero estimate the
    /// derivative ln r_j is unbounded, so the default gives no interval; `.heat` replaces 0 by 1e-6 first,
    /// as healthequal does.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`, `.negativeEstimate`,
    ///   `.nonPositiveAverage`, `.invalidConfidenceLevel`.
    /// - Returns: TI ≥ 0 (×1000); exactly 0 when every subgroup is equal. Scale invariant.
    ///
    /// Reference: Theil H (1967); Ahn J et al. (2018).
    public static func theilIndex(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let heat = options.compatibility == .heat
        let (p, y, mu) = try data.entropySetup("ti", heat: heat)
        let r = y.map { $0 / mu }
        var s = 0.0
        for j in r.indices where r[j] > 0 { s += p[j] * r[j] * log(r[j]) }
        if let first = y.first, y.allSatisfy({ $0 == first }) { s = 0 }
        let ti = 1000 * s
        var se: Double?, intervals: [GroupedInterval] = []
        var how = GroupedIntervalMethod.unavailable(reason: "a subgroup has no standard error")
        if let e = data.standardErrors {
            if r.contains(0) {
                how = .unavailable(reason: "a subgroup's estimate is 0, where the Theil index's derivative is unbounded")
            } else {
                var centre = 0.0
                for j in r.indices { centre += p[j] * r[j] * (1 + log(r[j])) }
                var v = 0.0
                for j in r.indices {
                    let f = 1 + log(r[j]) - centre
                    v += f * f * p[j] * p[j] * e[j] * e[j] / (mu * mu)
                }
                let unit = v.squareRoot()
                se = heat ? unit : 1000 * unit
                intervals = normalIntervals(ti, se: se!, levels: options.confidenceLevels)
                how = .normal
            }
        }
        return GroupedEstimate(
            measure: .ti, estimate: ti, standardError: se, intervals: intervals, intervalMethod: how,
            method: "TI = 1000 Σ p_j r_j ln r_j, r_j = y_j/μ; analytic SE" + (heat ? " on the ×1 scale, zeros as 1e-6 (HEAT)" : " ×1000"),
            subgroups: data.names, comparedSubgroups: [], compatibility: options.compatibility)
    }
}
