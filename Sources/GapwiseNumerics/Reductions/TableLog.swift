// TableLog: the table-driven SIMD logarithm (Tang's method, 129-entry table, no division) behind the ratio-log sums.

/// The table of `LogTable.swift` in one never-freed allocation, so the lane gathers index a raw pointer.
nonisolated(unsafe) let logTablePointer: UnsafePointer<Double> = {
    let p = UnsafeMutablePointer<Double>.allocate(capacity: logTableEntries.count)
    p.initialize(from: logTableEntries, count: logTableEntries.count)
    return UnsafePointer(p)
}()

/// ln x on every lane, for lanes holding **positive normal finite** doubles (callers route zeros,
/// subnormals, infinities and NaN elsewhere).
///
/// Algorithm (Tang 1990): x = 2^k·m with m in [1, 2) from the bit pattern; c = 1 + i/128 is m's
/// mantissa rounded to 7 bits (i in 0...128, formed by integer rounding, so c = 2 when m rounds up);
/// f = m − c is exact (Sterbenz), r = f·(1/c) with |r| ≤ 2⁻⁸, and
///
///     ln x = (k·ln2_hi + H_i) + (r + (k·ln2_lo + L_i + r²·q(r))),
///     q(r) = −1/2 + r/3 − r²/4 + r³/5 − r⁴/6 + r⁵/7   (log1p's Taylor series to r⁷),
///
/// where ln c_i = H_i + L_i and ln 2 = ln2_hi + ln2_lo are split so that H_i and ln2_hi are multiples of
/// 2⁻³² (`Tests/GapwiseNumericsTests/Reference/log_table.py`, mpmath): k·ln2_hi + H_i is then exact,
/// and just below 1 (k = −1, c = 2) the two high parts cancel exactly. Error budget: series
/// truncation ≤ r⁸/8 ≤ 2⁻⁶⁷; r carries two roundings (1/c and the product), at most 2⁻⁶⁰ absolute;
/// two roundings in the final additions. The tests measure the maximum error against Foundation's `log`
/// over 10⁶ values (stated there; bound kept ≤ 2 ulp). Unlike fdlibm's `e_log.c` there is
/// no division: on the baseline x86-64 target the division was the slowest step.
///
/// Reference: Tang (1990) "Table-driven implementation of the logarithm function in IEEE floating-point
/// arithmetic", ACM TOMS 16(4), 378-400; Muller (2016) *Elementary Functions*, ch. 6.
@inline(__always)
func tableLog(_ x: Lanes) -> Lanes {
    let bits = unsafeBitCast(x, to: LaneBits.self)
    let mantissa = bits & LaneBits(repeating: 0x000f_ffff_ffff_ffff)
    // The mantissa rounded to its top 7 bits (a multiple of 2^45, up to 2^52: c = 2 carries into the exponent).
    let rounded = (mantissa &+ LaneBits(repeating: 1 << 44)) & LaneBits(repeating: ~((1 << 45) - 1))
    let one = LaneBits(repeating: 0x3ff0_0000_0000_0000)
    let m = unsafeBitCast(mantissa | one, to: Lanes.self)
    let c = unsafeBitCast(one &+ rounded, to: Lanes.self)
    // The exponent k as a double by the 2^52 magic number (bits >> 52 is k + 1023 for positive x).
    let k = unsafeBitCast(LaneBits(repeating: 0x4330_0000_0000_0000) | (bits &>> 52), to: Lanes.self)
        - Lanes(repeating: 0x1p52 + 1023)
    let index = rounded &>> 43          // 4·i: four doubles an entry
    var inv = Lanes(), hi = Lanes(), lo = Lanes()
    for lane in 0..<laneWidth {
        let e = logTablePointer + Int(truncatingIfNeeded: index[lane])
        inv[lane] = e[0]; hi[lane] = e[1]; lo[lane] = e[2]
    }
    let r = (m - c) * inv
    let r2 = r * r
    let third = Lanes(repeating: 1.0 / 3), fifth = Lanes(repeating: 0.2), seventh = Lanes(repeating: 1.0 / 7)
    let q01: Lanes = Lanes(repeating: -0.5) + r * third
    let q23: Lanes = Lanes(repeating: -0.25) + r * fifth
    let q45: Lanes = Lanes(repeating: -1.0 / 6) + r * seventh
    let q: Lanes = q01 + r2 * (q23 + r2 * q45)
    let high: Lanes = k * Lanes(repeating: logTableLn2Hi) + hi
    let low: Lanes = k * Lanes(repeating: logTableLn2Lo) + lo + r2 * q
    return high + (r + low)
}

extension Reductions {
    /// `tableLog` applied to one value through a full lane (for the accuracy tests). `x` must be
    /// positive, normal and finite.
    package static func tableLogScalar(_ x: Double) -> Double {
        tableLog(Lanes(repeating: x))[0]
    }
}
