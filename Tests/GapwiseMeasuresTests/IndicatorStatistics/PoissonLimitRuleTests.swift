// PoissonLimitRuleTests: Byar's limits at every count (PoissonLimitRule.byar) against PHE's published byars_lower/upper.
import Testing
import GapwiseMeasures

@Suite("Poisson limit rule")
struct PoissonLimitRuleTests {
    // PHEindicatormethods testdata_Byars_Wilson.xlsx (testByars.R; ../shared/validation/phe_byars_wilson_limits_even_rows.json):
    // x = 1, 95%: 0.01307213290150435 to 5.5637555824752605; 99.8%: lower NA, upper 9.362180217908362 (tolerance 1.5e-8).
    static let lower95 = 0.01307213290150435, upper95 = 5.5637555824752605, upper998 = 9.362180217908362

    @Test func rateTakesByarBelowTen() throws {
        let e = try Indicator.rate(events: 1, denominator: 1, confidence: [0.95, 0.998], multiplier: 1, limits: .byar)
        #expect(e.method == "Byars")
        let i95 = try #require(e.intervals.at(0.95)), i998 = try #require(e.intervals.at(0.998))
        #expect(abs(try #require(i95.lower) - Self.lower95) <= 1.5e-8 * Self.lower95)
        #expect(abs(try #require(i95.upper) - Self.upper95) <= 1.5e-8 * Self.upper95)
        #expect(i998.lower == nil)
        #expect(abs(try #require(i998.upper) - Self.upper998) <= 1.5e-8 * Self.upper998)
        // PHE's default takes the exact limits at a count below 10, and agrees with .byar from 10 on.
        #expect(try Indicator.rate(events: 1, denominator: 1, multiplier: 1).method == "Exact")
        #expect(try Indicator.rate(events: 12, denominator: 50, limits: .byar) == (try Indicator.rate(events: 12, denominator: 50)))
    }

    // One observed event against E = 2/100 × 100 = 2 expected: ratio ½, limits Byar(1)/2.
    @Test func indirectlyStandardisedRatioTakesByar() throws {
        let e = try Indicator.isRatio(observed: [1], populations: [100], referenceEvents: [2], referencePopulations: [100], limits: .byar)
        #expect(e.value == 0.5 && e.method == "Byars")
        let i = try #require(e.intervals.first)
        #expect(abs(try #require(i.lower) - Self.lower95 / 2) <= 1.5e-8 * Self.lower95 / 2)
        #expect(abs(try #require(i.upper) - Self.upper95 / 2) <= 1.5e-8 * Self.upper95 / 2)
        let rate = try Indicator.isRate(observed: [1], populations: [100], referenceEvents: [2], referencePopulations: [100],
                                        multiplier: 100, limits: .byar)
        #expect(rate.method == "Byars")
    }
}
