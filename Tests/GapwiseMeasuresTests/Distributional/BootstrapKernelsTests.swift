// BootstrapKernelsTests: the copy-free Theil T and Gini bootstrap against resamples built and measured one by one.
import Foundation
import Testing
@testable import GapwiseMeasures
import GapwiseNumerics

@Suite("Bootstrap: copy-free Theil T and Gini replicates equal explicit resamples")
struct BootstrapKernelsTests {
    /// Replicate values computed the plain way: draw the resample exactly as the bootstrap does, copy it,
    /// and call the measure (whose own tests check it against published values).
    func explicitReplicates(_ m: InequalityMeasure, _ y: [Double], _ w: [Double], replicates: Int, seed: UInt64) throws -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = y.count
        return try (0..<replicates).map { _ in
            let idx = (0..<n).map { _ in Int(rng.nextUniform() * Double(n)) }
            return try Inequality.estimate(m, values: idx.map { y[$0] }, weights: idx.map { w[$0] }).estimate
        }
    }

    func data(ties: Bool, zeros: Bool) -> ([Double], [Double]) {
        var g = Xoshiro256StarStar(seed: 44)
        var y = (0..<301).map { _ in Foundation.exp(2 + 0.7 * g.nextStandardNormal()) }
        if ties { for i in stride(from: 0, to: 301, by: 3) { y[i] = (y[i] * 2).rounded() / 2 } }
        if zeros { y[5] = 0; y[77] = 0 }
        let w = (0..<301).map { _ in Double(100 + Int(g.next() % 900)) }
        return (y, w)
    }

    @Test("replicate values agree to 1e-12 and the limits and SE to 1e-12 relative",
          arguments: [(InequalityMeasure.theilT, false, true), (.gini(corrected: false), false, false),
                      (.gini(corrected: false), true, true), (.gini(corrected: true), true, false), (.theilT, true, false)])
    func agrees(m: InequalityMeasure, ties: Bool, zeros: Bool) throws {
        let (y, w) = data(ties: ties, zeros: zeros)
        var rng = Xoshiro256StarStar(seed: 9)
        let fast: [Double?]
        switch m {
        case .theilT: fast = BootstrapKernels.theilT(values: y, weights: w, replicates: 300, rng: &rng)
        case let .gini(corrected): fast = BootstrapKernels.gini(values: y, weights: w, corrected: corrected, replicates: 300, rng: &rng)
        default: fast = []
        }
        let plain = try explicitReplicates(m, y, w, replicates: 300, seed: 9)
        #expect(fast.count == plain.count)
        for (f, p) in zip(fast, plain) {
            let f = try #require(f)
            #expect(abs(f - p) <= 1e-12 * max(abs(p), 0.01), "\(m): \(f) vs \(p)")
        }
        let b = try Inequality.bootstrap(m, values: y, weights: w, replicates: 300, levels: [0.9], seed: 9)
        let lo = try Statistics.quantileType7(plain, probability: 0.05), hi = try Statistics.quantileType7(plain, probability: 0.95)
        #expect(abs(b.limits[0].lower - lo) <= 1e-12 * lo && abs(b.limits[0].upper - hi) <= 1e-12 * hi)
        #expect(abs(b.standardError - (try Statistics.standardDeviation(plain))) <= 1e-10 * b.standardError)
    }

    @Test("a resample of one repeated value gives exactly 0; all-zero resamples are undefined")
    func degenerate() throws {
        var rng = Xoshiro256StarStar(seed: 1)
        let one = BootstrapKernels.gini(values: [4], weights: [2], corrected: false, replicates: 5, rng: &rng)
        #expect(one.allSatisfy { $0 == 0 })
        let t = BootstrapKernels.theilT(values: [4], weights: [2], replicates: 5, rng: &rng)
        #expect(t.allSatisfy { $0 == 0 })
        let z = BootstrapKernels.theilT(values: [0, 0], weights: [1, 1], replicates: 5, rng: &rng)
        #expect(z.allSatisfy { $0 == nil })
    }
}
