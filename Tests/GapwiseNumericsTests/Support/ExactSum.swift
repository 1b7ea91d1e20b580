// ExactSum: correctly rounded reference sums (Shewchuk's partials, as in Python's math.fsum) for the accuracy tests.
import Foundation

/// Exact summation references, independent of the kernels under test.
enum Exact {
    /// The correctly rounded sum of `xs`: Shewchuk (1997), "Adaptive precision floating-point
    /// arithmetic and fast robust geometric predicates", Discrete Comput. Geom. 18; the same algorithm
    /// and final half-way rounding step as CPython's `math.fsum`.
    static func sum(_ xs: [Double]) -> Double {
        var partials = [Double](repeating: 0, count: 64)  // at most ~40 non-overlapping partials for Doubles
        var count = 0
        for value in xs {
            var x = value
            var i = 0
            for j in 0..<count {
                var y = partials[j]
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            partials[i] = x
            count = i + 1
        }
        partials.removeSubrange(count...)
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }

    /// `a·b = p + e` exactly (TwoProduct with a fused multiply-add; slow on baseline x86-64, fine here).
    static func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        let p = a * b
        return (p, fma(a, b, -p))
    }

    /// The correctly rounded `Σ w_i·y_i`.
    static func dot(_ w: [Double], _ y: [Double]) -> Double {
        var terms: [Double] = []
        terms.reserveCapacity(2 * y.count)
        for i in y.indices {
            let (p, e) = twoProduct(w[i], y[i])
            terms.append(p)
            terms.append(e)
        }
        return sum(terms)
    }

    /// The correctly rounded `Σ w_i·y_i²` (y² = s + t exactly, then w·s and w·t exactly).
    static func dotSquares(_ w: [Double], _ y: [Double]) -> Double {
        var terms: [Double] = []
        terms.reserveCapacity(4 * y.count)
        for i in y.indices {
            let (s, t) = twoProduct(y[i], y[i])
            let (p1, e1) = twoProduct(w[i], s)
            let (p2, e2) = twoProduct(w[i], t)
            terms += [p1, e1, p2, e2]
        }
        return sum(terms)
    }

    /// Σ|x_i|, the scale of the absolute error bounds.
    static func absSum(_ xs: [Double]) -> Double { sum(xs.map { abs($0) }) }
}

/// The accuracy bounds the tests assert, with `eps = 2^-53` (unit roundoff).
enum Bound {
    static let eps = Double.ulpOfOne / 2

    /// First-order bound logarithmic in n: `|error| <= (log2(n + 2) + 1)·eps·Σ|x|`. A plain loop's
    /// worst case is `(n − 1)·eps·Σ|x|` (Higham 2002, §4.2), linear in n.
    static func logarithmic(n: Int, absSum: Double) -> Double {
        (log2(Double(n) + 2) + 1) * eps * absSum
    }

    /// The compensated-sum bound (Ogita, Rump, Oishi 2005, Sum2): `eps·|S| + gamma(m)²·Σ|x|`, with
    /// `m = n/2 + 16` additions in the longest chain (conservative: any lane width >= 2) and `gamma(m) = m·eps/(1 − m·eps)`; plus
    /// `extra·eps·Σ|x|` for products rounded once before summation (extra = 1 per rounding), and the
    /// 0.5 ulp of the correctly rounded reference itself.
    static func compensated(n: Int, exact: Double, absSum: Double, productRoundings extra: Double = 0) -> Double {
        let m = Double(n) / 2 + 16
        let gamma = m * eps / (1 - m * eps)
        return 2 * eps * abs(exact) + (gamma * gamma + extra * eps) * absSum
    }

    /// The naive (recursive summation) bound `(n + extra)·eps·Σ|x|`, for kernel-vs-plain-loop checks
    /// (each side has at most that error, so the difference is at most twice it).
    static func naive(n: Int, absSum: Double, extra: Double = 1) -> Double {
        2 * (Double(n) + extra) * eps * absSum * 1.01
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator so the tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeded test data.
enum TestData {
    static let sizes = [0, 1, 7, 8, 9, 1000, 1_000_000]

    /// Values `±u·10^k`, u uniform in [1, 10), k uniform in [−3, 3]: mixed signs and magnitudes.
    static func values(_ n: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<n).map { _ in
            let u = Double.random(in: 1..<10, using: &g)
            let k = Double(Int.random(in: -3...3, using: &g))
            return (Bool.random(using: &g) ? 1 : -1) * u * pow(10, k)
        }
    }

    /// Positive values in [0.01, 100) (for logs and powers).
    static func positive(_ n: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<n).map { _ in pow(10, Double.random(in: -2..<2, using: &g)) }
    }

    /// Weights in [0, 1000), with about one in ten exactly zero.
    static func weights(_ n: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<n).map { _ in Int.random(in: 0..<10, using: &g) == 0 ? 0 : Double.random(in: 0..<1000, using: &g) }
    }
}
