// RatioLogKernels: the sample summary and the chunked ratio-log sums of the validating two-pass route of Theil T, MLD and Atkinson (2-thread, deterministic).
import Foundation

/// What one pass over (y, w) reveals: the sums a weighted mean needs and whether the data are clean.
package struct SampleSummary: Sendable {
    /// Σ w and Σ w·y (compensated SIMD lanes: error ≈ eps·|S|, independent of n).
    package let totalWeight: Double, weightedSum: Double
    /// The smallest and largest value.
    package let minimum: Double, maximum: Double
    /// Whether some weight has its sign bit set (a negative weight, or −0.0: the caller's exact scan decides).
    package let weightSignSeen: Bool
}

/// One term of `Reductions.ratioSum` on lanes: f(r, ln r) (ln r is not computed unless `needsLog`).
protocol LaneRatioTerm {
    static var needsLog: Bool { get }
    static func term(_ r: Lanes, _ logR: Lanes) -> Lanes
}

enum RLogRTerm: LaneRatioTerm {
    static var needsLog: Bool { true }
    @inline(__always) static func term(_ r: Lanes, _ l: Lanes) -> Lanes { r * l }
}

enum LogRTerm: LaneRatioTerm {
    static var needsLog: Bool { true }
    @inline(__always) static func term(_ r: Lanes, _ l: Lanes) -> Lanes { l }
}

enum SqrtRMinusOneTerm: LaneRatioTerm {
    static var needsLog: Bool { false }
    @inline(__always) static func term(_ r: Lanes, _ l: Lanes) -> Lanes { (r - 1) / (r.squareRoot() + 1) }
}

enum InverseRMinusOneTerm: LaneRatioTerm {
    static var needsLog: Bool { false }
    @inline(__always) static func term(_ r: Lanes, _ l: Lanes) -> Lanes { (1 - r) / r }
}

/// The term summed by `Reductions.ratioSum`, r = y/μ.
package enum RatioTerm: Sendable {
    /// w·r·ln r (Theil T).
    case rLogR
    /// w·ln r (mean log deviation, Atkinson ε = 1).
    case logR
    /// w·(√r − 1) (Atkinson ε = ½).
    case sqrtRMinusOne
    /// w·(1/r − 1) = w·(1 − r)/r (Atkinson ε = 2); needs y > 0.
    case inverseRMinusOne
}

extension Reductions {
    /// Elements per chunk of the parallel kernels. Chunk boundaries, and the order in which chunk
    /// results are combined, depend only on n, so results are bit-identical for any thread count.
    package static let chunkSize = 1 << 18

    /// Runs `body` on each chunk (concurrently unless `threads` is 1) and returns the per-chunk
    /// results in chunk order.
    static func chunked<T>(_ n: Int, threads: Int = 2, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = max(1, (n + chunkSize - 1) / chunkSize)
        return Parallel.map(chunks, threads: threads) { c in body(c * chunkSize..<min(n, (c + 1) * chunkSize)) }
    }

    /// Σw, Σw·y, min y, max y and the weights' sign bits in one SIMD pass (no validation: the caller
    /// treats non-finite sums or a sign bit as "scan exactly").
    package static func sampleSummary(values: [Double], weights: [Double], threads: Int = 2) -> SampleSummary {
        precondition(values.count == weights.count && !values.isEmpty, "sampleSummary: paired, non-empty input")
        let n = values.count
        let parts = values.withUnsafeBufferPointer { yb in
            weights.withUnsafeBufferPointer { wb in
                chunked(n, threads: threads) { range -> (CompensatedLanes, CompensatedLanes, Lanes, Lanes, SignFlags) in
                    var sw = CompensatedLanes(), swy = CompensatedLanes(), flags = SignFlags()
                    let first = Lanes(repeating: yb[range.lowerBound])
                    var lo = first, hi = first
                    var i = range.lowerBound
                    while i + laneWidth <= range.upperBound {
                        let wv = wb.lanes(at: i), yv = yb.lanes(at: i)
                        flags.record(wv)
                        sw.add(wv)
                        swy.add(wv * yv)
                        lo = laneMin(lo, yv)
                        hi = laneMax(hi, yv)
                        i += laneWidth
                    }
                    var tail = Lanes(), tailW = Lanes(), k = 0
                    while i < range.upperBound {
                        tail[k] = yb[i]; tailW[k] = wb[i]
                        lo[k] = Swift.min(lo[k], yb[i]); hi[k] = Swift.max(hi[k], yb[i])
                        i += 1; k += 1
                    }
                    flags.record(tailW)
                    sw.add(tailW)
                    swy.add(tailW * tail)
                    return (sw, swy, lo, hi, flags)
                }
            }
        }
        var sw = 0.0, swy = 0.0, lo = Double.infinity, hi = -Double.infinity, signs = false
        var cw = 0.0, cwy = 0.0
        for p in parts {
            (sw, cw) = twoSumAdd(sw, cw, p.0.total)
            (swy, cwy) = twoSumAdd(swy, cwy, p.1.total)
            lo = Swift.min(lo, p.2.min())
            hi = Swift.max(hi, p.3.max())
            signs = signs || p.4.anySet
        }
        return SampleSummary(totalWeight: sw + cw, weightedSum: swy + cwy, minimum: lo, maximum: hi, weightSignSeen: signs)
    }

