// DecimalParser: decimal text to the correctly rounded Double (Clinger's exact fast path, exact fallback).

/// What parsing one field as a number gave.
enum NumberParse: Equatable {
    case value(Double)
    case notANumber
    case outOfRange
}

/// The pieces of a decimal numeral `[+-] digits [. digits] [(e|E) [+-] digits]`, scanned from bytes.
///
/// `value = ± (all mantissa digits as an integer) × 10^e10`; `mantissa` holds that integer when the
/// numeral has at most 19 mantissa digits (`exact`), which is when it cannot overflow a UInt64.
struct DecimalScan {
    /// Index just past the numeral (the first byte that cannot continue it).
    var stop: Int
    /// Number of mantissa digits seen, leading zeros included (0 means "not a numeral").
    var digits: Int
    /// The mantissa digits as an integer (meaningful only when `exact`).
    var mantissa: UInt64
    /// The decimal exponent applying to the mantissa digits (exponent part minus fraction digits).
    var e10: Int
    var negative: Bool
    /// Whether `mantissa` holds every digit (at most 19 of them).
    var exact: Bool { digits <= 19 }
}

/// Decimal-to-binary conversion giving the double nearest the decimal value (ties to even), as `strtod`.
///
/// Fast path (Clinger 1990): when the mantissa digits (at most 19) form an integer m ≤ 2^53 and the decimal
/// exponent e satisfies |e| ≤ 22, both m and 10^|e| are exact doubles, so the single IEEE operation
/// m × 10^e or m / 10^−e is correctly rounded. Every other numeral (17-digit values, subnormals,
/// 1e308, exact halfway cases) goes to the standard library's correctly rounded conversion
/// (`Double(String)`), fed a canonical `digits e exponent` string.
///
/// Grammar (deliberately strict): optional sign, digits with an optional `.` and fraction (at least one
/// digit in all), optional exponent `e`/`E` with optional sign and at least one digit. No spaces,
/// no `inf`/`nan`, no hexadecimal, decimal mark `.` only.
///
/// Reference: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990.
enum DecimalParser {
    /// 10^0 ... 10^22: every one is exactly representable as a Double.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// 10^0 ... 10^8 as integers.
    static let integerPowersOfTen: [UInt64] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000, 100_000_000]

    /// The value of the eight decimal digits whose values are the bytes of `x`, the first (most
    /// significant) in the lowest byte (Lemire's SWAR method, as in fast_float's `parse_eight_digits_unrolled`).
    @inline(__always)
    static func eightDigits(_ x: UInt64) -> UInt64 {
        let v = (x &* 10) &+ (x >> 8)
        let a = (v & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 << 32))
        let b = ((v >> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 << 32))
        return (a &+ b) >> 32
    }

    /// Consumes the run of decimal digits at `i`, adding them to `m` while the total count `digits`
    /// stays at most 19 (beyond that `m` is no longer used).
    @inline(__always)
    static func digitRun(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ limit: Int, _ m: inout UInt64, _ digits: inout Int) -> Int {
        let start = digits
        while i &+ 8 <= limit {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
            // High bit of each byte set where the byte is not a digit (exact per byte, no carries between bytes).
            let notDigit = (((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080
            let k = notDigit == 0 ? 8 : notDigit.trailingZeroBitCount >> 3
            if k > 0 {
                if digits &+ k <= 19 {
                    let chunk = eightDigits(k == 8 ? x : x &<< (64 &- 8 &* UInt64(k)))
                    m = m == 0 ? chunk : m &* integerPowersOfTen[k] &+ chunk
                }
                digits &+= k
                i &+= k
            }
            if k < 8 { return digits &- start }
        }
        while i < limit {
            let d = p[i] &- 0x30
            if d > 9 { break }
            if digits < 19 { m = m &* 10 &+ UInt64(d) }
            digits &+= 1
            i &+= 1
        }
        return digits &- start
    }

    /// The commonest numeral in statistics files, `[-]d{1,7}[.d{0,15}]` with at most 15 digits in all,
    /// read with two or three 8-byte loads. Returns the correctly rounded value (m / 10^f with m < 10^15
    /// and f ≤ 15: Clinger's exact case) and the index after the numeral, or nil for anything else
    /// (then the general `scan` decides). Needs 24 readable bytes from `start`.
    @_transparent
    static func quick(_ p: UnsafePointer<UInt8>, _ start: Int, _ limit: Int) -> (value: Double, stop: Int)? {
        guard start &+ 25 <= limit else { return nil }
        var i = start
        let negative = p[i] == 0x2D
        if negative { i &+= 1 }
        let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
        let xNot = (((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080
        let k1 = xNot.trailingZeroBitCount >> 3  // xNot == 0 gives 8
        guard k1 > 0 && k1 < 8 else { return nil }
        var m = eightDigits(x &<< (64 &- 8 &* UInt64(k1)))
        i &+= k1
        var frac = 0
        if p[i] == 0x2E {
            i &+= 1
            let y = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
            let yNot = (((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | y) & 0x8080_8080_8080_8080
            let k2 = yNot.trailingZeroBitCount >> 3
            if k2 == 8 {
                let z = UnsafeRawPointer(p + i + 8).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
                let zNot = (((z & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | z) & 0x8080_8080_8080_8080
                let k3 = zNot.trailingZeroBitCount >> 3
                guard k1 &+ 8 &+ k3 <= 15 else { return nil }
                m = m &* 100_000_000 &+ eightDigits(y)
                if k3 > 0 { m = m &* integerPowersOfTen[k3] &+ eightDigits(z &<< (64 &- 8 &* UInt64(k3))) }
                frac = 8 &+ k3
            } else if k2 > 0 {
                m = m &* integerPowersOfTen[k2] &+ eightDigits(y &<< (64 &- 8 &* UInt64(k2)))
                frac = k2
            }
            i &+= frac
        }
        let d = Double(m)
        let v = frac == 0 ? d : d / exactPowersOfTen[frac]
        return (negative ? -v : v, i)
    }

    /// The value of an exponent part `e[+-]digits` at `i` (which points at the `e`), advancing `i` past it;
    /// 0 with `i` unchanged when no digit follows (then the `e` ends the numeral). Values beyond 10^6 are clamped.
    @inline(never)
    static func exponentPart(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ limit: Int) -> Int {
        var j = i &+ 1
        var negative = false
        if j < limit && (p[j] == 0x2D || p[j] == 0x2B) { negative = p[j] == 0x2D; j &+= 1 }
        guard j < limit && p[j] &- 0x30 <= 9 else { return 0 }
        var ex = 0
        while j < limit {
            let d = p[j] &- 0x30
            if d > 9 { break }
            if ex < 1_000_000 { ex = ex &* 10 &+ Int(d) }
            j &+= 1
        }
        i = j
        return negative ? -ex : ex
    }

    /// Scans a numeral starting at `start`, reading no byte at or beyond `limit`.
    /// (`@_transparent`: inlined into the reader's loop even though that loop is large.)
    @_transparent
    static func scan(_ p: UnsafePointer<UInt8>, _ start: Int, _ limit: Int) -> DecimalScan {
        var i = start
        var negative = false
        if i < limit {
            let c = p[i]
            if c == 0x2D { negative = true; i &+= 1 } else if c == 0x2B { i &+= 1 }
        }
        var m: UInt64 = 0
        var digits = 0
        var frac = 0
        _ = digitRun(p, &i, limit, &m, &digits)
        if i < limit && p[i] == 0x2E {
            i &+= 1
            frac = digitRun(p, &i, limit, &m, &digits)
        }
        var e10 = -frac
        if digits > 0 && i < limit && (p[i] | 0x20) == 0x65 {
            e10 &+= exponentPart(p, &i, limit)
        }
        return DecimalScan(stop: i, digits: digits, mantissa: m, e10: e10, negative: negative)
    }

    /// The correctly rounded value of a scanned numeral times 10^shift (shift −2 reads `8%` as 0.08).
    /// Returns ±infinity when the value overflows.
    @inline(__always)
    static func value(_ s: DecimalScan, shift: Int, _ p: UnsafePointer<UInt8>, _ start: Int) -> Double {
        let e = s.e10 &+ shift
        // (A zero mantissa with a large exponent goes to the fallback, which returns ±0.)
        if s.exact && s.mantissa <= 1 << 53 && e >= -22 && e <= 22 {
            let m = Double(s.mantissa)
            let v = e < 0 ? m / exactPowersOfTen[-e] : m * exactPowersOfTen[e]
            return s.negative ? -v : v
        }
        return fallback(p, start, s.stop, e, s.negative)
    }

    /// Exact conversion of the digits in `p[start..<stop]` (signs, `.`, `,` skipped; stops at `e`) × 10^e:
    /// writes `[-]digits e exponent` (leading zeros dropped) into a temporary buffer and converts it with
    /// the standard library's correctly rounded `Double(String)`.
    @inline(never)
    static func fallback(_ p: UnsafePointer<UInt8>, _ start: Int, _ stop: Int, _ e: Int, _ negative: Bool) -> Double {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stop - start + 24) { buffer in
            var k = 0
            if negative { buffer[k] = 0x2D; k += 1 }
            let firstDigit = k
            for i in start..<stop {
                let c = p[i]
                if c | 0x20 == 0x65 { break }
                guard c &- 0x30 <= 9 else { continue }
                if k == firstDigit && c == 0x30 { continue }  // leading zero
                buffer[k] = c
                k += 1
            }
            if k == firstDigit { return negative ? -0.0 : 0.0 }  // every digit was zero
            buffer[k] = 0x65
            k += 1
            if e < 0 { buffer[k] = 0x2D; k += 1 }
            var magnitude = e.magnitude
            let exponentStart = k
            repeat {
                buffer[k] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                k += 1
                magnitude /= 10
            } while magnitude > 0
            var lo = exponentStart, hi = k - 1
            while lo < hi { buffer.swapAt(lo, hi); lo += 1; hi -= 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<k]), as: UTF8.self)
            // The text is a well-formed numeral by construction, so the conversion cannot fail.
            return Double(text)!
        }
    }

    /// Parses a complete field `p[0..<count]`: a numeral, optionally followed by `%` (read per
    /// `percentShift`: 0 gives 8 for `8%`, −2 gives 0.08) and, if `thousands`, with its integer digits
    /// grouped by threes with commas.
    static func parseField(_ p: UnsafePointer<UInt8>, count: Int, percentShift: Int, thousands: Bool) -> NumberParse {
        var end = count
        var shift = 0
        if end > 0 && p[end - 1] == 0x25 { end -= 1; shift = percentShift }
        if thousands, let commaFree = removingThousandsSeparators(p, end) {
            return commaFree.withUnsafeBufferPointer { b in
                parseNumeral(b.baseAddress!, b.count, shift: shift)
            }
        }
        return parseNumeral(p, end, shift: shift)
    }

    @inline(__always)
    private static func parseNumeral(_ p: UnsafePointer<UInt8>, _ end: Int, shift: Int) -> NumberParse {
        let s = scan(p, 0, end)
        guard s.digits > 0 && s.stop == end else { return .notANumber }
        let v = value(s, shift: shift, p, 0)
        return v.isInfinite ? .outOfRange : .value(v)
    }

    /// If the integer part of `p[0..<end]` contains commas that group it correctly (`1,234,567`),
    /// the bytes without them; nil when there is no comma or the grouping is wrong (then the comma
    /// makes the field not a number).
    private static func removingThousandsSeparators(_ p: UnsafePointer<UInt8>, _ end: Int) -> [UInt8]? {
        var i = 0
        if i < end && (p[i] == 0x2D || p[i] == 0x2B) { i += 1 }
        let intStart = i
        var intEnd = i
        while intEnd < end && (p[intEnd] &- 0x30 <= 9 || p[intEnd] == 0x2C) { intEnd += 1 }
        let integer = UnsafeBufferPointer(start: p + intStart, count: intEnd - intStart)
        guard integer.contains(0x2C) else { return nil }
        let groups = integer.split(separator: 0x2C, omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(end)
        for j in 0..<end where j < intStart || j >= intEnd || p[j] != 0x2C { out.append(p[j]) }
        return out
    }
}

/// Public number parsing with the same grammar and rounding as the CSV reader.
package enum CSVNumberParser {
    /// The double nearest to the decimal number in `text` (ties to even, as `strtod`), or nil when
    /// `text` is not a number in the reader's grammar or overflows a Double.
    ///
    /// - Parameters:
    ///   - text: e.g. `"-12.5e3"`, `"8%"`, `"1,234.5"` (the last only with `thousandsSeparators`).
    ///   - percent: what `8%` means (default: 8).
    ///   - thousandsSeparators: whether the integer digits may be grouped by threes with commas.
    public static func parse(_ text: String, percent: PercentPolicy = .asWritten, thousandsSeparators: Bool = false) -> Double? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        let result = bytes.withUnsafeBufferPointer { b in
            DecimalParser.parseField(
                b.baseAddress!, count: b.count,
                percentShift: percent == .fraction ? -2 : 0, thousands: thousandsSeparators)
        }
        if case .value(let v) = result { return v }
        return nil
    }
}
