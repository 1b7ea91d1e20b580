// S80S20Tests: the quintile share ratio against mpmath; closed forms, properties, errors.
import Testing
import GapwiseMeasures

@Suite("S80/S20")
struct S80S20Tests {
    // mpmath 50 digits (generate_reference.py), quantile-function integral over the top and bottom 20%.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.s80s20(r.y, weights: r.w).estimate, r.s80s20W, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        // 1…10: top 20% = 9 + 10, bottom 20% = 1 + 2.
        expectClose(try Inequality.s80s20((1...10).map(Double.init)).estimate, 19.0 / 3, rel: 1e-15, "1…10")
        // 1 and 3: bottom 20% = 0.4·1, top 20% = 0.4·3.
        expectClose(try Inequality.s80s20([1, 3]).estimate, 3, rel: 1e-15, "cut inside units")
        #expect(try Inequality.s80s20([7, 7, 7, 7]).estimate == 1)
    }

    @Test func properties() throws {
        try checkProperties("s80s20", seed: 0xC2, has: .relative) { try Inequality.s80s20($0, weights: $1).estimate }
    }

    @Test func bottomHoldsNothing() {
        expectError(.zeroDenominator(measure: "s80s20", what: "the share held by the bottom 20%"),
                    message: "s80s20: the share held by the bottom 20% is zero, so the ratio is undefined.") {
            _ = try Inequality.s80s20([0, 0, 1, 2, 3])
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "s80s20", index: 1, value: -1),
                    message: "s80s20: value 2 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.s80s20([1, -1, 4])
        }
    }
}
