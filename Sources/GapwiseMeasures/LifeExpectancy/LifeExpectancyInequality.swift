// LifeExpectancyInequality: life expectancy by deprivation quantile, its gap (most − least deprived) and PHE's SII/RII of it.

/// One population's deaths and populations by age band (see ``AgeBands``), e.g. one deprivation quantile.
public struct LifeTableBands: Sendable, Hashable {
    public var startAges: [Int]
    public var deaths: [Double]
    public var populations: [Double]

    public init(startAges: [Int], deaths: [Double], populations: [Double]) {
        self.startAges = startAges
        self.deaths = deaths
        self.populations = populations
    }
}

/// Life expectancy by deprivation quantile and how unequal it is.
public struct LifeExpectancyInequality: Sendable, Hashable {
    /// The life expectancy of each quantile, quantile 1 (most deprived) first.
    public let quantiles: [LifeExpectancyEstimate]
    /// Most deprived minus least deprived (quantile 1 − quantile k): negative when the most deprived live
    /// shorter lives, as they almost always do.
    public let gap: LifeExpectancyGap
    /// PHE's SII and RII of the quantile life expectancies (normal value type, simulated limits), or nil
    /// when a quantile has no value or there are fewer than 5 quantiles (`siiNote` says which).
    public let sii: SIIResult?
    /// Why the SII was not computed, when it was not.
    public let siiNote: String?
}

extension LifeExpectancy {
    /// Life expectancy at `age` in each deprivation quantile (quantile 1 = most deprived first), the gap
    /// between the most and least deprived, and PHE's slope and relative index of inequality of the
    /// quantile life expectancies (``PHE/sii(_:options:stream:)`` with the normal value type: each quantile's
    /// value is its life expectancy, its standard error Silcocks', its weight its population from `age` up).
    ///
    /// - Parameters:
    ///   - quantiles: each quantile's bands, most deprived first (at least 2; 5 to 100 for the SII).
    ///   - age: the age of the expectancies (default 0, at birth).
    ///   - finalBand: the open final band every quantile's table must close with (see
    ///     ``chiangSilcocks(startAges:deaths:populations:finalBand:ages:confidence:)``).
    ///   - confidence: levels of the quantile, gap and SII limits.
    ///   - sii: the SII's simulation settings (repetitions, seed, RII limits); its value type must be normal
    ///     and its confidence levels are replaced by `confidence`.
    /// - Throws: ``IndicatorError`` for bad bands, levels or SII settings, or fewer than 2 quantiles.
    /// - References: Low A, Low A (2004) J Public Health 26:388–395; Scottish Government, Long-term
    ///   monitoring of health inequalities (the life-expectancy gap between the most and least deprived).
    public static func byQuantile(_ quantiles: [LifeTableBands], age: Int = 0, finalBand: Int? = nil,
                                  confidence: [Double] = [0.95],
                                  sii: SIIOptions = SIIOptions(rii: true)) throws(IndicatorError) -> LifeExpectancyInequality {
        var estimates: [LifeExpectancyEstimate] = []
        for (i, q) in quantiles.enumerated() {
            do {
                estimates += try chiangSilcocks(startAges: q.startAges, deaths: q.deaths, populations: q.populations,
                                                finalBand: finalBand, ages: [age], confidence: confidence)
            } catch { throw .inArea(index: i, error) }
        }
        return try inequality(estimates, confidence: confidence, sii: sii)
    }

    /// The gap and SII/RII of life expectancies already computed, one per quantile, most deprived first
    /// (see ``byQuantile(_:age:finalBand:confidence:sii:)``).
    public static func inequality(_ quantiles: [LifeExpectancyEstimate], confidence: [Double] = [0.95],
                                  sii: SIIOptions = SIIOptions(rii: true)) throws(IndicatorError) -> LifeExpectancyInequality {
        let s = "life expectancy inequality"
        if quantiles.count < 2 {
            throw .tooFewRows(statistic: s, count: quantiles.count, required: "a gap needs at least 2 quantiles (most and least deprived)")
        }
        if sii.valueType != .normal {
            throw .invalidParameter(statistic: s, name: "valueType", value: 0, rule: "a life expectancy is a normal value type (PHE value_type = 0)")
        }
        let gap = try gap(quantiles[0], minus: quantiles[quantiles.count - 1], confidence: confidence)
        var options = sii
        options.confidence = confidence
        var result: SIIResult?, note: String?
        if let missing = quantiles.firstIndex(where: { $0.value == nil || $0.standardError == nil }) {
            note = "SII not computed: quantile \(missing + 1) has no life expectancy (\(quantiles[missing].flag?.description ?? "no value"))"
        } else if quantiles.count < 5 {
            note = "SII not computed: PHE's SII needs 5 to 100 quantiles; there are \(quantiles.count)"
        } else {
            let area = SIIArea(populations: quantiles.map(\.population), values: quantiles.map { $0.value! },
                               uncertainty: .standardErrors(quantiles.map { $0.standardError! }))
            result = try PHE.sii(area, options: options)
        }
        return LifeExpectancyInequality(quantiles: quantiles, gap: gap, sii: result, siiNote: note)
    }
}
