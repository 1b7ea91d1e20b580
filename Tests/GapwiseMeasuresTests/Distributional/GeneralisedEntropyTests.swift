// GeneralisedEntropyTests: GE(α) against R ineq and mpmath, including α next to the limits 0 and 1.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Generalised entropy")
struct GeneralisedEntropyTests {
    // R ineq 0.2-13 entropy(x, parameter): running values, 15 digits.
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineqEntropy() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let run = try #require((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"])
        for (alpha, key) in [(0.5, "entropy_0.5"), (2, "entropy_2"), (0, "entropy_0"), (1, "entropy_1")] {
            let g = try Inequality.generalisedEntropy(x, alpha: alpha)
            expectClose(g.estimate, try number(run[key]), rel: 1e-12, "ineq \(key)")
            #expect(g.parameters == ["alpha": alpha])
        }
    }

    // mpmath 50 digits (generate_reference.py): α = −1, ½, 2, 3 and α within 1e-9 / 1e-7 of the limits,
    // where the naive formula ((r^α − 1)/(α(α−1))) would lose about 9 digits to cancellation.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        let cases: [(Double, Double, Double)] = [
            (-1, r.geM1W, 1e-14), (0.5, r.geHalfW, 1e-14), (2, r.ge2W, 1e-14), (3, r.ge3W, 1e-14),
            (1 + 1e-9, r.geNear1W, 1e-13), (1e-9, r.geNear0W, 1e-13), (1 - 1e-7, r.geBelow1W, 1e-13),
            (0, r.theilLW, 1e-14), (1, r.theilTW, 1e-14),
        ]
        for (alpha, expected, tol) in cases {
            expectClose(try Inequality.generalisedEntropy(r.y, weights: r.w, alpha: alpha).estimate, expected,
                        rel: tol, "GE(\(alpha))")
        }
        expectClose(try Inequality.generalisedEntropy(r.yWithZeros, weights: r.w, alpha: 0.5).estimate,
                    r.geHalfZerosW, rel: 1e-14, "GE(½) with zeros")
    }

    @Test func closedForms() throws {
        for alpha in [-2.0, 0, 0.5, 1, 2, 5] {
            #expect(try Inequality.generalisedEntropy([4, 4, 4], alpha: alpha).estimate == 0)
        }
        // GE(2) = CV²/2: values 1 and 3 have CV² = 1/4, so GE(2) = 1/8.
        expectClose(try Inequality.generalisedEntropy([1, 3], alpha: 2).estimate, 0.125, rel: 1e-15, "GE(2)")
    }

    @Test func properties() throws {
        for (k, alpha) in [-1.5, 0, 0.3, 1, 2.5].enumerated() {
            try checkProperties("ge(\(alpha))", seed: 0x80 + UInt64(k), has: .relative) {
                try Inequality.generalisedEntropy($0, weights: $1, alpha: alpha).estimate
            }
        }
    }

    @Test func nonFiniteAlpha() {
        expectError(.invalidParameter(measure: "ge", name: "alpha", value: .infinity, rule: "alpha must be a finite number"),
                    message: "ge: parameter alpha = inf is not allowed; alpha must be a finite number.") {
            _ = try Inequality.generalisedEntropy([1, 2], alpha: .infinity)
        }
    }

    @Test func zeroWithNonPositiveAlpha() {
        let reason = "GE(alpha) with alpha ≤ 0 takes a logarithm or a negative power of every value"
        expectError(.zeroValue(measure: "ge", index: 0, reason: reason),
                    message: "ge: value 1 is 0, but \(reason), so every value must be greater than zero.") {
            _ = try Inequality.generalisedEntropy([0, 2], alpha: -1)
        }
    }

    @Test func negativeWithPositiveAlpha() {
        expectError(.negativeValue(measure: "ge", index: 1, value: -2),
                    message: "ge: value 2 is -2.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.generalisedEntropy([1, -2], alpha: 2)
        }
    }

    @Test func zeroMean() {
        expectError(.nonPositiveMean(measure: "ge", mean: 0),
                    message: "ge: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.generalisedEntropy([0, 0], alpha: 2)
        }
    }
}
