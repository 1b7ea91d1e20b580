// VectorLog: the fdlibm SIMD logarithm (division-based), kept as the independent lane log that the table-driven `tableLog` is cross-checked against.

/// ln x on every lane, for lanes holding **positive normal finite** doubles (callers mask zeros and
/// route subnormals, infinities and NaN elsewhere).
///
/// Algorithm (Sun fdlibm `e_log.c`, as in musl before 2018): write x = 2^k·(1+f) with 1+f in
/// [√2/2, √2) by integer arithmetic on the bit pattern, then with s = f/(2+f), z = s², R(z) a degree-7
/// minimax polynomial in z (coefficients Lg1...Lg7, |error| < 2^−58.45),
///
///     ln x = k·ln2_hi − ((hfsq − (s·(hfsq + R) + k·ln2_lo)) − f),  hfsq = f²/2,
///
/// with ln 2 split into ln2_hi (exact times any |k| < 2048) and ln2_lo. fdlibm states the error is
/// below 1 ulp; the tests measure it against Foundation's `log` over 10⁶ values spread across the
/// whole normal range (max error stated there). The exponent k becomes a double by the 2^52 magic
/// number, so the whole function is branch-free lane arithmetic (no scalar int-to-double conversion).
///
/// Reference: Sun Microsystems fdlibm 5.3, `e_log.c` (1993); Tang (1990) "Table-driven implementation
/// of the logarithm function in IEEE floating-point arithmetic", ACM TOMS 16(4).
@inline(__always)
func vectorLog(_ x: Lanes) -> Lanes {
    let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
    let lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01
    let lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01
    let lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01
    let lg7 = 1.479819860511658591e-01
    let bits = unsafeBitCast(x, to: LaneBits.self)
    // High word plus (1.0's − √2/2's) high words: the exponent field then counts from √2/2.
    var hx = (bits &>> 32) &+ LaneBits(repeating: 0x3ff0_0000 - 0x3fe6_a09e)
    let biased = hx &>> 20                        // k + 1023
    hx = (hx & LaneBits(repeating: 0x000f_ffff)) &+ LaneBits(repeating: 0x3fe6_a09e)
    let m = unsafeBitCast((hx &<< 32) | (bits & LaneBits(repeating: 0xffff_ffff)), to: Lanes.self)
    let magic = LaneBits(repeating: 0x4330_0000_0000_0000)   // 2^52
    let k = unsafeBitCast(magic | biased, to: Lanes.self) - Lanes(repeating: 0x1p52 + 1023)
    let f = m - 1
    let hfsq = 0.5 * f * f
    let s = f / (2 + f)
    let z = s * s
    let w = z * z
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    let r = t2 + t1
    return s * (hfsq + r) + k * ln2Lo - hfsq + f + k * ln2Hi
}

extension Reductions {
    /// `vectorLog` applied to one value through a full lane (for the accuracy tests and scalar tails).
    /// `x` must be positive, normal and finite.
    package static func vectorLogScalar(_ x: Double) -> Double {
        vectorLog(Lanes(repeating: x))[0]
    }
}
