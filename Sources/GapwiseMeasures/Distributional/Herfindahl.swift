// Herfindahl: the Herfindahl(–Hirschman) concentration index with exponent parameter, weighted by replication.
import Foundation

extension Inequality {
    /// The Herfindahl concentration index (R `ineq::conc(type = "Herfindahl")`).
    ///
    /// `H(m) = (Σ_i w_i s_i^(m+1))^(1/m)`, with `s_i = y_i / Σ w y` the share of one member of unit i;
    /// m = 1 gives the Herfindahl–Hirschman index Σ s². A weight counts the unit's share that many
    /// times (frequency weights), so integer weights equal repeated rows.
    ///
    /// - Parameters:
    ///   - values: y ≥ 0 with a positive total (e.g. sizes or counts).
    ///   - weights: optional frequency weights.
    ///   - parameter: m > 0 (default 1).
    /// - Throws: sample errors, `.invalidParameter` (m ≤ 0 or not finite), `.negativeValue`, `.nonPositiveMean`.
    /// - Returns: H in [1/N, 1], N = Σw; 1/N (for every m) when all values are equal.
    ///   Scale and permutation invariant; a concentration measure, so NOT replication invariant
    ///   (it falls as units are added).
    ///
    /// References: Hirschman (1964) AER 54; Herfindahl (1950); R `ineq::conc`.
    public static func herfindahl(_ values: [Double], weights: [Double]? = nil,
                                  parameter: Double = 1) throws -> InequalityEstimate {
        guard parameter.isFinite && parameter > 0 else {
            throw InequalityError.invalidParameter(measure: "herfindahl", name: "parameter", value: parameter,
                                                   rule: "the Herfindahl parameter must be a finite number above 0")
        }
        let s = try WeightedSample(measure: "herfindahl", values: values, weights: weights)
        try s.requireNonNegative()
        try s.requirePositiveMean()
        let total = s.totalValue
        var sum = 0.0
        for i in s.values.indices where s.values[i] != 0 {
            sum += s.weights[i] * pow(s.values[i] / total, parameter + 1)
        }
        return s.estimate(.herfindahl(parameter: parameter), pow(sum, 1 / parameter),
                          method: "H = (Σ w s^(m+1))^(1/m), s = y/Σwy")
    }
}
