// WeightedPowerSums: fused single-pass (Σw, Σw·y, Σw·y^a) for the generalised entropy GE(a).

extension Reductions {
    /// The sums `Σw`, `Σw·y` and `Σw·y^a` from one pass (generalised entropy, Atkinson index).
    public struct WeightedPowerSums: Equatable, Sendable {
        /// The exponent `a`.
        public let exponent: Double
        /// `Σ w_i`.
        public let weight: Double
        /// `Σ w_i·y_i`.
        public let weightedValue: Double
        /// `Σ w_i·y_i^a`.
        public let weightedPower: Double
    }

    /// `(Σ w_i, Σ w_i·y_i, Σ w_i·y_i^a)` in a single pass, for the generalised entropy
    /// `GE(a) = [ (1/Σw) Σ w_i (y_i/ȳ)^a − 1 ] / (a(a−1))` with `ȳ = Σw·y/Σw`, which callers form from
    /// these sums as `GE(a) = [ (Σw·y^a/Σw) / ȳ^a − 1 ] / (a(a−1))`.
    ///
    /// `y^a` is libm's `pow` (error < 1 ulp) one element at a time, except `a == 1` (`y`) and `a == 2`
    /// (`(w·y)·y`, fully vectorised). Sums are compensated SIMD lanes (error not growing with `n`).
    ///
    /// Domain, checked for every element before computing: `y_i >= 0` (negative values throw
    /// `.negativeValue`); when `a <= 0`, `y_i > 0` (a zero throws `.zeroValue`, since `0^a` is infinite
    /// for `a < 0`, and for `a = 0` the limit depends on the path: GE(0) is the mean log deviation,
    /// which needs logs). For `a > 0`, `0^a = 0` exactly (no repair involved).
    ///
    /// - Parameters:
    ///   - values: finite `y_i` in the domain above.
    ///   - weights: finite `w_i >= 0`, one per value.
    ///   - exponent: finite `a`.
    /// - Throws: `.invalidExponent`, `.lengthMismatch`; for the first offending position
    ///   `.nonFiniteValue`, `.nonFiniteWeight`, `.negativeWeight`, `.negativeValue`, `.zeroValue`;
    ///   `.overflow` (e.g. large `y` with large `a`).
    public static func weightedPowerSums(
        _ values: some Collection<Double>, weights: some Collection<Double>, exponent a: Double
    ) throws(Reductions.ReductionError) -> Reductions.WeightedPowerSums {
        let op = "weighted power sums (a = \(a))"
        guard a.isFinite else { throw .invalidExponent(operation: "weighted power sums", exponent: a) }
        try ReductionInput.checkLengths(op, values: values.count, weights: weights.count)
        return try withContiguous(values, weights) { y, w -> Result<WeightedPowerSums, ReductionError> in
            for i in 0..<y.count {
                if let e = ReductionInput.firstInvalid(op, values: y[i], weights: w[i], index: i) { return .failure(e) }
                if y[i] < 0 { return .failure(.negativeValue(operation: op, index: i, value: y[i])) }
                if y[i] == 0 && a <= 0 { return .failure(.zeroValue(operation: op, index: i)) }
            }
            let r = SumKernels.powerSums(w, y, exponent: a)
            guard r.w.isFinite, r.wy.isFinite, r.wya.isFinite else { return .failure(.overflow(operation: op)) }
            return .success(WeightedPowerSums(exponent: a, weight: r.w, weightedValue: r.wy, weightedPower: r.wya))
        }.get()
    }
}
