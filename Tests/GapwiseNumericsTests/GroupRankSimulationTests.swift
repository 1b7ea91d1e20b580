// GroupRankSimulationTests: simulated within-group ranks against a plain reference loop, closed forms and thread counts.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("GroupRankSimulation")
struct GroupRankSimulationTests {
    /// The plain reference: same streams and draw order, ranks from `Ranking.ranks` (descending, ties first).
    func reference(means: [Double], sds: [Double], groups: [Int], replicates: Int, seed: UInt64)
        -> (hist: [[Int]], aboveAll: [Int], aboveGroup: [Int]) {
        let n = means.count, gCount = groups.max()! + 1
        let size = (0..<gCount).map { g in groups.filter { $0 == g }.count }
        var hist = (0..<n).map { [Int](repeating: 0, count: size[groups[$0]]) }
        var aboveAll = [Int](repeating: 0, count: n), aboveGroup = aboveAll
        let bs = GroupRankSimulation.blockSize
        var done = 0, b = 0
        while done < replicates {
            var g = Xoshiro256StarStar.stream(b, seed: seed)
            for _ in 0..<min(bs, replicates - done) {
                let s = (0..<n).map { means[$0] + sds[$0] * g.nextZigguratNormal() }
                let ranks = try! Ranking.ranks(s, groups: groups, ties: .first, order: .descending)
                let mean = s.reduce(0, +) / Double(n)
                var gm = [Double](repeating: 0, count: gCount)
                for i in 0..<n { gm[groups[i]] += s[i] / Double(size[groups[i]]) }
                for i in 0..<n {
                    hist[i][Int(ranks[i]) - 1] += 1
                    if s[i] > mean { aboveAll[i] += 1 }
                    if s[i] > gm[groups[i]] { aboveGroup[i] += 1 }
                }
                done += 1
            }
            b += 1
        }
        return (hist, aboveAll, aboveGroup)
    }

    @Test func matchesThePlainReferenceLoopForAnyThreadCount() {
        var g = Xoshiro256StarStar(seed: 5)
        let n = 57
        let groups = (0..<n).map { $0 % 4 }
        let means = (0..<n).map { _ in g.nextStandardNormal() }
        let sds = (0..<n).map { _ in 0.2 + g.nextUniform() }
        let reps = 300  // 5 blocks, the last one partial
        let ref = reference(means: means, sds: sds, groups: groups, replicates: reps, seed: 99)
        for threads in [1, 2, 3] {
            let c = GroupRankSimulation.run(.normal(means: means, sds: sds), groups: groups, replicates: reps,
                                            seed: 99, threads: threads)
            for i in 0..<n { #expect(c.histogram(i).map(Int.init) == ref.hist[i], "item \(i), \(threads) threads") }
            #expect(c.aboveOverallMean.map(Int.init) == ref.aboveAll)
            #expect(c.aboveGroupMean.map(Int.init) == ref.aboveGroup)
        }
    }

    @Test func twoItemsRankFirstWithTheNormalProbability() {
        // P(S_A > S_B) = Φ((μ_A − μ_B)/√(σ_A² + σ_B²)) = Φ(1/√2) = 0.76024993890652326 (mpmath).
        let c = GroupRankSimulation.run(.normal(means: [1, 0], sds: [1, 1]), groups: [0, 0], replicates: 40_000, seed: 3)
        let p = Double(c.histogram(0).first!) / 40_000
        // Monte-Carlo SE √(p(1−p)/R) = 0.0021; tolerance 5 SE.
        #expect(abs(p - 0.76024993890652326) < 0.011)
        #expect(c.histogram(0).reduce(0, +) == 40_000)
    }

    @Test func aFarWorseItemIsAlwaysFirstAndIdenticalItemsShareRanksEqually() {
        let n = 10
        var means = [Double](repeating: 0, count: n)
        means[3] = 50
        let far = GroupRankSimulation.run(.normal(means: means, sds: [Double](repeating: 1, count: n)),
                                          groups: [Int](repeating: 0, count: n), replicates: 2_000, seed: 1)
        #expect(far.histogram(3).first == 2_000)
        #expect(far.aboveOverallMean[3] == 2_000 && far.aboveGroupMean[3] == 2_000)

        let same = GroupRankSimulation.run(.normal(means: [Double](repeating: 2, count: n), sds: [Double](repeating: 1, count: n)),
                                           groups: [Int](repeating: 0, count: n), replicates: 20_000, seed: 2)
        for i in 0..<n {
            let top3 = Double(same.histogram(i).prefix(3).reduce(0, +)) / 20_000
            // Exchangeable items: P(rank ≤ 3) = 3/10; MC SE 0.0032, tolerance 5 SE.
            #expect(abs(top3 - 0.3) < 0.016, "item \(i): \(top3)")
        }
    }

    @Test func poissonModelIsThreadIndependentAndOrdersByRate() {
        // Item 0 has rate 0.5 (λ 500 / 1000), items 1, 2 rate ~0.1: item 0 is always first.
        let model = SimulatedScoreModel.poisson(lambdas: [[500, 100, 90, 30]], denominators: [[1000, 1000, 1000, 300]],
                                                coefficients: [2], offset: -0.2)
        let one = GroupRankSimulation.run(model, groups: [0, 0, 0, 1], replicates: 500, seed: 4, threads: 1)
        let two = GroupRankSimulation.run(model, groups: [0, 0, 0, 1], replicates: 500, seed: 4, threads: 2)
        #expect(one == two)
        #expect(one.histogram(0).first == 500)
        #expect(one.histogram(3) == [500])
        // Items 1 (λ 100) and 2 (λ 90) at the same denominator: item 1 second more often than not.
        #expect(one.histogram(1)[1] > one.histogram(2)[1])
    }
}
