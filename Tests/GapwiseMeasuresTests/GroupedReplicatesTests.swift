// GroupedReplicatesTests: the plain-formula replicate estimates are bit-identical to each measure computed table by table.
import Testing
@testable import GapwiseMeasures
import GapwiseNumerics

@Suite("Grouped: plain replicate estimates equal compute() on each table, bit for bit")
struct GroupedReplicatesTests {
    static let covered: [GroupedMeasure] = [.d, .r, .siiLinear, .riiLinear, .riiPercent, .paf, .par, .parPercent,
                                            .absoluteRange, .relativeRange]

    /// Seeded replicate tables of k groups with the awkward cases mixed in: every estimate equal, a zero
    /// estimate at either end, a zero population, all populations zero, a non-finite estimate, negative
    /// estimates (so μ ≤ 0), a reference worse than average.
    static func tables(k: Int, replicates: Int, seed: UInt64) -> (estimates: [Double], populations: [Double]) {
        var g = SplitMix64(seed: seed)
        var e: [Double] = [], p: [Double] = []
        for r in 0..<replicates {
            var y = (0..<k).map { j in 40 - 3 * Double(j) + g.uniform(-6, 6) }
            var n = (0..<k).map { _ in (g.uniform(50, 900)).rounded() }
            switch r % 11 {
            case 1: y = [Double](repeating: 12.5, count: k)
            case 2: y[0] = 0
            case 3: y[k - 1] = 0
            case 4: n[k / 2] = 0
            case 5: n = [Double](repeating: 0, count: k)
            case 6: y[1 % k] = .nan
            case 7: y = y.map { -$0 }
            case 8: y.reverse()
            case 9: n[0] = .infinity
            default: break
            }
            e += y
            p += n
        }
        return (e, p)
    }

    /// Each table built and measured the ordinary way: `SubgroupData` then `compute` (NaN where either throws).
    static func oneByOne(_ m: GroupedMeasure, _ e: [Double], _ p: [Double], k: Int, polarity: Polarity,
                         options: GroupedOptions) -> [Double] {
        (0..<e.count / k).map { r in
            let groups = (0..<k).map { j in Subgroup("Q\(j + 1)", estimate: e[r * k + j], population: p[r * k + j], order: j + 1) }
            guard let d = try? SubgroupData(subgroups: groups, polarity: polarity, scale: 100),
                  let v = try? GroupedInequality.compute(m, d, options: options) else { return .nan }
            return v.estimate
        }
    }

    @Test("every covered measure, k = 2, 3, 5, 10, both polarities, standard and ScotPHO conventions",
          arguments: [2, 3, 5, 10])
    func bitIdentical(k: Int) throws {
        let (e, p) = Self.tables(k: k, replicates: 220, seed: UInt64(17 + k))
        for polarity in [Polarity.adverse, .favourable] {
            for compatibility in [GroupedCompatibility.standard, .scotpho, .heat] {
                var options = GroupedOptions(confidenceLevels: [0.95], compatibility: compatibility)
                options.estimateOnly = true
                let t = GroupedReplicates(estimates: e, populations: p, groups: k, polarity: polarity, scale: 100)
                for m in Self.covered {
                    let fast = try #require(GroupedInequality.replicateEstimates(m, t, options: options))
                    let plain = Self.oneByOne(m, e, p, k: k, polarity: polarity, options: options)
                    #expect(fast.count == plain.count)
                    var defined = 0
                    for (r, (f, q)) in zip(fast, plain).enumerated() {
                        if q.isNaN { #expect(f.isNaN, "\(m) k=\(k) \(polarity) \(compatibility) replicate \(r): \(f), expected undefined") }
                        else {
                            defined += 1
                            #expect(f.bitPattern == q.bitPattern, "\(m) k=\(k) \(polarity) \(compatibility) replicate \(r): \(f) vs \(q)")
                        }
                    }
                    // The comparison is not vacuous: most tables give a value wherever the measure applies (the
                    // ScotPHO-set measures need more than two groups, and 5 or 10 under `.scotpho`).
                    let scotphoSet: [GroupedMeasure] = [.siiLinear, .riiLinear, .riiPercent, .parPercent, .absoluteRange, .relativeRange]
                    let applies = m == .d || m == .r || (k >= 3 && !(compatibility == .scotpho && scotphoSet.contains(m) && k != 5 && k != 10))
                    if applies { #expect(defined >= 100, "\(m) k=\(k) \(compatibility): only \(defined) defined") }
                }
            }
        }
    }

    @Test("invalid levels or scale leave every replicate undefined, as compute() throws for each table")
    func invalidSettings() throws {
        let (e, p) = Self.tables(k: 5, replicates: 30, seed: 3)
        let badLevel = GroupedOptions(confidenceLevels: [1.5])
        let t = GroupedReplicates(estimates: e, populations: p, groups: 5, polarity: .adverse, scale: 100)
        for m in Self.covered { #expect(try #require(GroupedInequality.replicateEstimates(m, t, options: badLevel)).allSatisfy(\.isNaN)) }
        let badScale = GroupedReplicates(estimates: e, populations: p, groups: 5, polarity: .adverse, scale: 0)
        for m in Self.covered { #expect(try #require(GroupedInequality.replicateEstimates(m, badScale, options: .init())).allSatisfy(\.isNaN)) }
    }

    @Test("measures without a plain formula are left to compute()")
    func uncovered() {
        let t = GroupedReplicates(estimates: [1, 2, 3], populations: [1, 1, 1], groups: 3, polarity: .adverse, scale: 100)
        for m in GroupedMeasure.allCases where !Self.covered.contains(m) {
            #expect(GroupedInequality.replicateEstimates(m, t, options: .init()) == nil, "\(m)")
        }
    }
}
