// GapsOrientation: one reading of the sign for every gap measure of `gaps`: positive means the most deprived fare worse.
import GapwiseMeasures
import GapwiseNumerics

/// Turns a gap measure computed in its peer's own convention into Gapwise's single reading, for adverse
/// and favourable indicators alike:
///
/// - differences (d, SII, RII as SII/mean, ScotPHO `rii_int`, PAF, PAR, HEAT `sii`, concentration indices
///   `aci`/`rci`): **positive** means the most deprived fare worse, 0 no gap;
/// - ratios (r, PHE `phe_rii`, HEAT `rii`): **above 1** means the most deprived fare worse, 1 no gap.
///
/// The peers' conventions it starts from: the linear and PHE SII are `β1`, the fitted least minus most
/// deprived value (HEAT's logistic SII likewise, and the concentration indices rank from the most
/// deprived), so they are negative for an adverse indicator whose most deprived quantile is highest;
/// PAF and PAR are `y_ref − μ` against the least deprived, negative for adverse indicators; PHE's and
/// HEAT's RII are least over most deprived. Each of these is negated (ratios: inverted, limits swapped) for
/// adverse indicators and kept for favourable ones. ScotPHO's `abs_range` (most − least deprived),
/// `rel_range` (most / least deprived) and `par_percent` (`100(μ − y_least)/μ`) read the other way: they are
/// negated (ratios inverted) for favourable indicators. `d` and `r` already compare "most deprived fare
/// worse" (healthequal's rule for ordered dimensions) and are kept. Measures without a polarity
/// (dispersion measures, distributional indices) are kept. `gapwise measure` does not use this: it keeps
/// each peer's convention.
enum GapsOrientation {
    enum Turn: Equatable { case keep, negate, invert }

    /// Codes whose peer convention is "positive: the least deprived have the higher value".
    static let negatedWhenAdverse: Set<String> = ["sii_linear", "rii_linear", "rii_int", "paf", "par", "phe_sii", "sii", "aci", "rci"]
    /// Ratio codes whose peer convention is "least deprived over most deprived".
    static let invertedWhenAdverse: Set<String> = ["phe_rii", "rii"]
    /// Codes whose peer convention is "positive: the most deprived have the higher value".
    static let negatedWhenFavourable: Set<String> = ["abs_range", "par_percent"]
    static let invertedWhenFavourable: Set<String> = ["rel_range"]
    /// Ratio codes already oriented.
    static let orientedRatios: Set<String> = ["r"]
    /// Difference codes already oriented.
    static let orientedDifferences: Set<String> = ["d"]

    /// What to do to measure `code` of an indicator with `polarity`.
    static func turn(_ code: String, _ polarity: Polarity) -> Turn {
        guard polarity == .adverse else {
            return negatedWhenFavourable.contains(code) ? .negate : invertedWhenFavourable.contains(code) ? .invert : .keep
        }
        if negatedWhenAdverse.contains(code) { return .negate }
        if invertedWhenAdverse.contains(code) { return .invert }
        return .keep
    }

    /// Whether the measure has a sign reading at all (and the method text should state it).
    static func isSigned(_ code: String) -> Bool {
        negatedWhenAdverse.contains(code) || invertedWhenAdverse.contains(code) || negatedWhenFavourable.contains(code)
            || invertedWhenFavourable.contains(code) || orientedRatios.contains(code) || orientedDifferences.contains(code)
    }

    /// The sentence the method text ends with.
    static func reading(_ code: String, _ polarity: Polarity) -> String {
        let ratio = invertedWhenAdverse.contains(code) || invertedWhenFavourable.contains(code) || orientedRatios.contains(code)
        let base = ratio ? "sign: above 1 means the most deprived fare worse" : "sign: positive means the most deprived fare worse"
        switch turn(code, polarity) {
        case .keep: return base
        case .negate: return base + " (the peer's sign reversed for this \(polarity == .adverse ? "adverse" : "favourable") indicator)"
        case .invert: return base + " (the peer's ratio inverted for this \(polarity == .adverse ? "adverse" : "favourable") indicator)"
        }
    }

    /// `r` oriented for `polarity`: the estimate, its SE (of the estimate; for an inverted ratio the SE of
    /// its logarithm is unchanged, otherwise none is kept) and intervals (limits swapped), and the method
    /// with the reading appended.
    static func orient(_ r: MeasureResult, code: String, polarity: Polarity) -> MeasureResult {
        guard isSigned(code) else { return r }
        let t = turn(code, polarity)
        var estimate = r.estimate, se = r.standardError, intervals = r.intervals
        switch t {
        case .keep: break
        case .negate:
            estimate = -estimate
            intervals = intervals.map { i in ConfidenceInterval(confidence: i.confidence, lower: i.upper.map { -$0 }, upper: i.lower.map { -$0 }) }
        case .invert:
            estimate = 1 / estimate
            // A ratio's reported SE is that of its log (HEAT rii) or absent (PHE): the log's SE keeps its size.
            se = code == "rii" ? se : nil
            intervals = intervals.map { i in ConfidenceInterval(confidence: i.confidence, lower: i.upper.map { 1 / $0 }, upper: i.lower.map { 1 / $0 }) }
        }
        return MeasureResult(group: r.group, measure: r.measure, estimate: estimate, standardError: se, intervals: intervals,
                             method: r.method + " ; " + reading(code, polarity), areas: r.areas, excluded: r.excluded,
                             population: r.population)
    }
}
