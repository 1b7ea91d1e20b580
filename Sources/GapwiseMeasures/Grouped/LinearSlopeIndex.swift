// LinearSlopeIndex (ScotPHO "sii"): the population-weighted least-squares SII on relative rank, t interval.
import GapwiseNumerics

/// The weighted linear fit of the estimate on relative rank shared by the ScotPHO measures.
struct LinearRankFit {
    let order: [Int]
    /// Intercept β0 (fitted value at rank 0, the most deprived end) and slope β1, with the slope's SE.
    let intercept: Double, slope: Double, slopeSE: Double
    /// The residual degrees of freedom k − 2.
    let degreesOfFreedom: Int

    init(_ data: SubgroupData, measure: String, compatibility: GroupedCompatibility) throws(GroupedMeasureError) {
        order = try data.requireScotPHOSet(measure, compatibility: compatibility)
        let pop = try data.requirePopulations(measure)
        let n = order.map { pop[$0] }
        let r = ridits(n)
        let y = order.map { data.subgroups[$0].estimate }
        do {
            let fit = try LinearRegression.fit(design: try Matrix(columns: [r]), response: y, intercept: true, weights: n)
            intercept = fit.coefficients[0]
            // Exact perfect equality: every estimate equal gives slope 0 (not a rounding residue).
            let equal = y.allSatisfy { $0 == y[0] }
            slope = equal ? 0 : fit.coefficients[1]
            slopeSE = fit.standardErrors[1]
            degreesOfFreedom = fit.degreesOfFreedom
        } catch {
            throw .regressionFailed(measure: measure, detail: error.description)
        }
    }
}

extension SubgroupData {
    /// The rank order for a ScotPHO measure: ordered, more than two subgroups, and under `.scotpho` a complete
    /// set of 5 or 10.
    func requireScotPHOSet(_ measure: String, compatibility: GroupedCompatibility) throws(GroupedMeasureError) -> [Int] {
        let order = try requireOrdered(measure)
        if compatibility == .scotpho && count != 5 && count != 10 {
            throw .incompleteScotPHOSet(measure: measure, subgroups: count)
        }
        return order
    }
}

extension GroupedInequality {
    /// Slope index of inequality, linear (ScotPHO / PHE method; ordered dimension, > 2 groups).
    ///
    /// Population-weighted least squares of the estimate on the relative rank r_j (ridit; 1 = most deprived
    /// at r = 0), `y_j = β0 + β1 r_j` with weights N_j (ScotPHO fits `rate·√p ~ 0 + √p + r·√p`, the same
    /// thing). Sign convention — the default follows PHE (`phe_sii`): `SII = β1`, the fitted least deprived
    /// minus most deprived value, so SII < 0 when rates are higher in the most deprived.
    /// `.scotpho` reproduces ScotPHO: `SII = −β1` (positive when the most deprived have the higher rate),
    /// its interval negated and swapped, and only complete sets of 5 or 10 groups accepted.
    ///
    /// Interval: `β1 ± t_{k−2}·SE(β1)` (R `confint` of the lm coefficient; residual variance on k − 2
    /// degrees of freedom), not simulated (PHE simulates; see the PHE module).
    ///
    /// - Throws: `.needsOrderedDimension`, `.incompleteScotPHOSet` (`.scotpho`), `.missingPopulation`,
    ///   `.zeroTotalPopulation`, `.regressionFailed`, `.invalidConfidenceLevel`.
    /// - Returns: SII in the indicator's units; exactly 0 when every subgroup is equal.
    ///
    /// References: ScotPHO `calculate_inequality_measures.R` (Public Health Scotland); Low A, Low A (2004)
    /// "Measuring the gap: quantifying and comparing local health inequalities", J Public Health 26(4):388–395.
    public static func linearSlopeIndex(_ data: SubgroupData, options: GroupedOptions = .init())
        throws(GroupedMeasureError) -> GroupedEstimate {
        try options.validate()
        let fit = try LinearRankFit(data, measure: "sii_linear", compatibility: options.compatibility)
        let sign = options.compatibility == .scotpho ? -1.0 : 1.0
        let sii = sign * fit.slope
        let intervals: [GroupedInterval] = options.estimateOnly ? [] : options.confidenceLevels.map { c in
            let h = studentCritical(c, degreesOfFreedom: fit.degreesOfFreedom) * fit.slopeSE
            return GroupedInterval(level: c, lower: sii - h, upper: sii + h)
        }
        return GroupedEstimate(
            measure: .siiLinear, estimate: sii, standardError: fit.slopeSE, intervals: intervals,
            intervalMethod: .studentT(degreesOfFreedom: fit.degreesOfFreedom),
            method: (sign < 0 ? "SII = −β1 (ScotPHO sign)" : "SII = β1 (PHE sign)")
                + " of the population-weighted LS of y on relative rank; t interval on k − 2 df",
            subgroups: fit.order.map { data.subgroups[$0].name }, comparedSubgroups: [],
            compatibility: options.compatibility)
    }
}
