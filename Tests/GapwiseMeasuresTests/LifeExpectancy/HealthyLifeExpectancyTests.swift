// HealthyLifeExpectancyTests: Sullivan's healthy life expectancy against the REVES practical guide's worked example, closed forms and errors.
import Testing
import GapwiseMeasures

@Suite("Healthy life expectancy (Sullivan)")
struct HealthyLifeExpectancyTests {
    typealias C = PHELifeExpectancyCase

    /// Hauet E, REVES (1997) Practical guide on health expectancy calculation: "Sullivan method",
    /// euroreves.ined.fr/methods/cookdef: France 1991 males, ages 65, 70, 75, 80, 85+. Table 1 (node4) gives
    /// l_x, L_x, the disability-free prevalence and the health expectancy to 1 d.p.; Table 3 (node20) the
    /// disability prevalence (1 − π), its variance and the standard error to 2 d.p. Table 1 prints 0.710 as
    /// the 85+ disability-free prevalence, but that is Table 3's disability prevalence: its own product
    /// column (83,967 = 289,068 × 0.290) shows π = 0.290, used here.
    static let l: [Double] = [89_367, 84_968, 78_012, 66_625, 48_532]
    static let L: [Double] = [436_589, 408_793, 364_013, 290_533, 289_068]
    static let disabled = [0.196, 0.286, 0.370, 0.513, 0.710]
    static let variance = [0.000281, 0.000507, 0.000675, 0.000914, 0.000805]
    static let published = [12.3, 8.8, 5.8, 3.4, 1.7]
    static let publishedSE = [0.22, 0.21, 0.20, 0.18, 0.17]

    @Test("REVES guide, France 1991: health expectancy at 65-85 (1 d.p.) and its standard error (2 d.p.)")
    func revesGuide() throws {
        for x in 0..<5 {
            let h = try LifeExpectancy.sullivan(survivors: Self.l[x], personYears: Array(Self.L[x...]),
                                                healthyPrevalence: Self.disabled[x...].map { 1 - $0 },
                                                prevalenceVariances: Array(Self.variance[x...]))
            // Printed to 1 d.p. (±0.05), from prevalences printed to 3 d.p. (±0.0005 each: at most 0.0005·e_x ≤ 0.01).
            expectClose(h.value, Self.published[x], abs: 0.06, "HE at \(65 + 5 * x)")
            // Printed to 2 d.p. (±0.005), from variances printed to 3 s.f.
            expectClose(h.standardError, Self.publishedSE[x], abs: 0.0055, "SE at \(65 + 5 * x)")
        }
    }

    @Test("from age bands: every band in good health gives the life expectancy; half in good health, half of it")
    func closedForms() throws {
        let le = try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: C.populations)
        let n = [Double](repeating: 400, count: 20)
        let all = try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                             healthyPrevalence: [Double](repeating: 1, count: 20), respondents: n)
        let half = try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                              healthyPrevalence: [Double](repeating: 0.5, count: 20), respondents: n)
        for i in 0..<20 {
            expectClose(try #require(all[i].value), try #require(le[i].value), rel: 1e-13)
            #expect(all[i].standardError == 0)
            expectClose(try #require(half[i].value), try #require(le[i].value) / 2, rel: 1e-13)
            #expect(half[i].lifeExpectancy == le[i])
        }
        // Four times the respondents halves the standard error.
        let more = try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                              healthyPrevalence: [Double](repeating: 0.5, count: 20), respondents: n.map { 4 * $0 }, ages: [0])
        expectClose(try #require(more[0].standardError), try #require(half[0].standardError) / 2, rel: 1e-13)
    }

    @Test("a flagged life table gives no healthy life expectancy, and its life expectancy says why")
    func flagged() throws {
        var p = C.populations; p[0] = 0
        let r = try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: p,
                                           healthyPrevalence: [Double](repeating: 0.8, count: 20),
                                           respondents: [Double](repeating: 100, count: 20), ages: [0])
        #expect(r[0].value == nil && r[0].standardError == nil)
        #expect(r[0].lifeExpectancy?.flag == .nonPositivePopulation(startAge: 0, population: 0))
    }

    @Test("errors: a prevalence outside [0, 1], respondents of zero, mismatched lengths, survivors of zero")
    func errors() {
        let s = "healthy life expectancy"
        var pi = [Double](repeating: 0.8, count: 20); pi[3] = 1.2
        let n = [Double](repeating: 100, count: 20)
        #expect(throws: IndicatorError.invalidParameter(statistic: s, name: "prevalence", value: 1.2, rule: "the prevalence of good health in row 4 must be a proportion from 0 to 1")) {
            try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations, healthyPrevalence: pi, respondents: n)
        }
        var zero = n; zero[7] = 0
        #expect(throws: IndicatorError.nonPositiveValue(statistic: s, what: "respondents", index: 7, value: 0)) {
            try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                       healthyPrevalence: [Double](repeating: 0.8, count: 20), respondents: zero)
        }
        #expect(throws: IndicatorError.lengthMismatch(statistic: s, what: "prevalences", expected: 20, actual: 19)) {
            try LifeExpectancy.healthy(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                       healthyPrevalence: [Double](repeating: 0.8, count: 19), respondents: n)
        }
        #expect(throws: IndicatorError.nonPositiveValue(statistic: s, what: "survivors", index: 0, value: 0)) {
            try LifeExpectancy.sullivan(survivors: 0, personYears: [1], healthyPrevalence: [1], prevalenceVariances: [0])
        }
    }
}
