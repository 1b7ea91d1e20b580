// NumberFormat: the one spelling of a number in every CSV and JSON table Gapwise writes.
import Foundation

/// How numbers are written in CSV and JSON output.
///
/// Full precision (the default) is the shortest decimal that reads back as the same double (Swift's
/// `description`, which is deterministic on every platform): `0.1`, `1e-05`, `2.5e+20`, never 17 forced
/// digits. A whole number below 10^16 in magnitude is written as an integer (`12`, not `12.0`; from 10^16
/// on `description` already writes `1e+16`), and negative zero as `0`. With `digits: N` the value is first rounded to N significant digits (correctly,
/// from the exact binary value, as C's `%.Ne` rounds) and the rounded value is then written the same
/// shortest way: 2/3 with 3 digits is `0.667`, 12345.6 with 3 digits is `12300`.
///
/// Non-finite values are spelled `NaN`, `Inf`, `-Inf` by `text(_:)`; the table writer writes them as
/// JSON `null` (JSON has no such numbers).
public struct NumberFormat: Sendable, Equatable, Hashable {
    /// Significant digits (1...17), or nil for full precision.
    public let digits: Int?

    /// Full precision: the shortest round-trip form.
    public static let full = NumberFormat(digits: nil)

    /// `digits` significant digits (1...17), or full precision when nil.
    public init(digits: Int? = nil) {
        precondition(digits.map { (1...17).contains($0) } ?? true, "NumberFormat: digits must be 1...17")
        self.digits = digits
    }

    /// The number as text (see the type's documentation).
    public func text(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "Inf" : "-Inf" }
        return Self.shortest(digits.map { Self.round(x, significant: $0) } ?? x)
    }

    /// `x` rounded to `n` significant digits: the double nearest the correctly rounded decimal.
    static func round(_ x: Double, significant n: Int) -> Double {
        guard x != 0 else { return 0 }
        var buffer = [CChar](repeating: 0, count: 40)
        let written = withVaList([Int32(n - 1), x]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 40, "%.*e", args) }
        }
        precondition(written > 0 && written < 40, "NumberFormat: formatting \(x) failed")
        let text = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return Double(text)!
    }

    /// The shortest round-trip form, whole numbers below 10^16 without a point, -0 as 0.
    static func shortest(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e16 { return String(Int64(x)) }
        return x.description
    }
}
