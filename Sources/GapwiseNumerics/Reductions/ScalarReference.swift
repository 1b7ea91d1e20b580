// ScalarReference: plain one-element-at-a-time loops that the tests hold the SIMD kernels against.
import Foundation

/// The obvious scalar loops, one per kernel in `SumKernels`, written for clarity and sharing no code
/// with the kernels. They use naive recursive summation, whose error bound grows like
/// `(n-1) eps sum|x|` (Higham 2002, "Accuracy and Stability of Numerical Algorithms", 2nd ed., §4.2), so
/// the tests compare kernels and references within that bound; the *accuracy* tests compare the
/// kernels with exact sums instead. Not for production use.
package enum ScalarReference {
    package static func sum(_ y: [Double]) -> Double {
        var s = 0.0
        for v in y { s += v }
        return s
    }

    package static func dot(_ w: [Double], _ y: [Double]) -> Double {
        var s = 0.0
        for i in y.indices { s += w[i] * y[i] }
        return s
    }

    package static func weightedSums(_ w: [Double], _ y: [Double]) -> (w: Double, wy: Double) {
        var a = 0.0, b = 0.0
        for i in y.indices {
            a += w[i]
            b += w[i] * y[i]
        }
        return (a, b)
    }

    package static func weightedMoments(_ w: [Double], _ y: [Double]) -> (w: Double, wy: Double, wy2: Double) {
        var a = 0.0, b = 0.0, c = 0.0
        for i in y.indices {
            a += w[i]
            b += w[i] * y[i]
            c += w[i] * y[i] * y[i]
        }
        return (a, b, c)
    }

    package static func centered(_ y: [Double], about m: Double) -> (d: Double, d2: Double) {
        var a = 0.0, b = 0.0
        for v in y {
            a += v - m
            b += (v - m) * (v - m)
        }
        return (a, b)
    }

    package static func centeredWeighted(_ w: [Double], _ y: [Double], about m: Double) -> (wd: Double, wd2: Double) {
        var a = 0.0, b = 0.0
        for i in y.indices {
            a += w[i] * (y[i] - m)
            b += w[i] * (y[i] - m) * (y[i] - m)
        }
        return (a, b)
    }

    package static func lag1(_ y: [Double], about m: Double) -> Double {
        var s = 0.0
        if y.count < 2 { return 0 }
        for i in 0..<(y.count - 1) { s += (y[i] - m) * (y[i + 1] - m) }
        return s
    }

    /// y == 0 terms contribute 0 to the third sum (0·ln 0 = 0).
    package static func logSums(_ w: [Double], _ y: [Double]) -> (w: Double, wy: Double, wylny: Double) {
        var a = 0.0, b = 0.0, c = 0.0
        for i in y.indices {
            a += w[i]
            b += w[i] * y[i]
            if y[i] > 0 { c += w[i] * y[i] * Foundation.log(y[i]) }
        }
        return (a, b, c)
    }

    package static func powerSums(_ w: [Double], _ y: [Double], exponent a: Double) -> (w: Double, wy: Double, wya: Double) {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0
        for i in y.indices {
            s0 += w[i]
            s1 += w[i] * y[i]
            s2 += w[i] * Foundation.pow(y[i], a)
        }
        return (s0, s1, s2)
    }

    /// Σw, Σw(r − 1) and Σw·f(r) with r = y·(1/c) as the ratio kernels form it (w = 1 when nil), by
    /// Neumaier-compensated scalar sums and Foundation's log: the one plain reference for `RatioMoments`
    /// and the one-pass ratio measures built on it.
    package static func ratioSums(_ term: RatioTerm, _ y: [Double], _ w: [Double]?, _ c: Double) -> (w: Double, d: Double, t: Double) {
        func add(_ s: inout Double, _ e: inout Double, _ x: Double) {
            let t = s + x
            e += Swift.abs(s) >= Swift.abs(x) ? (s - t) + x : (x - t) + s
            s = t
        }
        var sw = 0.0, ew = 0.0, sd = 0.0, ed = 0.0, st = 0.0, et = 0.0
        let inv = 1 / c
        for i in y.indices {
            let wi = w?[i] ?? 1, r = y[i] * inv
            let f: Double
            switch term {
            case .rLogR: f = r == 0 ? 0 : r * Foundation.log(r)
            case .logR: f = Foundation.log(r)
            case .sqrtRMinusOne: f = (r - 1) / (r.squareRoot() + 1)
            case .inverseRMinusOne: f = (1 - r) / r
            }
            add(&sw, &ew, wi)
            add(&sd, &ed, wi * (r - 1))
            add(&st, &et, wi * f)
        }
        return (sw + ew, sd + ed, st + et)
    }
}

extension ScalarReference {
    /// The plain loop behind `StratifiedBootstrap.sums`: replicate by replicate, stratum by stratum, n_j
    /// draws `Int(nextUniform() · n_j)` each, summing a and b.
    package static func stratifiedSums(a: [[Double]], b: [[Double]], replicates: Int, seed: UInt64) -> (a: [Double], b: [Double]) {
        var g = Xoshiro256StarStar(seed: seed)
        var outA: [Double] = [], outB: [Double] = []
        for _ in 0..<replicates {
            for j in a.indices {
                var sa = 0.0, sb = 0.0
                for _ in a[j].indices {
                    let i = Int(g.nextUniform() * Double(a[j].count))
                    sa += a[j][i]
                    sb += b[j][i]
                }
                outA.append(sa)
                outB.append(sb)
            }
        }
        return (outA, outB)
    }
}
