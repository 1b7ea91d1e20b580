// VarianceTests: mean, weighted mean and two-pass variance against a Float80 compensated reference and closed forms.
import Foundation
import Testing
@testable import GapwiseNumerics

/// Independent reference: two-pass variance in Float80 (64-bit significand) with Neumaier sums,
/// whose own relative error (~1e-19) is far below the Double results' ~1e-16.
private func referenceVariance(_ y: [Double], _ w: [Double]? = nil, sample: Bool) -> Double {
    func nsum(_ xs: [Float80]) -> Float80 {
        var s: Float80 = 0, c: Float80 = 0
        for x in xs {
            let t = s + x
            c += abs(s) >= abs(x) ? (s - t) + x : (x - t) + s
            s = t
        }
        return s + c
    }
    let ww = (w ?? [Double](repeating: 1, count: y.count)).map { Float80($0) }
    let yy = y.map { Float80($0) }
    let sw = nsum(ww)
    let m = nsum(zip(ww, yy).map { $0 * $1 }) / sw
    let ss = nsum(zip(ww, yy).map { $0 * ($1 - m) * ($1 - m) })
    return Double(ss / (sample ? sw - 1 : sw))
}

@Suite("Reductions: mean and variance")
struct VarianceTests {
    @Test("mean and variance agree with the Float80 reference to a few ulp", arguments: [1, 2, 7, 8, 9, 1000, 1_000_000])
    func unweighted(n: Int) throws {
        // Large mean, small spread: the case where one-pass formulas fail (like NIST NumAcc4).
        let y = TestData.values(n, seed: 101 + UInt64(n)).map { 1e6 + $0 * 1e-3 }
        let mean = try Reductions.mean(y)
        #expect(abs(mean - Exact.sum(y) / Double(n)) <= mean.ulp)
        let pop = try Reductions.variance(y, denominator: .population)
        let refPop = referenceVariance(y, sample: false)
        // Deviations y − ȳ are exact here (Sterbenz) apart from ȳ's rounding, which the correction term removes.
        #expect(abs(pop - refPop) <= 1e-13 * refPop + Double.leastNormalMagnitude)
        if n >= 2 {
            let s = try Reductions.variance(y)
            let ref = referenceVariance(y, sample: true)
            #expect(abs(s - ref) <= 1e-13 * ref)
        }
    }

    @Test("weighted mean and variance agree with the Float80 reference", arguments: [1, 9, 1000, 100_000])
    func weighted(n: Int) throws {
        let y = TestData.values(n, seed: 111 + UInt64(n)).map { 100 + $0 }
        var w = TestData.weights(n, seed: 121 + UInt64(n))
        w[0] = 3.5
        let wm = try Reductions.weightedMean(y, weights: w)
        #expect(abs(wm - Exact.dot(w, y) / Exact.sum(w)) <= 2 * wm.ulp)
        for d in VarianceDenominator.allCases {
            let v = try Reductions.weightedVariance(y, weights: w, denominator: d)
            let ref = referenceVariance(y, w, sample: d == .sample)
            #expect(abs(v - ref) <= 1e-13 * ref + Double.leastNormalMagnitude)
        }
    }

    @Test("Closed forms: equal values give variance 0; {1,2,3,4} gives 5/3 and 5/4")
    func closedForms() throws {
        #expect(try Reductions.variance([Double](repeating: 0.1, count: 1001)) == 0)
        #expect(try Reductions.variance([1, 2, 3, 4]) == 5.0 / 3.0)
        #expect(try Reductions.variance([1, 2, 3, 4], denominator: .population) == 1.25)
        #expect(try Reductions.variance([42], denominator: .population) == 0)
        #expect(try Reductions.mean([1, 2, 3, 4]) == 2.5)
    }

    @Test("Integer frequency weights equal the unweighted variance of the repeated values")
    func frequencyWeights() throws {
        let y = TestData.values(300, seed: 131)
        var g = SplitMix64(seed: 132)
        let w = (0..<300).map { _ in Double(Int.random(in: 0...5, using: &g)) }
        let expanded = zip(y, w).flatMap { [Double](repeating: $0, count: Int($1)) }
        for d in VarianceDenominator.allCases {
            let a = try Reductions.weightedVariance(y, weights: w, denominator: d)
            let b = try Reductions.variance(expanded, denominator: d)
            #expect(abs(a - b) <= 1e-14 * b)
        }
        #expect(abs(try Reductions.weightedMean(y, weights: w) - Reductions.mean(expanded)) <= 1e-14 * Exact.absSum(y))
    }

    @Test("Shift and scale: var(c·y + b) = c²·var(y)")
    func shiftScale() throws {
        let y = TestData.values(10_000, seed: 141)
        let v = try Reductions.variance(y)
        let v2 = try Reductions.variance(y.map { 4 * $0 + 1e3 })
        #expect(abs(v2 - 16 * v) <= 1e-12 * 16 * v)
        #expect(try Reductions.variance(y.map { 4 * $0 }) == 16 * v)  // powers of two scale exactly
    }
}
