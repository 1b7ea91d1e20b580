// ZigguratNormal: fast standard normal draws from Xoshiro256StarStar by the ziggurat method (128 layers).
import Foundation

/// The 128-layer ziggurat of the standard normal density (Marsaglia & Tsang 2000, in Doornik's
/// double-precision ZIGNOR form): layer boundaries `x[i]` and the ratios `x[i+1]/x[i]`.
@usableFromInline
struct ZigguratTable: Sendable {
    @usableFromInline static let layers = 128
    /// The start of the tail, `R`, and the common layer area `V` for 128 layers (Doornik 2005).
    @usableFromInline static let tailStart = 3.442619855899
    static let area = 9.91256303526217e-3
    @usableFromInline let x: [Double]
    @usableFromInline let ratio: [Double]

    @usableFromInline static let shared = ZigguratTable()

    init() {
        let c = Self.layers, r = Self.tailStart
        var x = [Double](repeating: 0, count: c + 1)
        var f = exp(-0.5 * r * r)
        x[0] = Self.area / f
        x[1] = r
        for i in 2..<c {
            x[i] = (-2 * log(Self.area / x[i - 1] + f)).squareRoot()
            f = exp(-0.5 * x[i] * x[i])
        }
        x[c] = 0
        self.x = x
        ratio = (0..<c).map { x[$0 + 1] / x[$0] }
    }
}

extension RandomGenerators.Xoshiro256StarStar {
    /// A standard normal draw by the ziggurat method: about 98.8% of draws cost one 64-bit output, one
    /// multiply and one comparison; the rest fall back to exact rejection (wedges) or Marsaglia's tail
    /// algorithm beyond `R = 3.4426`. Exact in distribution (up to the 2⁻⁵³ uniform grid), several times
    /// faster than `nextStandardNormal()` (inversion), but draw i is no longer a fixed function of output
    /// i: the number of outputs per draw varies. Bit-reproducible for a given seed.
    ///
    /// The top 53 bits of one output give the signed uniform `u ∈ (−1, 1)`, its low 7 bits the layer.
    ///
    /// - Reference: G. Marsaglia, W. W. Tsang, *The Ziggurat Method for Generating Random Variables*, JSS 5
    ///   (2000); J. A. Doornik, *An Improved Ziggurat Method to Generate Normal Random Samples* (2005).
    @inlinable
    public mutating func nextZigguratNormal() -> Double {
        let t = ZigguratTable.shared
        return t.x.withUnsafeBufferPointer { x in
            t.ratio.withUnsafeBufferPointer { r in nextZigguratNormal(x: x, ratio: r) }
        }
    }

    /// `nextZigguratNormal()` with the table's buffers passed in (hoisted out of loops by bulk callers).
    @inlinable @inline(__always)
    package mutating func nextZigguratNormal(x tx: UnsafeBufferPointer<Double>, ratio: UnsafeBufferPointer<Double>) -> Double {
        while true {
            let bits = next()
            // 2·((k + ½)·2⁻⁵³) − 1, with the two exact scalings by powers of two folded into one.
            let u = (Double(bits >> 11) + 0.5) * 0x1p-52 - 1
            let i = Int(bits & 127)
            if abs(u) < ratio[i] { return u * tx[i] }
            // The slow path works on a copy, so that `self` never has its address taken in the hot loop
            // and its state stays in registers (about 13% faster in bulk fills; the same draws).
            var g = self
            let v = g.zigguratSlowPath(u: u, layer: i, x: tx)
            self = g
            if let v { return v }
        }
    }

    /// The base layer's tail and the wedges: a draw, or nil to start again (about 1.2% of calls).
    @usableFromInline
    mutating func zigguratSlowPath(u: Double, layer i: Int, x tx: UnsafeBufferPointer<Double>) -> Double? {
        if i == 0 {
            // Tail beyond R (Marsaglia 1964).
            var a: Double, b: Double
            repeat {
                a = -log(nextOpenUniform()) / ZigguratTable.tailStart
                b = -log(nextOpenUniform())
            } while b + b < a * a
            return u < 0 ? -(ZigguratTable.tailStart + a) : ZigguratTable.tailStart + a
        }
        let x = u * tx[i]
        let f0 = exp(-0.5 * (tx[i] * tx[i] - x * x)), f1 = exp(-0.5 * (tx[i + 1] * tx[i + 1] - x * x))
        return f1 + nextUniform() * (f0 - f1) < 1 ? x : nil
    }
}
