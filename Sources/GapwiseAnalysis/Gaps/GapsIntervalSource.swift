// GapsIntervalSource: where the intervals of the gap measures come from: the quantiles' sampling error (default) or a bootstrap over areas, by name.

/// The source of the intervals of every quantile-table gap measure (`d`, `r`, `sii_linear`, `rii_linear`,
/// `paf`, `par`, ...) in `gaps` and `report`.
public enum GapsIntervalSource: String, Hashable, Sendable, CaseIterable {
    /// Each measure's own interval from the quantiles' sampling error (Wilson/Byar limits of counts, the
    /// areas' standard errors of values); the linear SII and RII take `GapsRequest.siiInterval`. Area values
    /// without a standard error carry no sampling error, so their measures have no interval. The default.
    case sampling
    /// A stratified percentile bootstrap over the areas: each replicate redraws, within every quantile, as
    /// many areas as it holds, with replacement (an area carries its count and population, or its value and
    /// weight), recomputes each quantile's value as the point estimate does (Σ numerators / Σ denominators;
    /// the population-weighted mean of values) and every gap measure; the limits are the type-7 percentiles
    /// of the replicate measures (Efron & Tibshirani 1993, ch. 13; Davison & Hinkley 1997, §3.7).
    /// It reflects how much the gap depends on which areas fall in each quantile (area-level variation),
    /// for count indicators too: it is not the Poisson or binomial error of the counts. Directly
    /// standardised rates are not bootstrapped. PHE's `phe_sii`/`phe_rii` keep PHE's own simulation.
    case bootstrap
}

extension GapsIntervalSource {
    /// Replicates of the bootstrap when the request gives none: 1,000. At 1,000 a 95% limit carries a
    /// Monte-Carlo error of roughly 3% of the interval's width; ask for more with `replicates`.
    public static let defaultBootstrapReplicates = 1000
    /// The fewest bootstrap replicates accepted (as `Inequality.bootstrap`).
    static let minimumBootstrapReplicates = 100

    /// The interval column's words: "bootstrap over areas within each quintile, 1000 replicates, percentile".
    static func bootstrapLabel(scheme k: Int, replicates: Int) -> String {
        "bootstrap over areas within each \(GapsRequest.schemeName(k)), \(replicates) replicates, percentile"
    }
}
