// HealthyLifeExpectancy: Sullivan's healthy life expectancy from a life table and the prevalence of good health, with its variance.

/// A healthy life expectancy (years expected in good health) at one age, by Sullivan's method.
public struct HealthyLifeExpectancyEstimate: Sendable, Hashable {
    /// The age it is at.
    public let startAge: Int
    /// Years expected in good health from `startAge`; nil when the life table is flagged.
    public let value: Double?
    /// Standard error from the sampling error of the prevalences (Jagger et al.); nil when flagged.
    public let standardError: Double?
    /// `value ± z·SE` per level.
    public let intervals: [ConfidenceInterval]
    /// The life expectancy of the same table at the same age (with its own flag, if any).
    public let lifeExpectancy: LifeExpectancyEstimate?
    /// How it was computed.
    public static let method = "Sullivan; variance from the prevalences' sampling error (Jagger et al. 2006)"
}

extension LifeExpectancy {
    /// Sullivan's health expectancy at the start of a life table's first given band, from the table's
    /// survivors at that age, the person-years of each band from it, and the prevalence of good health in
    /// each band with its sampling variance:
    ///
    ///     HLE_x = Σ_{i≥x} π_i L_i / l_x,     Var(HLE_x) = Σ_{i≥x} L_i² Var(π_i) / l_x²,
    ///
    /// the life table taken as fixed (its own sampling error is small beside the survey's; Jagger et al.).
    ///
    /// - Parameters:
    ///   - survivors: l_x, the table's survivors at the age (> 0).
    ///   - personYears: L_i of each band from the age to the open band (each ≥ 0).
    ///   - healthyPrevalence: π_i, the proportion in good health per band, in [0, 1].
    ///   - prevalenceVariances: Var(π_i) ≥ 0 per band (π(1 − π)/n_i for a simple random sample of n_i).
    ///   - confidence: levels strictly between 0 and 1.
    /// - Throws: ``IndicatorError`` for empty or mismatched inputs, non-finite numbers, a prevalence outside
    ///   [0, 1], a negative variance or person-years, survivors ≤ 0, a bad level.
    /// - Returns: (value, standard error, limits).
    /// - Properties: 0 ≤ HLE_x ≤ e_x, with HLE_x = e_x when every prevalence is 1.
    /// - References: Sullivan DF (1971) HSMHA Health Rep 86:347–354; Jagger C, Cox B, Le Roy S, EHEMU (2006)
    ///   Health Expectancy Calculation by the Sullivan Method: A Practical Guide, EHEMU Technical Report 2006_3;
    ///   Hauet E, REVES (1997) Practical guide on health expectancy calculation: "Sullivan method".
    public static func sullivan(survivors: Double, personYears: [Double], healthyPrevalence: [Double],
                                prevalenceVariances: [Double], confidence: [Double] = [0.95])
        throws(IndicatorError) -> (value: Double, standardError: Double, intervals: [ConfidenceInterval]) {
        let s = "healthy life expectancy"
        let k = personYears.count
        if k == 0 { throw .emptyInput(statistic: s) }
        if healthyPrevalence.count != k { throw .lengthMismatch(statistic: s, what: "prevalences", expected: k, actual: healthyPrevalence.count) }
        if prevalenceVariances.count != k { throw .lengthMismatch(statistic: s, what: "prevalence variances", expected: k, actual: prevalenceVariances.count) }
        try checkDenominator(survivors, "survivors", s)
        var total = 0.0, variance = 0.0
        for i in 0..<k {
            let L = personYears[i], pi = healthyPrevalence[i], v = prevalenceVariances[i]
            try checkCount(L, "person-years", s, index: i)
            if !pi.isFinite { throw .nonFiniteValue(statistic: s, what: "prevalence", index: i, value: pi) }
            if pi < 0 || pi > 1 {
                throw .invalidParameter(statistic: s, name: "prevalence", value: pi, rule: "the prevalence of good health in row \(i + 1) must be a proportion from 0 to 1")
            }
            try checkCount(v, "prevalence variance", s, index: i)
            total += pi * L
            variance += L * L * v
        }
        try validateConfidence(confidence, statistic: s)
        let value = total / survivors, se = variance.squareRoot() / survivors
        return (value, se, normalLimits(value, se, confidence))
    }

