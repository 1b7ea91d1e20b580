// ConfidenceLimitsTests: exact Poisson, Byar and Wilson limits against PHEindicatormethods, closed forms and errors.
import Foundation
import Testing
import GapwiseNumerics
import GapwiseTestSupport

@Suite("Poisson and Wilson confidence limits")
struct ConfidenceLimitsTests {
    /// Reads a ../shared/validation case; throws `Requirement.Missing` when it is absent.
    static func loadCase(_ name: String) throws -> [String: Any] {
        let url = try SharedData.require("validation/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static let levels = [(0.95, "lower95_0cl", "upper95_0cl"), (0.998, "lower99_8cl", "upper99_8cl")]

    @Test(.needsShared("validation/phe_rate_byar_exact.json")) func pheRateExactAndByar() throws {
        // PHEindicatormethods phe_rate: exact if x < 10 else Byar; limits × multiplier / n. Tolerance from the file.
        let json = try Self.loadCase("phe_rate_byar_exact.json")
        let input = json["input"] as! [String: Any], expected = json["expected"] as! [String: Any]
        let tol = json["tolerance"] as! Double
        let mult = (json["options"] as! [String: Any])["multiplier"] as! Double
        let xs = input["x"] as! [Double], ns = input["n"] as! [Double]
        let methods = expected["method"] as! [String]
        for (c, lo, hi) in Self.levels {
            let lower = expected[lo] as! [Double], upper = expected[hi] as! [Double]
            for i in xs.indices {
                let lim = xs[i] < 10 ? try PoissonLimits.exact(count: xs[i], confidence: c)
                                     : try PoissonLimits.byar(count: xs[i], confidence: c)
                #expect(methods[i] == (xs[i] < 10 ? "Exact" : "Byars"))
                #expect(relativeError(lim.lower * mult / ns[i], lower[i]) <= tol, "row \(i) \(lo)")
                #expect(relativeError(lim.upper * mult / ns[i], upper[i]) <= tol, "row \(i) \(hi)")
            }
        }
    }

    @Test(.needsShared("validation/phe_proportion_wilson_mult1.json")) func pheProportionWilson() throws {
        let json = try Self.loadCase("phe_proportion_wilson_mult1.json")
        let input = json["input"] as! [String: Any], expected = json["expected"] as! [String: Any]
        let tol = json["tolerance"] as! Double
        let xs = input["x"] as! [Double], ns = input["n"] as! [Double]
        for (c, lo, hi) in Self.levels {
            let lower = expected[lo] as! [Double], upper = expected[hi] as! [Double]
            for i in xs.indices {
                let lim = try WilsonLimits.limits(successes: xs[i], trials: ns[i], confidence: c)
                #expect(lim.method == .wilson && lim.confidence == c)
                #expect(relativeError(lim.lower, lower[i]) <= tol, "row \(i) \(lo)")
                #expect(relativeError(lim.upper, upper[i]) <= tol, "row \(i) \(hi)")
            }
        }
    }

    @Test func exactPoissonClosedForms() throws {
        // x = 0: U = −ln((1 − c)/2) (χ² with 2 df is exponential); x = 1: L = −ln(1 − (1 − c)/2).
        let c = 0.95
        let z = try PoissonLimits.exact(count: 0, confidence: c)
        #expect(z.lower == 0)
        #expect(relativeError(z.upper, -log(0.025)) <= 1e-14)
        let one = try PoissonLimits.exact(count: 1, confidence: c)
        #expect(relativeError(one.lower, -log1p(-0.025)) <= 1e-14)
        #expect(one.method == .exactPoisson)
        // Garwood 95% limits for x = 5: 1.6235 and 11.6683 (PHEindicatormethods testdata_Rate row 2,
        // 1623.486…/11668.332… per 100,000 with n = 100), checked here to 4 decimals independently of ../shared.
        let five = try PoissonLimits.exact(count: 5, confidence: c)
        #expect(abs(five.lower - 1.6235) < 5e-5 && abs(five.upper - 11.6683) < 5e-5)
    }

    @Test func wilsonClosedFormsAndStability() throws {
        // x = 0 gives L = 0 and U = z²/(n + z²); x = n gives U = 1.
        let z = 1.959963984540054
        let a = try WilsonLimits.limits(successes: 0, trials: 50, confidence: 0.95)
        #expect(a.lower == 0)
        #expect(relativeError(a.upper, z * z / (50 + z * z)) <= 1e-14)
        let b = try WilsonLimits.limits(successes: 50, trials: 50, confidence: 0.95)
        #expect(abs(b.upper - 1) <= 4.5e-16)  // exactly 1 in real arithmetic; two roundings allowed
        // Tiny proportion: the cancellation-free lower form agrees with a 50-digit evaluation of the textbook
        // formula (mpmath at 50 digits, Reference/wilson_tiny.py).
        let t = try WilsonLimits.limits(successes: 1, trials: 1e12, confidence: 0.95)
        #expect(relativeError(t.lower, WilsonTinyReference.lower) <= 1e-12)
    }

    @Test func byarIsCloseToExactForLargeCounts() throws {
        // Byar approximates the exact limits to about 0.1% or better once x ≥ 10 (Breslow & Day 1987).
        for x in [10.0, 50.0, 1000.0] {
            let e = try PoissonLimits.exact(count: x, confidence: 0.95)
            let b = try PoissonLimits.byar(count: x, confidence: 0.95)
            #expect(relativeError(b.lower, e.lower) < 2e-3 && relativeError(b.upper, e.upper) < 2e-3, "x = \(x)")
        }
    }

    @Test func errorsNameTheRuleBroken() {
        #expect(throws: DistributionError.negativeCount(function: "PoissonLimits.exact", value: -1)) {
            try PoissonLimits.exact(count: -1, confidence: 0.95)
        }
        #expect(throws: DistributionError.confidenceOutOfRange(function: "PoissonLimits.byar", value: 1)) {
            try PoissonLimits.byar(count: 3, confidence: 1)
        }
        #expect(throws: DistributionError.countExceedsDenominator(function: "WilsonLimits.limits", count: 6, denominator: 5)) {
            try WilsonLimits.limits(successes: 6, trials: 5, confidence: 0.95)
        }
        #expect(throws: DistributionError.nonPositiveDenominator(function: "WilsonLimits.limits", value: 0)) {
            try WilsonLimits.limits(successes: 0, trials: 0, confidence: 0.95)
        }
        #expect(throws: DistributionError.negativeCount(function: "WilsonLimits.limits", value: -.infinity)) {
            try WilsonLimits.limits(successes: -.infinity, trials: 5, confidence: 0.95)
        }
        #expect(throws: DistributionError.confidenceOutOfRange(function: "WilsonLimits.limits", value: 0)) {
            try WilsonLimits.limits(successes: 1, trials: 5, confidence: 0)
        }
        #expect(DistributionError.countExceedsDenominator(function: "WilsonLimits.limits", count: 6, denominator: 5).description
                == "WilsonLimits.limits: the count 6.0 is larger than the denominator 5.0; a proportion cannot exceed 1.")
    }
}

/// Reference/wilson_tiny.py (mpmath, 50 digits): Wilson lower limit for x = 1, n = 1e12, c = 0.95.
enum WilsonTinyReference {
    static let lower = 1.7652455493517478e-13
}
