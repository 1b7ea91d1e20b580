// SelectionTests: Floyd–Rivest order statistics against the full-sort reference.
import Testing
import GapwiseNumerics

@Suite("Selection (order statistics)")
struct SelectionTests {
    @Test("orderStatistics equals the sorted array at every requested position", arguments: [1, 2, 7, 64, 601, 602, 5000, 100_000])
    func matchesSort(_ n: Int) {
        var g = Xoshiro256StarStar(seed: UInt64(n))
        for trial in 0..<4 {
            var v = (0..<n).map { _ in g.nextStandardNormal() }
            if trial == 1 { v = v.map { ($0 * 3).rounded() } }             // many ties
            if trial == 2 { v = v.sorted(by: >) }                          // reversed input
            if trial == 3 && n > 2 { v[0] = .infinity; v[1] = -.infinity } // infinities
            let positions = [0, n - 1, n / 2, Int(Double(n) * 0.025), Int(Double(n) * 0.975), n / 3, n / 3]
            let reference = Ranking.referenceOrderStatistics(v, positions: positions)
            var work = v
            #expect(Ranking.orderStatistics(&work, positions: positions) == reference, "n = \(n), trial \(trial)")
            #expect(work.sorted() == v.sorted(), "the multiset is unchanged")
        }
    }
}
