// WeightedSumsTests: the fused (Σw, Σw·y), (Σw, Σw·y, Σw·y²), log and power kernels against exact sums and plain loops.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Reductions: fused weighted sums")
struct WeightedSumsTests {
    @Test("(Σw, Σw·y) and (Σw, Σw·y, Σw·y²) are within the compensated bound of exact sums", arguments: TestData.sizes)
    func fusedMoments(n: Int) throws {
        let y = TestData.values(n, seed: 41 + UInt64(n))
        let w = TestData.weights(n, seed: 51 + UInt64(n))
        let pair = try Reductions.weightedSums(y, weights: w)
        let m = try Reductions.weightedMoments(y, weights: w)

        let exactW = Exact.sum(w), exactWY = Exact.dot(w, y), exactWY2 = Exact.dotSquares(w, y)
        let absWY = Exact.absSum(zip(w, y).map { $0 * $1 })
        let absWY2 = Exact.absSum(zip(w, y).map { $0 * $1 * $1 })
        for sw in [pair.weight, m.weight] {
            #expect(abs(sw - exactW) <= Bound.compensated(n: n, exact: exactW, absSum: exactW))
        }
        for swy in [pair.weightedValue, m.weightedValue] {
            #expect(abs(swy - exactWY) <= Bound.logarithmic(n: n, absSum: absWY))
            #expect(abs(swy - exactWY) <= Bound.compensated(n: n, exact: exactWY, absSum: absWY, productRoundings: 1))
        }
        #expect(abs(m.weightedSquare - exactWY2) <= Bound.logarithmic(n: n, absSum: absWY2))
        #expect(abs(m.weightedSquare - exactWY2) <= Bound.compensated(n: n, exact: exactWY2, absSum: absWY2, productRoundings: 2))

        let ref = ScalarReference.weightedMoments(w, y)
        #expect(abs(m.weight - ref.w) <= Bound.naive(n: n, absSum: exactW))
        #expect(abs(m.weightedValue - ref.wy) <= Bound.naive(n: n, absSum: absWY))
        #expect(abs(m.weightedSquare - ref.wy2) <= Bound.naive(n: n, absSum: absWY2, extra: 2))
        let refPair = ScalarReference.weightedSums(w, y)
        #expect(abs(pair.weightedValue - refPair.wy) <= Bound.naive(n: n, absSum: absWY))
    }

    @Test("(Σw, Σw·y, Σw·y·ln y) matches exact sums of the same terms and the plain loop", arguments: TestData.sizes)
    func logSums(n: Int) throws {
        let y = TestData.positive(n, seed: 61 + UInt64(n))
        let w = TestData.weights(n, seed: 71 + UInt64(n))
        let r = try Reductions.weightedLogSums(y, weights: w)
        // Terms formed as the kernel documents them, (w·y)·ln y; the exact sum isolates the summation error.
        let terms = zip(w, y).map { ($0 * $1) * log($1) }
        let exact = Exact.sum(terms)
        let absSum = Exact.absSum(terms)
        #expect(abs(r.weightedValueLogValue - exact) <= Bound.logarithmic(n: n, absSum: absSum))
        #expect(abs(r.weightedValueLogValue - exact) <= Bound.compensated(n: n, exact: exact, absSum: absSum))
        #expect(abs(r.weightedValue - Exact.dot(w, y)) <= Bound.compensated(
            n: n, exact: Exact.dot(w, y), absSum: Exact.dot(w, y), productRoundings: 1))
        let ref = ScalarReference.logSums(w, y)
        #expect(abs(r.weightedValueLogValue - ref.wylny) <= Bound.naive(n: n, absSum: absSum, extra: 3))
        #expect(r.weight == (try Reductions.sum(w)))
    }

    @Test("Log sums: y = 0 contributes 0 only under .zeroLogZeroIsZero")
    func logZeroPolicy() throws {
        let y = [0, 2, 0, 4.0]
        let w = [5, 1, 0, 1.0]
        let r = try Reductions.weightedLogSums(y, weights: w, zeros: .zeroLogZeroIsZero)
        #expect(r.weight == 7)
        #expect(r.weightedValue == 6)
        // 2 ln 2 + 4 ln 4 = 10 ln 2.
        #expect(abs(r.weightedValueLogValue - 10 * M_LN2) <= 2 * (10 * M_LN2).ulp)
        #expect(throws: ReductionError.zeroValue(operation: "weighted y·ln(y) sums", index: 0)) {
            try Reductions.weightedLogSums(y, weights: w)
        }
    }

    @Test("Power sums Σw·y^a match exact sums of the terms and the plain loop", arguments: [-1.0, 0.0, 0.5, 1.0, 2.0, 3.0])
    func powerSums(a: Double) throws {
        for n in [0, 1, 9, 1000, 100_000] {
            let y = TestData.positive(n, seed: 81 + UInt64(n))
            let w = TestData.weights(n, seed: 91 + UInt64(n))
            let r = try Reductions.weightedPowerSums(y, weights: w, exponent: a)
            #expect(r.exponent == a)
            let exact: Double
            let rounding: Double
            if a == 2 {
                exact = Exact.dotSquares(w, y)
                rounding = 2
            } else {
                exact = Exact.sum(zip(w, y).map { $0 * pow($1, a) })
                rounding = 0
            }
            let absSum = abs(exact)  // all terms are >= 0
            #expect(abs(r.weightedPower - exact) <= Bound.logarithmic(n: n, absSum: absSum))
            #expect(abs(r.weightedPower - exact) <= Bound.compensated(n: n, exact: exact, absSum: absSum, productRoundings: rounding))
            let ref = ScalarReference.powerSums(w, y, exponent: a)
            #expect(abs(r.weightedPower - ref.wya) <= Bound.naive(n: n, absSum: absSum, extra: 3))
            #expect(r.weight == (try Reductions.sum(w)))
        }
    }

    @Test("Power sums: closed forms. a = 0 gives Σw; a = 1 gives Σw·y; 0^a = 0 for a > 0")
    func powerClosedForms() throws {
        let y = TestData.positive(1001, seed: 5)
        let w = TestData.weights(1001, seed: 6)
        let p0 = try Reductions.weightedPowerSums(y, weights: w, exponent: 0)
        #expect(p0.weightedPower == p0.weight)
        let p1 = try Reductions.weightedPowerSums(y, weights: w, exponent: 1)
        #expect(p1.weightedPower == p1.weightedValue)
        let z = try Reductions.weightedPowerSums([0, 3, 0], weights: [2, 1, 4], exponent: 0.5)
        #expect(abs(z.weightedPower - 3.0.squareRoot()) <= 3.0.squareRoot().ulp)
    }

    @Test("Integer weights equal repeated values (replication invariance)")
    func replication() throws {
        let y = TestData.positive(500, seed: 12)
        var g = SplitMix64(seed: 13)
        let w = (0..<500).map { _ in Double(Int.random(in: 0...4, using: &g)) }
        let expanded = zip(y, w).flatMap { [Double](repeating: $0, count: Int($1)) }
        let ones = [Double](repeating: 1, count: expanded.count)
        let a = try Reductions.weightedLogSums(y, weights: w)
        let b = try Reductions.weightedLogSums(expanded, weights: ones)
        #expect(a.weight == b.weight)
        #expect(abs(a.weightedValueLogValue - b.weightedValueLogValue) <= 4 * Bound.eps * Exact.absSum(expanded.map { $0 * log($0) }))
    }
}
