// Gini: the Gini coefficient (optionally small-sample corrected), weighted for population counts.
import GapwiseNumerics

extension Inequality {
    /// The Gini coefficient: the mean absolute difference between all pairs of units over twice the mean.
    ///
    /// `G = Σ_i Σ_j w_i w_j |y_i − y_j| / (2 W² μ)`, computed in O(n log n) as twice the weighted
    /// covariance of y with its weighted fractional rank over the mean,
    /// `G = 2 Σ w̃_i (y_i − μ)(r_i − ½) / μ`, `r_i = (Σ_{j<i} w_j + w_i/2)/W` in ascending order of y
    /// (tied units get their block's midpoint rank, which leaves G unchanged). Unweighted this is
    /// `(2 Σ i·y_(i) − (n+1) Σ y)/(n Σ y)`, the form of PySAL `Gini` and R `ineq::Gini`.
    ///
    /// - Parameters:
    ///   - values: the values y (≥ 0), one per area or individual.
    ///   - weights: optional population (frequency) weights, ≥ 0 with a positive total.
    ///   - corrected: multiply by N/(N−1) (R `ineq::Gini(corr = TRUE)`), where N = W = Σw is the
    ///     number of individuals the weights stand for (N = n unweighted), so that the correction is
    ///     replication invariant. Needs W > 1.
    /// - Throws: the sample errors of ``InequalityError``, `.negativeValue`, `.nonPositiveMean`, and
    ///   `.tooFewUnits` for `corrected` with W ≤ 1.
    /// - Returns: G in [0, 1 − 1/W] (corrected: [0, 1]); exactly 0 when all values are equal.
    ///   Scale, permutation and replication invariant (the corrected form is not replication invariant
    ///   in n, by design).
    ///
    /// Cost: one bucketed radix sort of (value, weight) records (`Ranking.fractionalRankCovariance`, O(n):
    /// one scatter into buckets, each bucket sorted in cache and walked in ascending order of y, buckets on
    /// two threads with the same bits for any thread count).
    ///
    /// References: Gini (1912); Lerman & Yitzhaki (1984) "A note on the calculation and interpretation
    /// of the Gini index", Economics Letters 15; Zeileis, R package `ineq` 0.2-13.
    public static func gini(_ values: [Double], weights: [Double]? = nil,
                            corrected: Bool = false) throws -> InequalityEstimate {
        let s = try WeightedSample(measure: "gini", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        if corrected && !(s.totalWeight > 1) {
            throw InequalityError.tooFewUnits(measure: "gini", count: s.totalWeight,
                                              required: "the corrected Gini needs a total weight above 1")
        }
        var g = 0.0
        if !s.allEqual {
            g = giniSorted(s)
            if corrected { g *= s.totalWeight / (s.totalWeight - 1) }
        }
        let method = corrected
            ? "Gini = 2·cov_w(y, fractional rank)/mean × N/(N−1), N = total weight"
            : "Gini = 2·cov_w(y, fractional rank)/mean"
        return s.estimate(.gini(corrected: corrected), g, method: method)
    }

    /// `2 Σ w̃ (y − μ)(r − ½)/μ` over the pairs sorted by y, tied values sharing their block's midpoint rank
    /// (the uncorrected Gini; Wolfson's index uses it too).
    static func giniSorted(_ s: WeightedSample) -> Double {
        let sum = Ranking.fractionalRankCovariance(values: s.values, weights: s.weights, mean: s.mean, total: s.totalWeight)
        return 2 * sum / s.totalWeight / s.mean
    }
}
