// WolfsonTests: Wolfson's bipolarisation index against PySAL and mpmath; closed forms, properties, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Wolfson")
struct WolfsonTests {
    // PySAL inequality test_wolfson.py and wolfson.py docstring: analytic 1/12 and 11/72, and 0.2013
    // (4 d.p.); the three values from running inequality 1.1.2 compared at their stated 1e-12.
    @Test(.needsShared("validation/pysal_wolfson.json")) func pysal() throws {
        let c = try validationCase("pysal_wolfson.json")
        let cases = try #require((c["input"] as? [String: Any])?["cases"] as? [Any])
        let exp = try #require(c["expected"] as? [String: Any])
        let analytic = try doubles(exp["W"]), running = try doubles(exp["W_by_running_inequality_1.1.2"])
        for (k, any) in cases.enumerated() {
            let w = try Inequality.wolfson(try doubles(any)).estimate
            expectClose(w, running[k], rel: 1e-12, "running case \(k)")
            expectClose(w, analytic[k], abs: k == 2 ? 5e-5 : 1e-15, "published case \(k)")
        }
    }

    // mpmath 50 digits (generate_reference.py) with the weighted median and L(½) by the quantile integral.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.wolfson(r.y, weights: r.w).estimate, r.wolfsonW, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.wolfson([3, 3, 3]).estimate == 0)
        // Weighted median: integer weights give the median of the repeated rows (here (2 + 5)/2).
        let a = try Inequality.wolfson([2, 5, 9], weights: [2, 1, 1]).estimate
        let b = try Inequality.wolfson([2, 2, 5, 9]).estimate
        expectClose(a, b, rel: 1e-15, "median of repeated rows")
    }

    @Test func properties() throws {
        try checkProperties("wolfson", seed: 0xC3, has: .relative) { try Inequality.wolfson($0, weights: $1).estimate }
    }

    @Test func zeroMedian() {
        expectError(.zeroDenominator(measure: "wolfson", what: "the median"),
                    message: "wolfson: the median is zero, so the ratio is undefined.") {
            _ = try Inequality.wolfson([0, 0, 0, 1, 2])
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "wolfson", index: 0, value: -1),
                    message: "wolfson: value 1 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.wolfson([-1, 1, 2])
        }
    }
}
