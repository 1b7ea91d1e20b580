// Mean: the arithmetic mean ȳ = Σy/n and the weighted mean Σw·y/Σw, from compensated sums.

extension Reductions {
    /// The arithmetic mean `ȳ = (1/n) Σ_i y_i`.
    ///
    /// The sum is compensated (`Reductions.sum`), so the result is within about 1.5 ulp of the exact
    /// mean whatever `n` is (one rounding of the sum, one of the division, plus a second-order term).
    ///
    /// - Parameter values: at least one finite value.
    /// - Throws: `.tooFewObservations` when empty; `.nonFiniteValue`; `.overflow`.
    /// - Properties: `mean(c·y) = c·mean(y)` and `mean(y + c) = mean(y) + c` up to rounding;
    ///   equal values give that value exactly when their sum is exact.
    public static func mean(_ values: some Collection<Double>) throws(Reductions.ReductionError) -> Double {
        let n = values.count
        guard n >= 1 else { throw .tooFewObservations(operation: "mean", mustExceed: 0, got: 0) }
        return try sum(values) / Double(n)
    }

    /// The weighted mean `Σ_i w_i·y_i / Σ_i w_i`, from one fused pass (`weightedSums`).
    ///
    /// - Parameters:
    ///   - values: finite `y_i`.
    ///   - weights: finite `w_i >= 0`, one per value, not all zero.
    /// - Throws: `.lengthMismatch`, `.nonFiniteValue`, `.nonFiniteWeight`, `.negativeWeight`,
    ///   `.zeroTotalWeight` (including when empty), `.overflow`.
    /// - Properties: invariant to scaling all weights by `c > 0`; integer weights give the mean of the
    ///   values repeated that many times.
    public static func weightedMean(
        _ values: some Collection<Double>, weights: some Collection<Double>
    ) throws(Reductions.ReductionError) -> Double {
        let op = "weighted mean"
        let s = try weightedSums(values, weights: weights, operation: op)
        guard s.weight > 0 else { throw .zeroTotalWeight(operation: op) }
        return s.weightedValue / s.weight
    }
}
