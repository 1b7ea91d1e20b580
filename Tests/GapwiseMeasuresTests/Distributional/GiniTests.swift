// GiniTests: the Gini coefficient against PySAL, R ineq and mpmath; closed forms, properties, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Gini")
struct GiniTests {
    // PySAL inequality test_gini.py: Mexico per-capita GDP 1940, 7 d.p. (assert_almost_equal); the
    // other decades were obtained by running inequality 1.1.2 (full precision, compared at 1e-12).
    @Test(.needsShared("validation/pysal_gini_mexico1940.json")) func pysalMexico() throws {
        let c = try validationCase("pysal_gini_mexico1940.json")
        let input = try #require(c["input"] as? [String: Any])
        let expected = try #require(c["expected"] as? [String: Any])
        let g = try Inequality.gini(try doubles(input["x"])).estimate
        expectClose(g, try number(expected["g"]), abs: try number(c["tolerance"]), "pysal g 1940")
        let others = try #require(input["other_decades"] as? [String: Any])
        let running = try #require(expected["g_all_decades_by_running_inequality_1.1.2"] as? [String: Any])
        #expect(running.count == 7)
        for (column, value) in running {
            let x = column == "pcgdp1940" ? try doubles(input["x"]) : try doubles(others[column])
            expectClose(try Inequality.gini(x).estimate, try number(value), rel: 1e-12, "pysal \(column)")
        }
    }

    // R ineq 0.2-13: Gini of the ineq.Rd example x (Rout.save 7 digits; running values 15 digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineqExample() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let exp = try #require(c["expected"] as? [String: [String: Any]])
        let saved = try #require(exp["from_Rout_save"]), run = try #require(exp["by_running_ineq_0.2-13"])
        expectClose(try Inequality.gini(x).estimate, try number(saved["Gini"]), abs: 5e-8, "Rout Gini")
        expectClose(try Inequality.gini(x).estimate, try number(run["Gini"]), rel: 1e-12, "ineq Gini")
        expectClose(try Inequality.gini(x, corrected: true).estimate, try number(run["Gini_corr"]), rel: 1e-12,
                    "ineq Gini corr")
    }

    // R ineq man/Lasym.Rd example: two distributions with corrected Gini 0.4444444 (Rout.save, 7 digits).
    @Test(.needsShared("validation/ineq_gini_corrected_damgaard.json")) func ineqCorrectedDamgaard() throws {
        let c = try validationCase("ineq_gini_corrected_damgaard.json")
        let input = try #require(c["input"] as? [String: Any])
        let expected = try #require(c["expected"] as? [String: Any])
        let tol = try number(c["tolerance"])
        for key in ["x", "y"] {
            let g = try Inequality.gini(try doubles(input[key]), corrected: true)
            expectClose(g.estimate, try number(expected["Gini_corr_\(key)"]), abs: tol, "Gini corr \(key)")
            #expect(g.measure == .gini(corrected: true))
        }
    }

    // mpmath 50 digits, pair-sum definition Σ Σ w_i w_j |y_i − y_j| / (2 W² μ) (generate_reference.py).
    @Test func weightedAgainstPairSum() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.gini(r.y, weights: r.w).estimate, r.giniW, rel: 1e-14, "weighted")
        expectClose(try Inequality.gini(r.y, weights: r.w, corrected: true).estimate, r.giniCorrectedW, rel: 1e-14,
                    "weighted corrected")
        expectClose(try Inequality.gini(r.y).estimate, r.giniU, rel: 1e-14, "unweighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.gini([3.7, 3.7, 3.7, 3.7], weights: [1, 0.3, 2, 5]).estimate == 0)
        // One unit holds everything: G = (n − 1)/n, corrected 1.
        expectClose(try Inequality.gini([0, 0, 0, 8]).estimate, 0.75, rel: 1e-15, "(n−1)/n")
        expectClose(try Inequality.gini([0, 0, 0, 8], corrected: true).estimate, 1, rel: 1e-15, "corrected 1")
        // Two units 1 and 3: mean difference 2·(2·1·1)/4 = 1, G = 1/(2·2) = 0.25.
        expectClose(try Inequality.gini([1, 3]).estimate, 0.25, rel: 1e-15, "two units")
    }

    @Test func properties() throws {
        try checkProperties("gini", seed: 0x61, has: .relative) { try Inequality.gini($0, weights: $1).estimate }
        try checkProperties("gini corrected", seed: 0x62, has: .scale) {
            try Inequality.gini($0, weights: $1, corrected: true).estimate
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "gini", index: 1, value: -2),
                    message: "gini: value 2 is -2.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.gini([1, -2, 3])
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "gini", mean: 0),
                    message: "gini: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.gini([0, 0])
        }
    }

    @Test func correctedNeedsMoreThanOne() {
        expectError(.tooFewUnits(measure: "gini", count: 1, required: "the corrected Gini needs a total weight above 1"),
                    message: "gini: there are 1.0 units (total weight); the corrected Gini needs a total weight above 1.") {
            _ = try Inequality.gini([4], corrected: true)
        }
    }
}
