// FunnelProportionTests: PHE's published proportion funnel, closed forms and properties of the Wilson-score limits, errors.
import Foundation
import Testing
@testable import GapwiseMeasures
import GapwiseNumerics
import GapwiseTestSupport

@Suite("Funnel limits: proportions")
struct FunnelProportionTests {
    typealias F = PHEFunnelProportionFixture

    @Test("PHE's 100-point proportion funnel (testdata_funnel_prop_outputs) within its tolerance")
    func phePublished() throws {
        let t = try FunnelProportion.table(numerators: F.numerators, denominators: F.denominators, multiplier: 100)
        #expect(t.points.map(\.x) == F.population)
        #expect(t.axisMinimum == 0 && t.axisMaximum == 110_000)
        let columns: [(String, [Double], [Double])] = [
            ("lower 95%", t.points.map(\.lower95), F.lower95), ("upper 95%", t.points.map(\.upper95), F.upper95),
            ("lower 99.8%", t.points.map(\.lower998), F.lower998), ("upper 99.8%", t.points.map(\.upper998), F.upper998),
            ("baseline", t.points.map { _ in t.baseline }, F.baseline),
        ]
        for (name, got, want) in columns {
            // testthat's expect_equal (all.equal): mean relative difference Σ|got − want| / Σ|want| within 1.5e-8.
            let meanRelative = zip(got, want).map { abs($0 - $1) }.reduce(0, +) / want.map(abs).reduce(0, +)
            #expect(meanRelative <= F.tolerance, "\(name): mean relative difference \(meanRelative)")
            // Each value: the validation file prints 6 decimals, so within half a unit of the 6th (plus rounding).
            for i in got.indices {
                #expect(abs(got[i] - want[i]) <= 5.000001e-7, "\(name) at population \(F.population[i]): \(got[i]) vs PHE \(want[i])")
            }
            print("Funnel proportion vs PHE, \(name): mean relative difference \(meanRelative)")
        }
    }

    @Test("axis variation (denominators below 31,000: the axis starts at 10,000), PHE's published rows")
    func pheAxisVariation() throws {
        // Source: PHEindicatormethods tests/testthat/testdata_funnel_prop_outputs_with_axis_variation.csv
        // (@3352ce5d861197880cae0ccb329a0ce50424bfda), testFunnels.R: the same inputs filtered to denominator < 31000.
        // Rows (1, 2, 50, 100): Population, lower 2s, upper 2s, lower 3s, upper 3s, baseline; 10 significant digits.
        let rows: [(Int, [Double])] = [
            (0, [10000, 81.43030244, 82.93037332, 80.99777342, 83.36290233, 82.18033788]),
            (1, [10121, 81.43479938, 82.92587637, 81.00486365, 83.3558121, 82.18033788]),
            (49, [18055, 81.62214661, 82.73852914, 81.30024992, 83.06042583, 82.18033788]),
            (99, [33000, 81.76745696, 82.5932188, 81.52935757, 82.83131819, 82.18033788]),
        ]
        let kept = zip(F.numerators, F.denominators).filter { $0.1 < 31_000 }
        let t = try FunnelProportion.table(numerators: kept.map(\.0), denominators: kept.map(\.1), multiplier: 100)
        #expect(t.axisMinimum == 10_000 && t.axisMaximum == 33_000 && t.points.count == 100)
        for (i, want) in rows {
            let p = t.points[i]
            #expect(p.x == want[0])
            for (got, w) in zip([p.lower95, p.upper95, p.lower998, p.upper998, t.baseline], want.dropFirst()) {
                #expect(abs(got - w) <= 1.5e-8 * w, "point \(i + 1): \(got) vs PHE \(w)")
            }
        }
    }

