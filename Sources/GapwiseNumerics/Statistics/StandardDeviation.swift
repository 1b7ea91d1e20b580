// StandardDeviation: s = sqrt(Σ(y−ȳ)²/(n−1)) by the corrected two-pass algorithm.

extension Statistics {
    /// The standard deviation `s = sqrt( Σ_i (y_i − ȳ)² / d )`, `d = n − 1` (`.sample`, default, the
    /// NIST StRD definition) or `n` (`.population`).
    ///
    /// The square root of `Reductions.variance`: two passes (compensated mean, then compensated
    /// `Σ(y−ȳ)²` corrected by `(Σ(y−ȳ))²/n`, Chan, Golub and LeVeque 1983), so data with a large mean
    /// and a small spread (NIST NumAcc3/NumAcc4) keep their digits.
    ///
    /// - Parameters:
    ///   - values: finite values; at least 2 for `.sample`, 1 for `.population`.
    ///   - denominator: `.sample` (default) or `.population`.
    /// - Throws: `.tooFewObservations`, `.nonFiniteValue`, `.overflow`.
    /// - Properties: `>= 0`; 0 for equal values; shift invariant; `s(c·y) = |c|·s(y)`.
    public static func standardDeviation(
        _ values: some Collection<Double>, denominator: Reductions.VarianceDenominator = .sample
    ) throws(Reductions.ReductionError) -> Double {
        try Reductions.variance(values, denominator: denominator).squareRoot()
    }
}
