// FunnelRatioRateTests: ratio funnels against PHE's published outputs, rate funnels against an independent
// scipy computation, the axis rules, and the error branches.
import Foundation
import Testing
@testable import GapwiseMeasures

@Suite("Funnel limits: ratios, rates and the axis")
struct FunnelRatioRateTests {
    typealias R = PHEFunnelRatioFixture

    /// PHE's bisection stops when its step in v = E/(E + O + 1) is at most 0.5·2⁻²³ ≈ 6e-8, so its expected
    /// count E can be off by about (O + 1)·6e-8/(1 − v)²; allowed: twice that plus the 10-digit printing.
    func bisectionTolerance(observed o: Double, expected e: Double) -> Double {
        let v = e / (e + o + 1)
        return 2 * (o + 1) * 6e-8 / ((1 - v) * (1 - v)) + 1e-9 * e
    }

    @Test("the ratio axis reproduces PHE's 100 observed-event points from the range of the expected counts")
    func ratioAxis() throws {
        let t = try FunnelRatio.table(observed: [8, 893], expected: [R.expectedMinimum, R.expectedMaximum], kind: .count)
        #expect(t.points.map(\.x) == R.observed)
        #expect(t.axisMinimum == 0 && t.axisMaximum == 750)
    }

    @Test("ratio limits equal PHE's published counts and ISRs within its bisection accuracy")
    func ratioPublished() throws {
        let count = try FunnelRatio.table(observed: [8, 893], expected: [R.expectedMinimum, R.expectedMaximum], kind: .count)
        let isr = try FunnelRatio.table(observed: [8, 893], expected: [R.expectedMinimum, R.expectedMaximum], kind: .isr)
        for row in R.rows {
            let o = row[0]
            let i = try #require(count.points.firstIndex { $0.x == o })
            let c = count.points[i], s = isr.points[i]
            let plotted = [(c.lower95, s.lower95), (c.upper95, s.upper95), (c.lower998, s.lower998), (c.upper998, s.upper998)]
            for k in 0..<4 {
                let phe = (e: row[1 + 3 * k], count: row[2 + 3 * k], isr: row[3 + 3 * k])
                let te = bisectionTolerance(observed: o, expected: phe.e)
                #expect(abs(c.denominators[k] - phe.e) <= te, "O = \(o), limit \(k): expected events \(c.denominators[k]) vs PHE \(phe.e)")
                let tr = o * te / (phe.e * phe.e) + 1e-9 * (o / phe.e)  // the same error carried to O/E
                #expect(abs(plotted[k].0 - phe.count) <= tr + 1e-9, "O = \(o), limit \(k): count \(plotted[k].0) vs PHE \(phe.count)")
                #expect(abs(plotted[k].1 - phe.isr) <= 100 * tr + 1e-7, "O = \(o), limit \(k): isr \(plotted[k].1) vs PHE \(phe.isr)")
            }
        }
        #expect(count.baseline == 0 && isr.baseline == 100 && count.statistic == "ratio (count)")
    }

    @Test("exact limits in closed form: one observed event, L = −ln(1 − α/2) and U from χ² with 4 df")
    func ratioClosedForm() throws {
        let l = try FunnelRatio.limits(observed: 1, confidence: 0.95)
        #expect(abs(l.expectedUpper - -log(0.975)) < 1e-14)  // χ²(2 df) quantile: −2 ln(1 − p)
        #expect(abs(l.upper - 1 / -log(0.975)) < 1e-12)
        // U solves P(X ≤ 1 | U) = e^−U (1 + U) = 0.025.
        #expect(abs(exp(-l.expectedLower) * (1 + l.expectedLower) - 0.025) < 1e-14)
    }

    @Test("rate funnel (DSR, 3 years, per 100,000) equals the independent scipy computation to 1e-9")
    func rateReference() throws {
        let ref = FunnelRateReference.self
        let t = try FunnelRate.table(events: ref.events, rates: ref.rates, kind: .dsr, years: ref.years, multiplier: ref.multiplier)
        #expect(abs(t.baseline - ref.baseline) <= 1e-12 * ref.baseline)
        #expect(t.axisMinimum == ref.axisMinimum && t.axisMaximum == ref.axisMaximum)
        #expect(t.points.map(\.x) == ref.rows.map { $0[0] })
        var worst = 0.0
        for (p, r) in zip(t.points, ref.rows) {
            for (got, want) in [(p.lower95, r[1]), (p.upper95, r[2]), (p.lower998, r[3]), (p.upper998, r[4]), (p.denominators[0], r[5])] {
                let rel = abs(got - want) / want
                worst = max(worst, rel)
                #expect(rel < 1e-9, "events \(p.x): \(got) vs \(want)")
            }
        }
        #expect(t.statistic == "rate (dsr per 100000)")
        print("Funnel rate vs scipy: worst relative difference \(worst)")
    }

    @Test("a crude rate with given denominators, close range: the axis minimum is rounded down, not 0")
    func crudeAxis() throws {
        // Denominators 30,000..50,000 over 1 year: max ≤ 2·min, so the axis runs from signif.floor(30000) = 20000 to signif.ceiling(50000) = 53000.
        let t = try FunnelRate.table(events: [60, 90, 100], rates: [200, 225, 200], denominators: [30_000, 40_000, 50_000],
                                     kind: .crude, years: 1, multiplier: 100_000)
        let average = 250.0 / 120_000
        #expect(t.axisMinimum == (20_000 * average).rounded(.down) && t.axisMaximum == (53_000 * average).rounded(.up))
        // From 41 to 111 events there is no room for 100 points: PHE's rule steps by at least 1, so they run 41...140.
        #expect(t.points.map(\.x) == (41...140).map(Double.init))
        #expect(t.points.allSatisfy { $0.lower998 < $0.lower95 && $0.lower95 < t.baseline && t.baseline < $0.upper95 && $0.upper95 < $0.upper998 })
    }

