// TargetScore: the combined outcome score of each area, standardised nationally and within its locality, with contributions.

/// Combined outcome scores: polarity-aware z-scores of each indicator, weighted and summed.
///
/// For indicator k with polarity sign `s_k` (+1 when higher is worse, −1 when lower is worse), weight
/// `w_k` (rescaled so that `Σ w_k = 1`), value `x_ik` of area i:
///
///     national:  z_ik = s_k (x_ik − m_k) / sd_k,     S_i  = Σ_k w_k z_ik
///     locality:  z'_ik = s_k (x_ik − m_kL) / sd_kL,  S'_i = Σ_k w_k z'_ik
///
/// with `m_k`, `sd_k` the unweighted mean and sample standard deviation (n − 1) of indicator k over all
/// areas, and `m_kL`, `sd_kL` the same over the areas of locality L. Larger scores are worse; `S_i = 0`
/// is the national average area, `S'_i = 0` the locality's average area. `w_k z_ik` is indicator k's
/// contribution to `S_i` (the drivers). A locality where an indicator does not vary (`sd_kL = 0`) gets
/// a locality contribution of 0 from it.
///
/// `S_i` is a fixed linear combination of the indicator values, `S_i = b + Σ_k a_k x_ik` with
/// `a_k = w_k s_k / sd_k` and `b = −Σ_k a_k m_k`, so its sampling variance from independent indicator
/// errors is `Σ_k a_k² se_ik²` (the national mean and sd are treated as fixed reference values).
///
/// An area missing some indicators (`TargetAreas.available`) is scored on those it has, the weights
/// rescaled over them: `S_i = Σ_{k avail} w_k z_ik / W_i`, `W_i = Σ_{k avail} w_k` (so a complete area
/// has `W_i = 1`), its contributions `w_k z_ik / W_i` and its variance `Σ_{k avail} (a_k/W_i)² se_ik²`.
/// Means and standard deviations are taken over the areas that have the indicator: the scored areas, or
/// a wider `base` (all rows when the scored areas are a filtered subset; see `TargetStandardisation`).
public struct TargetScore: Sendable, Equatable {
    /// `a_k`: the coefficient of indicator k's raw value in `S`.
    public let coefficients: [Double]
    /// `b`: the constant term of `S`.
    public let offset: Double
    /// National means and standard deviations per indicator.
    public let means: [Double], standardDeviations: [Double]
    /// Weights rescaled to sum to 1.
    public let weights: [Double]
    /// `S_i`, the nationally standardised combined score.
    public let national: [Double]
    /// `S'_i`, the score standardised within the area's locality.
    public let local: [Double]
    /// `contributions[i][k] = w_k z_ik / W_i` (0 where the indicator is missing).
    public let contributions: [[Double]]
    /// `W_i`: the weight of the indicators area i has (1 when it has all).
    public let coveredWeight: [Double]
    /// `available[k][i]`, as read.
    let available: [[Bool]]

    /// Scores of `areas` with `indicators` (their polarities and weights).
    ///
    /// - Throws: `AnalysisError.invalidRequest` when an indicator takes the same value in every area (it
    ///   cannot be standardised) or when there are fewer than 2 areas.
    /// - Parameter base: the areas whose means and standard deviations standardise the indicators
    ///   (`TargetAreas.standardisationBase`); `nil` (the default) for `areas` themselves.
    public init(areas: TargetAreas, indicators: [TargetIndicator], localityIDs: [Int], localityCount: Int,
                base: TargetAreas? = nil) throws(AnalysisError) {
        let n = areas.count, m = indicators.count
        guard n >= 2 else { throw .invalidRequest("target needs at least 2 areas to standardise the indicators; there are \(n).") }
        let total = indicators.reduce(0) { $0 + $1.weight }
        weights = indicators.map { $0.weight / total }
        var means = [Double](), sds = [Double](), coef = [Double](), b = 0.0
        let available = areas.available.count == m ? areas.available : [[Bool]](repeating: [Bool](repeating: true, count: n), count: m)
        let reference = base ?? areas
        let referenceAvailable = reference.available.count == m ? reference.available
            : [[Bool]](repeating: [Bool](repeating: true, count: reference.count), count: m)
        for k in 0..<m {
            let present = (0..<reference.count).filter { referenceAvailable[k][$0] }.map { reference.values[k][$0] }
            let (mean, sd) = Self.meanSD(present[...])
            guard sd > 0 else {
                throw .invalidRequest("indicator \"\(indicators[k].name)\" has the same value (\(ResultFormat.number(mean))) in every area, so it cannot be standardised; leave it out.")
            }
            means.append(mean); sds.append(sd)
            let a = weights[k] * indicators[k].polarity.sign / sd
            coef.append(a); b -= a * mean
        }
        // Per-locality means and sds.
        var members = [[Int]](repeating: [], count: localityCount)
        for (i, l) in localityIDs.enumerated() { members[l].append(i) }
        var localMean = [[Double]](repeating: [Double](repeating: 0, count: m), count: localityCount)
        var localSD = localMean
        for l in 0..<localityCount {
            for k in 0..<m {
                let (mu, sd) = Self.meanSD(members[l].filter { available[k][$0] }.map { areas.values[k][$0] }[...])
                localMean[l][k] = mu; localSD[l][k] = sd
            }
        }
        var national = [Double](repeating: 0, count: n), local = national, covered = national
        var contributions = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        for i in 0..<n {
            let l = localityIDs[i]
            var wi = 0.0
            for k in 0..<m where available[k][i] { wi += weights[k] }
            covered[i] = wi
            for k in 0..<m where available[k][i] {
                let s = indicators[k].polarity.sign, x = areas.values[k][i]
                // A complete area is not divided by W_i (1 up to rounding), so its score stays bit-identical.
                let scale = areas.isPartial(i) ? 1 / wi : 1
                let c = weights[k] * s * (x - means[k]) / sds[k] * scale
                contributions[i][k] = c
                national[i] += c
                if localSD[l][k] > 0 { local[i] += weights[k] * s * (x - localMean[l][k]) / localSD[l][k] * scale }
            }
        }
        self.means = means; standardDeviations = sds; coefficients = coef; offset = b
        self.national = national; self.local = local; self.contributions = contributions
        self.coveredWeight = covered; self.available = available
    }

    /// The standard deviation of `S_i` from the indicators' standard errors: `√Σ_{k avail} (a_k/W_i)² se_ik²`.
    public func standardError(area i: Int, standardErrors: [[Double]]) -> Double {
        let partial = available.contains { !$0[i] }
        let scale = partial ? 1 / coveredWeight[i] : 1
        var v = 0.0
        for k in coefficients.indices where available[k][i] { let t = coefficients[k] * scale * standardErrors[k][i]; v += t * t }
        return v.squareRoot()
    }

    /// Mean and sample standard deviation (n − 1; 0 for a single value), two-pass.
    static func meanSD(_ x: ArraySlice<Double>) -> (Double, Double) {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        guard x.count > 1 else { return (mean, 0) }
        let ss = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (ss / (n - 1)).squareRoot())
    }
}