    /// Healthy life expectancy at each requested age from one area's deaths and populations by age band
    /// (the Chiang II table of ``chiangSilcocks(startAges:deaths:populations:finalBand:ages:confidence:)``)
    /// and the prevalence of good health in each band from a survey of `respondents[i]` people:
    /// ``sullivan(survivors:personYears:healthyPrevalence:prevalenceVariances:confidence:)`` with
    /// Var(π_i) = π_i(1 − π_i)/n_i. An area the life table flags gets no value (its life expectancy says why).
    ///
    /// - Throws: as `chiangSilcocks`, and for prevalences or respondents that do not pair with the bands,
    ///   a prevalence outside [0, 1], or respondents ≤ 0.
    public static func healthy(startAges: [Int], deaths: [Double], populations: [Double], healthyPrevalence: [Double],
                               respondents: [Double], finalBand: Int? = nil, ages: [Int]? = nil,
                               confidence: [Double] = [0.95]) throws(IndicatorError) -> [HealthyLifeExpectancyEstimate] {
        let s = "healthy life expectancy"
        let k = startAges.count
        if healthyPrevalence.count != k { throw .lengthMismatch(statistic: s, what: "prevalences", expected: k, actual: healthyPrevalence.count) }
        if respondents.count != k { throw .lengthMismatch(statistic: s, what: "respondents", expected: k, actual: respondents.count) }
        for i in 0..<k {
            if !(healthyPrevalence[i] >= 0 && healthyPrevalence[i] <= 1) {
                throw .invalidParameter(statistic: s, name: "prevalence", value: healthyPrevalence[i],
                                        rule: "the prevalence of good health in row \(i + 1) must be a proportion from 0 to 1")
            }
            try checkDenominator(respondents[i], "respondents", s, index: i)
        }
        let le = try chiangSilcocks(startAges: startAges, deaths: deaths, populations: populations, finalBand: finalBand,
                                    ages: ages, confidence: confidence)
        let none = confidence.map { ConfidenceInterval(confidence: $0, lower: nil, upper: nil) }
        if let flag = le.first?.flag, !flag.keepsLimits {
            return le.map { HealthyLifeExpectancyEstimate(startAge: $0.startAge, value: nil, standardError: nil, intervals: none, lifeExpectancy: $0) }
        }
        let order = startAges.indices.sorted { startAges[$0] < startAges[$1] }
        let a = order.map { startAges[$0] }
        let table = AbridgedLifeTable(startAges: a, deaths: order.map { deaths[$0] }, populations: order.map { populations[$0] })
        let pi = order.map { healthyPrevalence[$0] }, n = order.map { respondents[$0] }
        let variances = zip(pi, n).map { $0 * (1 - $0) / $1 }
        var out: [HealthyLifeExpectancyEstimate] = []
        for e in le {
            let i = a.firstIndex(of: e.startAge)!
            guard table.survivors[i] > 0 else {
                out.append(HealthyLifeExpectancyEstimate(startAge: e.startAge, value: nil, standardError: nil, intervals: none, lifeExpectancy: e))
                continue
            }
            let h = try sullivan(survivors: table.survivors[i], personYears: Array(table.personYears[i...]),
                                 healthyPrevalence: Array(pi[i...]), prevalenceVariances: Array(variances[i...]), confidence: confidence)
            out.append(HealthyLifeExpectancyEstimate(startAge: e.startAge, value: h.value, standardError: h.standardError,
                                                     intervals: h.intervals, lifeExpectancy: e))
        }
        return out
    }
}
