// ChiangSilcocksTests: life expectancy against PHEindicatormethods' published test values, closed-form properties and every flag and error.
import Testing
import GapwiseMeasures

@Suite("Life expectancy: Chiang II with Silcocks limits (PHEindicatormethods)")
struct ChiangSilcocksTests {
    typealias C = PHELifeExpectancyCase

    func all(_ ages: [Int]? = nil, confidence: [Double] = [0.95]) throws -> [LifeExpectancyEstimate] {
        try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: C.populations,
                                          ages: ages, confidence: confidence)
    }

    @Test("every age of PHE's answer1: values to the 10 printed digits, limits within PHE's 4 d.p.")
    func pheAnswer() throws {
        let r = try all()
        #expect(r.map(\.startAge) == C.startAges)
        for (i, e) in r.enumerated() {
            #expect(e.flag == nil)
            // The calculator prints 10 significant figures: 1e-8 years is one unit in the last place.
            expectClose(try #require(e.value), C.value[i], abs: 1e-8, "e\(C.startAges[i])")
            let ci = try #require(e.intervals.at(0.95))
            expectClose(try #require(ci.lower), C.lower[i], abs: C.pheTolerance, "lower \(C.startAges[i])")
            expectClose(try #require(ci.upper), C.upper[i], abs: C.pheTolerance, "upper \(C.startAges[i])")
            // The spreadsheet's limits use z = 1.96: their half-width over 1.96 is the standard error, which
            // matches Silcocks' to the precision of the printed limits (~3e-8 relative).
            let se = (C.upper[i] - C.lower[i]) / (2 * 1.96)
            expectClose(try #require(e.standardError), se, rel: 5e-8, "SE \(C.startAges[i])")
        }
    }

    @Test("le_age = c(5, 25) returns those ages only; bands given out of order give the same table")
    func selectedAgesAndOrder() throws {
        let r = try all([5, 25])
        #expect(r.map(\.startAge) == [5, 25])
        expectClose(try #require(r[1].value), C.value[6], abs: 1e-8)
        // PHE's df2: the 65 band moved last.
        var order = Array(0..<20)
        order.remove(at: 14); order.append(14)
        let shuffled = try LifeExpectancy.chiangSilcocks(startAges: order.map { C.startAges[$0] }, deaths: order.map { C.deaths[$0] },
                                                         populations: order.map { C.populations[$0] })
        #expect(shuffled == (try all()))
        // PHE's type = "full" columns: the population and deaths from the age up.
        #expect(r[0].population == C.populations[2...].reduce(0, +))
        #expect(r[1].deaths == C.deaths[6...].reduce(0, +))
    }

    @Test("several levels: limits are e ± Φ⁻¹(1 − α/2)·SE")
    func levels() throws {
        let r = try all([0], confidence: [0.95, 0.998])[0]
        let e = try #require(r.value), se = try #require(r.standardError)
        let hi = try #require(r.intervals.at(0.998)?.upper), lo95 = try #require(r.intervals.at(0.95)?.lower)
        expectClose(hi, e + 3.090232306167813 * se, rel: 1e-14)
        expectClose(lo95, e - 1.959963984540054 * se, rel: 1e-14)
        #expect(r.note == "life expectancy at 0 ; Chiang, using Silcocks et al for confidence limits, final band 90+")
    }

    @Test("a table closing at 85+ (PHE's 85-89 and 90+ merged): the independent reference computation")
    func finalBand85() throws {
        var d = C.deaths, p = C.populations
        d[18] += d.removeLast(); p[18] += p.removeLast()
        let r = try LifeExpectancy.chiangSilcocks(startAges: Array(C.startAges.dropLast()), deaths: d, populations: p, ages: [0, 85])
        // Tests/GapwiseMeasuresTests/Reference/life_table_reference.py (a separate Python implementation of the
        // formulas of PHE's R source).
        expectClose(try #require(r[0].value), 80.16950439361338, rel: 1e-12)
        expectClose(try #require(r[0].standardError), 0.1469018157344149, rel: 1e-12)
        expectClose(try #require(r[1].value), 6.163697392202427, rel: 1e-12)
        expectClose(try #require(r[1].standardError), 0.09904158007469896, rel: 1e-12)
        #expect(r[0].finalBand == 85)
    }

    @Test("scaling every count by 3 keeps e and divides the variance by 3")
    func replication() throws {
        let base = try all()
        let tripled = try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths.map { 3 * $0 },
                                                        populations: C.populations.map { 3 * $0 })
        for (a, b) in zip(base, tripled) {
            expectClose(try #require(b.value), try #require(a.value), rel: 1e-13)
            expectClose(try #require(b.standardError), try #require(a.standardError) / 3.0.squareRoot(), rel: 1e-12)
        }
    }

    @Test("equal mortality in every band: e0 within the bounds of a constant hazard")
    func constantHazard() throws {
        // M = 0.01 everywhere: the open band's mean survival is 1/M = 100 years; e90 is exactly 1/M.
        let p = [Double](repeating: 100_000, count: 20), d = [Double](repeating: 1000, count: 20)
        let r = try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: d, populations: p, ages: [90, 0])
        expectClose(try #require(r[0].value), 100, rel: 1e-14)
        let e0 = try #require(r[1].value)
        #expect(e0 > 99 && e0 < 100.5)
    }

    // MARK: flags, in PHE's order (each gives NA in PHE, with its warning)

    func flagged(_ d: [Double], _ p: [Double], ages: [Int] = C.startAges, finalBand: Int? = nil) throws -> LifeExpectancyEstimate {
        let r = try LifeExpectancy.chiangSilcocks(startAges: ages, deaths: d, populations: p, finalBand: finalBand, ages: [0])[0]
        #expect(r.value == nil && r.standardError == nil)
        #expect(r.intervals == [ConfidenceInterval(confidence: 0.95, lower: nil, upper: nil)])
        return r
    }

    @Test("negative deaths (PHE df_neg_deaths)")
    func negativeDeaths() throws {
        var d = C.deaths; d[3] = -5
        let r = try flagged(d, C.populations)
        #expect(r.flag == .negativeDeaths(startAge: 10, deaths: -5))
        #expect(r.flag!.description == "not computed: the age band starting at 10 has -5 deaths; deaths cannot be negative")
    }

    @Test("a zero population (PHE df_zero_pop)")
    func zeroPopulation() throws {
        var p = C.populations; p[5] = 0
        let r = try flagged(C.deaths, p)
        #expect(r.flag == .nonPositivePopulation(startAge: 20, population: 0))
        #expect(r.flag!.description == "not computed: the age band starting at 20 has a population of 0; every band needs a population above zero")
    }

    @Test("deaths above population (PHE df_deaths_greater_pops)")
    func deathsAbovePopulation() throws {
        var p = C.populations; p[18] = 119
        let r = try flagged(C.deaths, p)
        #expect(r.flag == .deathsExceedPopulation(startAge: 85, deaths: 1936, population: 119))
        #expect(r.flag!.description == "not computed: the age band starting at 85 has 1936 deaths, more than its population 119")
    }

    @Test("a missing 90+ band when the table must close at 90 (PHE df_missing_age); a repeated band")
    func nonStandardBands() throws {
        let r = try flagged(Array(C.deaths.dropLast()), Array(C.populations.dropLast()), ages: Array(C.startAges.dropLast()), finalBand: 90)
        #expect(r.flag == .nonStandardBands(missing: [90], repeated: [], unexpected: []))
        #expect(r.flag!.description == "not computed: the age bands must be 0, 1, 5, 10, ..., with a final band 85+ or 90+, each once (missing 90)")
        var ages = C.startAges; ages[2] = 1; ages[4] = 12
        let twice = try flagged(C.deaths, C.populations, ages: ages)
        #expect(twice.flag == .nonStandardBands(missing: [5, 15], repeated: [1], unexpected: [12]))
    }

    @Test("a total population of 5,000 or less (PHE df_low_pops)")
    func smallPopulation() throws {
        let p: [Double] = [128, 152, 120, 176, 194, 180, 145, 149, 107, 185, 165, 109, 100, 122, 133, 189, 123, 121, 147, 138]
        let d: [Double] = [58, 93, 78, 94, 59, 71, 80, 73, 69, 72, 91, 69, 78, 71, 54, 91, 82, 53, 50, 84]
        let r = try flagged(d, p)
        #expect(r.flag == .smallPopulation(total: 2883))
        #expect(r.flag!.description == "not computed: the total population 2883 is 5,000 or less, too small for a robust life expectancy (PHE's minimum)")
        // Exactly 5,000 is suppressed too (PHE: total_pop <= 5000).
        let edge = try flagged([Double](repeating: 1, count: 20), [Double](repeating: 250, count: 20))
        #expect(edge.flag == .smallPopulation(total: 5000))
    }

    @Test("no deaths in the open final band")
    func noFinalDeaths() throws {
        var d = C.deaths; d[19] = 0
        let r = try flagged(d, C.populations)
        #expect(r.flag == .noDeathsInFinalBand(startAge: 90))
    }

    @Test("a 95% interval over 20 years: the value is suppressed, the limits kept")
    func wideInterval() throws {
        let d: [Double] = [1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 6, 8, 10, 12, 1]
        let r = try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: d, populations: [Double](repeating: 300, count: 20), ages: [0])[0]
        #expect(r.value == nil)
        let se = try #require(r.standardError), ci = try #require(r.intervals.first)
        let lo = try #require(ci.lower), hi = try #require(ci.upper)
        expectClose(hi - lo, 2 * 1.959963984540054 * se, rel: 1e-12)
        guard case let .wideInterval(width)? = r.flag else { Issue.record("expected .wideInterval, got \(String(describing: r.flag))"); return }
        #expect(width > 20)
    }

    // MARK: errors

    @Test("errors: no bands, mismatched lengths, non-finite counts, final band, age, level")
    func errors() {
        let s = "life expectancy"
        #expect(throws: IndicatorError.emptyInput(statistic: s)) { try LifeExpectancy.chiangSilcocks(startAges: [], deaths: [], populations: []) }
        #expect(throws: IndicatorError.lengthMismatch(statistic: s, what: "deaths", expected: 20, actual: 19)) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: Array(C.deaths.dropLast()), populations: C.populations)
        }
        #expect(throws: IndicatorError.lengthMismatch(statistic: s, what: "populations", expected: 20, actual: 19)) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: Array(C.populations.dropLast()))
        }
        var d = C.deaths; d[4] = .nan
        // NaN ≠ NaN, so the error is compared by its message.
        let nanError = #expect(throws: IndicatorError.self) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: d, populations: C.populations)
        }
        #expect(nanError?.description == "life expectancy: deaths in row 5 is nan; it must be a finite number.")
        var p = C.populations; p[2] = .infinity
        #expect(throws: IndicatorError.nonFiniteValue(statistic: s, what: "population", index: 2, value: .infinity)) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: p)
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: s, name: "finalBand", value: 80, rule: "the open final age band starts at 85 or 90")) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: C.populations, finalBand: 80)
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: s, name: "age", value: 4, rule: "a life expectancy is given at the start of a band: 0, 1, 5, 10, ..., 90")) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: C.populations, ages: [4])
        }
        #expect(throws: IndicatorError.invalidConfidence(statistic: s, value: 95)) {
            try LifeExpectancy.chiangSilcocks(startAges: C.startAges, deaths: C.deaths, populations: C.populations, confidence: [95])
        }
    }

    @Test("band labels name their start age as PHE reads them (first run of digits)")
    func labels() {
        #expect(["0", "1-4", "5-9", "10 – 14", "90 +", "90+", "age 85+", "<1", "under 1"].map(AgeBands.startAge(of:)) == [0, 1, 5, 10, 90, 90, 85, 0, 0])
        #expect(AgeBands.startAge(of: "ninety") == nil)
        #expect(AgeBands.startAge(of: "1000") == nil)
        #expect(AgeBands.standard(finalBand: 85).count == 19 && AgeBands.standard(finalBand: 90).count == 20)
    }
}
