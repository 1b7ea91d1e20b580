// Variance: two-pass variance (n−1 or n denominator), unweighted and with frequency weights.

extension Reductions {
    /// The denominator of a variance.
    public enum VarianceDenominator: String, Sendable, CaseIterable {
        /// `n − 1` (or `Σw − 1` with frequency weights): the unbiased sample variance.
        case sample
        /// `n` (or `Σw`): the variance of the values as a whole population.
        case population
    }

    /// The variance `s² = Σ(y_i − ȳ)² / d`, with `d = n − 1` (`.sample`, default) or `n` (`.population`).
    ///
    /// Corrected two-pass algorithm (Björck; Chan, Golub and LeVeque 1983, "Algorithms for computing the
    /// sample variance", Am. Stat. 37(3)): pass 1 gives `ȳ` from a compensated sum; pass 2 gives
    /// `SS = Σ(y−ȳ)² − (Σ(y−ȳ))²/n`, both sums compensated. Unlike the one-pass `Σy² − (Σy)²/n`, this
    /// does not lose digits when the mean is large against the spread (NIST StRD NumAcc sets).
    ///
    /// - Parameters:
    ///   - values: finite values; at least 2 for `.sample`, at least 1 for `.population`.
    ///   - denominator: `.sample` (default) or `.population`.
    /// - Throws: `.tooFewObservations`, `.nonFiniteValue`, `.overflow`.
    /// - Properties: `>= 0`; 0 for equal values; shift invariant; `var(c·y) = c²·var(y)`.
    public static func variance(
        _ values: some Collection<Double>, denominator: Reductions.VarianceDenominator = .sample
    ) throws(Reductions.ReductionError) -> Double {
        let op = "variance"
        let n = values.count
        let bound = denominator == .sample ? 1 : 0
        guard n > bound else {
            throw .tooFewObservations(operation: op, mustExceed: Double(bound), got: Double(n))
        }
        return try withContiguous(values) { y -> Result<Double, ReductionError> in
            let s = SumKernels.sum(y)
            if let e = ReductionInput.check(op, resultsFinite: s.isFinite, signFlagged: false, values: y, weights: nil) {
                return .failure(e)
            }
            let c = SumKernels.centered(y, about: s / Double(n))
            guard c.d2.isFinite else { return .failure(.overflow(operation: op)) }
            let ss = max(0, c.d2 - c.d * c.d / Double(n))
            return .success(ss / Double(denominator == .sample ? n - 1 : n))
        }.get()
    }

    /// The weighted variance with **frequency** weights: `Σw_i(y_i − ȳ_w)² / d`, `ȳ_w = Σw·y/Σw`, and
    /// `d = Σw − 1` (`.sample`, default) or `Σw` (`.population`). With integer weights this equals
    /// `variance` of the values repeated `w_i` times.
    ///
    /// Corrected two-pass algorithm as in `variance`, with compensated weighted sums:
    /// `SS = Σw(y−ȳ)² − (Σw(y−ȳ))²/Σw`.
    ///
    /// - Parameters:
    ///   - values: finite values.
    ///   - weights: finite `w_i >= 0`, one per value; `Σw > 1` for `.sample`, `Σw > 0` for `.population`.
    /// - Throws: `.lengthMismatch`, `.nonFiniteValue`, `.nonFiniteWeight`, `.negativeWeight`,
    ///   `.zeroTotalWeight`, `.tooFewObservations` (`Σw <= 1` for `.sample`), `.overflow`.
    public static func weightedVariance(
        _ values: some Collection<Double>, weights: some Collection<Double>,
        denominator: Reductions.VarianceDenominator = .sample
    ) throws(Reductions.ReductionError) -> Double {
        let op = "weighted variance"
        let s = try weightedSums(values, weights: weights, operation: op)
        guard s.weight > 0 else { throw .zeroTotalWeight(operation: op) }
        if denominator == .sample && !(s.weight > 1) {
            throw .tooFewObservations(operation: op, mustExceed: 1, got: s.weight)
        }
        let m = s.weightedValue / s.weight
        let c = withContiguous(values, weights) { y, w in SumKernels.centeredWeighted(w, y, about: m) }
        guard c.wd2.isFinite else { throw .overflow(operation: op) }
        let ss = max(0, c.wd2 - c.wd * c.wd / s.weight)
        return ss / (denominator == .sample ? s.weight - 1 : s.weight)
    }
}
