// AtkinsonTests: Atkinson's index against PySAL, R ineq and mpmath; limits, closed forms, properties, errors.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Atkinson")
struct AtkinsonTests {
    // PySAL inequality test_atkinson.py: y = 10…50, ε = 0, ½, 1 (np.isclose atol 1e-5), and the values
    // obtained by running inequality 1.1.2 (full precision, compared at 1e-12). EDE = μ(1 − A).
    @Test(.needsShared("validation/pysal_atkinson.json")) func pysal() throws {
        let c = try validationCase("pysal_atkinson.json")
        let y = try doubles((c["input"] as? [String: Any])?["y"])
        let exp = try #require(c["expected"] as? [String: [String: Any]])
        let tol = try number(c["tolerance"])
        let mean = y.reduce(0, +) / Double(y.count)
        for (key, eps) in [("0", 0.0), ("0.5", 0.5), ("1", 1.0)] {
            let a = try Inequality.atkinson(y, epsilon: eps).estimate
            expectClose(a, try number(exp["A"]?[key]), abs: tol, "A(\(key))")
            expectClose(mean * (1 - a), try number(exp["EDE"]?[key]), abs: tol, "EDE(\(key))")
            if let full = exp["A_full_precision_by_running_inequality_1.1.2"]?[key] {
                expectClose(a, try number(full), rel: 1e-12, "A(\(key)) full precision")
            }
        }
    }

    // R ineq 0.2-13 Atkinson(x, parameter): Rout.save (7 digits) and running values (15 digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let exp = try #require(c["expected"] as? [String: [String: Any]])
        expectClose(try Inequality.atkinson(x, epsilon: 0.5).estimate, try number(exp["from_Rout_save"]?["Atkinson_0.5"]),
                    abs: 5e-8, "Rout Atkinson 0.5")
        for (eps, key) in [(0.5, "Atkinson_0.5"), (1, "Atkinson_1"), (2, "Atkinson_2")] {
            expectClose(try Inequality.atkinson(x, epsilon: eps).estimate,
                        try number(exp["by_running_ineq_0.2-13"]?[key]), rel: 1e-12, key)
        }
    }

    // mpmath 50 digits (generate_reference.py), including ε = 1 + 1e-9 and ε = 1e-8, and zeros with ε = ½.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        let cases: [(Double, Double, Double)] = [
            (0.25, r.atk025W, 1e-14), (0.5, r.atkHalfW, 1e-14), (1, r.atk1W, 1e-14), (1 + 1e-9, r.atkNear1W, 1e-13),
            (2, r.atk2W, 1e-14), (3, r.atk3W, 1e-14), (1e-8, r.atkSmallW, 1e-12),
        ]
        for (eps, expected, tol) in cases {
            expectClose(try Inequality.atkinson(r.y, weights: r.w, epsilon: eps).estimate, expected, rel: tol, "A(\(eps))")
        }
        expectClose(try Inequality.atkinson(r.yWithZeros, weights: r.w, epsilon: 0.5).estimate, r.atkHalfZerosW,
                    rel: 1e-14, "A(½) with zeros")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.atkinson([1, 5, 9], epsilon: 0).estimate == 0)
        #expect(try Inequality.atkinson([6, 6], weights: [1, 2], epsilon: 2).estimate == 0)
        // Values 1 and 4: A(1) = 1 − 2/2.5 = 0.2; A(2) = 1 − (harmonic mean 1.6)/2.5 = 0.36.
        expectClose(try Inequality.atkinson([1, 4], epsilon: 1).estimate, 0.2, rel: 1e-15, "A(1)")
        expectClose(try Inequality.atkinson([1, 4], epsilon: 2).estimate, 0.36, rel: 1e-15, "A(2)")
        // ε = 2000 with values 1 and 4 (r = 0.4, 1.6): r^(1−ε) overflows a Double, so the log-space path is
        // used. Exactly: ln M = ln ½ + 1999 ln 2.5 + log1p(4^−1999), so A = 1 − 0.4·2^(1/1999) to double precision.
        expectClose(try Inequality.atkinson([1, 4], epsilon: 2000).estimate, 1 - 0.4 * pow(2, 1.0 / 1999),
                    rel: 1e-14, "A(2000) without overflow")
    }

    @Test func properties() throws {
        for (k, eps) in [0.3, 1, 2.5].enumerated() {
            try checkProperties("atkinson(\(eps))", seed: 0x90 + UInt64(k), has: .relative) {
                try Inequality.atkinson($0, weights: $1, epsilon: eps).estimate
            }
        }
    }

    @Test func negativeEpsilon() {
        expectError(.invalidParameter(measure: "atkinson", name: "epsilon", value: -0.5,
                                      rule: "epsilon must be a finite number of 0 or more"),
                    message: "atkinson: parameter epsilon = -0.5 is not allowed; epsilon must be a finite number of 0 or more.") {
            _ = try Inequality.atkinson([1, 2], epsilon: -0.5)
        }
    }

    @Test func zeroWithEpsilonAtLeastOne() {
        let reason = "Atkinson with epsilon ≥ 1 takes a logarithm or a negative power of every value"
        expectError(.zeroValue(measure: "atkinson", index: 1, reason: reason),
                    message: "atkinson: value 2 is 0, but \(reason), so every value must be greater than zero.") {
            _ = try Inequality.atkinson([1, 0], epsilon: 1)
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "atkinson", index: 0, value: -1),
                    message: "atkinson: value 1 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.atkinson([-1, 3], epsilon: 0.5)
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "atkinson", mean: 0),
                    message: "atkinson: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.atkinson([0, 0], epsilon: 0.5)
        }
    }
}
