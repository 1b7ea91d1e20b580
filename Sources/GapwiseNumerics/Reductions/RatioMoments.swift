// RatioMoments: the one-pass sums behind Theil T, MLD and Atkinson (ε = ½, 1, 2), against a reference value from a subsample.
import _GapwiseKernels

/// What one pass over (y, w) gives for the ratios r = y/c to a reference value c: the weight, the
/// deviation Σw(r − 1) that locates the mean, the term Σw·f(r), the range and the weights' sign bits.
///
/// With ρ = μ/c = 1 + Σw(r − 1)/Σw, every ratio-log measure follows without a second pass, e.g.
/// Theil T = Σw r ln r/(Σw·ρ) − ln ρ and MLD = ln ρ − Σw ln r/Σw. Because c is the weighted mean of a
/// fixed subsample, ρ is close to 1 (within the subsample's sampling error), so these forms lose no more
/// to cancellation than the two-pass forms with the exact mean.
package struct RatioMoments: Sendable, Equatable {
    /// The reference value c (> 0).
    package let reference: Double
    /// Σ w.
    package let totalWeight: Double
    /// Σ w (r − 1).
    package let deviation: Double
    /// Σ w f(r).
    package let termSum: Double
    /// The smallest and largest value y (NaN values are not counted here; the sums carry them).
    package let minimum: Double, maximum: Double
    /// Whether some weight has its sign bit set (negative, or −0.0).
    package let weightSignSeen: Bool

    /// ρ − 1 = Σw(r − 1)/Σw: the weighted mean over the reference, minus one.
    package var meanExcess: Double { deviation / totalWeight }
    /// Σ w f(r) / Σ w.
    package var termMean: Double { termSum / totalWeight }
    /// The weighted mean μ = c·ρ.
    package var mean: Double { reference * (1 + meanExcess) }
}

/// Which implementation of the pass to run.
package enum RatioKernel: Sendable, Hashable, CustomStringConvertible {
    /// The AVX-512 kernel where the CPU has it (x86-64 with AVX-512 F and DQ), else the portable one.
    case automatic
    /// The AVX-512 kernel of `_GapwiseKernels`; only where `Reductions.hasAVX512Kernels` (a precondition).
    case avx512
    /// The Swift SIMD kernel (`tableLog`), on every platform.
    case portable

    /// The kernels this CPU runs, AVX-512 first where present: what the tests sweep.
    package static var available: [RatioKernel] { Reductions.hasAVX512Kernels ? [.avx512, .portable] : [.portable] }

    /// The kernel that runs for `self` on this CPU (`.automatic` resolved).
    package var resolved: RatioKernel {
        self == .automatic ? (Reductions.hasAVX512Kernels ? .avx512 : .portable) : self
    }

    package var description: String {
        switch self {
        case .automatic: return "automatic"
        case .avx512: return "AVX-512"
        case .portable: return "portable"
        }
    }
}

extension Reductions {
    /// Whether this machine runs the AVX-512 kernels of `_GapwiseKernels`.
    package static var hasAVX512Kernels: Bool { gw_avx512_available() == 1 }

    /// The reference value c of `ratioMoments`: the weighted mean of at most 1,024 values taken at a
    /// fixed stride (the same for every thread count), or their plain mean when those weights sum to 0;
    /// nil when neither is positive and finite with a finite reciprocal.
    package static func ratioReference(values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        let stride = Swift.max(1, n / 1024)
        var sw = 0.0, swy = 0.0, sy = 0.0, k = 0.0
        var i = 0
        while i < n {
            let w = weights?[i] ?? 1
            sw += w
            swy += w * values[i]
            sy += values[i]
            k += 1
            i += stride
        }
        func usable(_ c: Double) -> Bool { c > 0 && c.isFinite && (1 / c).isFinite && (1 / c) > 0 }
        if sw > 0, usable(swy / sw) { return swy / sw }
        if usable(sy / k) { return sy / k }
        return nil
    }

    /// Σw, Σw(r − 1), Σw·f(r), the range of y and the weights' sign bits in one pass, r = y/c with c from
    /// `ratioReference` (nil when there is no usable reference). Weight 1 when `weights` is nil.
    ///
    /// No validation: a caller treats non-finite sums, a sign bit or an out-of-domain range as "take
    /// the validating route". Sums are compensated (per lane, and across chunks in chunk order), so
    /// each errs by about eps·|S| + 4·eps·Σ|terms|; chunks of `chunkSize` run on up to `threads` threads
    /// and the result is bit-identical for any thread count. `kernel: .automatic` uses the AVX-512
    /// kernel where the CPU has it (its logarithm is within 1 ulp of libm's in the tests); results then
    /// differ from the portable kernel's in the last bits.
    package static func ratioMoments(_ term: RatioTerm, values: [Double], weights: [Double]?, threads: Int = 2,
                                     kernel: RatioKernel = .automatic) -> RatioMoments? {
        precondition(weights == nil || weights!.count == values.count, "ratioMoments: paired input")
        precondition(kernel != .avx512 || hasAVX512Kernels, "ratioMoments: the AVX-512 kernel on a CPU without AVX-512")
        let useAVX512 = kernel.resolved == .avx512
        return values.withUnsafeBufferPointer { yb in
            withOptionalBuffer(weights) { wb in
                guard let c = ratioReference(values: yb, weights: wb) else { return nil }
                let inv = 1 / c
                let parts = chunked(yb.count, threads: threads) { range -> gw_ratio_part in
                    useAVX512 ? avx512Part(term, yb, wb, range, inv) : portablePart(term, yb, wb, range, inv)
                }
                var w = (0.0, 0.0), d = (0.0, 0.0), t = (0.0, 0.0)
                var lo = Double.infinity, hi = -Double.infinity, bits: UInt64 = 0
                var plain = 0.0
                for p in parts {
                    w = twoSumAdd(w.0, w.1, p.weight.0); w.1 += p.weight.1
                    d = twoSumAdd(d.0, d.1, p.deviation.0); d.1 += p.deviation.1
                    t = twoSumAdd(t.0, t.1, p.term.0); t.1 += p.term.1
                    plain += p.term.0
                    lo = Swift.min(lo, p.minimum)
                    hi = Swift.max(hi, p.maximum)
                    bits |= p.weight_bits
                }
                // An infinite term makes the compensation ∞ − ∞ = NaN; the plain sum then carries the ±∞.
                let termSum = (t.0 + t.1).isFinite ? t.0 + t.1 : plain
                return RatioMoments(reference: c, totalWeight: w.0 + w.1, deviation: d.0 + d.1, termSum: termSum,
                                    minimum: lo, maximum: hi, weightSignSeen: bits & (1 << 63) != 0)
            }
        }
    }

