// GapsLifeExpectancyTests: a gaps life-expectancy indicator (age-banded deaths and populations) equals the life table of each quantile's band sums.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

@Suite("Gaps life expectancy indicator")
struct GapsLifeExpectancyTests {
    static let ages = AgeBands.standard(finalBand: 90)

    /// 200 areas in two councils, 20 bands of deaths (d0...) and populations (p0...); mortality rises with
    /// age and with deprivation (rank 1 = most deprived), from a fixed LCG.
    static func table() -> CSVTable {
        let n = 200
        var t = BandedAreaTable(areas: n, seed: 20_261_208)
        for (b, a) in ages.enumerated() {
            let pop = (0..<n).map { _ in 40 + t.next(80) }
            let hazard: Double = 0.0003 * exp(0.085 * Double(a))
            var deaths: [Double] = []
            for (i, p) in pop.enumerated() {
                let gradient: Double = 1.6 - Double(i) / Double(n)
                let expected: Double = p * hazard * gradient
                deaths.append((expected + t.next(3)).rounded(.down))
            }
            t.add("d\(b)", deaths.map { min($0, 40) })
            t.add("p\(b)", pop)
        }
        return t.table
    }

    @Test func quantileLifeExpectanciesEqualTheLifeTableOfTheBandSums() throws {
        let ind = try GapsIndicator.parse("le=" + (0..<20).map { "d\($0)" }.joined(separator: "+") + "/"
                                          + (0..<20).map { "p\($0)" }.joined(separator: "+") + ":stat=life_expectancy")
        #expect(ind.statistic == .lifeExpectancy && ind.multiplier == 1 && ind.polarity == .favourable)
        let t = Self.table()
        let req = GapsRequest(indicators: [ind], rank: "rank", locality: "ca", quantiles: [5], threshold: 0)
        let r = try GapsRunner.run(req, on: t)
        let ca = t["ca"]!.text!.values
        var checked = 0
        for p in r.profiles {
            for row in p.rows {
                var x = [Double](repeating: 0, count: 20), n = x
                for i in 0..<200 where (p.locality == "Scotland" || ca[i] == p.locality) && Int((Double(i + 1) * 5 / 200).rounded(.up)) == row.quantile {
                    for b in 0..<20 { x[b] += t["d\(b)"]!.numbers!.values[i]; n[b] += t["p\(b)"]!.numbers!.values[i] }
                }
                let e = try LifeExpectancy.chiangSilcocks(startAges: Self.ages, deaths: x, populations: n, ages: [0])[0]
                #expect(row.value == e.value && row.standardError == e.standardError, "\(p.locality) Q\(row.quantile): \(row.method)")
                #expect(row.intervals == e.intervals)
                if e.value != nil { checked += 1 }
            }
        }
        #expect(checked >= 10)
        // Favourable: the least deprived live longer, so the linear SII is positive.
        let sii = try #require(r.gaps.first { $0.measure == "sii_linear" && $0.locality == "Scotland" }?.estimate)
        #expect(sii > 0)
    }

    @Test func bandsMustBeNineteenOrTwenty() throws {
        let ind = try GapsIndicator.parse("le=d0+d1/p0+p1:stat=life_expectancy")
        let req = GapsRequest(indicators: [ind], rank: "rank", quantiles: [5])
        #expect(throws: AnalysisError.invalidRequest("indicator le: a life expectancy needs one deaths column and one population column per age band 0, 1-4, 5-9, ..., 85+ or 90+ (19 or 20 bands; given 2 and 2).")) {
            _ = try GapsRunner.run(req, on: Self.table())
        }
        let counts = try GapsIndicator.parse("le=d0/p0:stat=life_expectancy")
        #expect(throws: AnalysisError.invalidRequest("indicator le: a life expectancy needs age-banded deaths and populations: D0+D1+.../P0+P1+... (one per band 0, 1-4, ..., 90+).")) {
            _ = try GapsRunner.run(GapsRequest(indicators: [counts], rank: "rank", quantiles: [5]), on: Self.table())
        }
    }
}
