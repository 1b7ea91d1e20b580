// WeightedSample: validated values with population weights, shared by the distributional measures.

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

    package var count: Int { values.count }

    /// Validates `values` and `weights` and builds the sample.
    /// - Throws: `.emptyInput`, `.lengthMismatch`, `.nonFiniteValue`, `.invalidWeight`, `.zeroTotalWeight`,
    ///   `.overflow` when Σw or Σw|y| passes the largest Double (each term finite, the sum not).
    package init(measure: String, values: [Double], weights: [Double]?) throws {
        guard !values.isEmpty else { throw InequalityError.emptyInput(measure: measure) }
        for (i, v) in values.enumerated() where !v.isFinite {
            throw InequalityError.nonFiniteValue(measure: measure, index: i, value: v)
        }
        var w: [Double]
        if let weights {
            guard weights.count == values.count else {
                throw InequalityError.lengthMismatch(measure: measure, what: "weights",
                                                     expected: values.count, actual: weights.count)
            }
            for (i, x) in weights.enumerated() where !(x.isFinite && x >= 0) {
                throw InequalityError.invalidWeight(measure: measure, index: i, weight: x)
            }
            w = weights
        } else {
            w = [Double](repeating: 1, count: values.count)
        }
        var total = 0.0
        for (i, x) in w.enumerated() {
            total += x
            guard total.isFinite else { throw InequalityError.overflow(measure: measure, index: i, quantity: "the total weight") }
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
        var m = s / total
        var c = 0.0
        for i in values.indices { c += w[i] * (values[i] - m) }
        m += c / total
        let first = values[0]
        self.measure = measure
        self.values = values
        self.weights = w
        self.isWeighted = weights != nil
        self.totalWeight = total
        self.allEqual = values.allSatisfy { $0 == first }
        self.mean = allEqual ? first : m
    }

    /// Throws `.negativeValue` for the first negative value.
    package func requireNonNegative() throws {
        for (i, v) in values.enumerated() where v < 0 {
            throw InequalityError.negativeValue(measure: measure, index: i, value: v)
        }
    }

    /// Throws `.negativeValue` or `.zeroValue` (with `reason`) for the first value that is not > 0.
    package func requirePositive(reason: String) throws {
        try requireNonNegative()
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
        values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    /// Builds an estimate value for this sample.
    package func estimate(_ measure: InequalityMeasure, _ value: Double, method: String) -> InequalityEstimate {
        InequalityEstimate(measure: measure, estimate: value, method: method, n: count,
                           totalWeight: totalWeight, isWeighted: isWeighted)
    }
}
