// FractionalRank: weighted fractional (ridit) ranks with tied units sharing their block's mean rank.
import GapwiseNumerics

/// Weighted fractional ranks of the units ordered by `key` ascending:
/// `r_i = (Σ_{j before i} w_j + w_i/2) / Σw` (Lerman & Yitzhaki 1989), where units with equal keys
/// form a block that shares the block's midpoint `(C_start + C_end)/2 / Σw` — the weighted mean of
/// the fractional ranks the block's units would get in any order (the tie rule of van Ourti 2004 and
/// Stata `conindex`, and the group ridit of HEAT/PHE). So the ranks never depend on input order.
/// The weighted mean of the ranks is exactly 1/2 in exact arithmetic.
/// The order comes from the radix argsort (`Ranking.argsort`, stable), O(n).
/// - Returns: ranks in input order.
package func fractionalRanks(key: [Double], weights: [Double], totalWeight: Double) -> [Double] {
    precondition(key.count == weights.count, "fractionalRanks: key and weights must pair up")
    let order = stableAscendingOrder(key)
    var ranks = [Double](repeating: 0, count: key.count)
    var cumulative = 0.0
    var start = 0
    while start < order.count {
        var end = start
        var blockWeight = 0.0
        while end < order.count && key[order[end]] == key[order[start]] {
            blockWeight += weights[order[end]]
            end += 1
        }
        let midpoint = (cumulative + blockWeight / 2) / totalWeight
        for k in start..<end { ranks[order[k]] = midpoint }
        cumulative += blockWeight
        start = end
    }
    return ranks
}

/// `2 Σ w̃_i (y_i − μ)(r_i − 1/2) / μ`: twice the weighted covariance of `y` with the fractional rank,
/// over the mean (the concentration index; the Gini index when the ranks come from `y` itself).
package func rankCovarianceIndex(values: [Double], ranks: [Double], weights: [Double],
                                 totalWeight: Double, mean: Double) -> Double {
    var s = 0.0
    for i in values.indices { s += weights[i] * (values[i] - mean) * (ranks[i] - 0.5) }
    return 2 * s / totalWeight / mean
}

/// Indices that sort `key` ascending, ties in input order: the radix argsort of GapwiseNumerics
/// (`key` must hold no NaN; the callers have validated it as finite).
package func stableAscendingOrder(_ key: [Double]) -> [Int] {
    do { return try Ranking.argsort(key) } catch { preconditionFailure("stableAscendingOrder: NaN in validated data: \(error)") }
}
