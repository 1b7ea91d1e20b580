// SIIPropertyTests: closed forms, exact limits of the normal case, determinism and the two simulation paths.
import Foundation
import Testing
@testable import GapwiseMeasures
import GapwiseNumerics

/// A seeded decile area: populations 5,000–25,000, values around 75 with a gradient, se 0.2–2.
func syntheticArea(seed: UInt64, k: Int = 10, type: SIIValueType = .normal) -> SIIArea {
    var rng = SplitMix64(seed: seed)
    let pop = (0..<k).map { _ in rng.uniform(5000, 25000) }
    let values: [Double] = (0..<k).map { j in
        switch type {
        case .normal: return 70 + Double(j) + rng.uniform(-1, 1)
        case .rate: return 6 - 0.3 * Double(j) + rng.uniform(-0.2, 0.2)
        case .proportion: return 0.2 - 0.01 * Double(j) + rng.uniform(-0.005, 0.005)
        }
    }
    let se = (0..<k).map { _ in type == .normal ? rng.uniform(0.2, 2) : rng.uniform(0.01, 0.05) }
    return SIIArea(populations: pop, values: values, uncertainty: .standardErrors(se))
}

@Suite("PHE SII closed forms and properties")
struct SIIPropertyTests {
    @Test("equal values give SII 0 and RII 1; exactly linear values return their line")
    func closedForms() throws {
        let pop = [7291.0, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534]
        let flat = SIIArea(populations: pop, values: Array(repeating: 80, count: 10),
                           uncertainty: .standardErrors(Array(repeating: 1, count: 10)))
        let r = try PHE.sii(flat, options: SIIOptions(repetitions: 1000))
        #expect(abs(r.sii) <= 1e-13 * 80)
        expectClose(r.rii, 1, rel: 1e-15, "rii of equal values")
        expectClose(r.intercept, 80, rel: 1e-15, "intercept of equal values")
        // y_j = 60 + 25·b_j with b_j the relative ranks: SII = 25, intercept = 60, RII = 85/60.
        let fit = SIIRegression(populations: pop)
        let line = SIIArea(populations: pop, values: fit.ranks.map { 60 + 25 * $0 },
                           uncertainty: .standardErrors(Array(repeating: 1, count: 10)))
        let l = try PHE.sii(line, options: SIIOptions(multiplier: 1, repetitions: 1000))
        expectClose(l.sii, 25, rel: 1e-13, "slope of a line")
        expectClose(l.intercept, 60, rel: 1e-13, "intercept of a line")
        expectClose(l.rii, 85.0 / 60.0, rel: 1e-13, "rii of a line")
        // Relative ranks: quantile 1 holds 7291/68356 of the people, so b_1 = 7291/68356/2.
        expectClose(fit.ranks[0], 7291.0 / 68356.0 / 2, rel: 1e-15, "b_1")
        expectClose(fit.ranks[9], 1 - 7534.0 / 68356.0 / 2, rel: 1e-15, "b_10")
    }

