// Autocorrelation: the lag-1 autocorrelation r1 of a series, NIST StRD definition, three accurate passes.

extension Statistics {
    /// The lag-1 autocorrelation
    /// `r1 = Σ_{i=1}^{n−1} (y_i − ȳ)(y_{i+1} − ȳ) / Σ_{i=1}^{n} (y_i − ȳ)²`
    /// (the NIST StRD univariate definition; the series order is the collection's order).
    ///
    /// Algorithm: pass 1, `m = Σy/n` (compensated). Pass 2, `a_i = y_i − m`, `D1 = Σa`, `D2 = Σa²`.
    /// Pass 3, `L = Σ a_i a_{i+1}`. The exact mean is `m + δ` with `δ = D1/n`, which is usually not a
    /// `Double`, so rather than re-centring on a rounded mean the deviations are corrected exactly in
    /// algebra: denominator `D2 − δ·D1`, numerator `L − δ(2·D1 − a_1 − a_n) + (n−1)δ²`. Every sum is
    /// compensated. On NIST NumAcc4 (mean 1e7, spread 0.1) this matches the exact value for the
    /// binary inputs to about 1e-15 relative.
    ///
    /// - Parameter values: at least 2 finite values, not all equal.
    /// - Returns: `r1`; `|r1| <= 1` by the Cauchy-Schwarz inequality (up to rounding).
    /// - Throws: `.tooFewObservations` (`n < 2`), `.nonFiniteValue`, `.overflow`, `.constantValues`
    ///   when all values are equal (checked exactly, before the ratio is formed).
    public static func lag1Autocorrelation(_ values: some Collection<Double>) throws(Reductions.ReductionError) -> Double {
        let op = "lag-1 autocorrelation"
        let n = values.count
        guard n > 1 else { throw .tooFewObservations(operation: op, mustExceed: 1, got: Double(n)) }
        return try withContiguous(values) { y -> Result<Double, ReductionError> in
            let s = SumKernels.sum(y)
            if let e = ReductionInput.check(op, resultsFinite: s.isFinite, signFlagged: false, values: y, weights: nil) {
                return .failure(e)
            }
            if !y.contains(where: { $0 != y[0] }) { return .failure(.constantValues(operation: op)) }
            let nd = Double(n)
            let m = s / nd
            let c = SumKernels.centered(y, about: m)
            let l = SumKernels.lag1(y, about: m)
            guard c.d2.isFinite, l.isFinite else { return .failure(.overflow(operation: op)) }
            let delta = c.d / nd
            let ends = (y[0] - m) + (y[n - 1] - m)
            let denominator = c.d2 - delta * c.d
            let numerator = l - delta * (2 * c.d - ends) + (nd - 1) * delta * delta
            guard denominator > 0 else { return .failure(.constantValues(operation: op)) }
            return .success(numerator / denominator)
        }.get()
    }
}
