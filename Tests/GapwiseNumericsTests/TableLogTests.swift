// TableLogTests: the table-driven SIMD logarithm against Foundation's log (max ulp error over 10^6+ values and the edges).
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Table-driven log")
struct TableLogTests {
    /// The distance between `a` and `b` in units in the last place of `b`.
    func ulps(_ a: Double, _ b: Double) -> Double { b == 0 ? (a == 0 ? 0 : .infinity) : abs(a - b) / b.ulp }

    @Test("tableLog is within 2 ulp of Foundation's log over 1.2·10^6 values: whole normal range, near 1, ratio range, table edges")
    func accuracy() {
        var g = Xoshiro256StarStar(seed: 1990)
        var worst = 0.0, worstAt = 0.0
        for i in 0..<1_200_000 {
            let x: Double
            switch i % 4 {
            case 0: x = Double(sign: .plus, exponent: Int(g.next() % 2046) - 1022, significand: 1 + g.nextUniform())
            case 1: x = 1 + (g.nextUniform() - 0.5) * 0.02            // both sides of 1, where ln x is small
            case 2: x = 0.01 + 1000 * g.nextUniform()                // the range of value/mean ratios
            default:                                                  // halfway between table points: r = ±2^-8
                let i = Double(g.next() % 128)
                x = 1 + (i + 0.5) / 128 + (g.nextUniform() - 0.5) * 0x1p-40
            }
            let t = Reductions.tableLogScalar(x)
            let e = ulps(t, Foundation.log(x))
            if e > worst { worst = e; worstAt = x }
        }
        print("tableLog max error vs Foundation.log over 1.2·10^6 values: \(worst) ulp at x = \(worstAt)")
        #expect(worst <= 2.0, "max ulp error \(worst) at \(worstAt)")
    }

    @Test("edges: 1, its neighbours, powers of two, the smallest normal and the largest double")
    func edges() {
        #expect(Reductions.tableLogScalar(1) == 0)
        for x in [(1.0).nextUp, (1.0).nextDown, 2, 0.5, 0x1p-1022, 0x1p1023, Double.leastNormalMagnitude,
                  Double.greatestFiniteMagnitude, (1.0).nextDown.nextDown, (2.0).nextDown, Double.pi, M_E] {
            let e = ulps(Reductions.tableLogScalar(x), Foundation.log(x))
            #expect(e <= 1.0, "\(x): \(e) ulp")
        }
        // Exactly cancelling high parts just below 1: ln(1 − 2^-30) to full relative accuracy.
        let x = 1 - 0x1p-30
        #expect(ulps(Reductions.tableLogScalar(x), Foundation.log(x)) <= 1.0)
    }
}

@Suite("Ratio-log kernels: bit-identical for one or two threads")
struct RatioKernelThreadTests {
    @Test("ratioSum and sampleSummary over 9 chunks (n = 2,359,297) give the same bits on 1 and 2 threads")
    func threads() {
        var g = Xoshiro256StarStar(seed: 12)
        let n = 9 * (1 << 18) + 1
        let y = (0..<n).map { _ in Foundation.exp(1 + g.nextStandardNormal()) }
        let w = (0..<n).map { _ in Double(1 + g.next() % 1000) }
        for term in [RatioTerm.rLogR, .logR, .sqrtRMinusOne, .inverseRMinusOne] {
            let one = Reductions.ratioSum(term, values: y, weights: w, mean: 4.2, threads: 1)
            let two = Reductions.ratioSum(term, values: y, weights: w, mean: 4.2, threads: 2)
            #expect(one.bitPattern == two.bitPattern, "\(term): \(one) vs \(two)")
        }
        let a = Reductions.sampleSummary(values: y, weights: w, threads: 1)
        let b = Reductions.sampleSummary(values: y, weights: w, threads: 2)
        #expect(a.totalWeight.bitPattern == b.totalWeight.bitPattern && a.weightedSum.bitPattern == b.weightedSum.bitPattern)
        #expect(a.minimum == b.minimum && a.maximum == b.maximum)
    }
}
