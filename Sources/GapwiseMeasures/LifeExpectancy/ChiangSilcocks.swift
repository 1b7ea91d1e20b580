// ChiangSilcocks: life expectancy with Silcocks' limits from one area's age bands (PHEindicatormethods' phe_life_expectancy).
import GapwiseNumerics

/// Life expectancy and healthy life expectancy from abridged life tables, and their inequality by
/// deprivation quantile.
public enum LifeExpectancy {
    /// Life expectancy at each requested age from one area's deaths and populations by age band: Chiang's
    /// II abridged life table with Silcocks et al.'s confidence limits, as PHEindicatormethods'
    /// `phe_life_expectancy` and PHE's Life Expectancy Calculator. With band width n_i (the open band:
    /// n_ω = 2/M_ω), a_i = 0.1 at age 0 and 0.5 otherwise, M_i = D_i/P_i:
    ///
    ///     q_i = M_i n_i / (1 + M_i n_i (1 − a_i)),  l_0 = 100,000,  l_{i+1} = l_i (1 − q_i),  d_i = l_i − l_{i+1},
    ///     L_i = n_i (l_{i+1} + a_i d_i),  L_ω = l_ω / M_ω,  e_i = Σ_{j≥i} L_j / l_i,
    ///     W_i = l_i² ((1 − a_i) n_i + e_{i+1})² q_i² (1 − q_i) / D_i,  W_ω = (l_ω/2)² · 4 / (D_ω M_ω²),
    ///     SE(e_i) = √(Σ_{j≥i} W_j) / l_i,
    ///
    /// and limits `e ± z·SE` with `z = Φ⁻¹(1 − (1 − c)/2)` for each level c. Cost O(k) for k bands.
    ///
    /// **Bands.** One row per band, in any order, named by start age: 0, 1, 5, 10, ..., with the open
    /// final band at 85 or 90 (PHE fixes 90+; ONS's health-state tables close at 85+). a_i = 0.1 at age 0
    /// and 0.5 otherwise, as PHE.
    ///
    /// **Flags (PHE's NA).** As PHE, an area that breaks one of its rules is not an error but a result with no
    /// numbers and a ``LifeExpectancyFlag`` saying why, checked in PHE's order: a negative death count, a
    /// population of zero or less, bands other than the standard set, deaths above population, a total
    /// population of 5,000 or less, no deaths in the final band. A value whose 95% interval is over 20
    /// years wide is suppressed but keeps its limits (`.wideInterval`).
    ///
    /// - Parameters:
    ///   - startAges: each band's start age.
    ///   - deaths: deaths per band (finite).
    ///   - populations: population (person-years) per band (finite).
    ///   - finalBand: the start age of the open final band the table must close with, 85 or 90; nil: the
    ///     area's largest start age when that is 85 or 90 (else 90, PHE's). Say 90 to have an area whose
    ///     90+ row is missing flagged rather than read as a table closing at 85+.
    ///   - ages: the ages to report (start ages of standard bands); nil: every band, ascending (PHE's "all").
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    /// - Throws: ``IndicatorError`` for no bands, mismatched lengths, a non-finite count, a final band
    ///   other than 85 or 90, a requested age that is not the start of a standard band, or a bad confidence level.
    /// - Returns: one estimate per requested age, in the order asked.
    /// - Properties: e_0 is the mean age at death of the stationary population of the table; it does not
    ///   change when every death count and population is multiplied by the same factor (the limits narrow);
    ///   SE(e_x) ≥ 0.
    /// - References: Chiang CL (1968) Introduction to Stochastic Processes in Biostatistics, Wiley, 189–214;
    ///   Silcocks PBS, Jenner DA, Reza R (2001) J Epidemiol Community Health 55:38–43; Eayres DP, Williams ES
    ///   (2004) J Epidemiol Community Health 58:243–249; PHEindicatormethods 2.1.0 `phe_life_expectancy`.
    public static func chiangSilcocks(startAges: [Int], deaths: [Double], populations: [Double], finalBand: Int? = nil,
                                      ages: [Int]? = nil,
                                      confidence: [Double] = [0.95]) throws(IndicatorError) -> [LifeExpectancyEstimate] {
        let s = "life expectancy"
        let k = startAges.count
        if k == 0 { throw .emptyInput(statistic: s) }
        if deaths.count != k { throw .lengthMismatch(statistic: s, what: "deaths", expected: k, actual: deaths.count) }
        if populations.count != k { throw .lengthMismatch(statistic: s, what: "populations", expected: k, actual: populations.count) }
        for i in 0..<k {
            if !deaths[i].isFinite { throw .nonFiniteValue(statistic: s, what: "deaths", index: i, value: deaths[i]) }
            if !populations[i].isFinite { throw .nonFiniteValue(statistic: s, what: "population", index: i, value: populations[i]) }
        }
        try validateConfidence(confidence, statistic: s)
        if let finalBand, !AgeBands.finalBands.contains(finalBand) {
            throw .invalidParameter(statistic: s, name: "finalBand", value: Double(finalBand),
                                    rule: "the open final age band starts at 85 or 90")
        }
        let largest = startAges.max()!
        let final = finalBand ?? (AgeBands.finalBands.contains(largest) ? largest : 90)
        let standard = AgeBands.standard(finalBand: final)
        for age in ages ?? [] where !standard.contains(age) {
            throw .invalidParameter(statistic: s, name: "age", value: Double(age),
                                    rule: "a life expectancy is given at the start of a band: 0, 1, 5, 10, ..., \(final)")
        }
        // Bands in ascending start age.
        let order = startAges.indices.sorted { startAges[$0] < startAges[$1] }
        let a = order.map { startAges[$0] }, d = order.map { deaths[$0] }, p = order.map { populations[$0] }
        let wanted = ages ?? (Set(a) == Set(standard) ? standard : Array(Set(a)).sorted())
        if let flag = flag(a, d, p, standard: standard) {
            return wanted.map { age in
                LifeExpectancyEstimate(startAge: age, value: nil, standardError: nil,
                                       intervals: confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) },
                                       flag: flag, population: used(a, p, from: age), deaths: used(a, d, from: age),
                                       finalBand: nil)
            }
        }
        let table = AbridgedLifeTable(startAges: a, deaths: d, populations: p)
        let z = confidence.map { c in (try? Normal.quantile(upperTail: (1 - c) / 2)) ?? .nan }
        return wanted.map { age in
            let i = a.firstIndex(of: age)!
            return estimate(table, band: i, confidence: confidence, z: z,
                            population: used(a, p, from: age), deaths: used(a, d, from: age))
        }
    }

    /// The estimate at band i of a computed table.
    static func estimate(_ table: AbridgedLifeTable, band i: Int, confidence: [Double], z: [Double],
                         population: Double, deaths: Double) -> LifeExpectancyEstimate {
        let e = table.expectancy[i]
        let se = table.standardError(band: i)
        let intervals = zip(confidence, z).map { c, zc in
            ConfidenceInterval(confidence: c, lower: se.map { e - zc * $0 }, upper: se.map { e + zc * $0 })
        }
        // PHE suppresses the value (not the limits) when the 95% interval is over 20 years wide.
        var flag: LifeExpectancyFlag?
        if let se, pheZ95 * se > 10 { flag = .wideInterval(width: 2 * pheZ95 * se) }
        return LifeExpectancyEstimate(startAge: table.startAges[i], value: flag == nil ? e : nil, standardError: se,
                                      intervals: intervals, flag: flag, population: population, deaths: deaths,
                                      finalBand: table.startAges.last)
    }

    /// PHE's checks, in PHE's order, on bands sorted by start age.
    static func flag(_ a: [Int], _ d: [Double], _ p: [Double], standard: [Int]) -> LifeExpectancyFlag? {
        if let i = d.firstIndex(where: { $0 < 0 }) { return .negativeDeaths(startAge: a[i], deaths: d[i]) }
        if let i = p.firstIndex(where: { $0 <= 0 }) { return .nonPositivePopulation(startAge: a[i], population: p[i]) }
        if a != standard {
            var counts: [Int: Int] = [:]
            for x in a { counts[x, default: 0] += 1 }
            return .nonStandardBands(missing: standard.filter { counts[$0] == nil },
                                     repeated: counts.filter { $0.value > 1 }.keys.sorted(),
                                     unexpected: Set(a).subtracting(standard).sorted())
        }
        if let i = a.indices.first(where: { d[$0] > p[$0] }) {
            return .deathsExceedPopulation(startAge: a[i], deaths: d[i], population: p[i])
        }
        let total = p.reduce(0, +)
        if total <= LifeExpectancyFlag.minimumPopulation { return .smallPopulation(total: total) }
        if d[d.count - 1] == 0 { return .noDeathsInFinalBand(startAge: a[a.count - 1]) }
        return nil
    }

    /// Σ of `x` over the bands from `age` up (PHE's pops_used / dths_used).
    static func used(_ a: [Int], _ x: [Double], from age: Int) -> Double {
        var total = 0.0
        for i in a.indices where a[i] >= age { total += x[i] }
        return total
    }
}
