// PopulationAttributableFraction (HEAT "paf"): PAF against a reference subgroup, Walter's analytic SE.

/// The reference comparison shared by PAF and PAR.
struct AttributableSetup {
    let reference: Int
    let mean: Double
    /// y_ref − μ, set to 0 when its sign contradicts the indicator's polarity.
    let gap: Double
    /// Walter's SE of the attributable fraction on the ×1 scale, or the reason it is unavailable.
    let fractionSE: Result<Double, WalterUnavailable>

    struct WalterUnavailable: Error { let reason: String }

    init(_ data: SubgroupData, measure: String) throws(GroupedMeasureError) {
        try data.requireCount(measure, atLeast: 3)
        let (mu, shares) = try data.average(measure)
        guard mu > 0 else { throw .nonPositiveAverage(measure: measure, average: mu) }
        let ref = data.referenceIndex
            ?? (data.isOrdered ? data.orderExtreme(mostAdvantaged: true) : data.bestIndex)
        let y = data.subgroups[ref].estimate
        let raw = y - mu
        let contradicts = data.polarity == .favourable ? raw < 0 : raw > 0
        reference = ref
        mean = mu
        gap = contradicts ? 0 : raw
        guard shares != nil, let pop = data.populations else {
            fractionSE = .failure(.init(reason: "the Walter standard error needs every subgroup's population"))
            return
        }
        let total = pop.reduce(0, +), nRef = pop[ref]
        let c = y / data.scale * nRef, d = nRef - c
        let a = mu / data.scale * total - c, b = total - a - nRef
        let nt = a + b + c + d
        let v = c * nt * (a * d * (nt - c) + b * c * c) / ((a + c) * (a + c) * (a + c) * (c + d) * (c + d) * (c + d))
        guard min(a, b, c, d) >= 0, v.isFinite, v >= 0 else {
            fractionSE = .failure(.init(reason: "the Walter standard error needs y_ref/scale and μ/scale to be proportions with events on both sides of the reference"))
            return
        }
        fractionSE = .success(v.squareRoot())
    }
}

extension GroupedInequality {
    /// Population attributable fraction (PAF) (complex, relative, weighted; more than two subgroups).
    ///
    /// `PAF = 100·(y_ref − μ)/μ`: the percentage improvement in the setting average if every subgroup had the
    /// reference subgroup's level. Reference: the named reference subgroup if any; else the most advantaged
    /// subgroup (highest order) of an ordered dimension, or the best subgroup (highest estimate when
    /// favourable, lowest when adverse; first on ties) of a non-ordered one. PAF is set to 0 when
    /// y_ref − μ has the sign that would mean the reference is worse than average (healthequal).
    /// μ is population-weighted when every population is known, else the setting average.
    /// (healthequal 1.0.1's `paf` ignores `reference_subgroup`; pass no reference to reproduce it.)
    ///
    /// Interval (Walter 1978): with `c = y_ref/scale·N_ref`, `d = N_ref − c`, `a = μ/scale·ΣN − c`,
    /// `b = ΣN − a − N_ref`, `N = a + b + c + d`, the fraction's SE is
    /// `√(c·N·(a·d·(N − c) + b·c²) / ((a + c)³ (c + d)³))`. That SE is of the ×1 fraction while PAF is ×100;
    /// healthequal adds it to the ×100 estimate unscaled, giving intervals 100× too narrow. The default
    /// scales the SE by 100 (`PAF ± z·100·SE`); `.heat` reproduces healthequal (SE and interval on the ×1
    /// scale: its test gives SE 0.01771526, CI 24.029539–24.098982). Unavailable without every population
    /// or when the counts a, b, c, d would be negative.
    ///
    /// - Throws: `.tooFewSubgroups` (< 3), `.missingAverage`, `.missingPopulation` (some but not all),
    ///   `.zeroTotalPopulation`, `.nonPositiveAverage`, `.invalidConfidenceLevel`.
    /// - Returns: PAF in percent, ≥ 0 for favourable and ≤ 0 for adverse indicators; 0 when all subgroups
    ///   are equal. Scale invariant.
    ///
    /// Reference: Walter SD (1978) "Calculation of attributable risks from epidemiological data",
    /// Int J Epidemiol 7(2):175–182.
    public static func populationAttributableFraction(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let s = try AttributableSetup(data, measure: "paf")
        let paf = 100 * s.gap / s.mean
        let heat = options.compatibility == .heat
        var se: Double?, intervals: [GroupedInterval] = [], how: GroupedIntervalMethod
        switch s.fractionSE {
        case let .success(f):
            let scaled = heat ? f : 100 * f
            se = scaled
            intervals = normalIntervals(paf, se: scaled, levels: options.confidenceLevels)
            how = .normal
        case let .failure(why):
            how = .unavailable(reason: why.reason)
        }
        return GroupedEstimate(
            measure: .paf, estimate: paf, standardError: se, intervals: intervals, intervalMethod: how,
            method: "PAF = 100(y_ref − μ)/μ (0 if the reference is worse than μ); Walter SE"
                + (heat ? " on the ×1 scale (HEAT)" : " ×100"),
            subgroups: data.names, comparedSubgroups: [data.subgroups[s.reference].name],
            compatibility: options.compatibility)
    }
}
