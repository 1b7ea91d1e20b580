// SIIOptions: the settings of a PHE slope index of inequality (value type, transform, multiplier, simulation).

/// Settings for ``PHE/sii(_:options:stream:)``, mirroring PHEindicatormethods' `phe_sii` arguments.
public struct SIIOptions: Sendable, Hashable {
    /// The indicator type (PHE `value_type`): the scale on which sampling error is normal. Default `.normal`.
    public var valueType: SIIValueType
    /// Fit the regression on the simulation scale (log for rates, logit for proportions) and
    /// back-transform (PHE `transform = TRUE`). Only for `.rate` and `.proportion`. Default false.
    public var transform: Bool
    /// Factor applied to the SII and its limits (e.g. 100 for percentages). A negative multiplier
    /// reverses polarity: the limits swap and the RII and its limits are inverted. Must be finite and
    /// non-zero. Default 1.
    public var multiplier: Double
    /// Monte-Carlo repetitions (PHE `repetitions`), at least 1,000. Default 100,000.
    public var repetitions: Int
    /// Confidence levels, each strictly between 0 and 1; several at once (e.g. `[0.95, 0.998]`).
    public var confidence: [Double]
    /// Also simulate confidence limits for the RII (PHE `rii = TRUE`). The RII point value is always given.
    public var rii: Bool
    /// Seed of the random stream family; area i of a batch uses stream i. Default 20040388 (any fixed
    /// number: the default makes every run reproducible; change it to check Monte-Carlo variation).
    public var seed: UInt64

    public init(valueType: SIIValueType = .normal, transform: Bool = false, multiplier: Double = 1,
                repetitions: Int = 100_000, confidence: [Double] = [0.95], rii: Bool = false,
                seed: UInt64 = 20_040_388) {
        self.valueType = valueType
        self.transform = transform
        self.multiplier = multiplier
        self.repetitions = repetitions
        self.confidence = confidence
        self.rii = rii
        self.seed = seed
    }

    /// Checks every setting against its domain.
    func validate() throws(IndicatorError) {
        let s = "sii"
        if transform && valueType == .normal {
            throw .invalidParameter(statistic: s, name: "transform", value: 1,
                                    rule: "a transform (log or logit) applies only to rates and proportions")
        }
        if !multiplier.isFinite || multiplier == 0 {
            throw .invalidParameter(statistic: s, name: "multiplier", value: multiplier,
                                    rule: "the multiplier must be a finite number other than zero")
        }
        if repetitions < 1000 {
            throw .invalidParameter(statistic: s, name: "repetitions", value: Double(repetitions),
                                    rule: "at least 1,000 repetitions are needed (PHE's minimum; the default is 100,000)")
        }
        try validateConfidence(confidence, statistic: s)
        for c in confidence {
            let (lo, hi) = SIIOptions.limitPositions(repetitions: repetitions, confidence: c)
            if lo < 1 || hi > repetitions {
                throw .invalidParameter(statistic: s, name: "confidence", value: c,
                                        rule: "\(repetitions) repetitions are too few for this level; the tail must hold at least one simulated value")
            }
        }
    }

    /// PHE's 1-based positions of the limits among the sorted simulated values:
    /// `round(reps·(1 − cv))` and `round(reps·cv)` with `cv = c + (1 − c)/2`, rounding half to even as R does.
    static func limitPositions(repetitions: Int, confidence c: Double) -> (lower: Int, upper: Int) {
        let cv = c + (1 - c) / 2
        let r = Double(repetitions)
        return (Int((r * (1 - cv)).rounded(.toNearestOrEven)), Int((r * cv).rounded(.toNearestOrEven)))
    }
}
