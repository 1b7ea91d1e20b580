// KolmTests: Kolm's absolute index against R ineq and mpmath; translation invariance, overflow path, errors.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Kolm")
struct KolmTests {
    // R ineq 0.2-13 Kolm(x, parameter = 0.0001) (running value, 15 digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        expectClose(try Inequality.kolm(x, parameter: 0.0001).estimate, try number(run["Kolm_0.0001"]), rel: 1e-12,
                    "Kolm 0.0001")
    }

    // mpmath 50 digits (generate_reference.py), κ = 0.1.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.kolm(r.y, weights: r.w, parameter: 0.1).estimate, r.kolm01W, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.kolm([-3, -3]).estimate == 0)
        // 0 and 1000 with κ = 2: exp(±1000) overflows, so the shifted path is used; exactly
        // K = ½ ln(cosh 1000) = 500 − ln(2)/2 + ½ log1p(e^−2000) = 500 − ln(2)/2 in double precision.
        expectClose(try Inequality.kolm([0, 1000], parameter: 2).estimate, 500 - log(2) / 2, rel: 1e-15, "overflow path")
        // 0 and 2 with κ = 1: K = ln(cosh 1).
        expectClose(try Inequality.kolm([0, 2]).estimate, log(cosh(1)), rel: 1e-15, "ln cosh 1")
    }

    @Test func properties() throws {
        try checkProperties("kolm", seed: 0xC5, has: .weightScale) {
            try Inequality.kolm($0, weights: $1, parameter: 0.7).estimate
        }
        // Translation invariance: adding a constant leaves K unchanged.
        let r = MPMathReference.self
        expectClose(try Inequality.kolm(r.y.map { $0 - 37.5 }, weights: r.w, parameter: 0.1).estimate, r.kolm01W,
                    rel: 1e-13, "translation")
    }

    @Test func nonPositiveParameter() {
        expectError(.invalidParameter(measure: "kolm", name: "parameter", value: 0,
                                      rule: "the Kolm parameter must be a finite number above 0"),
                    message: "kolm: parameter parameter = 0.0 is not allowed; the Kolm parameter must be a finite number above 0.") {
            _ = try Inequality.kolm([1, 2], parameter: 0)
        }
    }
}
