// LifeExpectancyInequalityTests: the gap and PHE SII/RII of life expectancy by quantile, against PHE's SII test case and hand-worked values.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Life expectancy by deprivation quantile: gap and SII/RII")
struct LifeExpectancyInequalityTests {
    typealias C = PHELifeExpectancyCase

    /// PHE's SII test case for a normal value type is life expectancy by decile (area 2 is E06000002's male
    /// deciles of PHE's LE_testdata.csv): ../shared/validation/phe_sii_normal_deciles_95.json, from
    /// ukhsa-collaboration/PHEindicatormethods testdata_SII.xlsx rows 11-20, with the Excel tool's SII, RII
    /// and intercept (deterministic, 1e-6) and simulated limits (PHE's own 5% relative tolerance).
    @Test("PHE's SII of life expectancy by decile (testdata_SII, area 2), and the gap decile 1 − decile 10",
          .needsShared("validation/phe_sii_normal_deciles_95.json"))
    func pheDeciles() throws {
        let json = try validationCase("phe_sii_normal_deciles_95.json")
        let input = try #require(json["input"] as? [String: Any])
        let values = Array(try doubles(input["value"])[10...]), se = Array(try doubles(input["se"])[10...])
        let pops = Array(try doubles(input["population"])[10...])
        let expected = try #require((json["expected"] as? [String: Any])?["area2"] as? [String: Any])
        let quantiles = try (0..<10).map { i in
            try LifeExpectancyEstimate(startAge: 0, value: values[i], standardError: se[i], population: pops[i])
        }
        let r = try LifeExpectancy.inequality(quantiles, sii: SIIOptions(rii: true))
        let sii = try #require(r.sii)
        expectClose(sii.sii, try number(expected["sii"]), rel: 1e-6, "SII")
        expectClose(sii.rii, try number(expected["rii"]), rel: 1e-6, "RII")
        expectClose(sii.intercept, try number(expected["intercept"]), rel: 1e-6, "intercept")
        let lim = try #require(sii.siiLimits.at(0.95)), rlim = try #require(sii.riiLimits.at(0.95))
        expectClose(try #require(lim.lower), try number(expected["sii_lowercl_1"]), rel: 0.05, "SII lower")
        expectClose(try #require(lim.upper), try number(expected["sii_uppercl_1"]), rel: 0.05, "SII upper")
        expectClose(try #require(rlim.lower), try number(expected["rii_lowercl_1"]), rel: 0.05, "RII lower")
        expectClose(try #require(rlim.upper), try number(expected["rii_uppercl_1"]), rel: 0.05, "RII upper")
        // Gap by hand: 70.54853186 − 79.9711253 = −9.42259344 years; SE √(0.229592² + 0.351754²).
        let gap = try #require(r.gap.value), gse = try #require(r.gap.standardError)
        expectClose(gap, -9.42259344, abs: 1e-12)
        expectClose(gse, (se[0] * se[0] + se[9] * se[9]).squareRoot(), rel: 1e-15)
        expectClose(gse, 0.420054, rel: 1e-5)
        let g = try #require(r.gap.intervals.at(0.95))
        expectClose(try #require(g.lower), gap - 1.959963984540054 * gse, rel: 1e-14)
        #expect(r.siiNote == nil)
    }

    /// Five quintiles with PHE's df1 populations and its deaths × 1.4, 1.2, 1, 0.9, 0.8 (quintile 3 is PHE's
    /// own case, 80.16960813 at birth).
    func quintiles() -> [LifeTableBands] {
        [1.4, 1.2, 1.0, 0.9, 0.8].map { f in LifeTableBands(startAges: C.startAges, deaths: C.deaths.map { ($0 * f).rounded() }, populations: C.populations) }
    }

    @Test("from age bands: quintile life expectancies, their gap and the SII's closed form with equal populations")
    func fromBands() throws {
        let r = try LifeExpectancy.byQuantile(quintiles(), sii: SIIOptions(repetitions: 10_000, rii: true))
        let e = try r.quantiles.map { try #require($0.value) }
        expectClose(e[2], C.value[0], abs: 1e-8, "quintile 3 is PHE's df1")
        #expect(e == e.sorted(), "fewer deaths, longer lives")
        let direct = try quintiles().map { q in try LifeExpectancy.chiangSilcocks(startAges: q.startAges, deaths: q.deaths, populations: q.populations, ages: [0])[0] }
        #expect(r.quantiles == direct)
        expectClose(try #require(r.gap.value), e[0] - e[4], rel: 1e-15)
        // Equal populations: ridits 0.1, 0.3, ..., 0.9 with equal weights, so the least-squares slope is
        // Σ (r − ½) e / Σ (r − ½)² = (−0.4 e1 − 0.2 e2 + 0.2 e4 + 0.4 e5) / 0.4.
        let slope = (-0.4 * e[0] - 0.2 * e[1] + 0.2 * e[3] + 0.4 * e[4]) / 0.4
        let sii = try #require(r.sii)
        expectClose(sii.sii, slope, rel: 1e-12, "SII")
        let mean = e.reduce(0, +) / 5
        expectClose(sii.rii, (mean + slope / 2) / (mean - slope / 2), rel: 1e-12, "RII")
    }

    @Test("a flagged quantile leaves the gap and SII without values and says why; fewer than 5 quantiles: no SII")
    func flaggedAndShort() throws {
        var q = quintiles()
        q[4].populations[5] = 0
        let r = try LifeExpectancy.byQuantile(q)
        #expect(r.gap.value == nil && r.sii == nil)
        #expect(r.gap.method == "not computed: not computed: the age band starting at 20 has a population of 0; every band needs a population above zero")
        #expect(r.siiNote == "SII not computed: quantile 5 has no life expectancy (not computed: the age band starting at 20 has a population of 0; every band needs a population above zero)")
        let four = try LifeExpectancy.byQuantile(Array(quintiles().prefix(4)))
        #expect(four.sii == nil && four.gap.value != nil)
        #expect(four.siiNote == "SII not computed: PHE's SII needs 5 to 100 quantiles; there are 4")
    }

    @Test("errors: one quantile, a non-normal value type, ages that differ, a bad quantile named by position")
    func errors() throws {
        let s = "life expectancy inequality"
        #expect(throws: IndicatorError.tooFewRows(statistic: s, count: 1, required: "a gap needs at least 2 quantiles (most and least deprived)")) {
            try LifeExpectancy.byQuantile(Array(quintiles().prefix(1)))
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: s, name: "valueType", value: 0, rule: "a life expectancy is a normal value type (PHE value_type = 0)")) {
            try LifeExpectancy.byQuantile(quintiles(), sii: SIIOptions(valueType: .rate))
        }
        let a = try LifeExpectancyEstimate(startAge: 0, value: 80, standardError: 1, population: 1000)
        let b = try LifeExpectancyEstimate(startAge: 65, value: 20, standardError: 1, population: 1000)
        #expect(throws: IndicatorError.invalidParameter(statistic: "life expectancy gap", name: "age", value: 65, rule: "both life expectancies must be at the same age (the first is at 0)")) {
            try LifeExpectancy.gap(a, minus: b)
        }
        var q = quintiles()
        q[3].deaths.removeLast()
        #expect(throws: IndicatorError.inArea(index: 3, .lengthMismatch(statistic: "life expectancy", what: "deaths", expected: 20, actual: 19))) {
            try LifeExpectancy.byQuantile(q)
        }
        #expect(throws: IndicatorError.negativeValue(statistic: "life expectancy", what: "standard error", index: 0, value: -1)) {
            try LifeExpectancyEstimate(startAge: 0, value: 80, standardError: -1, population: 1000)
        }
    }

    @Test("the gap is antisymmetric and zero between equal values")
    func gapProperties() throws {
        let a = try LifeExpectancyEstimate(startAge: 0, value: 76.5, standardError: 0.4, population: 1000)
        let b = try LifeExpectancyEstimate(startAge: 0, value: 83.25, standardError: 0.3, population: 1000)
        let ab = try LifeExpectancy.gap(a, minus: b), ba = try LifeExpectancy.gap(b, minus: a)
        #expect(ab.value == -6.75 && ba.value == 6.75)
        expectClose(try #require(ab.standardError), 0.5, rel: 1e-15)
        #expect(ab.intervals[0].lower == -ba.intervals[0].upper!)
        #expect(try LifeExpectancy.gap(a, minus: a).value == 0)
    }
}
