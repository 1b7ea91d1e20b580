// DuncanIndex: CPOP's Duncan index, how unequally deprived and other people share an outcome ordered across zones.

/// What the Duncan index does with zones whose outcome is missing.
public enum DuncanMissingOutcomes: String, Hashable, Sendable {
    /// Gapwise's default: the zones are left out of the order and of both totals, and counted.
    case leftOut
    /// CPOP's R code (`order`, NA last): the zones stay in both cumulative sums, after every zone with an
    /// outcome, in file order.
    case keptLast
}

/// The Duncan index of one group of zones, with what went in.
public struct DuncanIndexEstimate: Hashable, Sendable {
    /// The index, or nil when more than `maximumMissingShare` of the zones lack the outcome (CPOP's NA).
    public let estimate: Double?
    /// Zones with an outcome (those that were ordered).
    public let zones: Int
    /// Zones whose outcome is missing: left out, or kept last, as `missing` says.
    public let missing: Int
    /// The treatment of the missing zones.
    public let missingOutcomes: DuncanMissingOutcomes
    /// How the index was computed, in one line (and why it is missing, when it is).
    public let method: String
}

extension Inequality {
    /// The Duncan index of the Improvement Service's Community Planning Outcomes Profile (CPOP, `dindex`):
    /// whether income-deprived people are concentrated in the zones with the lowest or highest outcome.
    ///
    /// Zones are ordered by the outcome, ascending, ties in input order (R's `order`). With
    /// `a_i = Σ_{j≤i} d_j / Σd` and `b_i = Σ_{j≤i} n_j / Σn` the cumulative shares of the deprived (`d`)
    /// and the other (`n`) people, `index = Σ_{i<N} a_i b_{i+1} − Σ_{i<N} a_{i+1} b_i`: twice the signed
    /// area between the concentration curve (b, a) and the diagonal.
    ///
    /// - Parameters:
    ///   - outcome: each zone's outcome; nil where it is missing.
    ///   - deprived, nonDeprived: each zone's counts of deprived and other people (finite, ≥ 0).
    ///   - missing: ``DuncanMissingOutcomes/leftOut`` (default) or CPOP's ``DuncanMissingOutcomes/keptLast``.
    ///   - maximumMissingShare: the index is nil when the share of zones lacking the outcome is above this
    ///     (CPOP: 0.2).
    /// - Throws: `.emptyInput`, `.lengthMismatch`, `.nonFiniteValue` / `.negativeValue` (index of the count),
    ///   `.zeroDenominator` when either group has no people among the zones summed.
    /// - Returns: the index in [−1, 1]: positive when the deprived live mostly where the outcome is low, 0
    ///   when both groups are spread alike along the order. Invariant to scaling either group's counts and to
    ///   any increasing transform of the outcome; a group of one zone gives 0.
    ///
    /// References: Improvement Service, CPOP (`Duncan_Index/Final code for IGZ indicators.R`, commit 871dfe7);
    /// Duncan & Duncan (1955) "A methodological analysis of segregation indexes", ASR 20.
    public static func duncanIndex(outcome: [Double?], deprived: [Double], nonDeprived: [Double],
                                   missing: DuncanMissingOutcomes = .leftOut,
                                   maximumMissingShare: Double = 0.2) throws -> DuncanIndexEstimate {
        let code = "duncan"
        guard maximumMissingShare >= 0 && maximumMissingShare <= 1 else {
            throw InequalityError.invalidParameter(measure: code, name: "maximumMissingShare", value: maximumMissingShare,
                                                   rule: "it is a share of the zones, from 0 to 1")
        }
        guard !outcome.isEmpty else { throw InequalityError.emptyInput(measure: code) }
        for (counts, what) in [(deprived, "the deprived counts"), (nonDeprived, "the non-deprived counts")] where counts.count != outcome.count {
            throw InequalityError.lengthMismatch(measure: code, what: what, expected: outcome.count, actual: counts.count)
        }
        for counts in [deprived, nonDeprived] {
            for (i, v) in counts.enumerated() {
                guard v.isFinite else { throw InequalityError.nonFiniteValue(measure: code, index: i, value: v) }
                guard v >= 0 else { throw InequalityError.negativeValue(measure: code, index: i, value: v) }
            }
        }
        var present: [Int] = [], absent: [Int] = [], keys: [Double] = []
        present.reserveCapacity(outcome.count)
        keys.reserveCapacity(outcome.count)
        for (i, y) in outcome.enumerated() {
            if let y {
                guard y.isFinite else { throw InequalityError.nonFiniteValue(measure: code, index: i, value: y) }
                present.append(i)
                keys.append(y)
            } else {
                absent.append(i)
            }
        }
        let how = missing == .leftOut ? "zones with a missing outcome left out" : "zones with a missing outcome kept last (CPOP)"
        let method = "Duncan index (CPOP): zones ordered by the outcome, ties in file order; Σ a_i b_{i+1} − Σ a_{i+1} b_i over the cumulative shares of deprived (a) and other (b) people; \(how)"
        let share = Double(absent.count) / Double(outcome.count)
        if share > maximumMissingShare {
            return DuncanIndexEstimate(estimate: nil, zones: present.count, missing: absent.count, missingOutcomes: missing,
                                       method: method + "; not computed: \(absent.count) of \(outcome.count) zones lack the outcome, more than the share \(maximumMissingShare) allowed")
        }
        var order = stableAscendingOrder(keys).map { present[$0] }
        if missing == .keptLast { order += absent }
        var totalD = 0.0, totalN = 0.0
        for i in order { totalD += deprived[i]; totalN += nonDeprived[i] }
        guard totalD > 0 else { throw InequalityError.zeroDenominator(measure: code, what: "the total of the deprived counts") }
        guard totalN > 0 else { throw InequalityError.zeroDenominator(measure: code, what: "the total of the non-deprived counts") }
        // Running sums of a_i b_{i+1} and a_{i+1} b_i, each step from the cumulative shares of zone i and i + 1.
        var cumD = 0.0, cumN = 0.0, forward = 0.0, backward = 0.0
        var a = 0.0, b = 0.0
        for (k, i) in order.enumerated() {
            cumD += deprived[i]
            cumN += nonDeprived[i]
            let nextA = cumD / totalD, nextB = cumN / totalN
            if k > 0 {
                forward += a * nextB
                backward += nextA * b
            }
            a = nextA
            b = nextB
        }
        return DuncanIndexEstimate(estimate: forward - backward, zones: present.count, missing: absent.count,
                                   missingOutcomes: missing, method: method)
    }
}
