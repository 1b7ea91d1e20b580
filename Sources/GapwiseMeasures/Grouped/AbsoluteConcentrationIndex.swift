// AbsoluteConcentrationIndex (HEAT "aci"): ACI on subgroup ridits, SE from the "convenient regression".
import GapwiseNumerics

/// The ordered, optionally bound-normalised subgroup data the concentration indices share.
struct ConcentrationSetup {
    let order: [Int]
    /// Estimates in rank order (normalised to (y − lower)/(upper − lower) when bounds were given).
    let y: [Double]
    let population: [Double]
    let shares: [Double]
    let ranks: [Double]
    /// σ_r² = Σ p_j (r_j − ½)².
    let rankVariance: Double
    /// μ = Σ p_j y_j of `y`.
    let mean: Double

    init(_ data: SubgroupData, measure: String, bounds: ClosedRange<Double>?) throws(GroupedMeasureError) {
        order = try data.requireOrdered(measure)
        let pop = try data.requirePopulations(measure)
        var y = order.map { data.subgroups[$0].estimate }
        if let b = bounds {
            guard b.lowerBound.isFinite && b.upperBound.isFinite && b.lowerBound < b.upperBound else {
                throw .invalidBounds(measure: measure, detail: "the bounds \(b.lowerBound)…\(b.upperBound) must be finite with lower < upper")
            }
            for j in order where !b.contains(data.subgroups[j].estimate) {
                throw .invalidBounds(measure: measure, detail: "subgroup '\(data.subgroups[j].name)' has estimate \(data.subgroups[j].estimate), outside the bounds \(b.lowerBound)…\(b.upperBound)")
            }
            y = y.map { ($0 - b.lowerBound) / (b.upperBound - b.lowerBound) }
        }
        population = order.map { pop[$0] }
        let total = population.reduce(0, +)
        shares = population.map { $0 / total }
        ranks = ridits(population)
        var s = 0.0
        for j in ranks.indices { s += shares[j] * (ranks[j] - 0.5) * (ranks[j] - 0.5) }
        rankVariance = s
        mean = SubgroupData.weightedMean(y, shares: shares)
        self.y = y
    }

    /// The generalised (absolute) concentration index `2 Σ p_j (y_j − μ)(r_j − ½)` (exactly 0 when all y
    /// are equal; equal to `2 Σ p_j y_j (r_j − ½)` since Σ p_j (r_j − ½) = 0).
    var absoluteIndex: Double {
        var s = 0.0
        for j in y.indices { s += shares[j] * (y[j] - mean) * (ranks[j] - 0.5) }
        return 2 * s
    }

    /// The slope and its OLS SE of the convenient regression `lhs_j √N_j ~ 0 + r_j √N_j + √N_j`, i.e. the
    /// population-weighted least squares of `lhs` on r with an intercept (healthequal's
    /// `glm(lhs ~ 0 + rhs + intercept, gaussian)`; residual variance on k − 2 degrees of freedom).
    func convenientRegression(_ lhs: [Double], measure: String) throws(GroupedMeasureError) -> (slope: Double, se: Double) {
        do {
            let fit = try LinearRegression.fit(design: try Matrix(columns: [ranks]), response: lhs, intercept: true,
                                               weights: population)
            return (fit.coefficients[1], fit.standardErrors[1])
        } catch {
            throw .regressionFailed(measure: measure, detail: error.description)
        }
    }
}

extension GroupedInequality {
    /// Absolute concentration index (ACI) over an ordered dimension (complex, absolute, weighted; > 2 groups).
    ///
    /// `ACI = 2 Σ p_j y_j (r_j − ½)` with ridits r_j from the subgroup order (1 = most disadvantaged):
    /// twice the population-weighted covariance of the estimate with rank. Positive when the indicator is
    /// concentrated among the advantaged.
    ///
    /// Interval (healthequal `aci`, Kakwani, Wagstaff & van Doorslaer 1997 "convenient regression"): ACI is
    /// the slope of `2σ_r² y_j √N_j` on `r_j √N_j` and `√N_j` (no intercept), σ_r² = Σ p_j (r_j − ½)²; its
    /// OLS standard error (residual variance on k − 2 degrees of freedom) gives `ACI ± z·SE`. The subgroup
    /// SEs are not used.
    ///
    /// - Parameters:
    ///   - bounds: for a bounded indicator, [lmin, lmax]: estimates are first rescaled to
    ///     `(y − lmin)/(lmax − lmin)` (healthequal `lmin`, `lmax`). Default none.
    /// - Throws: `.needsOrderedDimension`, `.missingPopulation`, `.zeroTotalPopulation`, `.invalidBounds`,
    ///   `.regressionFailed`, `.invalidConfidenceLevel`.
    /// - Returns: ACI in the indicator's units (or of the rescaled variable); 0 when every subgroup is equal.
    ///   Not affected by ``GroupedCompatibility``.
    ///
    /// References: Kakwani N, Wagstaff A, van Doorslaer E (1997) J Econometrics 77:87–103; O'Donnell et al.
    /// (2008) *Analyzing Health Equity Using Household Survey Data*, World Bank, ch. 8.
    public static func absoluteConcentrationIndex(_ data: SubgroupData, bounds: ClosedRange<Double>? = nil,
                                                  options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let c = try ConcentrationSetup(data, measure: "aci", bounds: bounds)
        let aci = c.absoluteIndex
        let lhs = c.y.map { 2 * c.rankVariance * $0 }
        let (_, se) = try c.convenientRegression(lhs, measure: "aci")
        return GroupedEstimate(
            measure: .aci, estimate: aci, standardError: se,
            intervals: normalIntervals(aci, se: se, levels: options.confidenceLevels), intervalMethod: .normal,
            method: "ACI = 2 Σ p_j y_j (r_j − ½)" + (bounds == nil ? "" : " of (y − lmin)/(lmax − lmin)")
                + "; SE of the convenient-regression slope (k − 2 df)",
            subgroups: c.order.map { data.subgroups[$0].name }, comparedSubgroups: [],
            compatibility: options.compatibility)
    }
}
