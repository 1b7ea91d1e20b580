// TheilLTests: the mean log deviation against R ineq and mpmath; closed forms, properties, errors.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Theil L (MLD)")
struct TheilLTests {
    // R ineq 0.2-13: Theil(x, parameter = 1) (any parameter ≠ 0) is the MLD, as is entropy(x, 0).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineqNamingQuirk() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        let l = try Inequality.theilL(x).estimate
        expectClose(l, try number(run["Theil_1"]), rel: 1e-12, "ineq Theil(parameter = 1)")
        expectClose(l, try number(run["entropy_0"]), rel: 1e-12, "ineq entropy(parameter = 0)")
    }

    // mpmath 50 digits (generate_reference.py).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.theilL(r.y, weights: r.w).estimate, r.theilLW, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.theilL([9, 9], weights: [0.1, 3]).estimate == 0)
        // Values 1 and 4, equal weights: μ = 2.5, MLD = ln 2.5 − (ln 1 + ln 4)/2 = ln(2.5/2).
        expectClose(try Inequality.theilL([1, 4]).estimate, log(1.25), rel: 1e-15, "two values")
    }

    @Test func properties() throws {
        try checkProperties("theil_l", seed: 0x72, has: .relative) { try Inequality.theilL($0, weights: $1).estimate }
    }

    @Test func zeroValueIsAnError() {
        expectError(.zeroValue(measure: "theil_l", index: 2,
                               reason: "the mean log deviation takes the logarithm of every value"),
                    message: "theil_l: value 3 is 0, but the mean log deviation takes the logarithm of every value, so every value must be greater than zero.") {
            _ = try Inequality.theilL([1, 2, 0, 4])
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "theil_l", index: 1, value: -3),
                    message: "theil_l: value 2 is -3.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.theilL([1, -3])
        }
    }
}
