// FractionalRankCovarianceTests: the bucketed radix-sort rank covariance against the O(n²) pairwise Gini identity.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Ranking.fractionalRankCovariance equals the pairwise mean-difference identity")
struct FractionalRankCovarianceTests {
    /// Σ_i Σ_j w_i w_j |y_i − y_j| / 4W: the pairwise form of Σ w (y − μ)(r − ½) (Lerman & Yitzhaki
    /// 1984: G·μ = 2 cov(y, F) and G = ΣΣ w w |Δy| / (2W²μ)); O(n²), no sort, independent of the kernel.
    func pairwise(_ y: [Double], _ w: [Double]) -> Double {
        var s = 0.0
        for i in y.indices { for j in y.indices { s += w[i] * w[j] * abs(y[i] - y[j]) } }
        return s / (4 * w.reduce(0, +))
    }

    func check(_ y: [Double], _ w: [Double], _ label: String) {
        let total = w.reduce(0, +)
        let mean = zip(y, w).map { $0 * $1 }.reduce(0, +) / total
        let fast = Ranking.fractionalRankCovariance(values: y, weights: w, mean: mean, total: total)
        let exact = pairwise(y, w)
        #expect(abs(fast - exact) <= 1e-11 * abs(exact), "\(label): \(fast) vs \(exact)")
    }

    @Test("lognormal, ties, zeros and −0.0, negatives, small integers (skipped radix passes), short inputs")
    func cases() {
        var g = Xoshiro256StarStar(seed: 2024)
        let n = 1500
        let w = (0..<n).map { _ in 0.5 + g.nextUniform() * 100 }
        let logn = (0..<n).map { _ in Foundation.exp(3 + g.nextStandardNormal()) }
        check(logn, w, "lognormal")
        var tied = logn
        for i in stride(from: 0, to: n, by: 2) { tied[i] = (tied[i] / 10).rounded() }
        tied[3] = 0; tied[9] = -0.0; tied[10] = 0
        check(tied, w, "ties and zeros")
        check((0..<n).map { _ in g.nextStandardNormal() }, w, "negatives")
        check((0..<n).map { _ in Double(g.next() % 7) }, w, "small integers")
        check(Array(logn.prefix(63)), Array(w.prefix(63)), "n = 63 (comparison sort)")
        check(Array(logn.prefix(64)), Array(w.prefix(64)), "n = 64")
        check([5, 5, 5, 5], [1, 2, 3, 4], "all equal")
    }

    @Test("the bucketed sort agrees with sortedPairs + a plain block walk to 1e-13, and gives the same bits on 1 and 2 threads (n = 200,003 and 1,000,003 with ties and skew; 300,001 with 7 distinct values)")
    func threadsAndReference() {
        var g = Xoshiro256StarStar(seed: 77)
        for (n, sigma) in [(200_003, 1.5), (1_000_003, 4.0), (300_001, 0)] {
            // σ = 0: seven distinct values only (huge tied blocks, buckets whose keys are all equal).
            var y = (0..<n).map { _ in sigma == 0 ? Double(g.next() % 7) : Foundation.exp(2 + sigma * g.nextStandardNormal()) }
            for i in stride(from: 0, to: n, by: 5) { y[i] = y[i].rounded() }
            let w = (0..<n).map { _ in Double(1 + g.next() % 500) }
            let total = w.reduce(0, +), mean = zip(y, w).map { $0 * $1 }.reduce(0, +) / total
            let two = Ranking.fractionalRankCovariance(values: y, weights: w, mean: mean, total: total, threads: 2)
            let one = Ranking.fractionalRankCovariance(values: y, weights: w, mean: mean, total: total, threads: 1)
            #expect(one.bitPattern == two.bitPattern, "n = \(n): \(one) vs \(two)")
            let (sy, sw) = Ranking.sortedPairs(y, w)
            var cumulative = 0.0, sum = 0.0, start = 0
            while start < n {
                var end = start, block = 0.0
                while end < n && sy[end] == sy[start] { block += sw[end]; end += 1 }
                sum += block * (sy[start] - mean) * ((cumulative + block / 2) / total - 0.5)
                cumulative += block
                start = end
            }
            #expect(abs(two - sum) <= 1e-13 * abs(sum), "n = \(n): \(two) vs \(sum)")
        }
    }

    @Test("ranked by another variable (concentration index form): equal to plain midpoint ranks, ties in the key, 1 and 2 threads")
    func rankedByAnotherVariable() {
        var g = Xoshiro256StarStar(seed: 2027)
        for n in [1, 7, 63, 64, 5_000, 300_007] {
            let key = (0..<n).map { _ in Double(g.next() % 4_000) / 8 - 100 }          // many ties, negatives
            let y = (0..<n).map { _ in Foundation.exp(g.nextStandardNormal()) }
            let w = (0..<n).map { _ in 0.5 + g.nextUniform() * 9 }
            let total = w.reduce(0, +), mean = zip(y, w).map { $0 * $1 }.reduce(0, +) / total
            // Plain reference: stable order by key, block midpoint ranks, the covariance sum in input order.
            let order = (0..<n).sorted { key[$0] < key[$1] || (key[$0] == key[$1] && $0 < $1) }
            var rank = [Double](repeating: 0, count: n), cumulative = 0.0, start = 0
            while start < n {
                var end = start, block = 0.0
                while end < n && key[order[end]] == key[order[start]] { block += w[order[end]]; end += 1 }
                for k in start..<end { rank[order[k]] = (cumulative + block / 2) / total }
                cumulative += block
                start = end
            }
            var reference = 0.0, magnitude = 0.0
            for i in 0..<n {
                reference += w[i] * (y[i] - mean) * (rank[i] - 0.5)
                magnitude += abs(w[i] * (y[i] - mean) * (rank[i] - 0.5))
            }
            let two = Ranking.fractionalRankCovariance(values: y, rankedBy: key, weights: w, mean: mean, total: total, threads: 2)
            let one = Ranking.fractionalRankCovariance(values: y, rankedBy: key, weights: w, mean: mean, total: total, threads: 1)
            #expect(one.bitPattern == two.bitPattern, "n = \(n)")
            #expect(abs(two - reference) <= 1e-13 * magnitude, "n = \(n): \(two) vs \(reference)")
        }
    }
}
