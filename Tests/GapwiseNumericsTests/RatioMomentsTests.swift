// RatioMomentsTests: the one-pass ratio sums (each kernel this CPU runs) against plain scalar sums, each kernel's log against Foundation's.
import Foundation
import Testing
@testable import GapwiseNumerics

/// Values, weights and a summary of magnitudes for the relative checks.
private func sample(_ n: Int, seed: UInt64, spread: Double = 1) -> ([Double], [Double]) {
    var g = Xoshiro256StarStar(seed: seed)
    let y = (0..<n).map { _ in Foundation.exp(1.5 + spread * g.nextStandardNormal()) }
    let w = (0..<n).map { _ in Double(1 + g.next() % 500) + g.nextUniform() }
    return (y, w)
}

private let allTerms: [RatioTerm] = [.rLogR, .logR, .sqrtRMinusOne, .inverseRMinusOne]

@Suite("One-pass ratio moments")
struct RatioMomentsTests {
    /// |a − b| relative to `scale` (the sum of magnitudes of what was added).
    func close(_ a: Double, _ b: Double, scale: Double, _ tolerance: Double = 4e-15) -> Bool {
        abs(a - b) <= tolerance * Swift.max(scale, Double.leastNormalMagnitude)
    }

    @Test("both kernels match compensated scalar sums for every term, n = 1...70 (every tail) and 100,003, weighted and not",
          arguments: RatioKernel.available)
    func matchesReference(kernel: RatioKernel) throws {
        for n in Array(1...70) + [100_003] {
            let (y, w) = sample(n, seed: UInt64(n))
            for term in allTerms {
                for weights in [w, nil] as [[Double]?] {
                    let m = try #require(Reductions.ratioMoments(term, values: y, weights: weights, kernel: kernel))
                    let ref = ScalarReference.ratioSums(term, y, weights, m.reference)
                    let scaleT = zip(y, weights ?? Array(repeating: 1, count: n)).reduce(0.0) { acc, p in
                        let r = p.0 / m.reference
                        let f: Double
                        switch term {
                        case .rLogR: f = r * Foundation.log(r)
                        case .logR: f = Foundation.log(r)
                        case .sqrtRMinusOne: f = r.squareRoot() - 1
                        case .inverseRMinusOne: f = 1 / r - 1
                        }
                        return acc + p.1 * abs(f)
                    }
                    #expect(close(m.totalWeight, ref.w, scale: ref.w), "\(kernel) \(term) n=\(n) Σw")
                    #expect(close(m.deviation, ref.d, scale: ref.w * 10), "\(kernel) \(term) n=\(n) Σw(r−1)")
                    #expect(close(m.termSum, ref.t, scale: scaleT, 8e-15), "\(kernel) \(term) n=\(n): \(m.termSum) vs \(ref.t)")
                    #expect(m.minimum == y.min()! && m.maximum == y.max()!)
                    #expect(!m.weightSignSeen)
                }
            }
        }
    }

    @Test("no weights gives the same bits as unit weights", arguments: RatioKernel.available)
    func unweightedIsUnitWeights(kernel: RatioKernel) throws {
        let (y, _) = sample(1_000_003, seed: 5)
        let ones = [Double](repeating: 1, count: y.count)
        for term in allTerms {
            let a = try #require(Reductions.ratioMoments(term, values: y, weights: nil, kernel: kernel))
            let b = try #require(Reductions.ratioMoments(term, values: y, weights: ones, kernel: kernel))
            #expect(a == b, "\(kernel) \(term)")
        }
    }

