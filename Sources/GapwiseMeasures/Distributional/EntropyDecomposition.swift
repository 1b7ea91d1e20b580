// EntropyDecomposition: the exact between/within-group decomposition of Theil T, MLD and GE(α) for a partition.
import Foundation

/// The between- and within-group parts of a generalised entropy index for a partition of the units.
///
/// `total = between + within` holds exactly in real arithmetic; the three parts are computed
/// independently, so in floating point they agree to rounding (about 1e-15 relative).
public struct InequalityDecomposition<Group: Hashable & Sendable>: Sendable {
    /// One group's part in the decomposition.
    public struct Component: Sendable {
        /// The group label.
        public let group: Group
        /// The number of units in the group.
        public let n: Int
        /// The group's total weight W_g.
        public let weight: Double
        /// The group's population share p_g = W_g/W.
        public let populationShare: Double
        /// The group's weighted mean μ_g (nil when the group's weight is 0).
        public let mean: Double?
        /// The group's share of the total value s_g = p_g μ_g/μ (0 when its weight is 0).
        public let valueShare: Double
        /// GE(α) within the group (nil when undefined: zero weight, or zero mean).
        public let inequality: Double?
        /// The weight of the group's index in the within part, `p_g^(1−α) s_g^α` = p_g (μ_g/μ)^α.
        public let withinWeight: Double
        /// `withinWeight × inequality` (0 when the group's index is undefined and its weight is 0).
        public let withinContribution: Double
    }

    /// The GE parameter α (1 = Theil T, 0 = MLD).
    public let alpha: Double
    /// GE(α) of all units.
    public let total: Double
    /// GE(α) of the group means, each group weighted by its population (`theil_between`).
    public let between: Double
    /// Σ_g p_g (μ_g/μ)^α GE_g(α) (`theil_within`).
    public let within: Double
    /// The groups in order of first appearance.
    public let components: [Component]
    /// The number of units.
    public let n: Int
    /// The total weight.
    public let totalWeight: Double
    /// Whether population weights were given.
    public let isWeighted: Bool
    /// How the parts were computed.
    public let method: String
}

extension Inequality {
    /// The between/within decomposition of GE(α) (Theil T for α = 1, MLD for α = 0) over a partition.
    ///
    /// With groups g, weights W_g, population shares p_g = W_g/W, means μ_g and value shares
    /// s_g = p_g μ_g/μ: `between = GE_α({μ_g with weight W_g})` (every unit replaced by its group mean) and
    /// `within = Σ_g p_g^(1−α) s_g^α GE_α(g)`. For Theil T, between = Σ s_g ln(s_g/p_g) (PySAL `TheilD.bg`
    /// unweighted) and the within weights are the value shares; for MLD they are the population shares.
    /// A group whose mean is 0 (possible for α > 0) has within weight 0 and contributes 0.
    ///
    /// - Parameters:
    ///   - values: y, with the domain of ``generalisedEntropy(_:weights:alpha:)`` for the same α.
    ///   - groups: the group label of each unit (any hashable type), same length.
    ///   - weights: optional population (frequency) weights.
    ///   - alpha: finite α (default 1, Theil T).
    /// - Throws: the errors of ``generalisedEntropy(_:weights:alpha:)`` and `.lengthMismatch` for `groups`.
    /// - Returns: total, between and within, with each group's part. One group: between = 0;
    ///   one unit per group: within = 0. Scale, permutation and replication invariant.
    ///
    /// References: Shorrocks (1980) Econometrica 48; Bourguignon (1979) Econometrica 47; Theil (1967);
    /// PySAL `inequality.theil.TheilD`.
    public static func geDecomposition<Group: Hashable & Sendable>(
        _ values: [Double], groups: [Group], weights: [Double]? = nil, alpha: Double = 1
    ) throws -> InequalityDecomposition<Group> {
        let code = "ge_decomposition"
        guard alpha.isFinite else {
            throw InequalityError.invalidParameter(measure: code, name: "alpha", value: alpha,
                                                   rule: "alpha must be a finite number")
        }
        let s = try WeightedSample(measure: code, values: values, weights: weights)
        guard groups.count == values.count else {
            throw InequalityError.lengthMismatch(measure: code, what: "the group labels",
                                                 expected: values.count, actual: groups.count)
        }
        if alpha <= 0 {
            try s.requirePositive(reason: "GE(alpha) with alpha ≤ 0 takes a logarithm or a negative power of every value")
        } else {
            try s.requireNonNegative()
            try s.requirePositiveMean()
        }
        var slot = [Group: Int](), labels = [Group](), members = [[Int]]()
        for (i, g) in groups.enumerated() {
            if let k = slot[g] { members[k].append(i) } else {
                slot[g] = labels.count
                labels.append(g)
                members.append([i])
            }
        }
        let total = s.allEqual ? 0 : geKernel(s.values, s.weights, s.totalWeight, s.mean, alpha: alpha)
        var components = [InequalityDecomposition<Group>.Component]()
        var means = [Double](), meanWeights = [Double]()
        var within = 0.0
        for (k, idx) in members.enumerated() {
            let y = idx.map { s.values[$0] }, w = idx.map { s.weights[$0] }
            var wg = 0.0
            for x in w { wg += x }
            let p = wg / s.totalWeight
            guard wg > 0 else {
                components.append(.init(group: labels[k], n: idx.count, weight: 0, populationShare: 0, mean: nil,
                                            valueShare: 0, inequality: nil, withinWeight: 0, withinContribution: 0))
                continue
            }
            let sub = try WeightedSample(measure: code, values: y, weights: w)
            let mg = sub.mean
            means.append(mg)
            meanWeights.append(wg)
            let ratio = mg / s.mean
            let withinWeight = alpha == 0 ? p : (alpha == 1 ? p * ratio : p * pow(ratio, alpha))
            var ge: Double? = nil, contribution = 0.0
            if mg > 0 {
                let g = sub.allEqual ? 0 : geKernel(y, w, wg, mg, alpha: alpha)
                ge = g
                contribution = withinWeight * g
            }
            within += contribution
            components.append(.init(group: labels[k], n: idx.count, weight: wg, populationShare: p, mean: mg,
                                        valueShare: p * ratio, inequality: ge, withinWeight: withinWeight,
                                        withinContribution: contribution))
        }
        let between = means.allSatisfy({ $0 == means[0] })
            ? 0 : geKernel(means, meanWeights, s.totalWeight, s.mean, alpha: alpha)
        return InequalityDecomposition(alpha: alpha, total: total, between: between, within: within,
                                       components: components, n: s.count, totalWeight: s.totalWeight,
                                       isWeighted: s.isWeighted,
                                       method: "GE(α) = GE(group means) + Σ p_g (μ_g/μ)^α GE_g(α)")
    }

    /// The Theil T (GE(1)) between/within decomposition: ``geDecomposition(_:groups:weights:alpha:)`` with α = 1.
    public static func theilDecomposition<Group: Hashable & Sendable>(
        _ values: [Double], groups: [Group], weights: [Double]? = nil
    ) throws -> InequalityDecomposition<Group> {
        try geDecomposition(values, groups: groups, weights: weights, alpha: 1)
    }
}
