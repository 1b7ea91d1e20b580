// Sum: the accurate (compensated SIMD) sum Σy and weighted sum Σw·y.

extension Reductions {
    /// The sum `S = Σ_i y_i`, computed with compensated SIMD lanes.
    ///
    /// - Parameter values: any collection of `Double`; may be empty (the sum is then 0).
    /// - Returns: `S` with error `|Ŝ − S| <= eps·|S| + (n/4 + 8)²·eps²·Σ|y_i|` (`eps = 2^-53`), i.e.
    ///   about one rounding of the exact sum: it does not grow linearly with `n`. Ill-conditioned sums
    ///   such as `[1e16, 1, -1e16]` are exact (result 1).
    /// - Throws: `ReductionError.nonFiniteValue` for the first NaN or infinite value;
    ///   `.overflow` when the values are finite but the sum exceeds the `Double` range.
    /// - Properties: permutation changes the result by at most the bound above; `sum([]) == 0`.
    /// - References: Ogita, Rump, Oishi (2005), "Accurate sum and dot product", SIAM J. Sci. Comput.
    ///   26(6); Knuth, TAOCP vol. 2, §4.2.2 (TwoSum).
    public static func sum(_ values: some Collection<Double>) throws(Reductions.ReductionError) -> Double {
        let op = "sum"
        return try withContiguous(values) { y -> Result<Double, ReductionError> in
            let s = SumKernels.sum(y)
            if let e = ReductionInput.check(op, resultsFinite: s.isFinite, signFlagged: false, values: y, weights: nil) {
                return .failure(e)
            }
            return .success(s)
        }.get()
    }

    /// The weighted sum `Σ_i w_i·y_i` (frequency or population weights).
    ///
    /// Each product `w_i·y_i` is rounded once (relative error `<= eps`), then the products are summed
    /// with compensated SIMD lanes, so `|Ŝ − S| <= eps·|S| + (eps + (n/4 + 8)²eps²)·Σ|w_i·y_i|`:
    /// independent of `n` to first order. No fused multiply-add is used (slow on baseline x86-64).
    ///
    /// - Parameters:
    ///   - values: the `y_i`, finite.
    ///   - weights: the `w_i`, finite and `>= 0`, one per value. Zero weights are allowed.
    /// - Throws: `.lengthMismatch`; `.nonFiniteValue`/`.nonFiniteWeight`/`.negativeWeight` for the first
    ///   offending position; `.overflow`.
    public static func weightedSum(
        _ values: some Collection<Double>, weights: some Collection<Double>
    ) throws(Reductions.ReductionError) -> Double {
        let op = "weighted sum"
        try ReductionInput.checkLengths(op, values: values.count, weights: weights.count)
        return try withContiguous(values, weights) { y, w -> Result<Double, ReductionError> in
            let r = SumKernels.dot(w, y)
            if let e = ReductionInput.check(op, resultsFinite: r.wy.isFinite, signFlagged: r.signs, values: y, weights: w) {
                return .failure(e)
            }
            return .success(r.wy)
        }.get()
    }
}
