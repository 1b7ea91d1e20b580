// SIIErrorTests: every validation branch of the PHE SII, with its exact message.
import Testing
@testable import GapwiseMeasures

/// Runs `body` and expects it to throw exactly `expected`, whose description reads `message`.
func expectIndicatorError(_ expected: IndicatorError, message: String,
                          sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected) but nothing was thrown", sourceLocation: sourceLocation)
    } catch let e as IndicatorError {
        #expect(e == expected, sourceLocation: sourceLocation)
        #expect(e.description == message, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

@Suite("PHE SII input errors")
struct SIIErrorTests {
    let pop = Array(repeating: 1000.0, count: 5)
    let val = [0.1, 0.2, 0.3, 0.4, 0.5]
    let se = Array(repeating: 0.01, count: 5)
    func area(pop: [Double]? = nil, val: [Double]? = nil, se: [Double]? = nil, q: [Int]? = nil) -> SIIArea {
        SIIArea(populations: pop ?? self.pop, values: val ?? self.val, uncertainty: .standardErrors(se ?? self.se), quantiles: q)
    }
    let fast = SIIOptions(repetitions: 1000)

    @Test func shapes() {
        expectIndicatorError(.emptyInput(statistic: "sii"), message: "sii: no rows were given; at least one is needed.") {
            _ = try PHE.sii(area(pop: [], val: [], se: []), options: fast)
        }
        expectIndicatorError(.lengthMismatch(statistic: "sii", what: "populations", expected: 5, actual: 4),
                             message: "sii: populations has 4 entries but there are 5 rows; they must pair up one to one.") {
            _ = try PHE.sii(area(pop: [1, 2, 3, 4]), options: fast)
        }
        expectIndicatorError(.lengthMismatch(statistic: "sii", what: "standard errors", expected: 5, actual: 3),
                             message: "sii: standard errors has 3 entries but there are 5 rows; they must pair up one to one.") {
            _ = try PHE.sii(area(se: [1, 1, 1]), options: fast)
        }
        expectIndicatorError(.lengthMismatch(statistic: "sii", what: "upper limits", expected: 5, actual: 1),
                             message: "sii: upper limits has 1 entries but there are 5 rows; they must pair up one to one.") {
            _ = try PHE.sii(SIIArea(populations: pop, values: val, uncertainty: .confidenceLimits95(lower: val, upper: [1])), options: fast)
        }
        expectIndicatorError(.tooFewRows(statistic: "sii", count: 4, required: "the SII needs between 5 and 100 quantiles (PHE's rule)"),
                             message: "sii: there are 4 rows; the SII needs between 5 and 100 quantiles (PHE's rule).") {
            _ = try PHE.sii(area(pop: [1, 1, 1, 1], val: [1, 1, 1, 1], se: [1, 1, 1, 1]), options: fast)
        }
        expectIndicatorError(.invalidQuantiles(statistic: "sii", detail: "label 2 appears more than once"),
                             message: "sii: the quantile labels must be 1, 2, ..., k with each label once; label 2 appears more than once.") {
            _ = try PHE.sii(area(q: [1, 2, 2, 4, 5]), options: fast)
        }
        expectIndicatorError(.invalidQuantiles(statistic: "sii", detail: "row 5 has label 6, outside 1...5"),
                             message: "sii: the quantile labels must be 1, 2, ..., k with each label once; row 5 has label 6, outside 1...5.") {
            _ = try PHE.sii(area(q: [1, 2, 3, 4, 6]), options: fast)
        }
    }

    @Test func values() {
        expectIndicatorError(.nonPositiveValue(statistic: "sii", what: "population", index: 2, value: 0),
                             message: "sii: population in row 3 is 0.0; it must be greater than zero.") {
            _ = try PHE.sii(area(pop: [1, 1, 0, 1, 1]), options: fast)
        }
        expectIndicatorError(.nonFiniteValue(statistic: "sii", what: "value", index: 1, value: .infinity),
                             message: "sii: value in row 2 is inf; it must be a finite number.") {
            _ = try PHE.sii(area(val: [1, .infinity, 1, 1, 1]), options: fast)
        }
        expectIndicatorError(.negativeValue(statistic: "sii", what: "standard error", index: 4, value: -1),
                             message: "sii: standard error in row 5 is -1.0; it must be zero or more.") {
            _ = try PHE.sii(area(se: [1, 1, 1, 1, -1]), options: fast)
        }
        expectIndicatorError(.nonPositiveValue(statistic: "sii", what: "value", index: 0, value: 0),
                             message: "sii: value in row 1 is 0.0; it must be greater than zero.") {
            _ = try PHE.sii(area(val: [0, 1, 1, 1, 1]), options: SIIOptions(valueType: .rate, repetitions: 1000))
        }
        expectIndicatorError(.proportionOutOfRange(statistic: "sii", what: "value", index: 3, value: 1),
                             message: "sii: value in row 4 is 1.0; a proportion must lie strictly between 0 and 1 to take its logit.") {
            _ = try PHE.sii(area(val: [0.1, 0.2, 0.3, 1, 0.5]), options: SIIOptions(valueType: .proportion, repetitions: 1000))
        }
        expectIndicatorError(.limitsReversed(statistic: "sii", index: 0, lower: 2, upper: 1),
                             message: "sii: in row 1 the lower confidence limit 2.0 is above the upper limit 1.0.") {
            _ = try PHE.sii(SIIArea(populations: pop, values: val, uncertainty: .confidenceLimits95(lower: [2, 0, 0, 0, 0], upper: [1, 1, 1, 1, 1])), options: fast)
        }
        expectIndicatorError(.proportionOutOfRange(statistic: "sii", what: "lower confidence limit", index: 1, value: 0),
                             message: "sii: lower confidence limit in row 2 is 0.0; a proportion must lie strictly between 0 and 1 to take its logit.") {
            _ = try PHE.sii(SIIArea(populations: pop, values: val, uncertainty: .confidenceLimits95(lower: [0.05, 0, 0.2, 0.3, 0.4], upper: [0.2, 0.3, 0.4, 0.5, 0.6])),
                            options: SIIOptions(valueType: .proportion, repetitions: 1000))
        }
        expectIndicatorError(.inArea(index: 1, .nonPositiveValue(statistic: "sii", what: "population", index: 0, value: -5)),
                             message: "area 2: sii: population in row 1 is -5.0; it must be greater than zero.") {
            _ = try PHE.sii(areas: [area(), area(pop: [-5, 1, 1, 1, 1])], options: fast)
        }
    }

    @Test func options() {
        expectIndicatorError(.invalidParameter(statistic: "sii", name: "transform", value: 1, rule: "a transform (log or logit) applies only to rates and proportions"),
                             message: "sii: parameter transform = 1.0 is not allowed; a transform (log or logit) applies only to rates and proportions.") {
            _ = try PHE.sii(area(), options: SIIOptions(transform: true, repetitions: 1000))
        }
        expectIndicatorError(.invalidParameter(statistic: "sii", name: "multiplier", value: 0, rule: "the multiplier must be a finite number other than zero"),
                             message: "sii: parameter multiplier = 0.0 is not allowed; the multiplier must be a finite number other than zero.") {
            _ = try PHE.sii(area(), options: SIIOptions(multiplier: 0, repetitions: 1000))
        }
        expectIndicatorError(.invalidParameter(statistic: "sii", name: "repetitions", value: 999, rule: "at least 1,000 repetitions are needed (PHE's minimum; the default is 100,000)"),
                             message: "sii: parameter repetitions = 999.0 is not allowed; at least 1,000 repetitions are needed (PHE's minimum; the default is 100,000).") {
            _ = try PHE.sii(area(), options: SIIOptions(repetitions: 999))
        }
        expectIndicatorError(.invalidConfidence(statistic: "sii", value: 95),
                             message: "sii: confidence level 95.0 is not allowed; give a level strictly between 0 and 1, such as 0.95 or 0.998.") {
            _ = try PHE.sii(area(), options: SIIOptions(repetitions: 1000, confidence: [0.95, 95]))
        }
        expectIndicatorError(.invalidParameter(statistic: "sii", name: "confidence", value: 0.9999, rule: "1000 repetitions are too few for this level; the tail must hold at least one simulated value"),
                             message: "sii: parameter confidence = 0.9999 is not allowed; 1000 repetitions are too few for this level; the tail must hold at least one simulated value.") {
            _ = try PHE.sii(area(), options: SIIOptions(repetitions: 1000, confidence: [0.9999]))
        }
        expectIndicatorError(.invalidParameter(statistic: "sii", name: "stream", value: -1, rule: "the random stream index must be zero or more"),
                             message: "sii: parameter stream = -1.0 is not allowed; the random stream index must be zero or more.") {
            _ = try PHE.sii(area(), options: fast, stream: -1)
        }
    }
}