    @Test("axis rounding follows R, including its switch to scientific notation")
    func axisRules() {
        #expect(FunnelAxis.rCharacterCount(100_000) == 5)  // "1e+05"
        #expect(FunnelAxis.rCharacterCount(120_000) == 6)
        #expect(FunnelAxis.rCharacterCount(1_200_000) == 7)  // "1200000" and "1.2e+06" tie: fixed
        #expect(FunnelAxis.rCharacterCount(12_000_000) == 7)  // "1.2e+07"
        #expect(FunnelAxis.rCharacterCount(0) == 1 && FunnelAxis.rCharacterCount(7) == 1)
        #expect(FunnelAxis.floorEnd(31_000) == 20_000)  // 29,450 → 2·10⁴
        #expect(FunnelAxis.ceilingEnd(102_950) == 110_000)
        #expect(FunnelAxis.ceilingEnd(706.7669173) == 750)
        #expect(FunnelAxis.floorEnd(0) == 0 && FunnelAxis.ceilingEnd(0) == 0)
        let xs = FunnelAxis.points(minimum: 0, maximum: 110_000)
        #expect(xs.count == 100 && xs.first == 1 && xs.last == 110_000)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("errors name the rule and row")
    func errors() {
        #expect(throws: IndicatorError.nonPositiveValue(statistic: "funnel ratio", what: "expected", index: 1, value: 0)) {
            try FunnelRatio.table(observed: [1, 2], expected: [1, 0], kind: .isr)
        }
        #expect(throws: IndicatorError.negativeValue(statistic: "funnel ratio", what: "observed", index: 0, value: -1)) {
            try FunnelRatio.table(observed: [-1], expected: [1], kind: .count)
        }
        #expect(throws: IndicatorError.invalidParameter(statistic: "funnel ratio", name: "observed", value: 0, rule: "the limits need at least one observed event")) {
            try FunnelRatio.limits(observed: 0, confidence: 0.95)
        }
        #expect(throws: IndicatorError.invalidConfidence(statistic: "funnel ratio", value: 1.5)) { try FunnelRatio.limits(observed: 3, confidence: 1.5) }
        #expect(throws: IndicatorError.invalidParameter(statistic: "funnel rate", name: "years", value: 0, rule: "it must be a finite number above 0")) {
            try FunnelRate.table(events: [1], rates: [1], kind: .dsr, years: 0)
        }
        #expect(throws: IndicatorError.nonPositiveValue(statistic: "funnel rate", what: "rate", index: 1, value: 0)) {
            try FunnelRate.table(events: [3, 4], rates: [10, 0], kind: .dsr, years: 1)
        }
        #expect(throws: IndicatorError.tooFewRows(statistic: "funnel rate", count: 0, required: "at least one area with events")) {
            try FunnelRate.table(events: [0, 0], rates: [0, 0], kind: .dsr, years: 1)
        }
        #expect(throws: IndicatorError.lengthMismatch(statistic: "funnel rate", what: "rate", expected: 2, actual: 1)) {
            try FunnelRate.table(events: [1, 2], rates: [1], kind: .dsr, years: 1)
        }
    }
}

@Suite("Funnel limits: PHE's published DSR funnel")
struct FunnelRatePublishedTests {
    typealias P = PHEFunnelRateFixture

    @Test("the DSR funnel of PHE's test data: axis, baseline and limits within PHE's bisection accuracy")
    func dsrPublished() throws {
        let t = try FunnelRate.table(events: P.events, rates: P.rates, kind: .dsr, years: 3, multiplier: 100_000)
        #expect(t.points.map(\.x) == P.axis)
        #expect(abs(t.baseline - P.baseline) <= 5e-8)
        #expect(t.statistic == "rate (dsr per 100000)")  // PHE prints "rate (dsr per 100,000)"
        let average = t.baseline / 100_000
        var worst = 0.0
        for row in P.rows {
            let e = row[0]
            let p = try #require(t.points.first { $0.x == e })
            let got = [(p.denominators[0], p.lower95), (p.denominators[1], p.upper95), (p.denominators[2], p.lower998), (p.denominators[3], p.upper998)]
            for k in 0..<4 {
                // The expected count behind this limit, and PHE's bisection error bound on it (see FunnelRatioRateTests).
                let expected = got[k].0 * average * 3
                let v = expected / (expected + e + 1)
                let relative = 2 * (e + 1) * 6e-8 / ((1 - v) * (1 - v)) / expected + 2e-9
                let dPop = abs(got[k].0 - row[1 + 2 * k]) / row[1 + 2 * k]
                let dLimit = abs(got[k].1 - row[2 + 2 * k]) / row[2 + 2 * k]
                worst = max(worst, dPop, dLimit)
                #expect(dPop <= relative, "events \(e), limit \(k): population \(got[k].0) vs PHE \(row[1 + 2 * k])")
                #expect(dLimit <= relative, "events \(e), limit \(k): limit \(got[k].1) vs PHE \(row[2 + 2 * k])")
            }
        }
        print("Funnel DSR vs PHE: worst relative difference \(worst)")
    }
}
