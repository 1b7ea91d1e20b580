// NumberFormatTests: the one number format: shortest round trip, whole numbers, -0, NaN/Inf, N significant digits.
import Foundation
import Testing
@testable import GapwiseIO

@Suite("NumberFormat")
struct NumberFormatTests {
    /// Random doubles over the whole range: every bit pattern that is a finite double, seeded.
    static func randomDoubles(_ count: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        var out: [Double] = []
        while out.count < count {
            let x = Double(bitPattern: rng.next())
            if x.isFinite { out.append(x) }
        }
        return out
    }

    @Test("full precision reads back as the same double (200,000 seeded bit patterns and 100,000 seeded values in [-1e6, 1e6])")
    func roundTrip() {
        var values = Self.randomDoubles(200_000, seed: 0x6A9_F0E5)
        var rng = SplitMix64(seed: 11)
        for _ in 0..<100_000 { values.append((Double(rng.next() >> 11) / 9_007_199_254_740_992 - 0.5) * 2e6) }
        var failures: [Double] = []
        for x in values where Double(NumberFormat.full.text(x)) != x { failures.append(x) }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("full precision is the shortest form, never 17 forced digits")
    func shortest() {
        let f = NumberFormat.full
        #expect(f.text(0.1) == "0.1")
        #expect(f.text(0.1 + 0.2) == "0.30000000000000004")
        #expect(f.text(1.0 / 3) == "0.3333333333333333")
        #expect(f.text(1e-5) == "1e-05")
        #expect(f.text(2.5e20) == "2.5e+20")
        #expect(f.text(-1234.5) == "-1234.5")
    }

    @Test("whole numbers have no point below 10^16 (Swift's description writes 1e15 as 1000000000000000.0); -0 is 0")
    func integers() {
        let f = NumberFormat.full
        #expect(f.text(12) == "12")
        #expect(f.text(-7) == "-7")
        #expect(f.text(0) == "0")
        #expect(f.text(-0.0) == "0")
        #expect(f.text(999_999_999_999_999) == "999999999999999")
        #expect(f.text(1e15) == "1000000000000000")
        #expect(f.text(9_007_199_254_740_994) == "9007199254740994")
        #expect(f.text(1e16) == "1e+16")
        #expect(f.text(-1.5e17) == "-1.5e+17")
        #expect(NumberFormat(digits: 3).text(-0.0) == "0")
    }

    @Test("NaN and infinities are spelled out")
    func nonFinite() {
        #expect(NumberFormat.full.text(.nan) == "NaN")
        #expect(NumberFormat.full.text(.infinity) == "Inf")
        #expect(NumberFormat.full.text(-.infinity) == "-Inf")
        #expect(NumberFormat(digits: 2).text(.nan) == "NaN")
    }

    @Test("digits: rounding from the exact binary value (hand-checked cases)")
    func digitsKnownCases() {
        // 2/3 = 0.666...; 12345.6 to 3 digits is 12300; 0.125 is exact, a tie, rounded to even;
        // 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary, so 2.67;
        // 0.15 is 0.1499999999999999944488848768742172978818416595458984375, so 0.1.
        #expect(NumberFormat(digits: 3).text(2.0 / 3) == "0.667")
        #expect(NumberFormat(digits: 3).text(12345.6) == "12300")
        #expect(NumberFormat(digits: 2).text(0.125) == "0.12")
        #expect(NumberFormat(digits: 3).text(2.675) == "2.67")
        #expect(NumberFormat(digits: 1).text(0.15) == "0.1")
        #expect(NumberFormat(digits: 4).text(-0.000123456) == "-0.0001235")
        #expect(NumberFormat(digits: 2).text(9.96) == "10")
        #expect(NumberFormat(digits: 17).text(0.1) == "0.1")
        #expect(NumberFormat(digits: 3).text(1.5e-300) == "1.5e-300")
    }

    @Test("digits: the same value as C's %.Ng for 1 to 17 digits over 20,000 seeded doubles")
    func digitsAgainstPrintf() {
        var failures: [String] = []
        for (k, x) in Self.randomDoubles(20_000, seed: 99).enumerated() {
            let n = k % 17 + 1
            let ours = NumberFormat(digits: n).text(x)
            let reference = Double(String(format: "%.\(n)g", x))!
            if Double(ours) != reference { failures.append("\(x) digits \(n): \(ours) vs \(reference)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
