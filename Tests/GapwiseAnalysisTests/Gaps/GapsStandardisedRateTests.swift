// GapsStandardisedRateTests: quantile DSRs from age-banded columns equal the formula on direct band sums.
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("Gaps directly standardised rates")
struct GapsStandardisedRateTests {
    /// 200 areas in two councils, 19 ESP 2013 bands of events and populations from a fixed LCG.
    static func table(equalRates: Bool = false) -> CSVTable {
        let n = 200
        var t = BandedAreaTable(areas: n, seed: 20_261_207)
        for a in 0..<19 {
            let pop = (0..<n).map { _ in 20 + t.next(200) }
            let ev = pop.enumerated().map { i, p in equalRates ? p / 10 : min(p, t.next(8 + (200 - i) / 10 + a)) }
            t.add("e\(a)", ev)
            t.add("p\(a)", pop)
        }
        return t.table
    }

    static let indicator = GapsIndicator(name: "deaths", source: .ageBands(numerators: (0..<19).map { "e\($0)" },
                                                                          denominators: (0..<19).map { "p\($0)" },
                                                                          standard: Indicator.esp2013))

    @Test func quantileDSRsEqualTheFormulaOnDirectBandSums() throws {
        let t = Self.table()
        let req = GapsRequest(indicators: [Self.indicator], rank: "rank", locality: "ca", quantiles: [5], threshold: 0)
        let r = try GapsRunner.run(req, on: t)
        let ca = t["ca"]!.text!.values
        let w = Indicator.esp2013, wSum = w.reduce(0, +)
        for p in r.profiles {
            // National quintiles by count: ceil(rank·5/200).
            for row in p.rows {
                var x = [Double](repeating: 0, count: 19), n = x
                for i in 0..<200 where (p.locality == "Scotland" || ca[i] == p.locality) && Int((Double(i + 1) * 5 / 200).rounded(.up)) == row.quantile {
                    for a in 0..<19 { x[a] += t["e\(a)"]!.numbers!.values[i]; n[a] += t["p\(a)"]!.numbers!.values[i] }
                }
                var dsr = 0.0, v = 0.0
                for a in 0..<19 { dsr += x[a] * w[a] / n[a]; v += x[a] * (w[a] / n[a]) * (w[a] / n[a]) }
                dsr = dsr / wSum * 100_000
                let value = try #require(row.value, "\(p.locality) Q\(row.quantile): \(row.method)")
                #expect(abs(value - dsr) <= 1e-12 * dsr)
                #expect(abs(row.standardError! - 100_000 * v.squareRoot() / wSum) <= 1e-12 * row.standardError!)
                #expect(row.numerator == x.reduce(0, +) && row.denominator == n.reduce(0, +))
                let e = try Indicator.dsr(events: x, populations: n, confidence: [0.95])
                #expect(row.intervals == e.intervals && row.method == "Dobson")
            }
        }
        #expect(r.gaps.contains { $0.measure == "sii_linear" && $0.estimate != nil })
    }

    @Test func equalBandRatesGiveTheCrudeRate() throws {
        let req = GapsRequest(indicators: [Self.indicator], rank: "rank", quantiles: [5], threshold: 0)
        let r = try GapsRunner.run(req, on: Self.table(equalRates: true))
        for row in r.profiles[0].rows { #expect(abs(row.value! - 10_000) < 1e-9, "every band's rate is 1 in 10") }
    }

    @Test func bandsMustMatchTheStandardPopulation() throws {
        var ind = Self.indicator
        ind.source = .ageBands(numerators: ["e0", "e1"], denominators: ["p0", "p1"], standard: Indicator.esp2013)
        let req = GapsRequest(indicators: [ind], rank: "rank", quantiles: [5])
        #expect(throws: AnalysisError.invalidRequest("indicator deaths: a DSR needs one event column and one population column per band of the standard population (19 bands; given 2 and 2).")) {
            _ = try GapsRunner.run(req, on: Self.table())
        }
    }
}
