// LorenzCurveTests: Lorenz points against PySAL and R ineq; weighted closed form, interpolation, errors.
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("Lorenz curve")
struct LorenzCurveTests {
    // PySAL inequality test_wolfson.py test_lorenz_curve: income 1…5 (decimal = 6), and the exact fractions.
    @Test(.needsShared("validation/pysal_lorenz_curve.json")) func pysal() throws {
        let c = try validationCase("pysal_lorenz_curve.json")
        let income = try doubles((c["input"] as? [String: Any])?["income"])
        let exp = try #require(c["expected"] as? [String: Any])
        let tol = try number(c["tolerance"])
        let l = try Inequality.lorenz(income)
        let p = try doubles(exp["population"]), share = try doubles(exp["cumulative_income"])
        #expect(l.populationShare.count == p.count && l.valueShare.count == share.count)
        for k in p.indices {
            expectClose(l.populationShare[k], p[k], abs: tol, "p[\(k)]")
            expectClose(l.valueShare[k], share[k], abs: tol, "L[\(k)]")
        }
        let exact = [0, 1.0 / 15, 3.0 / 15, 6.0 / 15, 10.0 / 15, 1]
        for k in exact.indices { expectClose(l.valueShare[k], exact[k], rel: 1e-15, abs: 1e-300, "exact L[\(k)]") }
    }

    // R ineq 0.2-13 Lc(x)$L for the ineq.Rd example x (running values, 15+ digits).
    @Test(.needsShared("validation/ineq_measures_x10.json")) func ineq() throws {
        let c = try validationCase("ineq_measures_x10.json")
        let x = try doubles((c["input"] as? [String: Any])?["x"])
        let expected = try doubles((c["expected"] as? [String: [String: Any]])?["by_running_ineq_0.2-13"]?["Lc_L"])
        let l = try Inequality.lorenz(x)
        #expect(l.valueShare.count == expected.count)
        for (a, b) in zip(l.valueShare, expected) { expectClose(a, b, rel: 1e-14, "Lc L") }
    }

    @Test func weightedClosedForm() throws {
        // Values 2 (weight 1) and 1 (weight 3): sorted 1, 2 → p = 0, ¾, 1; L = 0, 3/5, 1.
        let l = try Inequality.lorenz([2, 1], weights: [1, 3])
        #expect(l.populationShare == [0, 0.75, 1])
        expectClose(l.valueShare[1], 0.6, rel: 1e-15, "L(¾)")
        #expect(l.valueShare.first == 0 && l.valueShare.last == 1)
        #expect(l.n == 2 && l.totalWeight == 4 && l.isWeighted)
        // Interpolation: L(0.5) = 0.6·(0.5/0.75) = 0.4; L(0.875) = 0.6 + 0.4·½ = 0.8.
        expectClose(l.valueShare(at: 0.5), 0.4, rel: 1e-15, "L(½)")
        expectClose(l.valueShare(at: 0.875), 0.8, rel: 1e-15, "L(7/8)")
        #expect(l.valueShare(at: 0) == 0 && l.valueShare(at: 1) == 1)
    }

    @Test func equalValuesGiveTheDiagonal() throws {
        let l = try Inequality.lorenz([3, 3, 3, 3])
        for (p, v) in zip(l.populationShare, l.valueShare) { expectClose(v, p, rel: 1e-15, "diagonal") }
    }

    @Test func replicationLeavesTheCurveUnchanged() throws {
        var rng = SplitMix64(seed: 0xB1)
        for _ in 0..<10 {
            let n = rng.int(2, 15)
            let y = randomSample(&rng, count: n), w = (0..<n).map { _ in Double(rng.int(1, 4)) }
            var rep = [Double]()
            for i in 0..<n { rep += Array(repeating: y[i], count: Int(w[i])) }
            let a = try Inequality.lorenz(y, weights: w), b = try Inequality.lorenz(rep)
            for k in 0...20 {
                let p = Double(k) / 20
                expectClose(a.valueShare(at: p), b.valueShare(at: p), rel: 1e-13, abs: 1e-16, "L(\(p))")
            }
        }
    }

    @Test func negativeValue() {
        expectError(.negativeValue(measure: "lorenz", index: 2, value: -1),
                    message: "lorenz: value 3 is -1.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.lorenz([1, 2, -1])
        }
    }

    @Test func zeroTotal() {
        expectError(.nonPositiveMean(measure: "lorenz", mean: 0),
                    message: "lorenz: the mean of the values is 0.0; it must be greater than zero for shares of the total to exist.") {
            _ = try Inequality.lorenz([0, 0])
        }
    }
}
