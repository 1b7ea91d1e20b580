// KernelReferenceTests: the internal centred and lag-1 kernels against their plain scalar loops at every tail length.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Reductions: centred and lag-1 kernels vs plain loops")
struct KernelReferenceTests {
    @Test("Σ(y−m), Σ(y−m)², Σw(y−m), Σw(y−m)², Σ(y_i−m)(y_{i+1}−m) match the scalar loops",
          arguments: TestData.sizes + [2, 3, 4, 5])
    func centred(n: Int) {
        let y = TestData.values(n, seed: 171 + UInt64(n)).map { 50 + $0 }
        let w = TestData.weights(n, seed: 181 + UInt64(n))
        let m = 50.25
        let d = y.map { $0 - m }
        let c = y.withUnsafeBufferPointer { SumKernels.centered($0, about: m) }
        let cr = ScalarReference.centered(y, about: m)
        let absD = Exact.absSum(d), absD2 = Exact.absSum(d.map { $0 * $0 })
        #expect(abs(c.d - cr.d) <= Bound.naive(n: n, absSum: absD))
        #expect(abs(c.d2 - cr.d2) <= Bound.naive(n: n, absSum: absD2, extra: 2))
        // And against the exact sum of the same (exactly representable here) deviations.
        #expect(abs(c.d - Exact.sum(d)) <= Bound.compensated(n: n, exact: Exact.sum(d), absSum: absD))

        let cw = w.withUnsafeBufferPointer { wp in y.withUnsafeBufferPointer { SumKernels.centeredWeighted(wp, $0, about: m) } }
        let cwr = ScalarReference.centeredWeighted(w, y, about: m)
        let absWD = Exact.absSum(zip(w, d).map { $0 * $1 }), absWD2 = Exact.absSum(zip(w, d).map { $0 * $1 * $1 })
        #expect(abs(cw.wd - cwr.wd) <= Bound.naive(n: n, absSum: absWD))
        #expect(abs(cw.wd2 - cwr.wd2) <= Bound.naive(n: n, absSum: absWD2, extra: 3))

        let l = y.withUnsafeBufferPointer { SumKernels.lag1($0, about: m) }
        let lr = ScalarReference.lag1(y, about: m)
        let absL = n < 2 ? 0 : Exact.absSum((0..<(n - 1)).map { d[$0] * d[$0 + 1] })
        #expect(abs(l - lr) <= Bound.naive(n: n, absSum: absL, extra: 2))
        if n < 2 { #expect(l == 0) }
    }
}
