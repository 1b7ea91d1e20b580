// ExponentialTransform: the SIMD exponential transformation of a domain rank onto the scale 0...100.

import Foundation

/// The Scottish Index of Multiple Deprivation's exponential transformation of a domain rank.
///
/// SIMD combines its seven domains after mapping each domain rank onto an exponential scale from 0
/// (least deprived) towards 100 (most deprived), which stretches the deprived end so that a zone very
/// deprived in one domain is not cancelled by being ordinary in another:
///
///     E = −23 · ln(1 − (R / N) · (1 − exp(−100/23))),    R = N − D,
///
/// where `D` is the zone's domain rank **as published, 1 = most deprived**, and `N` the number of zones.
/// So `R / N = 1 − D / N` runs from `(N − 1)/N` for the most deprived zone (E just below 100) down to
/// exactly 0 for the least deprived zone (E = 0). Tied domain ranks (published as averages such as
/// 6934.5) enter as they are.
///
/// Which rank convention: the formula is usually written with "R = rank, 1 = least deprived", which
/// invites `R = N + 1 − D`. That reading reproduces only 5,625 of the 6,976 SIMD 2016 overall ranks
/// (max difference 7). `R = N − D` — the number of zones *less deprived* than this one, i.e. the
/// ascending rank counted from 0 — reproduces all 6,976 exactly, and SIMD 2020v2 for 6,955 zones with no
/// zone more than 2 ranks out (see `CompositeIndex`). The overall scores of consecutive zones differ by
/// at least 7e-5 there, so the outcome does not depend on rounding in the last bits.
///
/// Computed as `−23 · log1p(−(R/N) · k)` with `k = −expm1(−100/23)` (both correctly rounded library
/// calls), accurate to a few ulps; relative error against 50-digit mpmath values is below 1e-14 in the
/// tests.
///
/// Properties: strictly decreasing in `D`; `E(D = N) = 0`; `E(D = 1) = −23 ln(1 − (N−1)/N · k) < 100`;
/// convex in `R`: the most deprived 10% of a domain take E from about 50.4 to 100.
///
/// - Reference: Scottish Government, *SIMD 2016 / SIMD 2020 technical notes* (the transformation, its
///   constant 23 and the domain weights; openSIMD, TheDataLabScotland, re-implements them in R). The
///   rank convention `R = N − D` is not spelled out there: it is established by the exact reproduction
///   of the published SIMD 2016 ranks (tests `SIMDPublishedRankTests`).
public enum SIMDExponentialTransform {
    /// The SIMD constant: E spans 0...100 and the transform's scale parameter is 23 (`100/23 ≈ 4.35`).
    public static let constant = 23.0

    /// `k = 1 − exp(−100/23)`, the largest value of `(R/N) · k` as `R/N → 1`.
    public static let upperFraction = -expm1(-100.0 / constant)

    /// The transformed value of domain rank `rank` (1 = most deprived) among `count` zones.
    ///
    /// - Parameters:
    ///   - rank: `D`, in `1...count`; may be an average rank (x.5) for tied zones.
    ///   - count: `N >= 1`, the number of zones ranked.
    /// - Precondition: `count >= 1` and `1 <= rank <= count` (callers validate data before calling).
    @inlinable
    public static func value(rank: Double, count: Int) -> Double {
        precondition(count >= 1 && rank >= 1 && rank <= Double(count), "rank \(rank) outside 1...\(count)")
        let n = Double(count)
        let fraction = (n - rank) / n  // R / N with R = N − D; N − D is exact for (half-)integer ranks
        return -constant * log1p(-fraction * upperFraction)
    }
}
