// QuantileShares: the total value held by the bottom or top fraction of the population (fractional unit at the cut).

extension WeightedSample {
    /// The total value Σ w y held by the poorest `fraction` of the population weight, the unit straddling
    /// the cut contributing the part of its weight below it: with cumulative weights C (sorted ascending)
    /// and the cut t = fraction·Σw in unit k, `Σ_{i<k} w_i y_i + (t − C_{k−1}) y_k`. Dividing by Σ w y
    /// gives the Lorenz ordinate L(fraction) by linear interpolation between Lorenz points.
    package func bottomTotal(fraction: Double, order: [Int]) -> Double {
        let cut = fraction * totalWeight
        var c = 0.0, s = 0.0
        for i in order {
            let w = weights[i]
            if c + w >= cut { return s + (cut - c) * values[i] }
            c += w
            s += w * values[i]
        }
        return s
    }

    /// The total value held by the richest `fraction` of the population weight (same rule, from the top).
    package func topTotal(fraction: Double, order: [Int]) -> Double {
        let cut = fraction * totalWeight
        var c = 0.0, s = 0.0
        for i in order.reversed() {
            let w = weights[i]
            if c + w >= cut { return s + (cut - c) * values[i] }
            c += w
            s += w * values[i]
        }
        return s
    }

    /// Σ w y.
    package var totalValue: Double {
        var s = 0.0
        for i in values.indices { s += weights[i] * values[i] }
        return s
    }
}
