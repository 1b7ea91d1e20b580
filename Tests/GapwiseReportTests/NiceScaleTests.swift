// NiceScaleTests: axis ticks are round numbers, cover the data, and match an independent exact reference.
import Foundation
import Testing
@testable import GapwiseReport

@Suite("Report: nice axis ticks")
struct NiceScaleTests {
    struct Case: Decodable {
        let lo: Double, hi: Double, target: Int, mantissa: Int, exponent: Int
        let ticks: [String]
    }

    static func referenceCases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference/nice_ticks.json")
        return try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
    }

    /// "a/b" (exact fraction from Python's Fraction) as the nearest double: both parts are small integers,
    /// so one division rounds correctly, as NiceScale's own `n / 10^e` does.
    static func fraction(_ s: String) -> Double {
        let p = s.split(separator: "/")
        return Double(Int64(p[0])!) / Double(Int64(p[1])!)
    }

    @Test func matchesTheExactReferenceTicksOfHeckbertsAlgorithm() throws {
        let cases = try Self.referenceCases()
        #expect(cases.count == 213)
        for c in cases {
            let s = NiceScale(covering: c.lo, c.hi, target: c.target)
            #expect(s.stepMantissa == c.mantissa && s.stepExponent == c.exponent, "step for [\(c.lo), \(c.hi)]")
            #expect(s.ticks == c.ticks.map(Self.fraction), "ticks for [\(c.lo), \(c.hi)] target \(c.target)")
        }
    }

    @Test func publishedExamples() {
        // Heckbert's loose labelling of [0, 97] with 6 ticks, and the usual [0, 1] axis.
        #expect(NiceScale(covering: 0, 97).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(covering: 0, 1).labels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(NiceScale(covering: 0, 7600).labels == ["0", "2,000", "4,000", "6,000", "8,000"])
        #expect(NiceScale(covering: -0.35, 1.2).labels == ["\u{2212}0.5", "0.0", "0.5", "1.0", "1.5"])
        // A flat series still gets an axis around its value.
        #expect(NiceScale(covering: 0, 0).ticks == [-1, -0.5, 0, 0.5, 1])
    }

    @Test func seededRangesGiveRoundCoveringTicksWithExactLabels() {
        var rng = SystemRandomNumberGeneratorFree(seed: 7)
        for _ in 0..<2000 {
            let scale = pow(10, rng.uniform(-6, 7))
            let a = rng.uniform(-1, 1) * scale, b = a + rng.uniform(0.001, 3) * scale
            let s = NiceScale(covering: a, b, target: 6)
            #expect([1, 2, 5].contains(s.stepMantissa))
            #expect(s.lower <= a + s.step * 1e-9 && s.upper >= b - s.step * 1e-9, "ticks cover [\(a), \(b)]")
            #expect(s.ticks.count >= 3 && s.ticks.count <= 12, "\(s.ticks.count) ticks for [\(a), \(b)]")
            // Each tick is an integer multiple of the step, and its label reads back as exactly the tick.
            for (t, label) in zip(s.ticks, s.labels) {
                let k = t / s.step
                #expect(abs(k - k.rounded()) < 1e-9)
                let plain = label.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{2212}", with: "-")
                #expect(Double(plain) == t, "label \(label) of tick \(t)")
            }
        }
    }
}

/// A tiny seeded generator for test inputs (SplitMix64), so the test needs nothing else.
struct SystemRandomNumberGeneratorFree {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(next() >> 11) / 9_007_199_254_740_992 }
}