    private static func withOptionalBuffer<R>(_ a: [Double]?, _ body: (UnsafeBufferPointer<Double>?) -> R) -> R {
        guard let a else { return body(nil) }
        return a.withUnsafeBufferPointer { body($0) }
    }

    private static func cTerm(_ term: RatioTerm) -> gw_ratio_term {
        switch term {
        case .rLogR: return GW_TERM_R_LOG_R
        case .logR: return GW_TERM_LOG_R
        case .sqrtRMinusOne: return GW_TERM_SQRT_R_M1
        case .inverseRMinusOne: return GW_TERM_INV_R_M1
        }
    }

    private static func avx512Part(_ term: RatioTerm, _ y: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<Double>?,
                                   _ range: Range<Int>, _ inv: Double) -> gw_ratio_part {
        var part = gw_ratio_part()
        gw_ratio_sums_avx512(cTerm(term), y.baseAddress! + range.lowerBound,
                             w.map { $0.baseAddress! + range.lowerBound }, range.count, inv, &part)
        return part
    }

    private static func portablePart(_ term: RatioTerm, _ y: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<Double>?,
                                     _ range: Range<Int>, _ inv: Double) -> gw_ratio_part {
        switch term {
        case .rLogR: return portableKernel(RLogRTerm.self, y, w, range, inv)
        case .logR: return portableKernel(LogRTerm.self, y, w, range, inv)
        case .sqrtRMinusOne: return portableKernel(SqrtRMinusOneTerm.self, y, w, range, inv)
        case .inverseRMinusOne: return portableKernel(InverseRMinusOneTerm.self, y, w, range, inv)
        }
    }

    /// The Swift SIMD form of the pass over one chunk (compensated lanes, `tableLog`, libm for lanes that
    /// are zero, subnormal or infinite; padding lanes have r = 1 and weight 0).
    private static func portableKernel<T: LaneRatioTerm>(_: T.Type, _ y: UnsafeBufferPointer<Double>,
                                                         _ w: UnsafeBufferPointer<Double>?, _ range: Range<Int>,
                                                         _ inv: Double) -> gw_ratio_part {
        let invLanes = Lanes(repeating: inv), one = Lanes(repeating: 1)
        var sw = CompensatedLanes(), sd = CompensatedLanes(), st = CompensatedLanes(), flags = SignFlags()
        var lo = Lanes(repeating: .infinity), hi = Lanes(repeating: -.infinity)
        var i = range.lowerBound
        @inline(__always) func add(_ yv: Lanes, _ wv: Lanes, _ live: SIMDMask<SIMD4<Int64>>) {
            let r = yv * invLanes
            let f = T.term(r, T.needsLog ? logLanes(r) : r)
            sw.add(wv)
            sd.add(wv * (r - one))
            st.add(wv * f)
            flags.record(wv)
            lo.replace(with: yv, where: live .& (yv .< lo))
            hi.replace(with: yv, where: live .& (yv .> hi))
        }
        let all = SIMDMask<SIMD4<Int64>>(repeating: true)
        while i + laneWidth <= range.upperBound {
            add(y.lanes(at: i), w?.lanes(at: i) ?? one, all)
            i += laneWidth
        }
        if i < range.upperBound {
            var yv = Lanes(repeating: 1 / inv), wv = Lanes(), live = SIMDMask<SIMD4<Int64>>(repeating: false), k = 0
            while i < range.upperBound { yv[k] = y[i]; wv[k] = w?[i] ?? 1; live[k] = true; i += 1; k += 1 }
            add(yv, wv, live)
        }
        var part = gw_ratio_part()
        part.weight = (sw.total, 0)
        part.deviation = (sd.total, 0)
        part.term = (st.total, 0)
        part.minimum = lo.min()
        part.maximum = hi.max()
        part.weight_bits = flags.bits[0] | flags.bits[1] | flags.bits[2] | flags.bits[3]
        return part
    }

}

extension Reductions {
    /// ln x by the AVX-512 kernels' logarithm, for the accuracy tests; nil where the CPU lacks AVX-512.
    /// Values must be positive, normal and finite.
    package static func avx512Log(_ x: [Double]) -> [Double]? {
        guard hasAVX512Kernels, !x.isEmpty else { return nil }
        var out = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { xb in
            out.withUnsafeMutableBufferPointer { ob in gw_log_avx512(xb.baseAddress!, ob.baseAddress!, xb.count) }
        }
        return out
    }
}
