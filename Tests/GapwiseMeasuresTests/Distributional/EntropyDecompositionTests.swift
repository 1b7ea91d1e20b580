// EntropyDecompositionTests: the Theil/GE between-within decomposition against PySAL TheilD and mpmath;
// closed forms, additivity and invariance properties, errors.
import Foundation
import Testing
import GapwiseTestSupport
import GapwiseMeasures

@Suite("GE decomposition")
struct EntropyDecompositionTests {
    // PySAL inequality test_theil.py (TestTheilD second block): T = bg = ln 2, wg = 0 at 1e-7.
    @Test(.needsShared("validation/pysal_theilD_toy.json")) func pysalTheilDToy() throws {
        let c = try validationCase("pysal_theilD_toy.json")
        let input = try #require(c["input"] as? [String: Any])
        let exp = try #require(c["expected"] as? [String: Any])
        let tol = try number(c["tolerance"])
        let d = try Inequality.theilDecomposition(try doubles(input["y"]), groups: try doubles(input["partition"]))
        expectClose(d.total, try number(exp["T"]), abs: tol, "T")
        expectClose(d.between, try number(exp["bg"]), abs: tol, "bg")
        expectClose(d.within, try number(exp["wg"]), abs: tol, "wg")
    }

    // The closed form of STYLE.md: [0,0,0,10,10,10] in two groups: between exactly ln 2, within 0.
    @Test func closedFormTwoGroups() throws {
        let d = try Inequality.theilDecomposition([0, 0, 0, 10, 10, 10], groups: ["low", "low", "low", "high", "high", "high"])
        expectClose(d.between, log(2), rel: 1e-15, "between")
        #expect(d.within == 0)
        expectClose(d.total, log(2), rel: 1e-15, "total")
        #expect(d.components.map(\.group) == ["low", "high"])
        #expect(d.components[0].mean == 0 && d.components[0].inequality == nil && d.components[0].withinWeight == 0)
        #expect(d.components[1].valueShare == 1 && d.components[1].inequality == 0)
    }

    // mpmath 50 digits (generate_reference.py): weighted, three groups, α = 1, 0, ½, 2.
    @Test func weightedAgainstMPMath() throws {
        let r = MPMathReference.self
        let cases: [(Double, Double, Double, Double)] = [
            (1, r.decompTTotal, r.decompTBetween, r.decompTWithin),
            (0, r.decompLTotal, r.decompLBetween, r.decompLWithin),
            (0.5, r.decompHalfTotal, r.decompHalfBetween, r.decompHalfWithin),
            (2, r.decomp2Total, r.decomp2Between, r.decomp2Within),
        ]
        for (alpha, total, between, within) in cases {
            let d = try Inequality.geDecomposition(r.y, groups: r.groups, weights: r.w, alpha: alpha)
            expectClose(d.total, total, rel: 1e-14, "total α = \(alpha)")
            expectClose(d.between, between, rel: 1e-14, "between α = \(alpha)")
            expectClose(d.within, within, rel: 1e-14, "within α = \(alpha)")
            #expect(d.alpha == alpha && d.n == 12 && d.isWeighted)
        }
    }

    @Test func degeneratePartitions() throws {
        let y = [1.0, 4, 2, 8, 5]
        let one = try Inequality.theilDecomposition(y, groups: [0, 0, 0, 0, 0])
        #expect(one.between == 0)
        expectClose(one.within, one.total, rel: 1e-15, "one group")
        let singletons = try Inequality.geDecomposition(y, groups: [1, 2, 3, 4, 5], alpha: 0)
        #expect(singletons.within == 0)
        expectClose(singletons.between, singletons.total, rel: 1e-14, "singletons")
    }

    // Seeded: between + within = total for several α, and the parts are invariant to scale, row order and
    // replication (integer weights ≡ repeated rows).
    @Test func addsUpAndInvariant() throws {
        var rng = SplitMix64(seed: 0xF1)
        for alpha in [-1.0, 0, 0.5, 1, 2] {
            for _ in 0..<10 {
                let n = rng.int(3, 40)
                let y = randomSample(&rng, count: n)
                let g = (0..<n).map { _ in rng.int(1, 4) }
                let w = (0..<n).map { _ in Double(rng.int(1, 3)) }
                let d = try Inequality.geDecomposition(y, groups: g, weights: w, alpha: alpha)
                expectClose(d.between + d.within, d.total, rel: 1e-13, "adds up, α = \(alpha)")
                let s = try Inequality.geDecomposition(y.map { $0 * 17.25 }, groups: g, weights: w, alpha: alpha)
                expectClose(s.between, d.between, rel: 1e-12, abs: 1e-16, "scale between")
                expectClose(s.within, d.within, rel: 1e-12, abs: 1e-16, "scale within")
                var ry = [Double](), rg = [Int]()
                for i in 0..<n {
                    ry += Array(repeating: y[i], count: Int(w[i]))
                    rg += Array(repeating: g[i], count: Int(w[i]))
                }
                let rep = try Inequality.geDecomposition(ry, groups: rg, alpha: alpha)
                expectClose(rep.between, d.between, rel: 1e-12, abs: 1e-16, "replication between")
                expectClose(rep.within, d.within, rel: 1e-12, abs: 1e-16, "replication within")
                let perm = Array(0..<n).shuffled(using: &rng)
                let p = try Inequality.geDecomposition(perm.map { y[$0] }, groups: perm.map { g[$0] },
                                                       weights: perm.map { w[$0] }, alpha: alpha)
                expectClose(p.between, d.between, rel: 1e-12, abs: 1e-16, "permutation between")
                expectClose(p.within, d.within, rel: 1e-12, abs: 1e-16, "permutation within")
            }
        }
    }

    @Test func groupsOfWrongLength() {
        expectError(.lengthMismatch(measure: "ge_decomposition", what: "the group labels", expected: 3, actual: 1),
                    message: "ge_decomposition: the group labels has 1 entries but there are 3 values; they must pair up one to one.") {
            _ = try Inequality.theilDecomposition([1, 2, 3], groups: ["a"])
        }
    }

    @Test func nonFiniteAlpha() {
        expectError(.invalidParameter(measure: "ge_decomposition", name: "alpha", value: -.infinity,
                                      rule: "alpha must be a finite number"),
                    message: "ge_decomposition: parameter alpha = -inf is not allowed; alpha must be a finite number.") {
            _ = try Inequality.geDecomposition([1, 2], groups: [1, 2], alpha: -.infinity)
        }
    }

    @Test func zeroWithMLD() {
        let reason = "GE(alpha) with alpha ≤ 0 takes a logarithm or a negative power of every value"
        expectError(.zeroValue(measure: "ge_decomposition", index: 1, reason: reason),
                    message: "ge_decomposition: value 2 is 0, but \(reason), so every value must be greater than zero.") {
            _ = try Inequality.geDecomposition([3, 0], groups: [1, 2], alpha: 0)
        }
    }

    @Test func negativeWithTheilT() {
        expectError(.negativeValue(measure: "ge_decomposition", index: 0, value: -3),
                    message: "ge_decomposition: value 1 is -3.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.theilDecomposition([-3, 4], groups: [1, 2])
        }
    }
}
