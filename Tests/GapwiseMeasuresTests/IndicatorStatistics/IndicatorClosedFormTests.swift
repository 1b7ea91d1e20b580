// IndicatorClosedFormTests: ISR/ISRate and rates against mpmath references, closed forms and every error message.
import Testing
import GapwiseMeasures

@Suite("Indicator statistics: references, closed forms, errors")
struct IndicatorClosedFormTests {
    typealias R = PHEIndicatorReference
    static let levels = [0.95, 0.998]

    /// Compares value and limits with a [value, L95, U95, L99.8, U99.8] reference.
    func check(_ r: IndicatorEstimate, _ ref: [Double], rel: Double, _ what: String,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        expectClose(try #require(r.value), ref[0], rel: rel, abs: 1e-300, "\(what) value", sourceLocation: sourceLocation)
        for (i, c) in Self.levels.enumerated() {
            let l = try #require(r.intervals.at(c))
            expectClose(try #require(l.lower), ref[1 + 2 * i], rel: rel, abs: 1e-300, "\(what) lower \(c)", sourceLocation: sourceLocation)
            expectClose(try #require(l.upper), ref[2 + 2 * i], rel: rel, abs: 1e-300, "\(what) upper \(c)", sourceLocation: sourceLocation)
        }
    }

    // Tolerance 1e-12: the chi-square and normal quantiles of the numerics core are accurate to a few
    // ulps; the rest is a handful of multiplications and sums.
    @Test("indirectly standardised ratio and rate equal the mpmath values (Byar at O = 43, exact at O = 7)")
    func indirect() throws {
        let big = try Indicator.isRatio(observed: R.obsBig, populations: R.pop, referenceEvents: R.xRef,
                                        referencePopulations: R.nRef, confidence: Self.levels)
        try check(big, R.isRatioBig, rel: 1e-12, "ISRatio O=43")
        #expect(big.method == "Byars" && big.statistic == "indirectly standardised ratio x 1")
        let small = try Indicator.isRatio(observed: R.obsSmall, populations: R.pop, referenceEvents: R.xRef,
                                          referencePopulations: R.nRef, confidence: Self.levels, referenceValue: 100)
        try check(small, R.isRatioSmall100, rel: 1e-12, "ISRatio O=7 x100")
        #expect(small.method == "Exact" && small.statistic == "indirectly standardised ratio x 100")
        try check(try Indicator.isRate(observed: R.obsBig, populations: R.pop, referenceEvents: R.xRef,
                                       referencePopulations: R.nRef, confidence: Self.levels), R.isRateBig, rel: 1e-12, "ISRate O=43")
        try check(try Indicator.isRate(observed: [], populations: R.pop, referenceEvents: R.xRef, referencePopulations: R.nRef,
                                       observedTotal: 7, confidence: Self.levels), R.isRateSmall, rel: 1e-12, "ISRate total 7")
    }

    @Test("rates at 0, 9 and 10 events: exact then Byar, as mpmath computes them")
    func rateBoundary() throws {
        let zero = try Indicator.rate(events: 0, denominator: 5000, confidence: Self.levels)
        #expect(zero.value == 0 && zero.intervals.map(\.lower) == [0, 0])
        for (l, u) in zip(zero.intervals, [R.rateZero[2], R.rateZero[4]]) { expectClose(try #require(l.upper), u, rel: 1e-12, "x=0 upper") }
        try check(try Indicator.rate(events: 9, denominator: 5000, confidence: Self.levels), R.rateNine, rel: 1e-12, "x=9")
        try check(try Indicator.rate(events: 10, denominator: 5000, confidence: Self.levels), R.rateTen, rel: 1e-12, "x=10")
    }

    @Test("closed forms: Wilson at x = 0 and x = n, DSR of equal band rates, mean of equal values")
    func closedForms() throws {
        let none = try Indicator.proportion(numerator: 0, denominator: 50, confidence: [0.95], multiplier: 100)
        #expect(none.statistic == "percentage" && none.intervals[0].lower == 0)
        let all = try Indicator.proportion(numerator: 50, denominator: 50, confidence: [0.95], multiplier: 100)
        expectClose(try #require(all.intervals[0].upper), 100, rel: 1e-15, "Wilson upper at x = n")
        // Every band at 2 per 1,000: the DSR is 200 per 100,000 whatever the standard population.
        let pops = Indicator.esp2013.map { $0 / 5 + 300 }
        let d = try Indicator.dsr(events: pops.map { $0 * 0.002 }, populations: pops)
        expectClose(try #require(d.value), 200, rel: 1e-13, "DSR of equal rates")
        let m = try Indicator.mean([4, 4, 4, 4])
        #expect(m.value == 4 && m.standardDeviation == 0 && m.intervals[0].lower == 4 && m.intervals[0].upper == 4)
    }

    @Test("every validation branch, with its message")
    func errors() {
        expectIndicatorError(.numeratorExceedsDenominator(statistic: "proportion", index: 0, numerator: 11, denominator: 10),
                             message: "proportion: the numerator in row 1 is 11.0, more than its denominator 10.0.") {
            _ = try Indicator.proportion(numerator: 11, denominator: 10)
        }
        expectIndicatorError(.negativeValue(statistic: "proportion", what: "numerator", index: 0, value: -1),
                             message: "proportion: numerator in row 1 is -1.0; it must be zero or more.") {
            _ = try Indicator.proportion(numerator: -1, denominator: 10)
        }
        expectIndicatorError(.nonPositiveValue(statistic: "rate", what: "denominator", index: 0, value: 0),
                             message: "rate: denominator in row 1 is 0.0; it must be greater than zero.") {
            _ = try Indicator.rate(events: 3, denominator: 0)
        }
        expectIndicatorError(.invalidParameter(statistic: "rate", name: "multiplier", value: -100, rule: "it must be a finite number greater than zero"),
                             message: "rate: parameter multiplier = -100.0 is not allowed; it must be a finite number greater than zero.") {
            _ = try Indicator.rate(events: 3, denominator: 10, multiplier: -100)
        }
        expectIndicatorError(.invalidConfidence(statistic: "rate", value: 1),
                             message: "rate: confidence level 1.0 is not allowed; give a level strictly between 0 and 1, such as 0.95 or 0.998.") {
            _ = try Indicator.rate(events: 3, denominator: 10, confidence: [1])
        }
        expectIndicatorError(.lengthMismatch(statistic: "dsr", what: "standard population", expected: 3, actual: 19),
                             message: "dsr: standard population has 19 entries but there are 3 rows; they must pair up one to one.") {
            _ = try Indicator.dsr(events: [1, 2, 3], populations: [10, 10, 10])
        }
        expectIndicatorError(.nonPositiveValue(statistic: "dsr", what: "population", index: 1, value: 0),
                             message: "dsr: population in row 2 is 0.0; it must be greater than zero.") {
            _ = try Indicator.dsr(events: [1, 2], populations: [10, 0], standardPopulation: [1, 1])
        }
        expectIndicatorError(.nonFiniteValue(statistic: "dsr", what: "events", index: 0, value: -.infinity),
                             message: "dsr: events in row 1 is -inf; it must be a finite number.") {
            _ = try Indicator.dsr(events: [-.infinity, 2], populations: [10, 10], standardPopulation: [1, 1])
        }
        expectIndicatorError(.invalidParameter(statistic: "dsr", name: "standardPopulation", value: 0, rule: "the standard population must not be all zero"),
                             message: "dsr: parameter standardPopulation = 0.0 is not allowed; the standard population must not be all zero.") {
            _ = try Indicator.dsr(events: [1, 2], populations: [10, 10], standardPopulation: [0, 0])
        }
        expectIndicatorError(.emptyInput(statistic: "dsr"), message: "dsr: no rows were given; at least one is needed.") {
            _ = try Indicator.dsr(events: [], populations: [], standardPopulation: [])
        }
        expectIndicatorError(.nonPositiveValue(statistic: "isratio", what: "reference population", index: 2, value: 0),
                             message: "isratio: reference population in row 3 is 0.0; it must be greater than zero.") {
            _ = try Indicator.isRatio(observed: [1, 1, 1], populations: [5, 5, 5], referenceEvents: [1, 1, 1], referencePopulations: [9, 9, 0])
        }
        expectIndicatorError(.invalidParameter(statistic: "israte", name: "expected events", value: 0,
                                               rule: "the reference rates applied to the local populations give no expected events, so the ratio is undefined"),
                             message: "israte: parameter expected events = 0.0 is not allowed; the reference rates applied to the local populations give no expected events, so the ratio is undefined.") {
            _ = try Indicator.isRate(observed: [1, 1], populations: [5, 5], referenceEvents: [0, 0], referencePopulations: [9, 9])
        }
        expectIndicatorError(.lengthMismatch(statistic: "isratio", what: "observed events", expected: 2, actual: 1),
                             message: "isratio: observed events has 1 entries but there are 2 rows; they must pair up one to one.") {
            _ = try Indicator.isRatio(observed: [1], populations: [5, 5], referenceEvents: [1, 1], referencePopulations: [9, 9])
        }
        expectIndicatorError(.tooFewRows(statistic: "mean", count: 1, required: "a mean with a confidence interval needs at least 2 values"),
                             message: "mean: there are 1 rows; a mean with a confidence interval needs at least 2 values.") {
            _ = try Indicator.mean([3])
        }
        expectIndicatorError(.nonFiniteValue(statistic: "mean", what: "value", index: 1, value: .infinity),
                             message: "mean: value in row 2 is inf; it must be a finite number.") {
            _ = try Indicator.mean([3, .infinity])
        }
    }
}
