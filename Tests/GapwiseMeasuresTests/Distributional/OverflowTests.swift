// OverflowTests: finite inputs whose sums pass the largest Double give InequalityError.overflow, never inf or NaN.
import Testing
import GapwiseMeasures

@Suite("Overflow of sums is an error")
struct OverflowTests {
    // Double.greatestFiniteMagnitude ≈ 1.7976931348623157e308: 1e308 + 1.5e308 is already infinite.
    @Test func sumOfValuesOverflowsAtTheSecondValue() {
        #expect(throws: InequalityError.overflow(measure: "gini", index: 1, quantity: "the weighted sum of the values")) {
            try Inequality.gini([1e308, 1.5e308, 1.7e308])
        }
        // |y| is summed, so values that cancel cannot hide an overflow.
        #expect(throws: InequalityError.overflow(measure: "theil_t", index: 1, quantity: "the weighted sum of the values")) {
            try Inequality.theilT([1.5e308, 1.5e308], weights: [1, 1])
        }
    }

    @Test func totalWeightOverflows() {
        #expect(throws: InequalityError.overflow(measure: "gini", index: 1, quantity: "the total weight")) {
            try Inequality.gini([1, 2], weights: [1e308, 1e308])
        }
    }

    // CV squares deviations: (1e200)² = 1e400 overflows although every sum of values is finite.
    @Test func resultOverflowsInAPower() {
        #expect(throws: InequalityError.overflow(measure: "cv", index: nil, quantity: "the result")) {
            try Inequality.estimate(.coefficientOfVariation(squared: false), values: [1e200, 2e200])
        }
    }

    @Test func largeButSafeValuesStillWork() throws {
        // Scale invariance: Gini of 1e300·(1, 2, 3, 4) equals Gini of (1, 2, 3, 4) = 0.25 exactly in closed form.
        let g = try Inequality.gini([1e300, 2e300, 3e300, 4e300]).estimate
        #expect(abs(g - 0.25) <= 1e-15)
    }

    @Test func descriptionNamesTheValueAndTheRemedy() {
        let e = InequalityError.overflow(measure: "gini", index: 1, quantity: "the weighted sum of the values")
        #expect(e.description == "gini: the weighted sum of the values overflows at value 2: it passes the largest double-precision number (about 1.8e308); rescale the values (e.g. divide by 1,000).")
    }
}
