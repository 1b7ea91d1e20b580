// NiceScale: axis ranges and tick values that are round numbers (1, 2 or 5 times a power of ten).
import Foundation

/// An axis with "nice" tick values: every tick is an integer multiple of a step of 1, 2 or 5 × 10^e,
/// the first tick is at or below the data and the last at or above it ("loose labelling").
///
/// Algorithm (Heckbert 1990): `range = nice(hi − lo, ceiling)`, `step = nice(range / (target − 1), rounded)`,
/// `first = ⌊lo/step⌋·step`, `last = ⌈hi/step⌉·step` (decided as on the decimal values, with a 1e-9 slack
/// against the rounding of double arithmetic; the first/last tick may then lie within 1e-9 steps inside
/// the data), where `nice(x)` maps the leading digit f of x to
/// {1, 2, 5, 10} (ceiling: f ≤ 1, 2, 5, else 10; rounded: f < 1.5, 3, 7, else 10). Ticks are computed as
/// `k · m · 10^e` with integer k·m, divided (not multiplied) by 10^−e when e < 0, so each tick is the
/// double nearest its decimal value (0.3, never 0.30000000000000004).
/// Labels use `decimals = max(0, −e)` digits, so all labels of an axis have the same number of decimals.
///
/// Reference: Heckbert, P. S. (1990) Nice numbers for graph labels. In Glassner (ed.), Graphics Gems,
/// pp. 61–63, 657–659. Academic Press.
package struct NiceScale: Sendable, Equatable {
    /// The tick values, increasing; the first is `lower`, the last `upper`.
    public let ticks: [Double]
    /// The distance between ticks: 1, 2 or 5 × 10^exponent.
    public let step: Double
    /// The leading digit of the step (1, 2 or 5) and its power of ten.
    public let stepMantissa: Int
    public let stepExponent: Int
    /// Decimals needed to print every tick exactly.
    public let decimals: Int

    public var lower: Double { ticks.first! }
    public var upper: Double { ticks.last! }

    /// A scale covering [lo, hi] with about `target` ticks (at least 2). Equal or non-finite ends are
    /// widened to a unit range around the value so that a flat series still gets an axis.
    public init(covering lo: Double, _ hi: Double, target: Int = 6) {
        var a = lo.isFinite ? lo : 0, b = hi.isFinite ? hi : 1
        if a > b { swap(&a, &b) }
        if a == b {
            let pad = a == 0 ? 1 : abs(a) * 0.1
            a -= pad; b += pad
        }
        let range = Self.nice(b - a, rounded: false).value
        let (m, e) = Self.nice(range / Double(max(2, target) - 1), rounded: true).parts
        let stepValue = Self.value(Int64(m), e)
        // Decimal data divided in doubles lands within ~1e-15 of an integer (0.0017/0.0001 = 16.999999999999996):
        // a tolerance of 1e-9 steps reads such quotients as the integers they are in decimal.
        let first = Int64((a / stepValue + Self.tolerance).rounded(.down))
        let last = Int64((b / stepValue - Self.tolerance).rounded(.up))
        var t: [Double] = []
        t.reserveCapacity(Int(last - first) + 1)
        for k in first...last { t.append(Self.value(k * Int64(m), e)) }
        ticks = t
        step = stepValue
        stepMantissa = m
        stepExponent = e
        decimals = max(0, -e)
    }

    /// The nice number near `x > 0`, as a value and as (mantissa 1|2|5, exponent); 10 becomes (1, e+1).
    static func nice(_ x: Double, rounded: Bool) -> (value: Double, parts: (Int, Int)) {
        var e = Int(log10(x).rounded(.down))
        let f = x / pow(10, Double(e))
        var m: Int
        let tol = tolerance
        if rounded {
            m = f < 1.5 - tol ? 1 : f < 3 - tol ? 2 : f < 7 - tol ? 5 : 10
        } else {
            m = f <= 1 + tol ? 1 : f <= 2 + tol ? 2 : f <= 5 + tol ? 5 : 10
        }
        if m == 10 { m = 1; e += 1 }
        return (value(Int64(m), e), (m, e))
    }

    /// Relative slack for comparisons at the algorithm's decision points, so that a range that is exactly
    /// 2 × 10^e in decimal but 2.0000000000000002 × 10^e after subtraction in doubles is treated as 2.
    static let tolerance = 1e-9

    /// `n · 10^e` as the double nearest the decimal value.
    static func value(_ n: Int64, _ e: Int) -> Double {
        e >= 0 ? Double(n) * pow(10, Double(e)) : Double(n) / pow(10, Double(-e))
    }

    /// The tick labels, all with `decimals` decimals, typographic minus.
    public var labels: [String] { ticks.map { ReportNumber.display($0, decimals) } }
}
