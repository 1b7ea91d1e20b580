// FunnelAxis: PHE's horizontal axis of a funnel plot: rounded axis ends and 100 geometrically spaced points.
import Foundation

/// The 100 horizontal positions at which PHEindicatormethods evaluates funnel limits.
///
/// Axis ends (from the smallest and largest denominator m and M):
/// - minimum: 0 if M > 2m, else `floor(0.95 m / 10ⁿ)·10ⁿ` with n = (digits of ⌊0.95 m⌋) − 1;
/// - maximum: `ceil(1.05 M / 10ⁿ)·10ⁿ` with n = (digits of ⌈1.05 M⌉) − 2.
/// "Digits" is R's `nchar` of the number as R prints it, which switches to scientific notation when that
/// is shorter (`nchar(100000)` is 5, "1e+05"); Gapwise reproduces that so the axis matches PHE's exactly.
///
/// Points: x₁ = max(1, minimum) and, for j = 2…100, xⱼ = max(round((maximum/xⱼ₋₁)^(1/(101 − j + s)) · xⱼ₋₁), xⱼ₋₁ + 1),
/// rounding halves to even as R does; s = 0 for proportions and rates, s = 1 for ratios (PHE's `offset`).
///
/// Reference: PHEindicatormethods (UKHSA) R/Funnels.R, `calculate_funnel_limits`, `signif.floor`, `signif.ceiling`.
public enum FunnelAxis {
    /// The rounded-down axis minimum of PHE's `signif.floor(x, 0.95)` (0 stays 0).
    public static func floorEnd(_ x: Double) -> Double {
        if x == 0 { return 0 }
        let v = (x * 0.95).rounded(.down)
        let n = Double(rCharacterCount(v) - 1)
        return (x * 0.95 / pow(10, n)).rounded(.down) * pow(10, n)
    }

    /// The rounded-up axis maximum of PHE's `signif.ceiling(x, 1.05)` (0 stays 0).
    public static func ceilingEnd(_ x: Double) -> Double {
        if x == 0 { return 0 }
        let v = (x * 1.05).rounded(.up)
        let n = Double(rCharacterCount(v) - 2)
        return (x * 1.05 / pow(10, n)).rounded(.up) * pow(10, n)
    }

    /// The 100 points from `minimum` to `maximum`; `ratioOffset` selects the ratio variant (s = 1).
    public static func points(minimum: Double, maximum: Double, ratioOffset: Bool = false) -> [Double] {
        var xs = [max(1, minimum)]
        xs.reserveCapacity(100)
        for j in 2...100 {
            let offset = ratioOffset ? j - 1 : j
            let previous = xs[j - 2]
            let next = (pow(maximum / previous, 1 / Double(101 - offset)) * previous).rounded(.toNearestOrEven)
            xs.append(max(next, previous + 1))
        }
        return xs
    }

    /// The number of characters R's `as.character` gives a whole, non-negative double: fixed notation,
    /// unless scientific notation (e.g. "1e+05", "1.2e+07") is strictly shorter.
    static func rCharacterCount(_ v: Double) -> Int {
        precondition(v >= 0 && v == v.rounded(), "rCharacterCount takes whole non-negative numbers")
        if v < 1 { return 1 }
        let fixed = String(format: "%.0f", v)
        let significant = fixed.reversed().drop { $0 == "0" }.count
        let exponent = fixed.count - 1
        let mantissa = significant == 1 ? 1 : significant + 1
        let scientific = mantissa + 2 + max(2, String(exponent).count)
        return scientific < fixed.count ? scientific : fixed.count
    }
}
