// GroupedSimulationTests: the simulated intervals: seeded reproducibility, truncation, Monte-Carlo accuracy.
import Testing
import GapwiseMeasures

@Suite("Grouped: simulated intervals")
struct GroupedSimulationTests {
    typealias G = GroupedInequality

    // Reference "r" fixed at 0 (se 0), one subgroup drawn from N(99, 5) truncated to [0, 100], one fixed at 0:
    // MDRU = y*/3, so its limits are the truncated normal's quantiles / 3 (grouped_reference.R, qnorm).
    // Without the truncation the 97.5% limit would be (99 + 1.96·5)/3 = 36.27 > 100/3.
    func truncatedCase() throws -> SubgroupData {
        try SubgroupData(subgroups: [Subgroup("r", estimate: 0, standardError: 0),
                                     Subgroup("x", estimate: 99, standardError: 5),
                                     Subgroup("z", estimate: 0, standardError: 0)],
                         polarity: .favourable, scale: 100, reference: "r")
    }

    @Test func truncatedNormalQuantiles() throws {
        let reps = 100_000
        let r = try G.meanDifferenceFromReferenceUnweighted(
            try truncatedCase(), options: .init(confidenceLevels: [0.95, 0.998], replicates: reps, seed: 42))
        #expect(r.intervalMethod == .simulation(replicates: reps, seed: 42))
        // Monte-Carlo SE of a p-quantile ≈ √(p(1−p)/n)/f(q), f the truncated density; with n = 100 000 (in y*
        // units): 2.5% limit 0.038, 97.5% 0.0036, 0.1% 0.14, 99.9% 0.00074. Tolerances: 5 SEs, ÷3 for MDRU.
        let ci = try #require(r.interval(at: 0.95))
        expectClose(ci.lower, GroupedRef.truncatedQ025 / 3, abs: 0.19 / 3, "2.5% limit")
        expectClose(ci.upper, GroupedRef.truncatedQ975 / 3, abs: 0.018 / 3, "97.5% limit")
        let wide = try #require(r.interval(at: 0.998))
        expectClose(wide.lower, GroupedRef.truncatedQ001 / 3, abs: 0.7 / 3, "0.1% limit")
        expectClose(wide.upper, GroupedRef.truncatedQ999 / 3, abs: 0.0037 / 3, "99.9% limit")
        #expect(wide.upper <= 100.0 / 3)
    }

    @Test func reproducibleAndSeeded() throws {
        let c = try GroupedRef.dataC
        let o = GroupedOptions(confidenceLevels: [0.95, 0.998], replicates: 2000, seed: 7)
        for m in [GroupedMeasure.bgsd, .cov, .idisu, .idisw, .mdbu, .mdbw, .mdmu, .mdmw, .mdru, .mdrw] {
            let a = try G.compute(m, c, options: o), b = try G.compute(m, c, options: o)
            #expect(a == b, "\(m.code): same seed, same result")
            let other = try G.compute(m, c, options: .init(confidenceLevels: [0.95, 0.998], replicates: 2000, seed: 8))
            #expect(a.intervals != other.intervals, "\(m.code): another seed, other limits")
            let ci95 = try #require(a.interval(at: 0.95)), ci998 = try #require(a.interval(at: 0.998))
            #expect(ci998.lower <= ci95.lower && ci95.upper <= ci998.upper, "\(m.code): nested levels")
        }
    }

    // No SE anywhere: the estimate comes without an interval, and the reason says why.
    @Test func noStandardErrors() throws {
        let d = try SubgroupData(subgroups: [Subgroup("a", estimate: 1, population: 1), Subgroup("b", estimate: 2, population: 1),
                                             Subgroup("c", estimate: 4, population: 2)], polarity: .favourable)
        let r = try G.betweenGroupStandardDeviation(d)
        #expect(r.intervals.isEmpty)
        #expect(r.intervalMethod == .unavailable(reason: "a subgroup has no standard error, so no simulated interval"))
        expectClose(r.estimate, (0.25 * 1.75 * 1.75 + 0.25 * 0.75 * 0.75 + 0.5 * 1.25 * 1.25).squareRoot(), rel: 1e-15, "BGSD")
    }
}
