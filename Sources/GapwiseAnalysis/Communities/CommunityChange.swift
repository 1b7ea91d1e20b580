// CommunityChange: CPOP's improvement between two periods: last/first − 1 signed by polarity, zeros missing.
import GapwiseNumerics

enum CommunityChange {
    /// CPOP's `Change`: `(to / from − 1) · d`, `d = +1` for a favourable indicator and `−1` for an adverse
    /// one, so a change above 0 is an improvement.
    ///
    /// A value of 0 is missing (CPOP's `na_if(value, 0)`, before the division), as is a missing value, so
    /// the change is NaN then; an area is never given an infinite change.
    static func relative(from: Double, to: Double, _ polarity: Polarity) -> Double {
        guard !from.isNaN, !to.isNaN, from != 0, to != 0 else { return .nan }
        let c = to / from - 1
        return polarity == .favourable ? c : -c
    }
}
