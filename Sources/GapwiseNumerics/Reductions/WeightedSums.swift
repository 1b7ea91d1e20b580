// WeightedSums: fused single-pass (Σw, Σw·y) and (Σw, Σw·y, Σw·y²) with their result types.

extension Reductions {
    /// The sums `Σw` and `Σw·y` from one pass over the data.
    public struct WeightedSums: Equatable, Sendable {
        /// `Σ w_i`, the total weight (population).
        public let weight: Double
        /// `Σ w_i·y_i`, the weighted total.
        public let weightedValue: Double
    }

    /// The sums `Σw`, `Σw·y` and `Σw·y²` (raw weighted moments of order 0, 1, 2) from one pass.
    ///
    /// Variance from these raw moments, `Σw·y² − (Σw·y)²/Σw`, cancels catastrophically when the
    /// coefficient of variation is small: use `Reductions.variance`/`weightedVariance` (two-pass) for that.
    public struct WeightedMoments: Equatable, Sendable {
        /// `Σ w_i`.
        public let weight: Double
        /// `Σ w_i·y_i`.
        public let weightedValue: Double
        /// `Σ w_i·y_i²`, evaluated per term as `(w_i·y_i)·y_i`.
        public let weightedSquare: Double
    }

    /// `(Σ w_i, Σ w_i·y_i)` in a single pass over values and weights.
    ///
    /// Each sum is compensated: error `<= eps·|S| + (eps + (n/4 + 8)²eps²)·Σ|term|`, not growing with `n`.
    /// - Parameters: `values` finite; `weights` finite and `>= 0`, one per value (empty gives zeros).
    /// - Throws: `.lengthMismatch`, `.nonFiniteValue`, `.nonFiniteWeight`, `.negativeWeight` (first
    ///   offending position), `.overflow`.
    public static func weightedSums(
        _ values: some Collection<Double>, weights: some Collection<Double>
    ) throws(Reductions.ReductionError) -> Reductions.WeightedSums {
        try weightedSums(values, weights: weights, operation: "weighted sums")
    }

    static func weightedSums(
        _ values: some Collection<Double>, weights: some Collection<Double>, operation op: String
    ) throws(ReductionError) -> WeightedSums {
        try ReductionInput.checkLengths(op, values: values.count, weights: weights.count)
        return try withContiguous(values, weights) { y, w -> Result<WeightedSums, ReductionError> in
            let r = SumKernels.weightedSums(w, y)
            let finite = r.w.isFinite && r.wy.isFinite
            if let e = ReductionInput.check(op, resultsFinite: finite, signFlagged: r.signs, values: y, weights: w) {
                return .failure(e)
            }
            return .success(WeightedSums(weight: r.w, weightedValue: r.wy))
        }.get()
    }

    /// `(Σ w_i, Σ w_i·y_i, Σ w_i·y_i²)` in a single pass over values and weights.
    ///
    /// Same accuracy, domains and errors as `weightedSums`; the squared term carries one more rounding
    /// per term (relative `2 eps`).
    public static func weightedMoments(
        _ values: some Collection<Double>, weights: some Collection<Double>
    ) throws(Reductions.ReductionError) -> Reductions.WeightedMoments {
        let op = "weighted moments"
        try ReductionInput.checkLengths(op, values: values.count, weights: weights.count)
        return try withContiguous(values, weights) { y, w -> Result<WeightedMoments, ReductionError> in
            let r = SumKernels.weightedMoments(w, y)
            let finite = r.w.isFinite && r.wy.isFinite && r.wy2.isFinite
            if let e = ReductionInput.check(op, resultsFinite: finite, signFlagged: r.signs, values: y, weights: w) {
                return .failure(e)
            }
            return .success(WeightedMoments(weight: r.w, weightedValue: r.wy, weightedSquare: r.wy2))
        }.get()
    }
}
