// BackTransformedSumsTests: the blocked SIMD kernel against its plain one-repetition-at-a-time reference, same seed.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("Back-transformed sums kernel")
struct BackTransformedSumsTests {
    struct Case: Sendable, CustomStringConvertible {
        let k: Int, repetitions: Int, link: InverseLink, two: Bool, seed: UInt64
        var description: String { "k=\(k) R=\(repetitions) \(link) two=\(two)" }
    }

    /// k quantities with rate-like (log scale), proportion-like (logit) or value-like means.
    static func inputs(_ c: Case) -> (mu: [Double], sd: [Double], a: [Double], b: [Double]) {
        var g = Xoshiro256StarStar(seed: c.seed)
        let mu: [Double] = (0..<c.k).map { j in
            switch c.link {
            case .identity: return 75 - 0.6 * Double(j) + g.nextUniform()
            case .exp: return 6.5 - 0.06 * Double(j) + 0.1 * g.nextUniform()
            case .expit: return -1.2 - 0.05 * Double(j) + 0.1 * g.nextUniform()
            }
        }
        let sd = (0..<c.k).map { _ in 0.02 + 0.3 * g.nextUniform() }
        let a = (0..<c.k).map { j in Double(j) - Double(c.k - 1) / 2 + 0.1 * g.nextUniform() }
        let b = (0..<c.k).map { _ in g.nextUniform() }
        return (mu, sd, a, b)
    }

    static let cases: [Case] = [
        Case(k: 10, repetitions: 5000, link: .exp, two: true, seed: 1),
        Case(k: 10, repetitions: 5000, link: .exp, two: false, seed: 2),
        Case(k: 10, repetitions: 1001, link: .expit, two: true, seed: 3),    // partial last block, R not a multiple of 4
        Case(k: 7, repetitions: 3, link: .expit, two: false, seed: 4),       // fewer repetitions than one lane vector
        Case(k: 1, repetitions: 257, link: .exp, two: true, seed: 5),
        Case(k: 100, repetitions: 600, link: .exp, two: true, seed: 6),
        Case(k: 10, repetitions: 2049, link: .identity, two: true, seed: 7),
        Case(k: 5, repetitions: 1000, link: .identity, two: false, seed: 8),
    ]

    @Test("fast path equals the reference: bit for bit for the identity, within 1e-14 of Σ|a·y| for exp and expit",
          arguments: cases)
    func matchesReference(_ c: Case) {
        let (mu, sd, a, b) = Self.inputs(c)
        let start = Xoshiro256StarStar.stream(3, seed: c.seed)
        var fastGenerator = start, referenceGenerator = start, scaleGenerator = start
        var first = [Double](repeating: .nan, count: c.repetitions)
        var second = [Double](repeating: .nan, count: c.two ? c.repetitions : 0)
        BackTransformedSums.simulate(means: mu, standardDeviations: sd, link: c.link, weights: a,
                                     secondWeights: c.two ? b : nil, generator: &fastGenerator,
                                     first: &first, second: &second)
        let ref = BackTransformedSums.reference(means: mu, standardDeviations: sd, link: c.link, weights: a,
                                                secondWeights: c.two ? b : nil, repetitions: c.repetitions,
                                                generator: &referenceGenerator)
        #expect(fastGenerator == referenceGenerator, "the generator advances exactly as the reference's")
        #expect(ref.second.count == second.count)
        if c.link == .identity {
            #expect(first == ref.first)
            #expect(second == ref.second)
            return
        }
        // The scale of each sum: Σ_j |a_j|·y_rj (same draws); the kernel differs from the reference only in exp.
        let scale = BackTransformedSums.reference(means: mu, standardDeviations: sd, link: c.link,
                                                  weights: a.map(Swift.abs), secondWeights: b.map(Swift.abs),
                                                  repetitions: c.repetitions, generator: &scaleGenerator)
        var worstFirst = 0.0, worstSecond = 0.0
        for r in 0..<c.repetitions {
            worstFirst = max(worstFirst, Swift.abs(first[r] - ref.first[r]) / scale.first[r])
            if c.two { worstSecond = max(worstSecond, Swift.abs(second[r] - ref.second[r]) / scale.second[r]) }
        }
        #expect(worstFirst <= 1e-14, "first: \(worstFirst)")
        #expect(worstSecond <= 1e-14, "second: \(worstSecond)")
    }

    @Test("blocks whose η leave the exp table's range take the checked path: infinities and zeros as Foundation's exp")
    func outOfRangeLanes() {
        // μ = 705 with σ = 3: many η above 709 (e^η = +∞) in some blocks; μ = −740: subnormal or zero terms.
        let mu = [705.0, -740.0, 1.0], sd = [3.0, 3.0, 0.5], a = [1.0, 1.0, 1.0]
        var g1 = Xoshiro256StarStar(seed: 11), g2 = g1
        var first = [Double](repeating: 0, count: 2000), none = [Double]()
        BackTransformedSums.simulate(means: mu, standardDeviations: sd, link: .exp, weights: a, secondWeights: nil,
                                     generator: &g1, first: &first, second: &none)
        let ref = BackTransformedSums.reference(means: mu, standardDeviations: sd, link: .exp, weights: a,
                                                secondWeights: nil, repetitions: 2000, generator: &g2)
        #expect(first.contains(.infinity))
        for r in first.indices {
            if ref.first[r].isInfinite { #expect(first[r] == ref.first[r]) } else {
                #expect(Swift.abs(first[r] - ref.first[r]) <= 1e-14 * ref.first[r], "rep \(r)")
            }
        }
    }
}