    @Test("1 and 2 threads give the same bits (9 chunks and one more value)", arguments: RatioKernel.available)
    func threadCountInvariance(kernel: RatioKernel) throws {
        let (y, w) = sample(9 * Reductions.chunkSize + 1, seed: 9)
        for term in allTerms {
            let one = try #require(Reductions.ratioMoments(term, values: y, weights: w, threads: 1, kernel: kernel))
            let two = try #require(Reductions.ratioMoments(term, values: y, weights: w, threads: 2, kernel: kernel))
            #expect(one.termSum.bitPattern == two.termSum.bitPattern && one.deviation.bitPattern == two.deviation.bitPattern
                    && one.totalWeight.bitPattern == two.totalWeight.bitPattern, "\(kernel) \(term)")
        }
    }

    /// Each kernel this CPU runs against the plain compensated scalar sums on 10^6 values (never kernel
    /// against kernel, which on a CPU without AVX-512 would compare the portable kernel with itself); and
    /// `.automatic` gives the bits of the kernel it resolves to. The log line says which kernels ran.
    @Test("every kernel this CPU runs matches the plain reference on 10^6 values; .automatic is the resolved kernel")
    func kernelsOnThisCPU() throws {
        let (y, w) = sample(1_000_000, seed: 77, spread: 2)
        print("RatioMoments kernels on this CPU: \(RatioKernel.available.map(\.description).joined(separator: ", ")); "
              + ".automatic runs \(RatioKernel.automatic.resolved)")
        for term in allTerms {
            for kernel in RatioKernel.available {
                let m = try #require(Reductions.ratioMoments(term, values: y, weights: w, kernel: kernel))
                let ref = ScalarReference.ratioSums(term, y, w, m.reference)
                #expect(abs(m.totalWeight - ref.w) <= 1e-15 * ref.w, "\(kernel) \(term) Σw")
                #expect(abs(m.termSum - ref.t) <= 1e-13 * abs(ref.t), "\(kernel) \(term): \(m.termSum) vs \(ref.t)")
            }
            let auto = try #require(Reductions.ratioMoments(term, values: y, weights: w, kernel: .automatic))
            let resolved = try #require(Reductions.ratioMoments(term, values: y, weights: w, kernel: RatioKernel.automatic.resolved))
            #expect(auto == resolved, "\(term): .automatic differs from \(RatioKernel.automatic.resolved)")
        }
    }

    @Test("zeros, subnormals and huge values take the careful lanes: 0·ln 0 = 0, libm for subnormal ratios, ∞ carried",
          arguments: RatioKernel.available)
    func oddLanes(kernel: RatioKernel) throws {
        var (y, w) = sample(203, seed: 3)
        y[0] = 0; y[17] = 0; y[40] = 5e-324; y[41] = 1e-310; y[202] = 0
        let m = try #require(Reductions.ratioMoments(.rLogR, values: y, weights: w, kernel: kernel))
        let ref = ScalarReference.ratioSums(.rLogR, y, w, m.reference)
        #expect(abs(m.termSum - ref.t) <= 1e-14 * abs(ref.t))
        #expect(m.minimum == 0)
        // A ratio that overflows makes the sums infinite (the measures then take the validating route);
        // index 101 is off the reference's stride of 4, so the reference stays finite.
        var (big, bw) = sample(4096, seed: 31)
        big[101] = 1.7e308
        let o = try #require(Reductions.ratioMoments(.rLogR, values: big, weights: bw, kernel: kernel))
        #expect(!o.termSum.isFinite && !o.deviation.isFinite)
        // NaN is carried by the sums, not by the range.
        big[101] = .nan
        let n = try #require(Reductions.ratioMoments(.logR, values: big, weights: bw, kernel: kernel))
        #expect(n.deviation.isNaN && n.maximum.isFinite)
    }

    @Test("the weights' sign bits are seen, −0.0 included", arguments: RatioKernel.available)
    func weightSigns(kernel: RatioKernel) throws {
        let (y, w0) = sample(77, seed: 4)
        var w = w0
        w[76] = -0.0
        #expect(try #require(Reductions.ratioMoments(.logR, values: y, weights: w, kernel: kernel)).weightSignSeen)
        w[76] = 1; w[3] = -2
        #expect(try #require(Reductions.ratioMoments(.logR, values: y, weights: w, kernel: kernel)).weightSignSeen)
        w[3] = 2
        #expect(try !#require(Reductions.ratioMoments(.logR, values: y, weights: w, kernel: kernel)).weightSignSeen)
    }

    @Test("the reference is the weighted mean of a fixed stride; nil when no usable reference exists")
    func referenceValue() throws {
        let y = (0..<4096).map { Double($0 % 7) + 1 }
        let c = try #require(y.withUnsafeBufferPointer { Reductions.ratioReference(values: $0, weights: nil) })
        let stride = 4
        let picked = Swift.stride(from: 0, to: 4096, by: stride).map { y[$0] }
        #expect(c == picked.reduce(0, +) / Double(picked.count))
        let zeros = [Double](repeating: 0, count: 10)
        #expect(Reductions.ratioMoments(.rLogR, values: zeros, weights: nil) == nil)
    }
}

@Suite("Kernel logarithms")
struct KernelLogTests {
    func ulps(_ a: Double, _ b: Double) -> Double { b == 0 ? (a == 0 ? 0 : .infinity) : abs(a - b) / b.ulp }

    /// The logarithm of each kernel this CPU runs, against Foundation's: the AVX-512 one within 1 ulp where
    /// present, the portable `tableLog` within 2 ulp (its own bound, `TableLogTests`) everywhere, so the
    /// test runs on any CPU and prints which kernels it covered.
    @Test("within 1 ulp (AVX-512) or 2 ulp (portable) of Foundation's log over 1.2·10^6 values and at the edges",
          arguments: RatioKernel.available)
    func accuracy(kernel: RatioKernel) throws {
        var g = Xoshiro256StarStar(seed: 2026)
        var x = [Double]()
        for i in 0..<1_200_000 {
            switch i % 4 {
            case 0: x.append(Double(sign: .plus, exponent: Int(g.next() % 2046) - 1022, significand: 1 + g.nextUniform()))
            case 1: x.append(1 + (g.nextUniform() - 0.5) * 0.02)
            case 2: x.append(0.01 + 1000 * g.nextUniform())
            default:  // halfway between table points (|r| = 1/32) and just below powers of two (the carry into c = 1)
                let i = Double(g.next() % 16)
                x.append(1 + (i + 0.5) / 16 + (g.nextUniform() - 0.5) * 0x1p-40)
            }
        }
        x += [1, (1.0).nextUp, (1.0).nextDown, 2, 0.5, 0x1p-1022, 0x1p1023, Double.greatestFiniteMagnitude,
              (2.0).nextDown, 1 - 0x1p-30, 1 - 1.0 / 64, 1 - 1.0 / 64 - 0x1p-50, Double.pi]
        let l: [Double], bound: Double
        switch kernel {
        case .avx512: l = try #require(Reductions.avx512Log(x)); bound = 1
        case .portable: l = x.map(Reductions.tableLogScalar); bound = 2
        case .automatic: Issue.record("RatioKernel.available lists concrete kernels only"); return
        }
        var worst = 0.0, worstAt = 0.0
        for i in x.indices {
            let e = ulps(l[i], Foundation.log(x[i]))
            if e > worst { worst = e; worstAt = x[i] }
        }
        print("\(kernel) log max error vs Foundation.log over \(x.count) values: \(worst) ulp at x = \(worstAt)")
        #expect(worst <= bound, "\(kernel): max ulp error \(worst) at \(worstAt)")
        #expect(l[x.count - 13] == 0)  // ln 1 = 0 exactly
    }
}
