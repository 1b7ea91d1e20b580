// TheilTTests: Theil's T against PySAL, R ineq and mpmath; zeros (0·ln0 = 0), closed forms, properties, errors.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Theil T")
struct TheilTTests {
    // PySAL inequality test_theil.py (TestTheil): Mexico per-capita GDP, 7 columns, 8 decimals printed,
    // compared at the test's tolerance 1e-7.
    @Test(.needsShared("validation/pysal_theil_mexico.json")) func pysalMexico() throws {
        let c = try validationCase("pysal_theil_mexico.json")
        let input = try #require(c["input"] as? [String: Any])
        let columns = try #require((c["options"] as? [String: Any])?["columns"] as? [String])
        let expected = try doubles((c["expected"] as? [String: Any])?["T"])
        let tol = try number(c["tolerance"])
        #expect(columns.count == expected.count && columns.count == 7)
        for (col, t) in zip(columns, expected) {
            expectClose(try Inequality.theilT(try doubles(input[col])).estimate, t, abs: tol, "pysal \(col)")
        }
    }

    // R ineq 0.2-13: Theil(x, parameter = 0) is Theil T (ineq's naming: parameter 0 = T), and
    // entropy(x, parameter = 1) calls it too. Running values, 15 digits.
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineqNamingQuirk() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        let t = try Inequality.theilT(x).estimate
        expectClose(t, try number(run["Theil_0"]), rel: 1e-12, "ineq Theil(parameter = 0)")
        expectClose(t, try number(run["entropy_1"]), rel: 1e-12, "ineq entropy(parameter = 1)")
    }

    // mpmath 50 digits (generate_reference.py): weighted, and weighted with zeros (0·ln0 = 0).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.theilT(r.y, weights: r.w).estimate, r.theilTW, rel: 1e-14, "weighted")
        expectClose(try Inequality.theilT(r.yWithZeros, weights: r.w).estimate, r.theilTZerosW, rel: 1e-14,
                    "weighted with zeros")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.theilT([2.5, 2.5, 2.5], weights: [1, 4, 0.2]).estimate == 0)
        // PySAL TheilD toy: [0,0,0,10,10,10] has T = ln 2 (half the people hold everything).
        expectClose(try Inequality.theilT([0, 0, 0, 10, 10, 10]).estimate, log(2), rel: 1e-15, "ln 2")
        // One unit of N holds everything: T = ln N (the maximum).
        expectClose(try Inequality.theilT([0, 0, 0, 0, 7]).estimate, log(5), rel: 1e-15, "ln N")
    }

    @Test func properties() throws {
        try checkProperties("theil_t", seed: 0x71, has: .relative) { try Inequality.theilT($0, weights: $1).estimate }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "theil_t", index: 0, value: -0.5),
                    message: "theil_t: value 1 is -0.5; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.theilT([-0.5, 1])
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "theil_t", mean: 0),
                    message: "theil_t: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.theilT([0, 0, 0])
        }
    }
}
