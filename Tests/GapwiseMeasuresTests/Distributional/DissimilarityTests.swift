// DissimilarityTests: Duncan's index against mpmath and closed forms; invariances, one test per error.
import Testing
import GapwiseMeasures

@Suite("Dissimilarity")
struct DissimilarityTests {
    // mpmath 50 digits (generate_reference.py).
    @Test func againstMPMath() throws {
        let r = MPMathReference.self
        let d = try Inequality.dissimilarity(r.countsA, r.countsB)
        expectClose(d.estimate, r.dissimilarity, rel: 1e-14, "D")
        #expect(d.n == 7 && d.totalWeight == r.countsA.reduce(0, +) + r.countsB.reduce(0, +))
        #expect(d.measure.code == "dissimilarity")
    }

    @Test func closedForms() throws {
        #expect(try Inequality.dissimilarity([10, 20, 30], [1, 2, 3]).estimate == 0)
        #expect(try Inequality.dissimilarity([5, 0, 0], [0, 3, 4]).estimate == 1)
        // ½(|½ − ¼| + |½ − ¾|) = ¼.
        expectClose(try Inequality.dissimilarity([1, 1], [1, 3]).estimate, 0.25, rel: 1e-15, "¼")
    }

    @Test func invariances() throws {
        let r = MPMathReference.self
        var rng = SplitMix64(seed: 0xE1)
        let perm = Array(r.countsA.indices).shuffled(using: &rng)
        expectClose(try Inequality.dissimilarity(perm.map { r.countsA[$0] }, perm.map { r.countsB[$0] }).estimate,
                    r.dissimilarity, rel: 1e-14, "permutation")
        expectClose(try Inequality.dissimilarity(r.countsA.map { $0 * 3.7 }, r.countsB).estimate, r.dissimilarity,
                    rel: 1e-14, "scaling a group")
        expectClose(try Inequality.dissimilarity(r.countsB, r.countsA).estimate, r.dissimilarity, rel: 1e-14, "symmetry")
    }

    @Test func empty() {
        expectError(.emptyInput(measure: "dissimilarity"),
                    message: "dissimilarity: no values were given; at least one is needed.") {
            _ = try Inequality.dissimilarity([], [])
        }
    }

    @Test func lengthMismatch() {
        expectError(.lengthMismatch(measure: "dissimilarity", what: "the second group's counts", expected: 2, actual: 3),
                    message: "dissimilarity: the second group's counts has 3 entries but there are 2 values; they must pair up one to one.") {
            _ = try Inequality.dissimilarity([1, 2], [1, 2, 3])
        }
    }

    @Test func nonFinite() {
        expectError(.nonFiniteValue(measure: "dissimilarity", index: 0, value: .infinity),
                    message: "dissimilarity: value 1 is inf; every value must be a finite number.") {
            _ = try Inequality.dissimilarity([1, 2], [.infinity, 1])
        }
    }

    @Test func negativeCount() {
        expectError(.negativeValue(measure: "dissimilarity", index: 1, value: -4),
                    message: "dissimilarity: value 2 is -4.0; this measure is defined only for values that are zero or more.") {
            _ = try Inequality.dissimilarity([1, -4], [1, 1])
        }
    }

    @Test func groupWithNoMembers() {
        expectError(.zeroDenominator(measure: "dissimilarity", what: "the total of the second group"),
                    message: "dissimilarity: the total of the second group is zero, so the ratio is undefined.") {
            _ = try Inequality.dissimilarity([1, 4], [0, 0])
        }
    }
}
