// Estimate: one entry point that computes any scalar distributional measure from its typed name.

extension Inequality {
    /// Computes any scalar distributional measure named by an `InequalityMeasure`.
    /// - Parameters:
    ///   - values: the values (ignored by `.dissimilarity`).
    ///   - weights: optional population (frequency) weights.
    ///   - rankedBy: the ranking variable, for the concentration indices.
    ///   - countsA, countsB: the two populations' counts per area, for `.dissimilarity`.
    /// - Throws: the measure's `InequalityError`s, and `.overflow` when the inputs are finite but the result is not.
    public static func estimate(_ m: InequalityMeasure, values: [Double], weights: [Double]? = nil,
                                rankedBy ranks: [Double] = [], countsA a: [Double] = [],
                                countsB b: [Double] = []) throws -> InequalityEstimate {
        let e = try dispatch(m, values: values, weights: weights, rankedBy: ranks, countsA: a, countsB: b)
        // Inputs are validated finite, so a non-finite result means an intermediate sum or power overflowed.
        guard e.estimate.isFinite else { throw InequalityError.overflow(measure: m.code, index: nil, quantity: "the result") }
        return e
    }

    private static func dispatch(_ m: InequalityMeasure, values: [Double], weights: [Double]?, rankedBy ranks: [Double],
                                 countsA a: [Double], countsB b: [Double]) throws -> InequalityEstimate {
        switch m {
        case let .gini(corrected): return try gini(values, weights: weights, corrected: corrected)
        case .theilT: return try theilT(values, weights: weights)
        case .theilL: return try theilL(values, weights: weights)
        case let .generalisedEntropy(alpha): return try generalisedEntropy(values, weights: weights, alpha: alpha)
        case let .atkinson(epsilon): return try atkinson(values, weights: weights, epsilon: epsilon)
        case let .coefficientOfVariation(squared): return try coefficientOfVariation(values, weights: weights, squared: squared)
        case .palma: return try palma(values, weights: weights)
        case .s80s20: return try s80s20(values, weights: weights)
        case .wolfson: return try wolfson(values, weights: weights)
        case .ricciSchutz: return try ricciSchutz(values, weights: weights)
        case let .kolm(p): return try kolm(values, weights: weights, parameter: p)
        case let .herfindahl(p): return try herfindahl(values, weights: weights, parameter: p)
        case .rosenbluth: return try rosenbluth(values, weights: weights)
        case let .concentration(type): return try concentrationIndex(values, rankedBy: ranks, weights: weights, type: type)
        case .dissimilarity: return try dissimilarity(a, b)
        case .lorenzAsymmetry: return try lorenzAsymmetry(values, weights: weights)
        case let .atkinsonEDE(epsilon): return try atkinsonEDE(values, weights: weights, epsilon: epsilon)
        case .schutzPoint: return try schutzPoint(values, weights: weights)
        case .schutzCoefficient: return try schutzCoefficient(values, weights: weights)
        }
    }

}
