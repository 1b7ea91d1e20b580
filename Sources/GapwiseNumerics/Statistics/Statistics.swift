// Statistics: the namespace of the univariate statistics, and the mean.

/// Univariate descriptive statistics computed with accurate (compensated, two-pass) algorithms and
/// proven on the NIST Statistical Reference Datasets (StRD, univariate summary statistics): mean,
/// standard deviation and lag-1 autocorrelation. Errors are `ReductionError`.
package enum Statistics {
    /// The arithmetic mean `ȳ = (1/n) Σ y_i`, from a compensated sum (see `Reductions.mean`).
    ///
    /// - Parameter values: at least one finite value.
    /// - Throws: `.tooFewObservations` when empty, `.nonFiniteValue`, `.overflow`.
    /// - Accuracy: within about 1.5 ulp of the exact mean of the given doubles; LRE 15 on every
    ///   NIST StRD univariate dataset.
    public static func mean(_ values: some Collection<Double>) throws(Reductions.ReductionError) -> Double {
        try Reductions.mean(values)
    }
}
