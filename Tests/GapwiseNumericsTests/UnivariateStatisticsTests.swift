// UnivariateStatisticsTests: closed forms and seeded properties of mean, sd and the lag-1 autocorrelation.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Statistics: mean, standard deviation, lag-1 autocorrelation")
struct UnivariateStatisticsTests {
    @Test("Closed forms: alternating series has r1 = -(n-1)/n; {1,2,3,4} has sd sqrt(5/3)")
    func closedForms() throws {
        // y = (1, -1, 1, -1, ...), n even: ȳ = 0, Σ y_i y_{i+1} = -(n-1), Σ y² = n.
        for n in [2, 8, 9 + 1, 1000] {
            let y = (0..<n).map { $0 % 2 == 0 ? 1.0 : -1.0 }
            #expect(try Statistics.lag1Autocorrelation(y) == -Double(n - 1) / Double(n))
        }
        #expect(try Statistics.standardDeviation([1, 2, 3, 4]) == (5.0 / 3.0).squareRoot())
        #expect(try Statistics.standardDeviation([1, 2, 3, 4], denominator: .population) == 1.25.squareRoot())
    }

    @Test("r1 agrees with the plain-loop definition (ScalarReference) within its error bound", arguments: [2, 3, 8, 9, 17, 1000, 100_000])
    func againstReference(n: Int) throws {
        let y = TestData.values(n, seed: 151 + UInt64(n))
        guard y.contains(where: { $0 != y[0] }) else { return }
        let r = try Statistics.lag1Autocorrelation(y)
        let m = Exact.sum(y) / Double(n)
        let num = ScalarReference.lag1(y, about: m)
        let den = ScalarReference.centered(y, about: m).d2
        let ref = num / den
        let scale = Exact.absSum(y.map { ($0 - m) * ($0 - m) }) / den
        #expect(abs(r - ref) <= 4 * Double(n) * Bound.eps * max(scale, 1))
        #expect(abs(r) <= 1)
    }

    @Test("r1 and sd are invariant to shift and scale; r1 of a reversed series is the same")
    func invariances() throws {
        let y = TestData.values(5003, seed: 161)
        let r = try Statistics.lag1Autocorrelation(y)
        let s = try Statistics.standardDeviation(y)
        #expect(abs(try Statistics.lag1Autocorrelation(y.map { 2 * $0 + 1e6 }) - r) <= 1e-9 * max(abs(r), 1e-3))
        #expect(abs(try Statistics.lag1Autocorrelation(y.reversed()) - r) <= 1e-14)
        #expect(try Statistics.standardDeviation(y.map { -2 * $0 }) == 2 * s)
    }

    @Test("Linear trend y_i = i: r1 matches the closed form (SS − d_n² − d_n)/SS")
    func linearTrend() throws {
        // d_i = i − (n+1)/2, SS = Σ d_i² = n(n²−1)/12, and d_{i+1} = d_i + 1, so
        // Σ_{i<n} d_i d_{i+1} = Σ_{i<n} d_i² + Σ_{i<n} d_i = (SS − d_n²) − d_n with d_n = (n−1)/2.
        for n in [5, 64, 1001] {
            let y = (1...n).map(Double.init)
            let nn = Double(n)
            let ss = nn * (nn * nn - 1) / 12
            let d1 = (nn - 1) / 2
            let lag = ss - d1 * d1 - (nn - 1) / 2
            #expect(abs(try Statistics.lag1Autocorrelation(y) - lag / ss) <= 2 * Bound.eps)
        }
    }
}

@Suite("Statistics: exact decimal samples")
struct DecimalSampleTests {
    @Test func parsesPlainDecimalsAndRejectsText() throws {
        let s = try DecimalSample(["1.5", "-2", "+0.25", "3E2", "1e-2"])
        #expect(s.scale == 2)
        #expect(s.scaled == [150, -200, 25, 30000, 1])
        #expect(throws: ReductionError.notADecimal(operation: "DecimalSample", index: 1, text: "1..2")) {
            try DecimalSample(["1", "1..2"])
        }
        #expect(throws: ReductionError.self) { try DecimalSample(["12%"]) }
    }

    @Test func closedFormStatistics() throws {
        // 1, 2, 3, 4: mean 2.5, sd sqrt(5/3), r1 = Σ(-1.5·-0.5 + -0.5·0.5 + 0.5·1.5)/5 = 1.25/5 = 0.25.
        let s = try DecimalSample(["1", "2", "3", "4"])
        #expect(try s.mean() == 2.5)
        #expect(abs(try s.standardDeviation() - (5.0 / 3).squareRoot()) <= 2 * Double.ulpOfOne)
        #expect(try s.lag1Autocorrelation() == 0.25)
        // Shift invariance with a huge offset is exact here (the doubles path cannot keep it).
        let shifted = try DecimalSample(["100000000000.1", "100000000000.2", "100000000000.3", "100000000000.4"])
        let small = try DecimalSample(["0.1", "0.2", "0.3", "0.4"]).standardDeviation()
        #expect(try shifted.standardDeviation() == small)
        #expect(throws: ReductionError.constantValues(operation: "DecimalSample.lag1Autocorrelation")) {
            try DecimalSample(["7", "7"]).lag1Autocorrelation()
        }
    }
}

@Suite("Statistics: selection and type-7 quantiles")
struct SampleQuantileTests {
    @Test func matchesRQuantileType7() throws {
        // R 4.x: quantile(c(1, 3, 2, 10, 7), c(0, .1, .25, .5, .9, 1)) = 1.0 1.4 2.0 3.0 8.8 10.0
        let x: [Double] = [1, 3, 2, 10, 7]
        let expected: [(Double, Double)] = [(0, 1), (0.1, 1.4), (0.25, 2), (0.5, 3), (0.9, 8.8), (1, 10)]
        for (p, q) in expected { #expect(abs(try Statistics.quantileType7(x, probability: p) - q) < 1e-15) }
        #expect(throws: ReductionError.self) { try Statistics.quantileType7([], probability: 0.5) }
        #expect(throws: ReductionError.self) { try Statistics.quantileType7([1], probability: 1.5) }
    }

    @Test func agreesWithSortedInterpolationOnSeededData() throws {
        var rng = Xoshiro256StarStar(seed: 20261123)
        for n in [1, 2, 3, 10, 101, 1000] {
            let data = (0..<n).map { _ in (rng.nextUniform() * 20).rounded() }  // many ties
            let sorted = data.sorted()
            for p in [0.0, 0.025, 0.5, 0.975, 1.0] {
                let h = Double(n - 1) * p, lo = Int(h.rounded(.down)), hi = min(lo + 1, n - 1)
                let expected = sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
                #expect(try Statistics.quantileType7(data, probability: p) == expected, "n=\(n) p=\(p)")
            }
        }
    }
}
