// AtkinsonEDETests: Atkinson's equally distributed equivalent against PySAL's published test values, closed forms, errors.
import Foundation
import Testing
import GapwiseMeasures

@Suite("Atkinson EDE")
struct AtkinsonEDETests {
    // PySAL inequality tests/test_atkinson.py (test_atkinson_class): y = 10, 20, 30, 40, 50; EDE 28.105398233
    // (ε = ½, printed to 9 decimals), 26.0517108 (ε = 1, 7 decimals), the mean 30 (ε = 0).
    @Test func pysalPublished() throws {
        let y: [Double] = [10, 20, 30, 40, 50]
        expectClose(try Inequality.atkinsonEDE(y, epsilon: 0.5).estimate, 28.105398233, abs: 5e-10, "ε = ½")
        expectClose(try Inequality.atkinsonEDE(y, epsilon: 1).estimate, 26.0517108, abs: 5e-8, "ε = 1")
        #expect(try Inequality.atkinsonEDE(y, epsilon: 0).estimate == 30)
    }

    // Closed forms: ε = 1 is the geometric mean, (10·20·30·40·50)^(1/5) = 12,000,000^(1/5); ε = ½ is
    // (mean √y)²; ε = 2 the harmonic mean 5/(1/10 + 1/20 + 1/30 + 1/40 + 1/50) = 5/(137/600) = 3000/137.
    @Test func closedForms() throws {
        let y: [Double] = [10, 20, 30, 40, 50]
        expectClose(try Inequality.atkinsonEDE(y, epsilon: 1).estimate, pow(12_000_000, 0.2), rel: 1e-14, "geometric mean")
        let rootMean = y.map { $0.squareRoot() }.reduce(0, +) / 5
        expectClose(try Inequality.atkinsonEDE(y, epsilon: 0.5).estimate, rootMean * rootMean, rel: 1e-14, "ε = ½")
        expectClose(try Inequality.atkinsonEDE(y, epsilon: 2).estimate, 3000.0 / 137, rel: 1e-14, "harmonic mean")
        #expect(try Inequality.atkinsonEDE([7, 7, 7], epsilon: 3).estimate == 7)
    }

    @Test func weightsAreReplicationAndScaleCarriesThrough() throws {
        expectClose(try Inequality.atkinsonEDE([10, 20, 50], weights: [2, 1, 3], epsilon: 1.5).estimate,
                    try Inequality.atkinsonEDE([10, 10, 20, 50, 50, 50], epsilon: 1.5).estimate, rel: 1e-13, "replication")
        expectClose(try Inequality.atkinsonEDE([1, 2, 5], epsilon: 0.7).estimate * 10,
                    try Inequality.atkinsonEDE([10, 20, 50], epsilon: 0.7).estimate, rel: 1e-13, "degree-1 homogeneous")
        #expect(try Inequality.atkinsonEDE([10, 20, 50], epsilon: 2).measure == .atkinsonEDE(epsilon: 2))
    }

    @Test func zeroWithEpsilonOne() {
        expectError(.zeroValue(measure: "atkinson", index: 0, reason: "Atkinson with epsilon ≥ 1 takes a logarithm or a negative power of every value"),
                    message: "atkinson: value 1 is 0, but Atkinson with epsilon ≥ 1 takes a logarithm or a negative power of every value, so every value must be greater than zero.") {
            _ = try Inequality.atkinsonEDE([0, 1], epsilon: 1)
        }
    }

    @Test func negativeEpsilon() {
        expectError(.invalidParameter(measure: "atkinson", name: "epsilon", value: -1, rule: "epsilon must be a finite number of 0 or more"),
                    message: "atkinson: parameter epsilon = -1.0 is not allowed; epsilon must be a finite number of 0 or more.") {
            _ = try Inequality.atkinsonEDE([1, 2], epsilon: -1)
        }
    }
}
