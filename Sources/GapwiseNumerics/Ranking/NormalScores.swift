// NormalScores: rank-based normal scores (Blom, rankit) that put indicators on a common normal scale.

extension Ranking {
    /// The plotting position used to turn a rank into a normal score.
    public enum NormalScoreMethod: String, Codable, Sendable, Equatable, CaseIterable {
        /// Blom (1958): `Φ⁻¹((r − 3/8) / (n + 1/4))`.
        case blom
        /// Rankit (Bliss 1967): `Φ⁻¹((r − 1/2) / n)`.
        case rankit
    }

    /// Normal scores of `values`: the rank `r` of each value (1 = smallest, average ranks for ties) mapped
    /// through `Φ⁻¹` at the method's plotting position.
    ///
    /// SIMD standardises indicators within a domain this way (rank, then inverse normal) before
    /// combining them, so that skewed rates and counts enter on one scale and one extreme value cannot
    /// dominate. The scores are symmetric about 0 (`score(r) = −score(n + 1 − r)`), strictly increasing
    /// in the value, invariant to any increasing transformation of the values, and tied values share a
    /// score.
    ///
    /// - Parameters:
    ///   - values: the indicator values (NaN not allowed).
    ///   - method: `.blom` (default) or `.rankit`.
    /// - Throws: `RankingError.missingValue` for a NaN.
    /// - Reference: G. Blom, *Statistical Estimates and Transformed Beta-Variables* (1958); C. I. Bliss,
    ///   *Statistics in Biology* (1967); Scottish Government, *SIMD 2020 technical notes* (normalisation of
    ///   indicators by ranking).
    public static func normalScores(_ values: [Double], method: NormalScoreMethod = .blom) throws(Ranking.RankingError) -> [Double] {
        let r = try ranks(values, ties: .average)
        let n = Double(values.count)
        switch method {
        case .blom: return r.map { Normal.uncheckedQuantile(($0 - 0.375) / (n + 0.25)) }
        case .rankit: return r.map { Normal.uncheckedQuantile(($0 - 0.5) / n) }
        }
    }
}
