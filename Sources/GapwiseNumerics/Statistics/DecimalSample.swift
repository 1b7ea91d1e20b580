// DecimalSample: exact mean, standard deviation and lag-1 autocorrelation of decimal data in scaled-integer arithmetic.

/// A sample of decimal numbers held exactly, as integers times a common power of ten, so that its summary
/// statistics are computed without any rounding until the final division.
///
/// Data read from text are decimal; converting them to `Double` first already perturbs them (NIST NumAcc4's
/// `10000000.1` moves by up to 9e-10, about 1e-8 of the sample's spread, which caps any double-precision
/// standard deviation at about 8 correct digits). Here each value `d_i = m_i · 10^(−s)` keeps its integer
/// `m_i`, and with `S = Σm`, `Q = nΣm² − S²` and `C = Σ_{i<n}(n·m_i − S)(n·m_{i+1} − S)` in 128-bit integers:
///
///     mean = S / (n · 10^s)
///     sd   = sqrt(Q / (n(n − 1))) / 10^s
///     r1   = C / Σ_i (n·m_i − S)²
///
/// each rounded a handful of times at the end (relative error below 1e-15). Integer overflow is detected
/// and reported, never wrapped.
package struct DecimalSample: Sendable {
    /// The scaled integers m_i.
    public let scaled: [Int128]
    /// The common decimal scale s: value i is `scaled[i] · 10^(−scale)`.
    public let scale: Int

    /// Parses decimal strings (`-12.5`, `3`, `1.25E-3`, `+0.5`). Throws `.notADecimal` naming the index of
    /// text that is not a plain decimal number, `.integerOverflow` when the common scale does not fit 128 bits.
    public init(_ texts: [String]) throws(Reductions.ReductionError) {
        var parts: [(mantissa: Int128, exponent: Int)] = []
        parts.reserveCapacity(texts.count)
        for (i, t) in texts.enumerated() {
            guard let p = Self.parse(t) else { throw .notADecimal(operation: "DecimalSample", index: i, text: t) }
            parts.append(p)
        }
        let s = -(parts.map(\.exponent).min() ?? 0)
        var m = [Int128]()
        m.reserveCapacity(parts.count)
        for p in parts {
            var v = p.mantissa
            for _ in 0..<(p.exponent + s) {
                let (r, o) = v.multipliedReportingOverflow(by: 10)
                if o { throw .integerOverflow(operation: "DecimalSample") }
                v = r
            }
            m.append(v)
        }
        scaled = m
        scale = s
    }

    /// Number of values.
    public var count: Int { scaled.count }

    /// The exact mean, rounded once to double (after one exact-integer division and the power of ten).
    public func mean() throws(Reductions.ReductionError) -> Double {
        guard count >= 1 else { throw .tooFewObservations(operation: "DecimalSample.mean", mustExceed: 0, got: 0) }
        let s = try sum()
        return Double(s) / Double(count) / Self.powerOfTen(scale)
    }

    /// The sample standard deviation (denominator n − 1).
    public func standardDeviation() throws(Reductions.ReductionError) -> Double {
        let n = count
        guard n >= 2 else { throw .tooFewObservations(operation: "DecimalSample.standardDeviation", mustExceed: 1, got: Double(n)) }
        let s = try sum()
        var q: Int128 = 0
        for v in scaled { q = try add(q, try mul(try mul(v, v), Int128(n))) }
        q = try add(q, -(try mul(s, s)))
        return (Double(q) / (Double(n) * Double(n - 1))).squareRoot() / Self.powerOfTen(scale)
    }

    /// The lag-1 autocorrelation `Σ_{i<n}(y_i − ȳ)(y_{i+1} − ȳ) / Σ(y_i − ȳ)²`.
    public func lag1Autocorrelation() throws(Reductions.ReductionError) -> Double {
        let n = count
        guard n >= 2 else { throw .tooFewObservations(operation: "DecimalSample.lag1Autocorrelation", mustExceed: 1, got: Double(n)) }
        let s = try sum()
        var dev = [Int128]()
        dev.reserveCapacity(n)
        for v in scaled { dev.append(try add(try mul(v, Int128(n)), -s)) }
        var num: Int128 = 0, den: Int128 = 0
        for i in 0..<n {
            den = try add(den, try mul(dev[i], dev[i]))
            if i + 1 < n { num = try add(num, try mul(dev[i], dev[i + 1])) }
        }
        guard den != 0 else { throw .constantValues(operation: "DecimalSample.lag1Autocorrelation") }
        return Double(num) / Double(den)
    }

    private func sum() throws(ReductionError) -> Int128 {
        var s: Int128 = 0
        for v in scaled { s = try add(s, v) }
        return s
    }

    private func add(_ a: Int128, _ b: Int128) throws(ReductionError) -> Int128 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw .integerOverflow(operation: "DecimalSample") }
        return r
    }

    private func mul(_ a: Int128, _ b: Int128) throws(ReductionError) -> Int128 {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw .integerOverflow(operation: "DecimalSample") }
        return r
    }

    /// 10^k as a double: exact for k ≤ 22.
    private static func powerOfTen(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// Splits `[sign] digits [. digits] [e|E [sign] digits]` into an integer mantissa and a power of ten.
    static func parse(_ text: String) -> (mantissa: Int128, exponent: Int)? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") {
            negative = f == UInt8(ascii: "-"); bytes = bytes.dropFirst()
        }
        var mantissa: Int128 = 0, exponent = 0, digits = 0, seenPoint = false
        while let c = bytes.first {
            if c == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(Int128(c - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                mantissa = m2
                digits += 1
                if seenPoint { exponent -= 1 }
            } else { break }
            bytes = bytes.dropFirst()
        }
        guard digits > 0 else { return nil }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            guard let ev = Int(String(decoding: bytes, as: UTF8.self)), abs(ev) < 400 else { return nil }
            exponent += ev
            bytes = bytes.dropFirst(bytes.count)
        }
        guard bytes.isEmpty else { return nil }
        return (negative ? -mantissa : mantissa, exponent)
    }
}
