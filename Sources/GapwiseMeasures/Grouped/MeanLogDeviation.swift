// MeanLogDeviation (HEAT "mld"): the grouped MLD ×1000 with its analytic SE (scaled ×1000 by default).
import Foundation

extension SubgroupData {
    /// Shares, estimates and μ for MLD/TI: every population needed, estimates ≥ 0; under `.heat` zero
    /// estimates become 1e-6 before μ is formed (healthequal `est_nonzero`).
    func entropySetup(_ measure: String, heat: Bool) throws(GroupedMeasureError)
        -> (p: [Double], y: [Double], mean: Double) {
        try requireCount(measure, atLeast: 3)
        let p = try requireShares(measure)
        for g in subgroups where g.estimate < 0 {
            throw .negativeEstimate(measure: measure, subgroup: g.name, value: g.estimate)
        }
        let y = heat ? estimates.map { $0 == 0 ? 1e-6 : $0 } : estimates
        let mu = Self.weightedMean(y, shares: p)
        guard mu > 0 else { throw .nonPositiveAverage(measure: measure, average: mu) }
        return (p, y, mu)
    }
}

extension GroupedInequality {
    /// Mean log deviation (MLD) ×1000 (complex, relative, weighted; more than two subgroups).
    ///
    /// `MLD = 1000 · Σ p_j · (−ln(y_j/μ))`, μ = Σ p_j y_j (the Theil L / GE(0) index of the subgroup means).
    ///
    /// Interval (healthequal `mld`): with r_j = y_j/μ, the SE of the ×1 index is
    /// `√Σ (se_j² p_j²/μ²)(1 − 1/r_j)²`. healthequal adds that ×1 SE to the ×1000 estimate, giving
    /// intervals 1000× too narrow (as for TI; METHODS.md quirk 4). The default reports `1000·SE` and
    /// `MLD ± z·1000·SE`; `.heat` reproduces healthequal (SE on the ×1 scale).
    ///
    /// Zero estimates: ln 0 is undefined, so the default throws `.zeroEstimate`; `.heat` replaces 0 by 1e-6
    /// as healthequal does (a repair that makes the value depend on that constant).
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingPopulation`, `.zeroTotalPopulation`, `.negativeEstimate`,
    ///   `.zeroEstimate`, `.nonPositiveAverage`, `.invalidConfidenceLevel`.
    /// - Returns: MLD ≥ 0 (×1000); exactly 0 when every subgroup is equal. Scale invariant.
    ///
    /// Reference: Theil H (1967) *Economics and Information Theory*; Ahn J et al. (2018).
    public static func meanLogDeviation(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let heat = options.compatibility == .heat
        let (p, y, mu) = try data.entropySetup("mld", heat: heat)
        if !heat, let j = y.firstIndex(of: 0) {
            throw .zeroEstimate(measure: "mld", subgroup: data.subgroups[j].name, reason: "the mean log deviation takes its logarithm")
        }
        var s = 0.0
        for j in y.indices { s -= p[j] * log(y[j] / mu) }
        let mld = 1000 * s
        var se: Double?, intervals: [GroupedInterval] = []
        var how = GroupedIntervalMethod.unavailable(reason: "a subgroup has no standard error")
        if let e = data.standardErrors {
            var v = 0.0
            for j in y.indices {
                let f = 1 - mu / y[j]
                v += e[j] * e[j] * p[j] * p[j] / (mu * mu) * f * f
            }
            let unit = v.squareRoot()
            se = heat ? unit : 1000 * unit
            intervals = normalIntervals(mld, se: se!, levels: options.confidenceLevels)
            how = .normal
        }
        return GroupedEstimate(
            measure: .mld, estimate: mld, standardError: se, intervals: intervals, intervalMethod: how,
            method: "MLD = 1000 Σ p_j (−ln(y_j/μ)); analytic SE" + (heat ? " on the ×1 scale, zeros as 1e-6 (HEAT)" : " ×1000"),
            subgroups: data.names, comparedSubgroups: [], compatibility: options.compatibility)
    }
}
