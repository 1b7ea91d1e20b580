// WeightedLogSums: fused single-pass (Σw, Σw·y, Σw·y·ln y) for Theil-type measures, with its zero policy.

extension Reductions {
    /// What a logarithmic sum does with a value that is exactly zero.
    public enum ZeroValuePolicy: String, Sendable, CaseIterable {
        /// Throw `ReductionError.zeroValue` (the default): `ln 0` is undefined and a zero is usually a
        /// data problem the analyst should see.
        case reject
        /// Use the limit `y·ln y → 0` as `y → 0⁺`, i.e. the convention `0·ln 0 = 0` (as in the Theil T
        /// index, where an area with zero outcome contributes nothing). Only on the caller's request.
        case zeroLogZeroIsZero
    }

    /// The sums `Σw`, `Σw·y` and `Σw·y·ln y` from one pass (Theil T index, GE(1)).
    public struct WeightedLogSums: Equatable, Sendable {
        /// `Σ w_i`.
        public let weight: Double
        /// `Σ w_i·y_i`.
        public let weightedValue: Double
        /// `Σ w_i·y_i·ln y_i`, evaluated per term as `(w_i·y_i)·ln(y_i)` (natural logarithm).
        public let weightedValueLogValue: Double
    }

    /// `(Σ w_i, Σ w_i·y_i, Σ w_i·y_i·ln y_i)` in a single pass.
    ///
    /// The logarithm is libm's `log` (error < 1 ulp), applied one element at a time; the products and
    /// sums use SIMD lanes with compensation, so each sum's error is `<= eps|S| + ~3eps·Σ|term|`,
    /// not growing with `n`. The cost is dominated by `log` and the validation scan (measured 15-22 ns
    /// per element on the shared 2-core development machine, against 2-4 ns for `weightedMoments`).
    ///
    /// Policy for `y <= 0`, checked for every element **before** computing:
    /// - `y < 0` always throws `.negativeValue` (`ln y` is not real);
    /// - `y == 0` throws `.zeroValue` under `.reject` (default) and contributes `0` to the third sum
    ///   under `.zeroLogZeroIsZero` (it still counts in `Σw`, and adds 0 to `Σw·y`).
    ///
    /// - Parameters:
    ///   - values: finite `y_i >= 0`.
    ///   - weights: finite `w_i >= 0`, one per value.
    ///   - zeros: the zero-value policy, default `.reject`.
    /// - Throws: `.lengthMismatch`; for the first offending position in index order `.nonFiniteValue`,
    ///   `.nonFiniteWeight`, `.negativeWeight`, `.negativeValue`, `.zeroValue`; `.overflow`.
    public static func weightedLogSums(
        _ values: some Collection<Double>, weights: some Collection<Double>,
        zeros: Reductions.ZeroValuePolicy = .reject
    ) throws(Reductions.ReductionError) -> Reductions.WeightedLogSums {
        let op = "weighted y·ln(y) sums"
        try ReductionInput.checkLengths(op, values: values.count, weights: weights.count)
        return try withContiguous(values, weights) { y, w -> Result<WeightedLogSums, ReductionError> in
            for i in 0..<y.count {
                if let e = ReductionInput.firstInvalid(op, values: y[i], weights: w[i], index: i) { return .failure(e) }
                if y[i] < 0 { return .failure(.negativeValue(operation: op, index: i, value: y[i])) }
                if y[i] == 0 && zeros == .reject { return .failure(.zeroValue(operation: op, index: i)) }
            }
            let r = SumKernels.logSums(w, y)
            guard r.w.isFinite, r.wy.isFinite, r.wylny.isFinite else { return .failure(.overflow(operation: op)) }
            return .success(WeightedLogSums(weight: r.w, weightedValue: r.wy, weightedValueLogValue: r.wylny))
        }.get()
    }
}
