// RatioSampleTests: the one-pass route of Theil T, MLD and Atkinson (½, 1, 2) against the two-pass kernels, mpmath near equality, and its hand-over to validation.
import Foundation
import Testing
@testable import GapwiseMeasures
import GapwiseNumerics

/// Lognormal values with integer-ish population weights.
private func lognormal(_ n: Int, seed: UInt64, sigma: Double) -> ([Double], [Double]) {
    var g = Xoshiro256StarStar(seed: seed)
    return ((0..<n).map { _ in Foundation.exp(2 + sigma * g.nextStandardNormal()) },
            (0..<n).map { _ in Double(50 + g.next() % 3000) })
}

/// The exact-mean two-pass value of each measure from the plain scalar kernels.
private func twoPass(_ y: [Double], _ w: [Double]) -> [String: Double] {
    let total = w.reduce(0, +)
    var s = 0.0
    for i in y.indices { s += w[i] * y[i] }
    var mu = s / total
    var c = 0.0
    for i in y.indices { c += w[i] * (y[i] - mu) }
    mu += c / total
    var half = 0.0, inv = 0.0
    for i in y.indices {
        half += w[i] * (y[i] / mu).squareRoot()
        inv += w[i] * mu / y[i]
    }
    let l = Inequality.theilLKernel(y, w, total, mu)
    return ["T": Inequality.theilTKernel(y, w, total, mu), "L": l, "A1": -expm1(-l),
            "A0.5": 1 - (half / total) * (half / total), "A2": 1 - 1 / (inv / total)]
}

private func onePass(_ y: [Double], _ w: [Double]?) throws -> [String: Double] {
    ["T": try Inequality.theilT(y, weights: w).estimate, "L": try Inequality.theilL(y, weights: w).estimate,
     "A1": try Inequality.atkinson(y, weights: w, epsilon: 1).estimate,
     "A0.5": try Inequality.atkinson(y, weights: w, epsilon: 0.5).estimate,
     "A2": try Inequality.atkinson(y, weights: w, epsilon: 2).estimate]
}

@Suite("One-pass ratio measures")
struct RatioSampleTests {
    @Test("agree with the exact-mean two-pass kernels to 1e-12 on lognormal samples (σ = 0.1, 1, 2; n up to 10^6)")
    func matchesTwoPass() throws {
        for (n, sigma) in [(10, 1.0), (1_001, 0.1), (100_000, 1.0), (1_000_000, 2.0)] {
            let (y, w) = lognormal(n, seed: UInt64(n), sigma: sigma)
            let a = try onePass(y, w), b = twoPass(y, w)
            for (k, v) in b {
                expectClose(a[k]!, v, rel: 1e-12, "n=\(n) σ=\(sigma) \(k)")
            }
        }
    }

    /// Each kernel this CPU runs (AVX-512 where present, portable everywhere) against plain compensated scalar
    /// sums with Foundation's log, never kernel against kernel; `.automatic` gives its resolved kernel's bits.
    @Test("the one-pass route is taken for clean input, on every kernel this CPU runs, within 1e-13 of plain sums")
    func routeAndKernels() throws {
        let (y, w) = lognormal(50_000, seed: 8, sigma: 1)
        print("RatioSample kernels on this CPU: \(RatioKernel.available.map(\.description).joined(separator: ", ")); "
              + ".automatic runs \(RatioKernel.automatic.resolved)")
        for term in [RatioTerm.rLogR, .logR, .sqrtRMinusOne, .inverseRMinusOne] {
            for kernel in RatioKernel.available {
                let a = try #require(RatioSample(term, values: y, weights: w, positive: true, kernel: kernel))
                let sums = ScalarReference.ratioSums(term, y, w, a.moments.reference)
                let ref = (termMean: sums.t / sums.w, meanExcess: sums.d / sums.w)
                expectClose(a.termMean, ref.termMean, rel: 1e-13, "\(kernel) \(term)")
                expectClose(a.meanExcess, ref.meanExcess, abs: 1e-15, "\(kernel) \(term)")
            }
            let auto = try #require(RatioSample(term, values: y, weights: w, positive: true, kernel: .automatic))
            let resolved = try #require(RatioSample(term, values: y, weights: w, positive: true,
                                                    kernel: RatioKernel.automatic.resolved))
            #expect(auto.moments == resolved.moments, "\(term): .automatic differs from \(RatioKernel.automatic.resolved)")
        }
    }

    // mpmath at 60 digits (Reference/near_equality_reference.py): coefficient of variation about 2e-6, where
    // the measures are ~1e-12 and every first-order term cancels.
    @Test("near equality: within 1e-9 relative of mpmath although the measures are about 1e-12")
    func nearEquality() throws {
        let y = (0..<700).map { 100 + Double($0 % 7 - 3) / 10_000 }
        let w = (0..<700).map { Double($0 % 5 + 1) }
        let r = try onePass(y, w)
        expectClose(r["T"]!, 2.0000000000133122337e-12, rel: 1e-9, "Theil T")
        expectClose(r["L"]!, 2.0000000000179789003e-12, rel: 1e-9, "MLD")
        expectClose(r["A0.5"]!, 1.0000000000074269502e-12, rel: 1e-9, "Atkinson ½")
        expectClose(r["A1"]!, 2.0000000000159789003e-12, rel: 1e-9, "Atkinson 1")
        expectClose(r["A2"]!, 4.0000000000339578007e-12, rel: 1e-9, "Atkinson 2")
    }

    @Test("unweighted equals unit weights; equal values give exactly 0")
    func unweightedAndEqual() throws {
        let (y, _) = lognormal(3_001, seed: 2, sigma: 0.7)
        let a = try onePass(y, nil), b = try onePass(y, [Double](repeating: 1, count: y.count))
        #expect(a == b)
        let same = try onePass([Double](repeating: 0.1, count: 1_000), (0..<1_000).map { Double($0 % 9 + 1) })
        #expect(same.values.allSatisfy { $0 == 0 })
    }

    @Test("input the one-pass route does not take goes to validation: the same errors as before")
    func handsOverToValidation() throws {
        var (y, w) = lognormal(1_000, seed: 4, sigma: 1)
        #expect(RatioSample(.logR, values: [], weights: nil, positive: true) == nil)
        w[500] = -1
        #expect(RatioSample(.logR, values: y, weights: w, positive: true) == nil)
        #expect(throws: InequalityError.invalidWeight(measure: "theil_l", index: 500, weight: -1)) {
            try Inequality.theilL(y, weights: w)
        }
        w[500] = 1
        y[700] = 0
        #expect(RatioSample(.logR, values: y, weights: w, positive: true) == nil)
        #expect(RatioSample(.rLogR, values: y, weights: w, positive: false) != nil)  // 0·ln 0 = 0 is allowed
        #expect(throws: InequalityError.self) { try Inequality.theilL(y, weights: w) }
        y[700] = .nan
        #expect(RatioSample(.rLogR, values: y, weights: w, positive: false) == nil)
        let error = #expect(throws: InequalityError.self) { try Inequality.theilT(y, weights: w) }
        guard case .nonFiniteValue(measure: "theil_t", index: 700, value: let v)? = error, v.isNaN else {
            Issue.record("expected nonFiniteValue at 700, got \(String(describing: error))")
            return
        }
        y[700] = -3
        #expect(RatioSample(.sqrtRMinusOne, values: y, weights: w, positive: false) == nil)
        #expect(throws: InequalityError.negativeValue(measure: "atkinson", index: 700, value: -3)) {
            try Inequality.atkinson(y, weights: w, epsilon: 0.5)
        }
    }
}
