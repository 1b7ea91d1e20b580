// HerfindahlTests: the Herfindahl index against R ineq and mpmath; closed forms, weights as repeated rows, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Herfindahl")
struct HerfindahlTests {
    // R ineq 0.2-13 conc(x, type = "Herfindahl", parameter = 1, 2): Rout.save (7 digits) and running values.
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let exp = try #require(c["expected"] as? [String: [String: Any]])
        expectClose(try Inequality.herfindahl(x).estimate, try number(exp["from_Rout_save"]?["Herfindahl_1"]), abs: 5e-8,
                    "Rout Herfindahl")
        for m in [1, 2] {
            expectClose(try Inequality.herfindahl(x, parameter: Double(m)).estimate,
                        try number(exp["by_running_ineq_0.2-13"]?["Herfindahl_\(m)"]), rel: 1e-12, "Herfindahl \(m)")
        }
    }

    // mpmath 50 digits (generate_reference.py).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.herfindahl(r.y, weights: r.w).estimate, r.herfindahl1W, rel: 1e-14, "m = 1")
        expectClose(try Inequality.herfindahl(r.y, weights: r.w, parameter: 2).estimate, r.herfindahl2W, rel: 1e-14, "m = 2")
    }

    @Test func closedForms() throws {
        expectClose(try Inequality.herfindahl([5, 5, 5, 5]).estimate, 0.25, rel: 1e-15, "equal → 1/N")
        expectClose(try Inequality.herfindahl([5, 5, 5, 5], parameter: 3).estimate, 0.25, rel: 1e-15, "equal, m = 3")
        #expect(try Inequality.herfindahl([0, 0, 9]).estimate == 1)
    }

    @Test func properties() throws {
        // Scale invariant and weights ≡ repeated rows; it depends on N, so not weight-scale invariant.
        try checkProperties("herfindahl", seed: 0xC6, has: .scale) {
            try Inequality.herfindahl($0, weights: $1, parameter: 1.5).estimate
        }
    }

    @Test func nonPositiveParameter() {
        expectError(.invalidParameter(measure: "herfindahl", name: "parameter", value: -1,
                                      rule: "the Herfindahl parameter must be a finite number above 0"),
                    message: "herfindahl: parameter parameter = -1.0 is not allowed; the Herfindahl parameter must be a finite number above 0.") {
            _ = try Inequality.herfindahl([1, 2], parameter: -1)
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "herfindahl", index: 0, value: -1),
                    message: "herfindahl: value 1 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.herfindahl([-1, 2])
        }
    }
}
