// SumKernels: the SIMD compensated loops over contiguous buffers (internal; validated by the callers).
import Foundation

/// The pointer loops. Each reads its buffers once, `laneWidth` elements at a time, and accumulates into
/// `CompensatedLanes`; the last `n mod laneWidth` elements are padded with a neutral value. Each has a plain
/// scalar twin in `ScalarReference` that the tests compare against. Weighted kernels also OR the
/// weights' sign bits (`SignFlags`) so that callers can reject negative weights without a second pass.
enum SumKernels {
    typealias Buffer = UnsafeBufferPointer<Double>

    /// Σ y.
    static func sum(_ y: Buffer) -> Double {
        var acc = CompensatedLanes()
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            acc.add(y.lanes(at: i))
            i += laneWidth
        }
        if i < n { acc.add(y.lanesTail(from: i, padding: 0)) }
        return acc.total
    }

    /// Σ w·y (products rounded once each, then summed with compensation).
    static func dot(_ w: Buffer, _ y: Buffer) -> (wy: Double, signs: Bool) {
        var acc = CompensatedLanes()
        var flags = SignFlags()
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            let wv = w.lanes(at: i)
            flags.record(wv)
            acc.add(wv * y.lanes(at: i))
            i += laneWidth
        }
        if i < n {
            let wv = w.lanesTail(from: i, padding: 0)
            flags.record(wv)
            acc.add(wv * y.lanesTail(from: i, padding: 0))
        }
        return (acc.total, flags.anySet)
    }

    /// (Σ w, Σ w·y) in one pass.
    static func weightedSums(_ w: Buffer, _ y: Buffer) -> (w: Double, wy: Double, signs: Bool) {
        var sw = CompensatedLanes(), swy = CompensatedLanes()
        var flags = SignFlags()
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            let wv = w.lanes(at: i)
            flags.record(wv)
            sw.add(wv)
            swy.add(wv * y.lanes(at: i))
            i += laneWidth
        }
        if i < n {
            let wv = w.lanesTail(from: i, padding: 0)
            flags.record(wv)
            sw.add(wv)
            swy.add(wv * y.lanesTail(from: i, padding: 0))
        }
        return (sw.total, swy.total, flags.anySet)
    }

    /// (Σ w, Σ w·y, Σ w·y²) in one pass; `w·y²` is evaluated as `(w·y)·y`.
    static func weightedMoments(_ w: Buffer, _ y: Buffer) -> (w: Double, wy: Double, wy2: Double, signs: Bool) {
        var sw = CompensatedLanes(), swy = CompensatedLanes(), swy2 = CompensatedLanes()
        var flags = SignFlags()
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            let wv = w.lanes(at: i), yv = y.lanes(at: i)
            flags.record(wv)
            let p = wv * yv
            sw.add(wv)
            swy.add(p)
            swy2.add(p * yv)
            i += laneWidth
        }
        if i < n {
            let wv = w.lanesTail(from: i, padding: 0), yv = y.lanesTail(from: i, padding: 0)
            flags.record(wv)
            let p = wv * yv
            sw.add(wv)
            swy.add(p)
            swy2.add(p * yv)
        }
        return (sw.total, swy.total, swy2.total, flags.anySet)
    }

    /// (Σ (y−m), Σ (y−m)²): the second pass of the two-pass variance.
    static func centered(_ y: Buffer, about m: Double) -> (d: Double, d2: Double) {
        var sd = CompensatedLanes(), sd2 = CompensatedLanes()
        let mv = Lanes(repeating: m)
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            let d = y.lanes(at: i) - mv
            sd.add(d)
            sd2.add(d * d)
            i += laneWidth
        }
        if i < n {
            let d = y.lanesTail(from: i, padding: m) - mv
            sd.add(d)
            sd2.add(d * d)
        }
        return (sd.total, sd2.total)
    }

    /// (Σ w·(y−m), Σ w·(y−m)²): the second pass of the weighted two-pass variance.
    static func centeredWeighted(_ w: Buffer, _ y: Buffer, about m: Double) -> (wd: Double, wd2: Double) {
        var sd = CompensatedLanes(), sd2 = CompensatedLanes()
        let mv = Lanes(repeating: m)
        let n = y.count
        var i = 0
        while i + laneWidth <= n {
            let d = y.lanes(at: i) - mv
            let wd = w.lanes(at: i) * d
            sd.add(wd)
            sd2.add(wd * d)
            i += laneWidth
        }
        if i < n {
            let d = y.lanesTail(from: i, padding: m) - mv
            let wd = w.lanesTail(from: i, padding: 0) * d
            sd.add(wd)
            sd2.add(wd * d)
        }
        return (sd.total, sd2.total)
    }

    /// Σ_{i < n−1} (y_i − m)(y_{i+1} − m): the lag-1 autocovariance sum.
    static func lag1(_ y: Buffer, about m: Double) -> Double {
        var acc = CompensatedLanes()
        let mv = Lanes(repeating: m)
        let n = y.count
        guard n >= 2 else { return 0 }
        var i = 0
        while i + laneWidth + 1 <= n {
            acc.add((y.lanes(at: i) - mv) * (y.lanes(at: i + 1) - mv))
            i += laneWidth
        }
        if i < n - 1 {
            // Lanes 0..<(n-1-i) pair y[i+k] with y[i+k+1]; the lane holding y[n-1] meets the padding m.
            let a = y.lanesTail(from: i, padding: m) - mv
            let b = y.lanesTail(from: i + 1, padding: m) - mv
            acc.add(a * b)
        }
        return acc.total
    }

    /// (Σ w, Σ w·y, Σ w·y·ln y) for validated `y >= 0`; terms with `y == 0` contribute 0 to the
    /// third sum (the caller has already applied its zero-value policy). `ln` is scalar (libm).
    static func logSums(_ w: Buffer, _ y: Buffer) -> (w: Double, wy: Double, wylny: Double) {
        var sw = CompensatedLanes(), swy = CompensatedLanes(), sl = CompensatedLanes()
        let n = y.count
        var i = 0
        while i < n {
            let wv = i + laneWidth <= n ? w.lanes(at: i) : w.lanesTail(from: i, padding: 0)
            let yv = i + laneWidth <= n ? y.lanes(at: i) : y.lanesTail(from: i, padding: 1)
            let p = wv * yv
            var l = Lanes()
            for k in 0..<laneWidth where yv[k] > 0 { l[k] = Foundation.log(yv[k]) }
            sw.add(wv)
            swy.add(p)
            sl.add(p * l)
            i += laneWidth
        }
        return (sw.total, swy.total, sl.total)
    }

    /// (Σ w, Σ w·y, Σ w·y^a) for validated `y` (`y >= 0`, and `y > 0` when `a <= 0`).
    /// `y^a` is libm's `pow` (scalar); `a == 1` and `a == 2` use exact products instead.
    static func powerSums(_ w: Buffer, _ y: Buffer, exponent a: Double) -> (w: Double, wy: Double, wya: Double) {
        if a == 2 {
            let m = weightedMoments(w, y)
            return (m.w, m.wy, m.wy2)
        }
        var sw = CompensatedLanes(), swy = CompensatedLanes(), sp = CompensatedLanes()
        let n = y.count
        var i = 0
        while i < n {
            let wv = i + laneWidth <= n ? w.lanes(at: i) : w.lanesTail(from: i, padding: 0)
            let yv = i + laneWidth <= n ? y.lanes(at: i) : y.lanesTail(from: i, padding: 1)
            var ya = Lanes()
            if a == 1 {
                ya = yv
            } else {
                for k in 0..<laneWidth { ya[k] = Foundation.pow(yv[k], a) }
            }
            sw.add(wv)
            swy.add(wv * yv)
            sp.add(wv * ya)
            i += laneWidth
        }
        return (sw.total, swy.total, sp.total)
    }
}