    @Test("normal values: simulated SII limits equal the exact normal limits β1 ± z·σ within Monte-Carlo error")
    func exactNormalLimits() throws {
        // For value type normal, SII* = β1 + Σ c1_j se_j Z_j is exactly N(β1, σ²), σ² = Σ c1_j² se_j², so the
        // limits converge to β1 ± z σ (z = Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(0.999) = 3.090232306167813).
        // The standard error of the p-quantile of R = 100,000 draws is √(p(1−p)/R)/φ(z_p)·σ: 0.0085σ at p = 2.5%,
        // 0.0297σ at p = 0.1%. The tolerance is 5 of those standard errors.
        for seed in UInt64(1)...4 {
            let area = syntheticArea(seed: seed)
            let prepared = try area.prepared(valueType: .normal)
            let fit = SIIRegression(populations: prepared.populations)
            let sigma = fit.covariance(standardDeviations: prepared.standardErrors).v11.squareRoot()
            for path in [SIISimulationPath.automatic, .quantileDraws] {
                for rii in [false, true] {
                    let options = SIIOptions(confidence: [0.95, 0.998], rii: rii, seed: seed)
                    var w = SIIWorkspace(repetitions: options.repetitions)
                    let r = PHE.siiPrepared(prepared, options: options, stream: 0,
                                            generator: Xoshiro256StarStar.stream(0, seed: seed), workspace: &w, path: path)
                    for (lim, z) in zip(r.siiLimits, [1.959963984540054, 3.090232306167813]) {
                        let p = (1 - lim.confidence) / 2
                        let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
                        let tol = 5 * (p * (1 - p) / Double(options.repetitions)).squareRoot() / density * sigma
                        expectClose(try #require(lim.lower), r.sii - z * sigma, abs: tol, "lower \(lim.confidence) \(path)")
                        expectClose(try #require(lim.upper), r.sii + z * sigma, abs: tol, "upper \(lim.confidence) \(path)")
                    }
                }
            }
        }
    }

    @Test("direct and matrix simulation give the same RII limits within Monte-Carlo error")
    func pathsAgree() throws {
        for seed in UInt64(5)...7 {
            let prepared = try syntheticArea(seed: seed).prepared(valueType: .normal)
            let options = SIIOptions(rii: true, seed: seed)
            var w = SIIWorkspace(repetitions: options.repetitions)
            let d = PHE.siiPrepared(prepared, options: options, stream: 0, generator: .stream(0, seed: seed),
                                    workspace: &w, path: .direct)
            let m = PHE.siiPrepared(prepared, options: options, stream: 1, generator: .stream(1, seed: seed),
                                    workspace: &w, path: .quantileDraws)
            // RII limits here sit ~2-4% from 1; both estimate the same order statistic with SE ≈ 0.0085σ_RII.
            let dl = try #require(d.riiLimits.first), ml = try #require(m.riiLimits.first)
            let halfWidth = try #require(dl.upper) - d.rii
            expectClose(try #require(ml.lower), try #require(dl.lower), abs: 0.05 * halfWidth, "rii lower")
            expectClose(try #require(ml.upper), try #require(dl.upper), abs: 0.05 * halfWidth, "rii upper")
        }
    }

    @Test("same seed gives bit-identical results; the batch does not depend on the thread count")
    func determinism() throws {
        let areas = (0..<7).map { syntheticArea(seed: UInt64(100 + $0), type: $0 % 2 == 0 ? .normal : .rate) }
        for type in [SIIValueType.normal, .rate] {
            let options = SIIOptions(valueType: type, repetitions: 5000, confidence: [0.95, 0.998], rii: true, seed: 9)
            let typed = areas.map { a -> SIIArea in
                var a = a
                if type == .rate { a.values = a.values.map { abs($0) / 10 + 0.1 }; a.uncertainty = .standardErrors(Array(repeating: 0.03, count: 10)) }
                return a
            }
            let one = try PHE.sii(areas: typed, options: options, threads: 1)
            let two = try PHE.sii(areas: typed, options: options, threads: 2)
            let three = try PHE.sii(areas: typed, options: options, threads: 3)
            #expect(one == two)
            #expect(one == three)
            for i in typed.indices { #expect(try PHE.sii(typed[i], options: options, stream: i) == one[i]) }
            #expect(one[0].siiLimits != one[1].siiLimits)  // different streams, different draws
        }
    }

    @Test("multiplier scales the SII and a negative one swaps limits and inverts the RII")
    func multiplier() throws {
        let area = syntheticArea(seed: 11)
        let base = try PHE.sii(area, options: SIIOptions(rii: true, seed: 3))
        let pct = try PHE.sii(area, options: SIIOptions(multiplier: 100, rii: true, seed: 3))
        let neg = try PHE.sii(area, options: SIIOptions(multiplier: -1, rii: true, seed: 3))
        let b = try #require(base.siiLimits.first), p = try #require(pct.siiLimits.first), n = try #require(neg.siiLimits.first)
        #expect(pct.sii == 100 * base.sii && p.lower == b.lower.map { 100 * $0 } && p.upper == b.upper.map { 100 * $0 })
        #expect(pct.rii == base.rii && pct.riiLimits == base.riiLimits)
        #expect(neg.sii == -base.sii && n.lower == b.upper.map { -$0 } && n.upper == b.lower.map { -$0 })
        let br = try #require(base.riiLimits.first), nr = try #require(neg.riiLimits.first)
        #expect(neg.rii == 1 / base.rii && nr.lower == br.upper.map { 1 / $0 } && nr.upper == br.lower.map { 1 / $0 })
    }

    @Test("quantile labels put rows in order; the result does not depend on the row order")
    func quantileOrder() throws {
        let area = syntheticArea(seed: 12)
        let perm = [3, 0, 9, 1, 8, 2, 7, 4, 6, 5]
        guard case let .standardErrors(se) = area.uncertainty else { return }
        let shuffled = SIIArea(populations: perm.map { area.populations[$0] }, values: perm.map { area.values[$0] },
                               uncertainty: .standardErrors(perm.map { se[$0] }), quantiles: perm.map { $0 + 1 })
        let options = SIIOptions(repetitions: 2000, rii: true)
        #expect(try PHE.sii(shuffled, options: options) == PHE.sii(area, options: options))
    }

    @Test("limit positions follow PHE: round(R·α/2) and round(R·(1−α/2)), 1-based")
    func positions() {
        #expect(SIIOptions.limitPositions(repetitions: 100_000, confidence: 0.95) == (2500, 97500))
        #expect(SIIOptions.limitPositions(repetitions: 100_000, confidence: 0.998) == (100, 99900))
        #expect(SIIOptions.limitPositions(repetitions: 1000, confidence: 0.95) == (25, 975))
        // R rounds half to even: 1010 reps at 95% gives 25.25 → 25 and 984.75 → 985.
        #expect(SIIOptions.limitPositions(repetitions: 1010, confidence: 0.95) == (25, 985))
    }
}

@Suite("Normal order statistics from uniform tails")
struct NormalOrderStatisticsTests {
    @Test("tail selection on the uniforms equals drawing every normal and selecting, bit for bit")
    func equalsFullDraw() {
        let cases: [(count: Int, positions: [Int])] = [
            (100_000, [2499, 97499, 99, 99899]),   // PHE's 95% and 99.8% positions (tail path)
            (1000, [24, 974]),                     // the minimum repetitions
            (1000, [0, 999]),                      // extremes
            (1000, [499, 500, 10]),                // middle ranks: the full replay path
        ]
        for (i, c) in cases.enumerated() {
            var g1 = Xoshiro256StarStar.stream(i, seed: 77), g2 = g1
            var scratch = [Double]()
            let fast = normalOrderStatistics(count: c.count, positions: c.positions, generator: &g1, scratch: &scratch)
            var all = [Double](repeating: 0, count: c.count)
            g2.fillNormal(&all)
            #expect(fast == Ranking.orderStatistics(&all, positions: c.positions), "case \(i)")
            #expect(g1 == g2, "the generator advances by exactly count outputs (case \(i))")
        }
    }
}
