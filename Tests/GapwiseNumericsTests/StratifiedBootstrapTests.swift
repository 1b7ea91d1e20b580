// StratifiedBootstrapTests: the stratified bootstrap kernel against its plain loop, and its closed-form cases.
import Testing
@testable import GapwiseNumerics

@Suite("Stratified bootstrap sums")
struct StratifiedBootstrapTests {
    static let a: [[Double]] = [[3, 1, 4, 1, 5], [9, 2], [6], [5, 3, 5, 8, 9, 7, 9]]
    static let b: [[Double]] = [[10, 20, 30, 40, 50], [7, 1], [2], [1, 1, 2, 3, 5, 8, 13]]

    @Test func kernelEqualsThePlainLoopBitForBit() {
        let k = StratifiedBootstrap.sums(a: Self.a, b: Self.b, replicates: 500, seed: 2026)
        let p = ScalarReference.stratifiedSums(a: Self.a, b: Self.b, replicates: 500, seed: 2026)
        // Same draws in the same order and the same summation order: identical, not merely close.
        #expect(k.a == p.a)
        #expect(k.b == p.b)
        #expect(k.a.count == 500 * 4)
    }

    @Test func eachStratumKeepsItsSizeAndDrawsOnlyItsOwnItems() {
        // Items of stratum j all have b = 1 and a = j·1000 + i: the sum of b counts the draws, and every
        // a is j·1000·n_j plus a sum of in-stratum offsets.
        let sizes = [1, 2, 7, 30]
        let a = sizes.enumerated().map { j, n in (0..<n).map { Double(j * 1000 + $0) } }
        let b = sizes.map { [Double](repeating: 1, count: $0) }
        let s = StratifiedBootstrap.sums(a: a, b: b, replicates: 200, seed: 7)
        for r in 0..<200 {
            for (j, n) in sizes.enumerated() {
                #expect(s.b[r * 4 + j] == Double(n))
                let offset = s.a[r * 4 + j] - Double(j * 1000 * n)
                #expect(offset >= 0 && offset <= Double(n * (n - 1)))
            }
        }
    }

    @Test func aStratumOfOneItemIsThatItemEveryTime() {
        let s = StratifiedBootstrap.sums(a: [[2.5]], b: [[4]], replicates: 50, seed: 1)
        #expect(s.a == [Double](repeating: 2.5, count: 50))
        #expect(s.b == [Double](repeating: 4, count: 50))
    }

    @Test func sameSeedSameSumsOtherSeedOtherSums() {
        let x = StratifiedBootstrap.sums(a: Self.a, b: Self.b, replicates: 100, seed: 11)
        let y = StratifiedBootstrap.sums(a: Self.a, b: Self.b, replicates: 100, seed: 11)
        let z = StratifiedBootstrap.sums(a: Self.a, b: Self.b, replicates: 100, seed: 12)
        #expect(x.a == y.a && x.b == y.b)
        #expect(x.a != z.a)
    }
}
