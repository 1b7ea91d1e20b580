// PalmaTests: the Palma ratio against mpmath (quantile-function integral); closed forms, properties, errors.
import Testing
import GapwiseMeasures

@Suite("Palma")
struct PalmaTests {
    // mpmath 50 digits (generate_reference.py): ∫ of the weighted quantile function over the top 10% and
    // bottom 40% of the population — the fractional-unit-at-the-cut definition, computed independently.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.palma(r.y, weights: r.w).estimate, r.palmaW, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        // 1…10 equally weighted: the cuts fall on unit boundaries, top 10% = 10, bottom 40% = 1+2+3+4.
        expectClose(try Inequality.palma((1...10).map(Double.init)).estimate, 1, rel: 1e-15, "1…10")
        // Two units 1 and 3: bottom 40% = 0.8 of the first unit (0.8), top 10% = 0.2 of the second (0.6).
        expectClose(try Inequality.palma([1, 3]).estimate, 0.75, rel: 1e-15, "cut inside units")
        #expect(try Inequality.palma([5, 5, 5], weights: [1, 2, 3]).estimate == 0.25)
    }

    @Test func properties() throws {
        try checkProperties("palma", seed: 0xC1, has: .relative) { try Inequality.palma($0, weights: $1).estimate }
    }

    @Test func bottomHoldsNothing() {
        expectError(.zeroDenominator(measure: "palma", what: "the share held by the bottom 40%"),
                    message: "palma: the share held by the bottom 40% is zero, so the ratio is undefined.") {
            _ = try Inequality.palma([0, 0, 0, 0, 1, 1, 1, 1, 1, 1])
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "palma", index: 0, value: -4),
                    message: "palma: value 1 is -4.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.palma([-4, 10])
        }
    }

    @Test func zeroTotal() {
        expectError(.nonPositiveMean(measure: "palma", mean: 0),
                    message: "palma: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.palma([0, 0])
        }
    }
}
