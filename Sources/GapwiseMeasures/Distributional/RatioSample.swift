// RatioSample: the one-pass route of Theil T, MLD and Atkinson (ε = ½, 1, 2) for clean input; anything else takes the validating route.
import GapwiseNumerics

/// A sample seen through one `Reductions.ratioMoments` pass: no copy of the values, no array of unit
/// weights, the mean found in the same pass as the measure's sum.
///
/// It exists only for input the validating route would accept unchanged: paired, non-empty, finite sums
/// and range, no weight with its sign bit set, a positive total weight with Σw·max|y| finite, values ≥ 0
/// (> 0 when `positive`), a positive mean. For anything else `init` returns nil and the measure builds a
/// `WeightedSample`, which throws the precise error (or handles −0.0 weights and overflow-prone sums).
struct RatioSample {
    let moments: RatioMoments
    let count: Int
    let isWeighted: Bool

    init?(_ term: RatioTerm, values: [Double], weights: [Double]?, positive: Bool, kernel: RatioKernel = .automatic) {
        guard !values.isEmpty, weights == nil || weights!.count == values.count,
              let m = Reductions.ratioMoments(term, values: values, weights: weights, kernel: kernel) else { return nil }
        let magnitude = Swift.max(m.minimum.magnitude, m.maximum.magnitude)
        guard m.totalWeight.isFinite, m.totalWeight > 0, m.deviation.isFinite, m.termSum.isFinite,
              m.minimum.isFinite, m.maximum.isFinite, !m.weightSignSeen,
              (m.totalWeight * magnitude).isFinite,
              positive ? m.minimum > 0 : m.minimum >= 0,
              m.mean > 0, m.mean.isFinite else { return nil }
        moments = m
        count = values.count
        isWeighted = weights != nil
    }

    /// Whether every value is the same (the measures are then exactly 0).
    var allEqual: Bool { moments.minimum == moments.maximum }
    /// ρ − 1, the weighted mean over the reference value minus one.
    var meanExcess: Double { moments.meanExcess }
    /// Σ w f(r) / Σ w.
    var termMean: Double { moments.termMean }

    func estimate(_ measure: InequalityMeasure, _ value: Double, method: String) -> InequalityEstimate {
        InequalityEstimate(measure: measure, estimate: value, method: method, n: count,
                           totalWeight: moments.totalWeight, isWeighted: isWeighted)
    }
}
