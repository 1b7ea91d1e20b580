// ConcentrationIndexVariance: the analytic (Kakwani, Wagstaff & van Doorslaer 1997) variance of the concentration index.

/// A concentration index with its analytic sampling variance.
public struct ConcentrationIndexVariance: Hashable, Sendable {
    /// The index, as ``Inequality/concentrationIndex(_:rankedBy:weights:type:)`` gives it.
    public let estimate: Double
    /// Its sampling variance.
    public let variance: Double
    /// √variance.
    public var standardError: Double { variance.squareRoot() }
    /// How the variance was computed, in one line.
    public let method: String
}

extension Inequality {
    /// The concentration index of unweighted units with its analytic variance (Kakwani, Wagstaff & van
    /// Doorslaer 1997, eq. 14; rineq `ci(method = "direct")`; O'Donnell et al. 2008, eq. 8.9).
    ///
    /// With the units in ascending order of the ranking variable, fractional ranks `R_i` (tied units share
    /// their block's mean), `q_i` the cumulative share of the outcome (`q_0 = 0`) and C the standard index:
    /// `a_i = (y_i/μ)(2R_i − 1 − C) + 2 − q_{i−1} − q_i` and `var(C) = (Σ a_i²/n − (1 + C)²)/n`.
    /// The bounded and generalised indices are C times a factor of μ (and the bounds) that is treated as a
    /// constant, as rineq does: the variance is multiplied by its square (generalised μ², Wagstaff
    /// ((b − a)μ/((b − μ)(μ − a)))², Erreygers (4μ/(b − a))²).
    ///
    /// - Parameters:
    ///   - values: the outcome y (finite, positive mean).
    ///   - rankedBy: the ranking variable, one per unit (finite).
    ///   - type: which index (default `.standard`).
    /// - Throws: as ``concentrationIndex(_:rankedBy:weights:type:)``; `.nonPositiveMean` for every type (the
    ///   formula divides by μ); `.tooFewUnits` for fewer than 2 units.
    /// - Returns: the index and its variance (≥ 0 up to rounding; 0 when all outcomes are equal).
    ///
    /// Population weights are not taken: Kakwani's formula is for a simple random sample of units. For
    /// weighted areas use the bootstrap.
    ///
    /// References: Kakwani, Wagstaff & van Doorslaer (1997) "Socioeconomic inequalities in health:
    /// measurement, computation, and statistical inference", J. Econometrics 77, 87–103; R `rineq::ci`.
    public static func concentrationIndexVariance(_ values: [Double], rankedBy: [Double],
                                                  type: ConcentrationIndexType = .standard) throws -> ConcentrationIndexVariance {
        let e = try concentrationIndex(values, rankedBy: rankedBy, type: type)
        let s = try WeightedSample(measure: "conc", values: values, weights: nil)
        try s.requirePositiveMean()
        let n = values.count
        guard n >= 2 else { throw InequalityError.tooFewUnits(measure: "conc", count: Double(n), required: "the analytic variance needs at least 2 units") }
        let c = type == .standard ? e.estimate : try concentrationIndex(values, rankedBy: rankedBy, type: .standard).estimate
        let mu = s.mean, total = mu * Double(n)
        let order = stableAscendingOrder(rankedBy)
        var sumA2 = 0.0, cumulative = 0.0, start = 0
        while start < n {
            var end = start + 1
            while end < n && rankedBy[order[end]] == rankedBy[order[start]] { end += 1 }
            // The block's mean fractional rank: the mean of (k + ½)/n over k = start..<end.
            let r = (Double(start + end) / 2) / Double(n)
            for k in start..<end {
                let y = values[order[k]]
                let previous = cumulative / total
                cumulative += y
                let a = y / mu * (2 * r - 1 - c) + 2 - previous - cumulative / total
                sumA2 += a * a
            }
            start = end
        }
        let varianceC = max(0, (sumA2 / Double(n) - (1 + c) * (1 + c)) / Double(n))
        let factor: Double
        switch type {
        case .standard: factor = 1
        case .generalised: factor = mu
        case let .wagstaff(lo, hi): factor = (hi - lo) * mu / ((hi - mu) * (mu - lo))
        case let .erreygers(lo, hi): factor = 4 * mu / (hi - lo)
        }
        return ConcentrationIndexVariance(
            estimate: e.estimate, variance: varianceC * factor * factor,
            method: "analytic variance (Kakwani, Wagstaff & van Doorslaer 1997): (Σ a_i²/n − (1 + C)²)/n" + (type == .standard ? "" : ", times the index's factor squared"))
    }
}
