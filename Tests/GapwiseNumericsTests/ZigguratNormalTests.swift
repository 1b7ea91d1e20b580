// ZigguratNormalTests: the ziggurat's draws have the standard normal distribution (moments, tail, KS against Φ).
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Ziggurat normal draws")
struct ZigguratNormalTests {
    @Test func momentsTailAndKolmogorovSmirnovMatchTheNormal() throws {
        var g = Xoshiro256StarStar(seed: 42)
        let n = 400_000
        var x = (0..<n).map { _ in g.nextZigguratNormal() }
        let mean = x.reduce(0, +) / Double(n)
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let kurt = x.reduce(0) { $0 + pow($1 - mean, 4) } / Double(n) / (variance * variance)
        // SEs: mean 1/√n = 0.0016, variance √(2/n) = 0.0022, kurtosis √(24/n) = 0.0077; tolerances 5 SE.
        #expect(abs(mean) < 0.008)
        #expect(abs(variance - 1) < 0.011)
        #expect(abs(kurt - 3) < 0.04)
        // P(|Z| > 3.4426...) = 5.7608e-4 (beyond the ziggurat's tail start): expected 230 of 400,000, SE 15.
        let tail = x.filter { abs($0) > ZigguratTable.tailStart }.count
        #expect(abs(Double(tail) - 230.4) < 76)
        // Kolmogorov–Smirnov distance to Φ: the 0.1% critical value is 1.95/√n = 0.0031.
        x.sort()
        var d = 0.0
        for (k, v) in x.enumerated() {
            let f = 0.5 * erfc(-v / 2.0.squareRoot())
            d = max(d, abs(f - Double(k) / Double(n)), abs(f - Double(k + 1) / Double(n)))
        }
        #expect(d < 0.0031, "KS distance \(d)")
    }

    @Test func tableMatchesDoorniksConstants() {
        // x[0] = V / f(R) is the base strip's equivalent width; the top layer ends at x[127] > 0 near 0.27.
        let t = ZigguratTable.shared
        #expect(t.x[1] == 3.442619855899)
        #expect(abs(t.x[0] - 3.7130862467425505) < 1e-12)
        #expect(t.x[127] > 0 && t.x[127] < 0.3)
        #expect(t.x[128] == 0)
    }
}