    /// The second pass of the validating route (input `ratioMoments` declines, e.g. −0.0 weights or sums
    /// near overflow; the exact mean is known from the first):
    /// one of `Σ w·r·ln r`, `Σ w·ln r`, `Σ w·(√r − 1)` or `Σ w·(1/r − 1)` with `r = y·(1/μ)`, in one vectorised pass
    /// (`tableLog`, measured error at most 1 ulp per logarithm; compensated sums; chunks over two threads).
    /// Zeros contribute 0 to `.rLogR` (0·ln 0 = 0) and −1 to `.sqrtRMinusOne`; `.logR` callers reject
    /// zeros first. `√r − 1` is formed as `(r − 1)/(√r + 1)`, without cancellation. Validated input:
    /// y ≥ 0 finite, w ≥ 0 finite, μ > 0. Ratios below the smallest normal double take libm's `log`.
    /// `threads` 1 runs the chunks one after another (the result is the same bit for bit).
    package static func ratioSum(_ term: RatioTerm, values: [Double], weights: [Double], mean: Double, threads: Int = 2) -> Double {
        switch term {
        case .rLogR: return ratioKernel(RLogRTerm.self, values, weights, mean, threads)
        case .logR: return ratioKernel(LogRTerm.self, values, weights, mean, threads)
        case .sqrtRMinusOne: return ratioKernel(SqrtRMinusOneTerm.self, values, weights, mean, threads)
        case .inverseRMinusOne: return ratioKernel(InverseRMinusOneTerm.self, values, weights, mean, threads)
        }
    }

    /// Σ w·f(r, ln r) over chunks; generic over the term type so that each term is specialised and
    /// inlined into the lane loop (a closure parameter was left as a call per step).
    private static func ratioKernel<T: LaneRatioTerm>(_: T.Type, _ values: [Double], _ weights: [Double], _ mean: Double,
                                                      _ threads: Int) -> Double {
        let needsLog = T.needsLog
        let n = values.count
        let inv = Lanes(repeating: 1 / mean)
        let parts = values.withUnsafeBufferPointer { yb in
            weights.withUnsafeBufferPointer { wb in
                chunked(n, threads: threads) { range -> CompensatedLanes in
                    var acc = CompensatedLanes()
                    var i = range.lowerBound
                    while i + laneWidth <= range.upperBound {
                        let r = yb.lanes(at: i) * inv
                        acc.add(wb.lanes(at: i) * T.term(r, needsLog ? logLanes(r) : r))
                        i += laneWidth
                    }
                    if i < range.upperBound {
                        var r = Lanes(repeating: 1), wv = Lanes(), k = 0
                        while i < range.upperBound { r[k] = yb[i] * inv[0]; wv[k] = wb[i]; i += 1; k += 1 }
                        acc.add(wv * T.term(r, needsLog ? logLanes(r) : r))
                    }
                    return acc
                }
            }
        }
        var s = 0.0, e = 0.0, plain = 0.0
        for p in parts { (s, e) = twoSumAdd(s, e, p.total); plain += p.sum.sum() }
        // An infinite term makes the compensation ∞ − ∞ = NaN; the plain sum then carries the ±∞ (or NaN).
        return (s + e).isFinite ? s + e : plain
    }

    /// ln r per lane: `tableLog`, or libm where a lane is zero, subnormal or infinite (a ratio that
    /// overflowed); ln 0 is taken as 0: the callers multiply it by r = 0 or have rejected zeros.
    @inline(__always)
    static func logLanes(_ r: Lanes) -> Lanes {
        if any((r .< Lanes(repeating: Double.leastNormalMagnitude)) .| (r .> Lanes(repeating: Double.greatestFiniteMagnitude))) {
            var s = Lanes()
            for k in 0..<laneWidth { s[k] = r[k] > 0 ? Foundation.log(r[k]) : 0 }
            return s
        }
        return tableLog(r)
    }

    /// Lane-wise minimum and maximum written per lane: the standard library's generic `pointwiseMin`/
    /// `pointwiseMax` were not inlined here (a call per step); these compile to `minpd`/`maxpd`.
    @inline(__always)
    static func laneMin(_ a: Lanes, _ b: Lanes) -> Lanes {
        Lanes(b[0] < a[0] ? b[0] : a[0], b[1] < a[1] ? b[1] : a[1], b[2] < a[2] ? b[2] : a[2], b[3] < a[3] ? b[3] : a[3])
    }

    @inline(__always)
    static func laneMax(_ a: Lanes, _ b: Lanes) -> Lanes {
        Lanes(b[0] > a[0] ? b[0] : a[0], b[1] > a[1] ? b[1] : a[1], b[2] > a[2] ? b[2] : a[2], b[3] > a[3] ? b[3] : a[3])
    }

    /// Adds `x` to the running (sum, error) pair by TwoSum.
    @inline(__always)
    static func twoSumAdd(_ s: Double, _ e: Double, _ x: Double) -> (Double, Double) {
        let t = s + x
        let z = t - s
        return (t, e + ((s - (t - z)) + (x - z)))
    }
}
