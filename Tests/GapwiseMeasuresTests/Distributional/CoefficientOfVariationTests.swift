// CoefficientOfVariationTests: the population CV against R ineq and mpmath; closed forms, properties, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Coefficient of variation")
struct CoefficientOfVariationTests {
    // R ineq 0.2-13 var.coeff(x) and var.coeff(x, square = TRUE) (ineq types "var", "square.var").
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        expectClose(try Inequality.coefficientOfVariation(x).estimate, try number(run["var"]), rel: 1e-12, "var")
        expectClose(try Inequality.coefficientOfVariation(x, squared: true).estimate, try number(run["square.var"]),
                    rel: 1e-12, "square.var")
    }

    // mpmath 50 digits (generate_reference.py).
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        expectClose(try Inequality.coefficientOfVariation(r.y, weights: r.w).estimate, r.cvW, rel: 1e-14, "weighted")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.coefficientOfVariation([2, 2, 2]).estimate == 0)
        // 1 and 3: population SD 1, mean 2 → CV ½ (the sample SD would give 1/√2).
        expectClose(try Inequality.coefficientOfVariation([1, 3]).estimate, 0.5, rel: 1e-15, "population CV")
        // Negative values are allowed when the mean is positive: −1, 3 → SD 2, mean 1.
        expectClose(try Inequality.coefficientOfVariation([-1, 3]).estimate, 2, rel: 1e-15, "negative value")
    }

    @Test func properties() throws {
        try checkProperties("cv", seed: 0xA1, has: .relative) {
            try Inequality.coefficientOfVariation($0, weights: $1).estimate
        }
    }

    @Test func nonPositiveMean() {
        expectError(.nonPositiveMean(measure: "cv", mean: -1),
                    message: "cv: the mean of the values is -1.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.coefficientOfVariation([-3, 1])
        }
    }
}
