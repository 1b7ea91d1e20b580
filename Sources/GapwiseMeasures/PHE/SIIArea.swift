// SIIArea: one area's quantile rows for a PHE slope index of inequality, and their validation.

/// One area's input to ``PHE/sii(_:options:stream:)``: a row per deprivation quantile.
///
/// Quantile 1 is the **most deprived**; rows are either already in quantile order 1, 2, ..., k or
/// carry their labels in `quantiles` (a permutation of 1...k), in which case they are put in order.
/// PHEindicatormethods requires 5 ≤ k ≤ 100 and so does Gapwise.
public struct SIIArea: Sendable, Hashable {
    /// How each quantile's sampling uncertainty is given.
    public enum Uncertainty: Sendable, Hashable {
        /// Standard errors **on the simulation scale** of the value type: of the value (normal), of
        /// log(value) (rate) or of logit(value) (proportion). PHE's `se` argument.
        case standardErrors([Double])
        /// 95% confidence limits on the natural scale. The standard error is derived on the simulation
        /// scale as `(g(U) − g(L)) / (2·1.959963984540054)` (PHE hard-codes the 95% level whatever
        /// confidence the SII is asked for).
        case confidenceLimits95(lower: [Double], upper: [Double])
    }

    /// The population of each quantile (> 0).
    public var populations: [Double]
    /// The indicator value of each quantile (a rate must be > 0, a proportion strictly in (0, 1)).
    public var values: [Double]
    /// The sampling uncertainty of each value.
    public var uncertainty: Uncertainty
    /// Optional quantile labels (1 = most deprived); nil when the rows are already in order 1...k.
    public var quantiles: [Int]?

    public init(populations: [Double], values: [Double], uncertainty: Uncertainty, quantiles: [Int]? = nil) {
        self.populations = populations
        self.values = values
        self.uncertainty = uncertainty
        self.quantiles = quantiles
    }
}

/// An area after validation: rows in quantile order, values and standard errors on the simulation scale.
struct PreparedSIIArea: Sendable {
    /// Populations in quantile order.
    let populations: [Double]
    /// Natural-scale values in quantile order.
    let values: [Double]
    /// g(value): the values on the simulation scale.
    let linkValues: [Double]
    /// Standard errors on the simulation scale.
    let standardErrors: [Double]
}

/// Two-sided 95% normal critical value Φ⁻¹(0.975) that PHE uses to turn 95% limits into a standard error.
let pheZ95 = 1.959963984540054

extension SIIArea {
    /// Validates the rows and puts them in quantile order (see ``PHE`` for every rule).
    func prepared(valueType: SIIValueType) throws(IndicatorError) -> PreparedSIIArea {
        let s = "sii"
        let k = values.count
        if k == 0 { throw .emptyInput(statistic: s) }
        if populations.count != k {
            throw .lengthMismatch(statistic: s, what: "populations", expected: k, actual: populations.count)
        }
        switch uncertainty {
        case let .standardErrors(se):
            if se.count != k { throw .lengthMismatch(statistic: s, what: "standard errors", expected: k, actual: se.count) }
        case let .confidenceLimits95(lower, upper):
            if lower.count != k { throw .lengthMismatch(statistic: s, what: "lower limits", expected: k, actual: lower.count) }
            if upper.count != k { throw .lengthMismatch(statistic: s, what: "upper limits", expected: k, actual: upper.count) }
        }
        if k < 5 || k > 100 {
            throw .tooFewRows(statistic: s, count: k, required: "the SII needs between 5 and 100 quantiles (PHE's rule)")
        }
        // Quantile order.
        var order = Array(0..<k)
        if let q = quantiles {
            if q.count != k { throw .lengthMismatch(statistic: s, what: "quantile labels", expected: k, actual: q.count) }
            var seen = [Bool](repeating: false, count: k)
            for (i, label) in q.enumerated() {
                guard label >= 1 && label <= k else {
                    throw .invalidQuantiles(statistic: s, detail: "row \(i + 1) has label \(label), outside 1...\(k)")
                }
                if seen[label - 1] {
                    throw .invalidQuantiles(statistic: s, detail: "label \(label) appears more than once")
                }
                seen[label - 1] = true
                order[label - 1] = i
            }
        }
        // Populations and values.
        for i in 0..<k {
            let n = populations[i]
            if !n.isFinite { throw .nonFiniteValue(statistic: s, what: "population", index: i, value: n) }
            if n <= 0 { throw .nonPositiveValue(statistic: s, what: "population", index: i, value: n) }
            try checkNatural(values[i], what: "value", index: i, valueType)
        }
        // Standard errors on the simulation scale.
        var se = [Double](repeating: 0, count: k)
        switch uncertainty {
        case let .standardErrors(given):
            for i in 0..<k {
                let e = given[i]
                if !e.isFinite { throw .nonFiniteValue(statistic: s, what: "standard error", index: i, value: e) }
                if e < 0 { throw .negativeValue(statistic: s, what: "standard error", index: i, value: e) }
                se[i] = e
            }
        case let .confidenceLimits95(lower, upper):
            for i in 0..<k {
                try checkNatural(lower[i], what: "lower confidence limit", index: i, valueType)
                try checkNatural(upper[i], what: "upper confidence limit", index: i, valueType)
                if lower[i] > upper[i] { throw .limitsReversed(statistic: s, index: i, lower: lower[i], upper: upper[i]) }
                se[i] = (valueType.link(upper[i]) - valueType.link(lower[i])) / pheZ95 / 2
            }
        }
        return PreparedSIIArea(populations: order.map { populations[$0] },
                               values: order.map { values[$0] },
                               linkValues: order.map { valueType.link(values[$0]) },
                               standardErrors: order.map { se[$0] })
    }

    /// A natural-scale value (or limit) must be finite, and inside the domain of the link.
    private func checkNatural(_ v: Double, what: String, index i: Int, _ type: SIIValueType) throws(IndicatorError) {
        let s = "sii"
        if !v.isFinite { throw .nonFiniteValue(statistic: s, what: what, index: i, value: v) }
        switch type {
        case .normal: break
        case .rate: if v <= 0 { throw .nonPositiveValue(statistic: s, what: what, index: i, value: v) }
        case .proportion: if !(v > 0 && v < 1) { throw .proportionOutOfRange(statistic: s, what: what, index: i, value: v) }
        }
    }
}
