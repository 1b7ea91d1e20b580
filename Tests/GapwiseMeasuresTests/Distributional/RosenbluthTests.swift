// RosenbluthTests: the Rosenbluth (Hall–Tideman) index against R ineq and mpmath; closed forms, properties, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Rosenbluth")
struct RosenbluthTests {
    // R ineq 0.2-13 conc(x, type = "Rosenbluth"): Rout.save (7 digits) and running value (15 digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let exp = try #require(c["expected"] as? [String: [String: Any]])
        let v = try Inequality.rosenbluth(x).estimate
        expectClose(v, try number(exp["from_Rout_save"]?["Rosenbluth"]), abs: 5e-8, "Rout")
        expectClose(v, try number(exp["by_running_ineq_0.2-13"]?["Rosenbluth"]), rel: 1e-12, "running")
    }

    // mpmath 50 digits: 1/(W(1 − G)) with G from the pair sum (generate_reference.py).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.rosenbluth(r.y, weights: r.w).estimate, r.rosenbluthW, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.rosenbluth([2, 2, 2, 2, 2]).estimate == 0.2)
        #expect(try Inequality.rosenbluth([0, 0, 3]).estimate == 1)
    }

    @Test func properties() throws {
        try checkProperties("rosenbluth", seed: 0xC7, has: .scale) { try Inequality.rosenbluth($0, weights: $1).estimate }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "rosenbluth", index: 2, value: -0.5),
                    message: "rosenbluth: value 3 is -0.5; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.rosenbluth([1, 2, -0.5])
        }
    }
}
