// LaneExp: the table-driven SIMD exponential (Tang's method, 64-entry table, no division) and the lane expit.
import Foundation

/// 2^(j/64) for j = 0..<64, in one never-freed allocation so the lane gathers index a raw pointer.
/// Each entry is Foundation's `exp2` (within 1 ulp; the tests bound the error of ``laneExp(_:)`` as a whole).
nonisolated(unsafe) let expTablePointer: UnsafePointer<Double> = {
    let p = UnsafeMutablePointer<Double>.allocate(capacity: 64)
    for j in 0..<64 { (p + j).initialize(to: Foundation.exp2(Double(j) / 64)) }
    return UnsafePointer(p)
}()

/// ln 2 / 64 split as hi + lo, hi with its low 21 bits zero (fdlibm's split of ln 2, divided by 64), so
/// that n·hi is exact for every |n| < 2²¹ (|n| ≤ 65,500 here).
private let ln2Over64Hi = 6.93147180369123816490e-01 / 64
private let ln2Over64Lo = 1.90821492927058770002e-10 / 64

/// The lanes where ``laneExpInRange(_:table:)`` applies: −708 ≤ x ≤ 709 (false for NaN).
let laneExpRange: ClosedRange<Double> = -708...709

/// e^x on every lane.
///
/// Algorithm (Tang 1989): n = round(64·x/ln 2), x = n·(ln 2/64) + r with |r| ≤ ln 2/128 ≈ 0.0054
/// (x − n·hi is exact; subtracting n·lo rounds once, below 0.01 ulp of the result), n = 64·m + j, and
///
///     e^x = 2^m · 2^(j/64) · e^r,   e^r − 1 = p(r) = r + r²/2 + r³/6 + r⁴/24 + r⁵/120,
///
/// evaluated as `2^m · (T_j + T_j·p(r))`, 2^m formed in the exponent bits. Error budget: the series
/// truncation r⁶/720 ≤ 3.4·10⁻¹⁷ (0.15 ulp); T_j as rounded by `exp2`; p(r) is multiplied by T_j and added
/// to it, so its own rounding weighs |p| ≤ 0.0054 of an ulp; the final addition rounds once. The
/// tests measure the error against Foundation's `exp` over 400,000 points of [−708, 709] (≤ 1 ulp apart).
///
/// Lanes outside [−708, 709] (results that overflow, are subnormal or underflow) and NaN lanes are
/// computed by Foundation's `exp`, so the result is e^x with IEEE special values on every lane.
/// Uses no fused multiply-add: on the baseline x86-64 target `addProduct` is a library call.
///
/// Reference: Tang (1989) "Table-driven implementation of the exponential function in IEEE
/// floating-point arithmetic", ACM TOMS 15(2), 144–157; Muller (2016) *Elementary Functions*, ch. 6.
@inline(__always)
func laneExp(_ x: Lanes) -> Lanes {
    let inRange = (x .>= Lanes(repeating: laneExpRange.lowerBound)) .& (x .<= Lanes(repeating: laneExpRange.upperBound))
    if all(inRange) { return laneExpInRange(x, table: expTablePointer) }
    var out = Lanes()
    for lane in 0..<laneWidth { out[lane] = Foundation.exp(x[lane]) }
    return out
}

/// ``laneExp(_:)`` without the range check, for callers that know every lane is in [−708, 709]
/// (outside it the result is wrong, not trapped); `table` is ``expTablePointer``, passed so that loops
/// read the global once.
@inline(__always)
func laneExpInRange(_ x: Lanes, table: UnsafePointer<Double>) -> Lanes {
    // n = round(64x/ln 2) by the 1.5·2⁵² shifter: the low mantissa bits of `shifted` hold 2⁵¹ + n.
    let shifter = Lanes(repeating: 0x1.8p52)
    let shifted = x * Lanes(repeating: 64 / 0.693147180559945309417232121458) + shifter
    let n = shifted - shifter
    let r = (x - n * Lanes(repeating: ln2Over64Hi)) - n * Lanes(repeating: ln2Over64Lo)
    let bits = unsafeBitCast(shifted, to: LaneBits.self)
    let j = bits & LaneBits(repeating: 63)
    // 2^m in the exponent field: (bits with j cleared) << 46 is m·2⁵² (the shifter's bits fall off the top).
    let scale = unsafeBitCast(((bits & LaneBits(repeating: ~63)) &<< 46) &+ LaneBits(repeating: 1023 << 52),
                              to: Lanes.self)
    let t = Lanes(table[Int(truncatingIfNeeded: j[0])], table[Int(truncatingIfNeeded: j[1])],
                  table[Int(truncatingIfNeeded: j[2])], table[Int(truncatingIfNeeded: j[3])])
    let r2 = r * r
    let c3 = Lanes(repeating: 1.0 / 6), c4 = Lanes(repeating: 1.0 / 24), c5 = Lanes(repeating: 1.0 / 120)
    let p: Lanes = r + r2 * (Lanes(repeating: 0.5) + r * c3 + r2 * (c4 + r * c5))
    return scale * (t + t * p)
}

/// The inverse logit on every lane, in the two forms of the scalar inverse link of the PHE SII:
/// for η > 0, 1/(1 + e^(−η)); otherwise e^η/(1 + e^η), both from e = e^(−|η|) ≤ 1 so neither
/// overflows. One division: q = 1/(1 + e), then q or e·q (the second form rounds once more than the
/// scalar e/(1 + e)); with the exponential's 1 ulp the result is within 3 ulp of the scalar forms (tested).
/// `exp` is ``laneExp(_:)`` or an in-range form.
@inline(__always)
func laneExpit(_ eta: Lanes, exp: (Lanes) -> Lanes) -> Lanes {
    let positive = eta .> Lanes(repeating: 0)
    let e = exp(eta.replacing(with: -eta, where: positive))
    let q = Lanes(repeating: 1) / (Lanes(repeating: 1) + e)
    return (e * q).replacing(with: q, where: positive)
}