    @Test("the transcribed fixture equals the shared validation file",
          .needsShared("validation/phe_funnel_proportion_limits.json"))
    func fixtureMatchesShared() throws {
        let url = try SharedData.require("validation/phe_funnel_proportion_limits.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let expected = json["expected"] as! [String: [Double]]
        #expect(expected["lower_3s_limit"] == F.lower998 && expected["upper_2s_limit"] == F.upper95)
        #expect((json["input"] as! [String: [Double]])["denominator"] == F.denominators)
    }

    @Test("each limit is a Wilson end point: the Wilson interval of the limit proportion at n ends at the average")
    func wilsonInversion() throws {
        for (n, θ, p) in [(50.0, 0.3, 0.975), (1000, 0.05, 0.999), (20_000, 0.8, 0.975), (7, 0.5, 0.999)] {
            let z = Normal.uncheckedQuantile(p)
            let lo = try FunnelProportion.limit(probability: p, population: n, average: θ, upper: false, multiplier: 1)
            let hi = try FunnelProportion.limit(probability: p, population: n, average: θ, upper: true, multiplier: 1)
            // Wilson limits of y observed on n: (2ny + z² ∓ z√(z² + 4ny(1 − y))) / (2(n + z²)).
            func wilson(_ y: Double, _ sign: Double) -> Double {
                (2 * n * y + z * z + sign * z * (z * z + 4 * n * y * (1 - y)).squareRoot()) / (2 * (n + z * z))
            }
            if lo > 0 { #expect(abs(wilson(lo, 1) - θ) < 1e-12, "n \(n): upper Wilson limit of the lower funnel limit") }
            if hi < 1 { #expect(abs(wilson(hi, -1) - θ) < 1e-12, "n \(n): lower Wilson limit of the upper funnel limit") }
            #expect(lo < θ && θ < hi)
        }
    }

    @Test("limits narrow with the population like θ ± z√(θ(1−θ)/n), and the 99.8% funnel contains the 95% one")
    func properties() throws {
        let θ = 0.2
        var previous = Double.infinity
        for n in [10.0, 100, 1000, 10_000, 1_000_000] {
            let lo = try FunnelProportion.limit(probability: 0.975, population: n, average: θ, upper: false, multiplier: 1)
            let hi = try FunnelProportion.limit(probability: 0.975, population: n, average: θ, upper: true, multiplier: 1)
            let lo3 = try FunnelProportion.limit(probability: 0.999, population: n, average: θ, upper: false, multiplier: 1)
            let hi3 = try FunnelProportion.limit(probability: 0.999, population: n, average: θ, upper: true, multiplier: 1)
            #expect(lo3 <= lo && hi <= hi3)
            #expect(hi - lo < previous)
            previous = hi - lo
        }
        let n = 1e8, z = Normal.uncheckedQuantile(0.975)
        let hi = try FunnelProportion.limit(probability: 0.975, population: n, average: θ, upper: true, multiplier: 1)
        #expect(abs(hi - (θ + z * (θ * (1 - θ) / n).squareRoot())) < 1e-9)
        // θ = 0 and θ = 1: the funnel collapses onto the edge it sits on.
        #expect(try FunnelProportion.limit(probability: 0.975, population: 100, average: 0, upper: false, multiplier: 100) == 0)
        #expect(try FunnelProportion.limit(probability: 0.975, population: 100, average: 1, upper: true, multiplier: 100) == 100)
    }

    @Test("PHE's published significance labels of its 303 test areas are reproduced, every one")
    func phePublishedSignificance() throws {
        let areas = try FunnelProportion.areas(numerators: F.numerators, denominators: F.denominators, multiplier: 100)
        let expected = PHEFunnelSignificanceFixture.codes.map { PHEFunnelSignificanceFixture.labels[$0]! }
        #expect(expected.count == 303 && areas.count == 303)
        for (i, (a, e)) in zip(areas, expected).enumerated() {
            #expect(a.significance == e, "area \(i + 1) (\(F.numerators[i]) of \(F.denominators[i])): \(a.significance), PHE \(e)")
        }
    }

    @Test("areas are labelled as PHE's assign_funnel_significance")
    func significance() throws {
        // 4 areas: pooled proportion 0.5; 10/100 is far below, 90/100 far above, 50/100 on the average.
        let a = try FunnelProportion.areas(numerators: [10, 90, 50, 250], denominators: [100, 100, 100, 500], multiplier: 100)
        #expect(a.map(\.significance) == ["Low (0.001)", "High (0.001)", "Not significant", "Not significant"])
        #expect(a[0].baseline == 50 && a[0].value == 10)
        let b = try FunnelProportion.areas(numerators: [38, 62, 500, 500], denominators: [100, 100, 1000, 1000], multiplier: 1)
        #expect(b.map(\.significance) == ["Low (0.025)", "High (0.025)", "Not significant", "Not significant"])
    }

    @Test("errors name the rule and row")
    func errors() {
        #expect(throws: IndicatorError.emptyInput(statistic: "funnel proportion")) { try FunnelProportion.table(numerators: [], denominators: []) }
        #expect(throws: IndicatorError.lengthMismatch(statistic: "funnel proportion", what: "denominator", expected: 2, actual: 1)) {
            try FunnelProportion.table(numerators: [1, 2], denominators: [5])
        }
        #expect(throws: IndicatorError.negativeValue(statistic: "funnel proportion", what: "numerator", index: 1, value: -80)) {
            try FunnelProportion.table(numerators: [65, -80, 30], denominators: [100, 100, 200])
        }
        #expect(throws: IndicatorError.nonPositiveValue(statistic: "funnel proportion", what: "denominator", index: 2, value: 0)) {
            try FunnelProportion.areas(numerators: [65, 80, 30], denominators: [100, 100, 0])
        }
        #expect(throws: IndicatorError.numeratorExceedsDenominator(statistic: "funnel proportion", index: 2, numerator: 30, denominator: 20)) {
            try FunnelProportion.table(numerators: [65, 80, 30], denominators: [100, 100, 20])
        }
        #expect(throws: IndicatorError.nonFiniteValue(statistic: "funnel proportion", what: "numerator", index: 0, value: .infinity)) {
            try FunnelProportion.table(numerators: [.infinity], denominators: [1])
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: "funnel proportion", name: "probability", value: 0.4, rule: "it must lie strictly between 0.5 and 1 (0.975 or 0.999)")) {
            try FunnelProportion.limit(probability: 0.4, population: 10, average: 0.5, upper: true)
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: "funnel proportion", name: "average", value: 1.5, rule: "a proportion lies between 0 and 1")) {
            try FunnelProportion.limit(probability: 0.975, population: 10, average: 1.5, upper: true)
        }
        #expect(IndicatorError.numeratorExceedsDenominator(statistic: "funnel proportion", index: 2, numerator: 30, denominator: 20).description
                == "funnel proportion: the numerator in row 3 is 30.0, more than its denominator 20.0.")
    }
}
