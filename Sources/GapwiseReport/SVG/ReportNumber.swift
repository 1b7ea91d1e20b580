// ReportNumber: fixed, locale-free number formatting for charts, pages and tables (byte-for-byte stable).
import Foundation
import GapwiseIO

/// Number formatting that never depends on the locale, the platform's printf or the thread: the same
/// value always gives the same characters.
///
/// A value is rounded half away from zero at `decimals` places after scaling by 10^decimals in double
/// precision (so 0.125 → "0.13", while 0.145, stored as 0.14499999999999999, → "0.14"). Negative zero and
/// values that round to zero print without a sign. Non-finite values print as "n/a".
public enum ReportNumber {
    /// `value` with exactly `decimals` digits after the point (0...9), ASCII hyphen-minus, no grouping.
    /// For CSV-like contexts and SVG coordinates.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        format(value, decimals, minus: "-", grouping: false)
    }

    /// `value` for people: typographic minus (U+2212) and thousands separators ("12,345.6").
    public static func display(_ value: Double, _ decimals: Int) -> String {
        format(value, decimals, minus: "\u{2212}", grouping: true)
    }

    /// `value` for people with `digits` significant digits (at most 6 decimals), e.g. 0.8412 → "0.841",
    /// 512.34 → "512", 12345.6 → "12,346".
    public static func significant(_ value: Double, _ digits: Int = 3) -> String {
        display(value, decimalsFor(magnitude: abs(value), significant: digits))
    }

    /// The decimals that show `significant` digits of numbers of the given magnitude (0 when ≥ 10^(digits-1)).
    public static func decimalsFor(magnitude: Double, significant: Int = 3) -> Int {
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        let e = Int(log10(magnitude).rounded(.down))
        return min(6, max(0, significant - 1 - e))
    }

    /// A probability with two decimals, never rounding a value short of certainty to "1.00" or a positive
    /// value to "0.00": 0.996 → "> 0.99", 0.003 → "< 0.01".
    public static func probability(_ p: Double) -> String {
        if p >= 1 { return "1.00" }
        if p <= 0 { return "0.00" }
        if p > 0.995 { return "> 0.99" }
        if p < 0.005 { return "< 0.01" }
        return fixed(p, 2)
    }

    /// An SVG coordinate: one decimal, trailing ".0" dropped ("12", "12.5", "-3.2").
    public static func coordinate(_ value: Double) -> String {
        let s = fixed(value, 1)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// A value in CSV text: the one number format of every Gapwise table (`NumberFormat.full`: shortest
    /// round-trip form, whole numbers without ".0", -0 as "0"); "" for a non-finite value.
    public static func csv(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return NumberFormat.full.text(value)
    }

    private static let powers: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    private static func format(_ value: Double, _ decimals: Int, minus: String, grouping: Bool) -> String {
        precondition((0...9).contains(decimals), "ReportNumber: decimals must be 0...9")
        guard value.isFinite else { return "n/a" }
        let scaled = (abs(value) * powers[decimals]).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return value < 0 ? minus + "\(abs(value))" : "\(value)" }
        let n = UInt64(scaled)
        var digits = Array(String(n).utf8)
        if digits.count <= decimals { digits = Array(repeating: UInt8(ascii: "0"), count: decimals + 1 - digits.count) + digits }
        let intPart = digits[0..<(digits.count - decimals)]
        var out = ""
        out.reserveCapacity(digits.count + 6)
        if value < 0, n != 0 { out += minus }
        if grouping, intPart.count > 3 {
            for (i, d) in intPart.enumerated() {
                if i > 0, (intPart.count - i) % 3 == 0 { out += "," }
                out.unicodeScalars.append(Unicode.Scalar(d))
            }
        } else {
            out += String(decoding: intPart, as: UTF8.self)
        }
        if decimals > 0 {
            out += "."
            out += String(decoding: digits[(digits.count - decimals)...], as: UTF8.self)
        }
        return out
    }
}
