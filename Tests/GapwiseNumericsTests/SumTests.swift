// SumTests: the compensated SIMD sum and weighted sum against exact sums, plain loops and published values.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Reductions: sum and weighted sum")
struct SumTests {
    @Test("The reference fsum reproduces the Python documentation examples")
    func exactReferenceSanity() {
        // Python docs, math.fsum: sum([.1]*10) = 0.9999999999999999, fsum([.1]*10) = 1.0.
        #expect(Exact.sum([Double](repeating: 0.1, count: 10)) == 1.0)
        #expect(ScalarReference.sum([Double](repeating: 0.1, count: 10)) == 0.9999999999999999)
        #expect(Exact.sum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100)
    }

    @Test("sum: within one rounding of the exact sum, bound logarithmic in n", arguments: TestData.sizes)
    func sumAccuracy(n: Int) throws {
        let y = TestData.values(n, seed: 11 + UInt64(n))
        let s = try Reductions.sum(y)
        let exact = Exact.sum(y)
        let absSum = Exact.absSum(y)
        #expect(abs(s - exact) <= Bound.logarithmic(n: n, absSum: absSum))
        #expect(abs(s - exact) <= Bound.compensated(n: n, exact: exact, absSum: absSum))
        // Against the plain loop, whose own error may be (n-1) eps sum|y|.
        #expect(abs(s - ScalarReference.sum(y)) <= Bound.naive(n: n, absSum: absSum))
    }

    @Test("sum of [1e16, 1, -1e16] patterns is exact; the plain loop loses every 1", arguments: [1, 3, 333, 333_333])
    func illConditioned(k: Int) throws {
        var y: [Double] = []
        for _ in 0..<k { y += [1e16, 1, -1e16] }
        let s = try Reductions.sum(y)
        #expect(s == Double(k))
        // The assertion can fail: a plain loop gives 0, violating the logarithmic bound.
        let naive = ScalarReference.sum(y)
        #expect(abs(naive - Double(k)) > Bound.compensated(n: y.count, exact: Double(k), absSum: 2e16 * Double(k)))
    }

    @Test("sum of values with huge cancellation (condition number ~1e12) stays within the compensated bound")
    func cancellation() throws {
        let x = TestData.values(100_000, seed: 5).map { $0 * 1e6 }
        var g = SplitMix64(seed: 6)
        var y = x + x.map { -$0 } + TestData.values(1000, seed: 7)
        y.shuffle(using: &g)
        let exact = Exact.sum(y)
        let s = try Reductions.sum(y)
        let absSum = Exact.absSum(y)
        #expect(abs(s - exact) <= Bound.compensated(n: y.count, exact: exact, absSum: absSum))
        #expect(abs(s - exact) <= abs(exact) * 4 * Bound.eps)
    }

    @Test("sum and weighted sums of y = 1/i, w = i mod 7 + 0.5 match mpmath (Reference/sums_exact.py)")
    func publishedDeterministicSums() throws {
        // Values from Tests/GapwiseNumericsTests/Reference/sums_exact.py (mpmath, 60 digits, rounded once).
        let cases: [(n: Int, sumY: Double, sumW: Double, sumWY: Double, sumWY2: Double)] = [
            (1000, 7.485470860550345, 3503.0, 24.258173975843864, 3.64331320571774),
            (1_000_000, 14.392726722865724, 3499998.0, 48.4295704999406, 3.6468039603197826),
        ]
        for c in cases {
            let y = (1...c.n).map { 1.0 / Double($0) }
            let w = (1...c.n).map { Double($0 % 7) + 0.5 }
            #expect(try Reductions.sum(y) == c.sumY)
            let m = try Reductions.weightedMoments(y, weights: w)
            #expect(m.weight == c.sumW)
            // Each product is rounded once: allow 1 ulp (all terms are positive, so the sum is well conditioned).
            #expect(abs(m.weightedValue - c.sumWY) <= c.sumWY.ulp)
            #expect(abs(m.weightedSquare - c.sumWY2) <= 2 * c.sumWY2.ulp)
            #expect(abs(try Reductions.weightedSum(y, weights: w) - c.sumWY) <= c.sumWY.ulp)
        }
    }

    @Test("weightedSum: within the compensated bound of the exact dot product", arguments: TestData.sizes)
    func weightedSumAccuracy(n: Int) throws {
        let y = TestData.values(n, seed: 21 + UInt64(n))
        let w = TestData.weights(n, seed: 31 + UInt64(n))
        let s = try Reductions.weightedSum(y, weights: w)
        let exact = Exact.dot(w, y)
        let absSum = Exact.absSum(zip(w, y).map { $0 * $1 })
        #expect(abs(s - exact) <= Bound.logarithmic(n: n, absSum: absSum))
        #expect(abs(s - exact) <= Bound.compensated(n: n, exact: exact, absSum: absSum, productRoundings: 1))
        #expect(abs(s - ScalarReference.dot(w, y)) <= Bound.naive(n: n, absSum: absSum))
    }

    @Test("Slices and non-contiguous collections give the same bits as arrays")
    func collectionKinds() throws {
        let y = TestData.values(1003, seed: 3)
        let w = TestData.weights(1003, seed: 4)
        let slice = y[17..<1000], wslice = w[17..<1000]
        #expect(try Reductions.sum(slice) == Reductions.sum(Array(slice)))
        #expect(try Reductions.weightedSum(slice, weights: wslice) == Reductions.weightedSum(Array(slice), weights: Array(wslice)))
        let lazy = (0..<1003).lazy.map { y[$0] }  // no contiguous storage: copied once
        #expect(try Reductions.sum(lazy) == Reductions.sum(y))
        #expect(try Reductions.sum(ContiguousArray(y)) == Reductions.sum(y))
    }

    @Test("Summation order: a permutation changes the sum by at most the compensated bound")
    func permutation() throws {
        let y = TestData.values(10_000, seed: 9)
        var g = SplitMix64(seed: 10)
        let exact = Exact.sum(y)
        let bound = Bound.compensated(n: y.count, exact: exact, absSum: Exact.absSum(y))
        for _ in 0..<3 {
            #expect(abs(try Reductions.sum(y.shuffled(using: &g)) - exact) <= bound)
        }
    }
}
