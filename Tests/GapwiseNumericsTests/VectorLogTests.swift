// VectorLogTests: the SIMD logarithm against Foundation's log (max ulp error), and the ratio sums and sorted pairs against plain loops.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Vectorised log, ratio sums and sorted pairs")
struct VectorLogTests {
    /// The distance between `a` and `b` in units in the last place of `b`.
    func ulps(_ a: Double, _ b: Double) -> Double { b == 0 ? (a == 0 ? 0 : .infinity) : abs(a - b) / b.ulp }

    @Test("vectorLog is within 1 ulp of Foundation's log over 10^6 values across the normal range and near 1")
    func logAccuracy() {
        var g = Xoshiro256StarStar(seed: 91)
        var worst = 0.0, worstAt = 0.0
        for i in 0..<1_000_000 {
            let x: Double
            switch i % 3 {
            case 0: x = Double(sign: .plus, exponent: Int(g.next() % 2040) - 1020, significand: 1 + g.nextUniform())
            case 1: x = 1 + (g.nextUniform() - 0.5) * 0.1          // near 1, where ln x is small
            default: x = 0.01 + 1000 * g.nextUniform()             // the range of value/mean ratios
            }
            let e = ulps(Reductions.vectorLogScalar(x), Foundation.log(x))
            if e > worst { worst = e; worstAt = x }
        }
        // Measured maximum: reported so a regression of the polynomial or reduction shows in the log.
        print("vectorLog max error vs Foundation.log over 10^6 values: \(worst) ulp at x = \(worstAt)")
        #expect(worst <= 1.0, "max ulp error \(worst) at \(worstAt)")
        // Exact points.
        #expect(Reductions.vectorLogScalar(1) == 0)
        #expect(Reductions.vectorLogScalar(Double.leastNormalMagnitude) == Foundation.log(Double.leastNormalMagnitude))
        #expect(abs(Reductions.vectorLogScalar(Double.greatestFiniteMagnitude) - Foundation.log(Double.greatestFiniteMagnitude)) <= 1e-15 * 710)
    }

    @Test("ratioSum matches the plain loops (r = y/μ) to 1e-12, across chunk boundaries, with zeros and tails",
          arguments: [1, 3, 5, 1_000, (1 << 18) + 7, 3 * (1 << 18) + 1])
    func ratioSums(n: Int) {
        var g = Xoshiro256StarStar(seed: 17 + UInt64(n))
        var y = (0..<n).map { _ in Foundation.exp(3 + 0.8 * g.nextStandardNormal()) }
        let w = (0..<n).map { _ in Double(300 + Int(g.next() % 1201)) }
        let mu = 21.5
        let positive = y
        y[n / 2] = 0
        var rLogR = 0.0, logR = 0.0, sqrtM1 = 0.0, scale = 0.0
        for i in 0..<n {
            let r = y[i] / mu
            if r > 0 { rLogR += w[i] * r * Foundation.log(r) }
            sqrtM1 += w[i] * (r.squareRoot() - 1)
            logR += w[i] * Foundation.log(positive[i] / mu)
            scale += w[i] * (1 + abs(Foundation.log(positive[i] / mu)) * max(1, r))
        }
        #expect(abs(Reductions.ratioSum(.rLogR, values: y, weights: w, mean: mu) - rLogR) <= 1e-12 * scale)
        #expect(abs(Reductions.ratioSum(.sqrtRMinusOne, values: y, weights: w, mean: mu) - sqrtM1) <= 1e-12 * scale)
        #expect(abs(Reductions.ratioSum(.logR, values: positive, weights: w, mean: mu) - logR) <= 1e-12 * scale)
        var inv = 0.0, invScale = 0.0
        for i in 0..<n { let r = positive[i] / mu; inv += w[i] * (1 / r - 1); invScale += w[i] * (1 / r + 1) }
        #expect(abs(Reductions.ratioSum(.inverseRMinusOne, values: positive, weights: w, mean: mu) - inv) <= 1e-12 * invScale)
    }

    @Test("ratios that overflow or underflow take libm's log: ∞ stays ∞, subnormal ratios stay exact")
    func extremeRatios() {
        let huge = [Double](repeating: 1e308, count: 6), w = [Double](repeating: 1, count: 6)
        #expect(Reductions.ratioSum(.rLogR, values: huge, weights: w, mean: 0.5) == .infinity)
        let tiny = [Double](repeating: 1e-310, count: 5)
        let expected = 5 * Foundation.log(1e-310 / 1.0)
        #expect(abs(Reductions.ratioSum(.logR, values: tiny, weights: [1, 1, 1, 1, 1], mean: 1) - expected) <= 1e-15 * abs(expected))
    }

    @Test("sampleSummary gives the sums, range and sign flag of plain loops", arguments: [1, 7, 1_000, (1 << 18) + 3])
    func summary(n: Int) {
        var g = Xoshiro256StarStar(seed: 5 + UInt64(n))
        let y = (0..<n).map { _ in g.nextUniform() * 100 - 10 }
        var w = (0..<n).map { _ in g.nextUniform() * 10 }
        var s = Reductions.sampleSummary(values: y, weights: w)
        #expect(abs(s.totalWeight - w.reduce(0, +)) <= 1e-12 * s.totalWeight)
        let wy = zip(w, y).map { $0 * $1 }
        #expect(abs(s.weightedSum - wy.reduce(0, +)) <= 1e-12 * wy.map(abs).reduce(0, +))
        #expect(s.minimum == y.min()! && s.maximum == y.max()!)
        #expect(!s.weightSignSeen)
        w[n - 1] = -1
        s = Reductions.sampleSummary(values: y, weights: w)
        #expect(s.weightSignSeen)
    }

    @Test("sortedPairs equals gathering through the reference argsort (ties stable, −0 as +0)", arguments: [10, 63, 64, 5_000])
    func sortedPairs(n: Int) {
        var g = Xoshiro256StarStar(seed: 3 + UInt64(n))
        var y = (0..<n).map { _ in Double(Int(g.next() % 50)) - 25 }   // many ties
        y[0] = -0.0
        let c = (0..<n).map { Double($0) }
        let p = Ranking.referenceArgsort(y, order: .ascending)
        let sorted = Ranking.sortedPairs(y, c)
        #expect(sorted.values == p.map { y[$0] == 0 ? 0 : y[$0] })
        #expect(sorted.companion == p.map { c[$0] })
        #expect(sorted.values.allSatisfy { $0 != 0 || $0.sign == .plus })
    }
}
