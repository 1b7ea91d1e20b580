// LorenzCurve: the (weighted) empirical Lorenz curve points and their linear interpolation.

/// The empirical Lorenz curve: cumulative population share against cumulative value share, from (0, 0)
/// to (1, 1), one point after each unit in ascending order of value.
public struct LorenzCurve: Hashable, Sendable {
    /// Cumulative population (weight) shares `p_k = Σ_{i≤k} w_(i)/W`, starting at 0.
    public let populationShare: [Double]
    /// Cumulative value shares `L_k = Σ_{i≤k} w_(i) y_(i) / Σ w y`, starting at 0.
    public let valueShare: [Double]
    /// The number of units.
    public let n: Int
    /// The total weight W.
    public let totalWeight: Double
    /// Whether population weights were given.
    public let isWeighted: Bool

    /// The curve at population share `p` in [0, 1], by linear interpolation between the points
    /// (the unit straddling `p` contributes the fraction of it below `p`; this is NumPy `interp`,
    /// as in PySAL `wolfson`). Tied values give collinear points, so their order does not matter.
    public func valueShare(at p: Double) -> Double {
        precondition(p >= 0 && p <= 1, "LorenzCurve.valueShare(at:): p must lie in [0, 1]")
        var k = 1
        while k < populationShare.count - 1 && populationShare[k] < p { k += 1 }
        let p0 = populationShare[k - 1], p1 = populationShare[k]
        if p1 == p0 { return valueShare[k] }
        return valueShare[k - 1] + (p - p0) / (p1 - p0) * (valueShare[k] - valueShare[k - 1])
    }
}

extension Inequality {
    /// The empirical Lorenz curve of `values`, weighted by population.
    ///
    /// Points `(0, 0)` and, after sorting ascending, `(Σ_{i≤k} w_(i)/W, Σ_{i≤k} w_(i) y_(i)/Σ w y)` for
    /// k = 1…n; the last point is exactly (1, 1). Unweighted these are PySAL `lorenz_curve`'s
    /// `(k/n, cumsum(sort y)/Σy)` and R `ineq::Lc`'s `(p, L)`; weighted they are `Lc(x, n = w)`.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total.
    ///   - weights: optional population (frequency) weights.
    /// - Throws: sample errors, `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: the curve (n + 1 points); with equal values it is the diagonal. Scale and
    ///   permutation invariant; replicating rows adds collinear points and leaves the curve unchanged.
    ///
    /// References: Lorenz (1905) JASA 9; Gastwirth (1971) Econometrica 39; R `ineq::Lc`.
    public static func lorenz(_ values: [Double], weights: [Double]? = nil) throws -> LorenzCurve {
        let s = try WeightedSample(measure: "lorenz", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        let order = s.ascendingOrder()
        let totalValue = s.totalValue
        var p = [0.0], l = [0.0]
        p.reserveCapacity(s.count + 1)
        l.reserveCapacity(s.count + 1)
        var cw = 0.0, cv = 0.0
        for i in order {
            cw += s.weights[i]
            cv += s.weights[i] * s.values[i]
            p.append(cw / s.totalWeight)
            l.append(cv / totalValue)
        }
        p[p.count - 1] = 1
        l[l.count - 1] = 1
        return LorenzCurve(populationShare: p, valueShare: l, n: s.count,
                           totalWeight: s.totalWeight, isWeighted: s.isWeighted)
    }
}
