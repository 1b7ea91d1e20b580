// AscendingOrder: the stable ascending order of a validated column (the radix argsort of GapwiseNumerics).
import GapwiseNumerics

/// Indices that sort `key` ascending, ties in input order: the radix argsort of GapwiseNumerics
/// (`key` must hold no NaN; the callers have validated it as finite).
package func stableAscendingOrder(_ key: [Double]) -> [Int] {
    do { return try Ranking.argsort(key) } catch { preconditionFailure("stableAscendingOrder: NaN in validated data: \(error)") }
}
