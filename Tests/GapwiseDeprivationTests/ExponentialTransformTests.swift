// ExponentialTransformTests: the SIMD exponential transform against 50-digit mpmath values.
import Testing
@testable import GapwiseDeprivation

@Suite("SIMD exponential transform")
struct ExponentialTransformTests {
    /// (D, N, E) from Reference/simd_transform_reference.py (mpmath, 50 digits, printed to 20).
    static let reference: [(Double, Int, Double)] = [
        (1, 1, 0.0),
        (1, 2, 15.646790072602891762),
        (2, 2, 0.0),
        (1, 10, 50.426654274243986804),
        (5.5, 10, 13.508118698587293946),
        (10, 10, 0.0),
        (1, 6976, 99.749769969837257833),
        (698, 6976, 50.414997140694900517),
        (3488, 6976, 15.646790072602891762),
        (6934.5, 6976, 0.13545451333746982454),
        (6976, 6976, 0.0),
    ]

    /// Relative error below 1e-14: the transform is a log1p of a correctly rounded product, whose
    /// condition number is at most ~18 for N up to 6,976 (the argument approaches −0.987).
    @Test func matchesMpmath() {
        for (d, n, e) in Self.reference {
            let ours = SIMDExponentialTransform.value(rank: d, count: n)
            if e == 0 {
                #expect(ours == 0, "E(\(d), \(n))")
            } else {
                #expect(abs(ours - e) / e < 1e-14, "E(\(d), \(n)) = \(ours), mpmath \(e)")
            }
        }
    }

    /// Closed forms: the least deprived area gets exactly 0; as N grows the most deprived approaches
    /// 100 = −23 ln(e^(−100/23)); E is strictly decreasing in the rank.
    @Test func closedFormsAndMonotonicity() {
        #expect(SIMDExponentialTransform.value(rank: 6976, count: 6976) == 0)
        let top = SIMDExponentialTransform.value(rank: 1, count: 1_000_000)
        #expect(top < 100 && top > 99.99)
        var previous = Double.infinity
        for d in stride(from: 1.0, through: 6976, by: 0.5) {
            let e = SIMDExponentialTransform.value(rank: d, count: 6976)
            #expect(e < previous)
            previous = e
        }
    }
}
