// WeightedSample: validated values with population weights, shared by the distributional measures.
import GapwiseNumerics

/// Values with their (frequency) weights after validation: non-empty, paired, finite, weights ≥ 0
/// with a positive total. Built once per call; the per-measure domain rules (`requireNonNegative`,
/// `requirePositive`, `requirePositiveMean`) are checked before any computation.
package struct WeightedSample: Sendable {
    /// The measure code used in error messages.
    package let measure: String
    package let values: [Double]
    /// The weights (all 1 when none were given).
    package let weights: [Double]
    package let isWeighted: Bool
    /// Σ w.
    package let totalWeight: Double
    /// The weighted mean Σ w y / Σ w (one refinement pass).
    package let mean: Double
    /// Whether every value is the same (the exact perfect-equality case).
    package let allEqual: Bool
    /// The smallest value (the domain checks need only this unless they fail).
    package let minimum: Double

    package var count: Int { values.count }

    /// Validates `values` and `weights` and builds the sample.
    /// - Throws: `.emptyInput`, `.lengthMismatch`, `.nonFiniteValue`, `.invalidWeight`, `.zeroTotalWeight`,
    ///   `.overflow` when Σw or Σw|y| passes the largest Double (each term finite, the sum not).
    package init(measure: String, values: [Double], weights: [Double]?) throws {
        guard !values.isEmpty else { throw InequalityError.emptyInput(measure: measure) }
        if let weights, weights.count != values.count {
            throw InequalityError.lengthMismatch(measure: measure, what: "weights",
                                                 expected: values.count, actual: weights.count)
        }
        let w = weights ?? [Double](repeating: 1, count: values.count)
        // One SIMD pass: the sums, the range and the weights' sign bits. Clean data (finite sums, no
        // sign bit) needs nothing more; anything else takes the exact element-by-element scan below,
        // which throws for the first offending position.
        let summary = Reductions.sampleSummary(values: values, weights: w)
        // Clean also needs Σw|y| ≤ Σw · max|y| to be finite, so that no later sum can overflow unseen.
        let clean = summary.totalWeight.isFinite && summary.weightedSum.isFinite && !summary.weightSignSeen
            && summary.minimum.isFinite && summary.maximum.isFinite
            && (summary.totalWeight * Swift.max(summary.maximum.magnitude, summary.minimum.magnitude)).isFinite
        var total = summary.totalWeight
        var m = summary.weightedSum / summary.totalWeight
        if !clean {
            for (i, v) in values.enumerated() where !v.isFinite {
                throw InequalityError.nonFiniteValue(measure: measure, index: i, value: v)
            }
            for (i, x) in w.enumerated() where !(x.isFinite && x >= 0) {
                throw InequalityError.invalidWeight(measure: measure, index: i, weight: x)
            }
            // Valid data whose plain sums overflow (an error naming where), or −0.0 weights: the plain
            // two-pass mean.
            total = 0
            for (i, x) in w.enumerated() {
                total += x
                guard total.isFinite else {
                    throw InequalityError.overflow(measure: measure, index: i, quantity: "the total weight")
                }
            }
            guard total > 0 else { throw InequalityError.zeroTotalWeight(measure: measure) }
            var s = 0.0, magnitude = 0.0
            for i in values.indices {
                s += w[i] * values[i]
                magnitude += w[i] * abs(values[i])
                guard magnitude.isFinite else {
                    throw InequalityError.overflow(measure: measure, index: i, quantity: "the weighted sum of the values")
                }
            }
            m = s / total
            var c = 0.0
            for i in values.indices { c += w[i] * (values[i] - m) }
            m += c / total
        }
        guard total > 0 else { throw InequalityError.zeroTotalWeight(measure: measure) }
        self.measure = measure
        self.values = values
        self.weights = w
        self.isWeighted = weights != nil
        self.totalWeight = total
        self.minimum = summary.minimum
        self.allEqual = summary.minimum == summary.maximum
        self.mean = allEqual ? values[0] : m
    }

    /// Throws `.negativeValue` for the first negative value.
    package func requireNonNegative() throws {
        guard minimum < 0 else { return }
        for (i, v) in values.enumerated() where v < 0 {
            throw InequalityError.negativeValue(measure: measure, index: i, value: v)
        }
    }

    /// Throws `.negativeValue` or `.zeroValue` (with `reason`) for the first value that is not > 0.
    package func requirePositive(reason: String) throws {
        try requireNonNegative()
        guard minimum == 0 else { return }
        for (i, v) in values.enumerated() where v == 0 {
            throw InequalityError.zeroValue(measure: measure, index: i, reason: reason)
        }
    }

    /// Throws `.nonPositiveMean` unless the weighted mean is > 0.
    package func requirePositiveMean() throws {
        guard mean > 0 else { throw InequalityError.nonPositiveMean(measure: measure, mean: mean) }
    }

    /// Indices that sort the values ascending (ties kept in input order).
    package func ascendingOrder() -> [Int] {
        stableAscendingOrder(values)
    }

    /// Builds an estimate value for this sample.
    package func estimate(_ measure: InequalityMeasure, _ value: Double, method: String) -> InequalityEstimate {
        InequalityEstimate(measure: measure, estimate: value, method: method, n: count,
                           totalWeight: totalWeight, isWeighted: isWeighted)
    }
}
