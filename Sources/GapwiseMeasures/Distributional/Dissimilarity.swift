// Dissimilarity: Duncan's index of dissimilarity between two counts per area.

extension Inequality {
    /// Duncan's index of dissimilarity between two groups counted in each area (e.g. people in and not
    /// in employment; the most and least deprived): the share of either group that would have to move
    /// area for both to be spread alike.
    ///
    /// `D = ½ Σ_i |a_i/A − b_i/B|`, A = Σa, B = Σb.
    ///
    /// - Parameters:
    ///   - a: counts of the first group per area (≥ 0, finite, positive total).
    ///   - b: counts of the second group per area, same length.
    /// - Throws: `.emptyInput`, `.lengthMismatch`, `.nonFiniteValue`, `.negativeValue`, `.zeroDenominator`
    ///   (a group with total 0).
    /// - Returns: D in [0, 1]; 0 when the two groups are spread in the same proportions. Invariant to
    ///   scaling either group and to the order of areas. The result's `n` is the number of areas and
    ///   `totalWeight` is A + B.
    ///
    /// References: Duncan & Duncan (1955) "A methodological analysis of segregation indexes", ASR 20.
    public static func dissimilarity(_ a: [Double], _ b: [Double]) throws -> InequalityEstimate {
        let code = "dissimilarity"
        guard !a.isEmpty else { throw InequalityError.emptyInput(measure: code) }
        guard b.count == a.count else {
            throw InequalityError.lengthMismatch(measure: code, what: "the second group's counts",
                                                 expected: a.count, actual: b.count)
        }
        var totalA = 0.0, totalB = 0.0
        for (x, label) in [(a, "first"), (b, "second")] {
            for (i, v) in x.enumerated() {
                guard v.isFinite else { throw InequalityError.nonFiniteValue(measure: code, index: i, value: v) }
                guard v >= 0 else { throw InequalityError.negativeValue(measure: code, index: i, value: v) }
            }
            var t = 0.0
            for v in x { t += v }
            guard t > 0 else {
                throw InequalityError.zeroDenominator(measure: code, what: "the total of the \(label) group")
            }
            if label == "first" { totalA = t } else { totalB = t }
        }
        var d = 0.0
        for i in a.indices { d += abs(a[i] / totalA - b[i] / totalB) }
        return InequalityEstimate(measure: .dissimilarity, estimate: d / 2, method: "D = ½ Σ |a/A − b/B|",
                                  n: a.count, totalWeight: totalA + totalB, isWeighted: false)
    }
}
