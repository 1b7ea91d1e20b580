// StandardisedValidationTests: ISRatio/ISRate and the non-independent DSR against PHEindicatormethods' published test data, and their error branches.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

/// Sources (transcribed in ../shared/validation): ukhsa-collaboration/PHEindicatormethods@093fd28
/// tests/testthat/testdata_DSR_ISR.xlsx, sheets testdata_multiarea_isr + refdata + testresults_ISR (ISR) and
/// testdata_nonindepe + testresults_DSR (non-independent DSR). Tolerance: the files' own 1.5e-8 relative.
@Suite("Indirect standardisation and non-independent DSR (PHEindicatormethods test data)")
struct StandardisedValidationTests {
    static let levels = [0.95, 0.998]
    static let limitKeys = ["value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl"]

    func expectRow(_ r: IndicatorEstimate, _ e: [String: Any], tol: Double, _ what: String) throws {
        let want = try Self.limitKeys.map { try number(e[$0]) }
        expectClose(try #require(r.value), want[0], rel: tol, "\(what) value")
        for (i, c) in Self.levels.enumerated() {
            let lim = try #require(r.intervals.at(c))
            expectClose(try #require(lim.lower), want[1 + 2 * i], rel: tol, "\(what) lower \(c)")
            expectClose(try #require(lim.upper), want[2 + 2 * i], rel: tol, "\(what) upper \(c)")
        }
    }

    @Test("calculate_ISRatio (x1, x100) and calculate_ISRate (per 100,000, per 1,000), Byar at O = 895",
          .needsShared("validation/phe_isratio_israte_area1.json"))
    func indirect() throws {
        let json = try validationCase("phe_isratio_israte_area1.json")
        let input = try #require(json["input"] as? [String: Any]), tol = try number(json["tolerance"])
        let rows = try #require((json["expected"] as? [String: Any])?["rows"] as? [[String: Any]])
        let x = try doubles(input["count"]).map { Optional($0) }, n = try doubles(input["pop"])
        let xRef = try doubles(input["refcount"]), nRef = try doubles(input["refpop"])
        #expect(rows.count == 4)
        for e in rows {
            let statistic = try #require(e["statistic"] as? String)
            let r: IndicatorEstimate
            switch statistic {
            case "indirectly standardised rate per 100000", "indirectly standardised rate per 1000":
                r = try Indicator.isRate(observed: x, populations: n, referenceEvents: xRef, referencePopulations: nRef,
                                         confidence: Self.levels, multiplier: statistic.hasSuffix("100000") ? 100_000 : 1000)
            default:
                r = try Indicator.isRatio(observed: x, populations: n, referenceEvents: xRef, referencePopulations: nRef,
                                          confidence: Self.levels, referenceValue: statistic.hasSuffix("x 100") ? 100 : 1)
            }
            #expect(r.statistic == statistic)
            #expect(r.method == (e["method"] as? String))
            let observed = try number(e["observed"])
            #expect(r.numerator == observed)
            expectClose(r.denominator, try number(e["expected"]), rel: tol, "expected events")
            try expectRow(r, e, tol: tol, statistic)
        }
    }

    @Test("calculate_dsr(independent_events = FALSE): persons with 1..4 events per band, ESP 2013",
          .needsShared("validation/phe_dsr_nonindependent_one_area.json"))
    func nonIndependent() throws {
        let json = try validationCase("phe_dsr_nonindependent_one_area.json")
        let input = try #require(json["input"] as? [String: Any]), tol = try number(json["tolerance"])
        let e = try #require((json["expected"] as? [String: [String: Any]])?["testdata_nonind_big"])
        let persons = try ["f1", "f2", "f3", "f4"].map { try doubles(input[$0]).map { Optional($0) } }
        let r = try Indicator.dsrNonIndependent(frequencies: [1, 2, 3, 4], persons: persons, populations: try doubles(input["pop"]),
                                                confidence: Self.levels)
        let totalCount = try number(e["total_count"]), totalPop = try number(e["total_pop"])
        #expect(r.numerator == totalCount && r.denominator == totalPop)
        #expect(r.method == "Dobson, with confidence adjusted for non-independent events" && r.statistic == "dsr per 100000")
        try expectRow(r, e, tol: tol, "non-independent DSR")
        // The value is the independent DSR of the event counts; the limits are wider.
        let independent = try Indicator.dsr(events: try doubles(input["count"]).map { Optional($0) },
                                            populations: try doubles(input["pop"]), confidence: Self.levels)
        expectClose(try #require(r.value), try #require(independent.value), rel: 1e-14, "value equals the independent DSR")
        let upper = try #require(r.intervals[0].upper), independentUpper = try #require(independent.intervals[0].upper)
        #expect(upper > independentUpper)
    }

    @Test("non-independent DSR: one frequency of 1 is the independent DSR; below 10 events suppressed")
    func closedForms() throws {
        let pops = Indicator.esp2013.map { $0 / 4 + 200 }
        let x = pops.map { ($0 * 0.003).rounded() }
        let a = try Indicator.dsrNonIndependent(frequencies: [1], persons: [x.map { Optional($0) }], populations: pops, confidence: Self.levels)
        let b = try Indicator.dsr(events: x.map { Optional($0) }, populations: pops, confidence: Self.levels)
        #expect(a.value == b.value && a.intervals == b.intervals)
        var few = [Double?](repeating: 0, count: 19); few[3] = 1; few[7] = nil
        let s = try Indicator.dsrNonIndependent(frequencies: [1, 4], persons: [few, few], populations: pops)
        #expect(s.value == nil && s.statistic == "dsr NA for total count < 10" && s.numerator == 5)
        #expect(s.intervals.count == 1 && s.intervals[0].lower == nil && s.intervals[0].upper == nil)
    }

    @Test("non-independent DSR: every error branch, with its message")
    func errors() {
        let n: [Double] = [100, 100]
        expectIndicatorError(.emptyInput(statistic: "dsr"), message: "dsr: no rows were given; at least one is needed.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [], persons: [], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.lengthMismatch(statistic: "dsr", what: "persons by event frequency", expected: 2, actual: 1),
                             message: "dsr: persons by event frequency has 1 entries but there are 2 rows; they must pair up one to one.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [1, 2], persons: [[1, 1]], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.invalidParameter(statistic: "dsr", name: "event frequency", value: 1.5, rule: "an event frequency is a whole number of events, 1 or more"),
                             message: "dsr: parameter event frequency = 1.5 is not allowed; an event frequency is a whole number of events, 1 or more.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [1.5], persons: [[1, 1]], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.invalidParameter(statistic: "dsr", name: "event frequency", value: 2, rule: "each event frequency may be given once"),
                             message: "dsr: parameter event frequency = 2.0 is not allowed; each event frequency may be given once.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [2, 2], persons: [[1, 1], [1, 1]], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.lengthMismatch(statistic: "dsr", what: "persons with 2 events", expected: 2, actual: 3),
                             message: "dsr: persons with 2 events has 3 entries but there are 2 rows; they must pair up one to one.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [1, 2], persons: [[1, 1], [1, 1, 1]], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.negativeValue(statistic: "dsr", what: "persons with 1 events", index: 1, value: -3),
                             message: "dsr: persons with 1 events in row 2 is -3.0; it must be zero or more.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [1], persons: [[1, -3]], populations: n, standardPopulation: [1, 1])
        }
        expectIndicatorError(.nonPositiveValue(statistic: "dsr", what: "population", index: 0, value: 0),
                             message: "dsr: population in row 1 is 0.0; it must be greater than zero.") {
            _ = try Indicator.dsrNonIndependent(frequencies: [1], persons: [[1, 3]], populations: [0, 100], standardPopulation: [1, 1])
        }
    }
}
