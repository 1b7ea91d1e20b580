// WeightedSampleTests: the input validation every distributional measure shares (one test per branch).
import Testing
@testable import GapwiseMeasures

@Suite("Sample validation")
struct WeightedSampleTests {
    @Test func emptyInput() {
        expectError(.emptyInput(measure: "gini"), message: "gini: no values were given; at least one is needed.") {
            _ = try Inequality.gini([])
        }
    }

    @Test func weightsOfWrongLength() {
        expectError(.lengthMismatch(measure: "theil_t", what: "weights", expected: 3, actual: 2),
                    message: "theil_t: weights has 2 entries but there are 3 values; they must pair up one to one.") {
            _ = try Inequality.theilT([1, 2, 3], weights: [1, 1])
        }
    }

    @Test func nonFiniteValue() {
        expectError(.nonFiniteValue(measure: "cv", index: 1, value: .infinity),
                    message: "cv: value 2 is inf; every value must be a finite number.") {
            _ = try Inequality.coefficientOfVariation([1, .infinity, 3])
        }
    }

    @Test func negativeWeight() {
        expectError(.invalidWeight(measure: "atkinson", index: 2, weight: -1),
                    message: "atkinson: weight 3 is -1.0; weights (populations) must be finite and not negative.") {
            _ = try Inequality.atkinson([1, 2, 3], weights: [1, 1, -1], epsilon: 0.5)
        }
    }

    @Test func nanWeight() throws {
        // NaN is not equal to itself, so match the case by pattern.
        do {
            _ = try Inequality.palma([1, 2, 3], weights: [1, .nan, 1])
            Issue.record("expected invalidWeight")
        } catch let InequalityError.invalidWeight(measure, index, weight) {
            #expect(measure == "palma" && index == 1 && weight.isNaN)
        }
    }

    @Test func zeroTotalWeight() {
        expectError(.zeroTotalWeight(measure: "gini"),
                    message: "gini: the weights (populations) add up to zero, so there is no population to measure.") {
            _ = try Inequality.gini([1, 2], weights: [0, 0])
        }
    }

    @Test func zeroWeightUnitsDoNotCount() throws {
        // A unit with weight 0 is absent: the same as leaving the row out.
        let a = try Inequality.gini([1, 5, 100, 2], weights: [1, 2, 0, 1]).estimate
        let b = try Inequality.gini([1, 5, 2], weights: [1, 2, 1]).estimate
        expectClose(a, b, rel: 1e-15, "zero weight")
    }

    @Test func resultCarriesWhatWentIn() throws {
        let r = try Inequality.atkinson([1, 2, 4], weights: [2, 1, 1.5], epsilon: 0.5)
        #expect(r.measure == .atkinson(epsilon: 0.5))
        #expect(r.measure.code == "atkinson")
        #expect(r.parameters == ["epsilon": 0.5])
        #expect(r.n == 3 && r.totalWeight == 4.5 && r.isWeighted)
        let u = try Inequality.atkinson([1, 2, 4], epsilon: 0.5)
        #expect(u.totalWeight == 3 && !u.isWeighted)
    }
}
