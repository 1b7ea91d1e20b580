// Mean: the mean of a sample with Student t confidence limits, PHEindicatormethods' phe_mean.
import GapwiseNumerics

extension Indicator {
    /// The mean with Student t confidence limits (PHE `phe_mean`).
    ///
    ///     value = Σx/n,   s = √(Σ(x − value)²/(n − 1)),   limits = value ∓ t_{(1+c)/2, n−1}·s/√n.
    ///
    /// The result's numerator is Σx (PHE `value_sum`), denominator n (`value_count`) and
    /// `standardDeviation` s (`stdev`).
    ///
    /// - Parameters:
    ///   - values: at least 2 finite numbers.
    ///   - confidence: levels strictly between 0 and 1; default `[0.95]`.
    /// - Throws: ``IndicatorError`` for fewer than 2 values, a non-finite value or a bad level.
    /// - Properties: the interval is symmetric about the mean; zero width when all values are equal.
    /// - References: Armitage P, Berry G, Matthews JNS (2002) *Statistical methods in medical research*
    ///   (4th edn); PHEindicatormethods 2.1.0 `phe_mean`.
    public static func mean(_ values: [Double], confidence: [Double] = [0.95]) throws(IndicatorError) -> IndicatorEstimate {
        let s = "mean"
        let n = values.count
        if n < 2 { throw .tooFewRows(statistic: s, count: n, required: "a mean with a confidence interval needs at least 2 values") }
        for (i, v) in values.enumerated() where !v.isFinite {
            throw .nonFiniteValue(statistic: s, what: "value", index: i, value: v)
        }
        try validateConfidence(confidence, statistic: s)
        let sum = values.reduce(0, +)
        let mean = sum / Double(n)
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        let sd = (ss / Double(n - 1)).squareRoot()
        let se = sd / Double(n).squareRoot()
        var intervals = [ConfidenceInterval]()
        for c in confidence {
            let t = try distribution(s) { () throws(DistributionError) in
                try StudentT.quantile(upperTail: (1 - c) / 2, degreesOfFreedom: Double(n - 1))
            }
            intervals.append(ConfidenceInterval(confidence: c, lower: mean - t * se, upper: mean + t * se))
        }
        return IndicatorEstimate(statistic: "mean", value: mean, intervals: intervals, method: "Student's t-distribution",
                                 numerator: sum, denominator: Double(n), multiplier: 1, standardDeviation: sd)
    }
}
