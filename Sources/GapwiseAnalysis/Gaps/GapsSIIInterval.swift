// GapsSIIInterval: which interval the linear SII/RII of `gaps` carries: PHE's simulation (default) or the regression's, by name.
import GapwiseMeasures

/// The interval of the linear slope and relative indices (`sii_linear`, `rii_linear`, `rii_int`) in `gaps`
/// and `report`.
public enum GapsSIIInterval: String, Hashable, Sendable, CaseIterable {
    /// PHE's simulation (PHEindicatormethods `phe_sii`, without transform): each quantile's value is drawn
    /// from its own 95% limits (normal values: N(y, se); rates on the log scale, proportions on the logit
    /// scale, back-transformed), the line refitted, and the limits read from the simulated slopes. It
    /// reflects the sampling error of the quantile values. RII limits are the SII limits over the
    /// population-weighted mean μ (as ScotPHO divides its SII limits). The default.
    case simulation
    /// The Student t interval of the weighted least-squares slope on k − 2 degrees of freedom (ScotPHO's
    /// `confint`): it measures how far the quantiles lie from the line (lack of fit), not sampling error.
    case regression
}

extension GapsSIIInterval {
    /// The codes whose interval this setting chooses.
    static let linearCodes: Set<GroupedMeasure> = [.siiLinear, .riiLinear, .riiPercent]
}

/// What a gap row's interval is: its method, or why there is none.
enum GapsIntervalLabel {
    /// The reason given when an indicator's area values carry no standard error.
    static let noSamplingError = "none: no sampling error given"

    /// A measure's method without the words of an interval it does not carry: the linear fit's
    /// "; t interval on k − 2 df" and the " ; interval: ..." part its family adds.
    static func withoutInterval(_ method: String) -> String {
        (method.components(separatedBy: " ; interval: ").first ?? method).replacingOccurrences(of: "; t interval on k − 2 df", with: "")
    }

    /// The words for an interval method of a grouped measure.
    static func words(_ m: GroupedIntervalMethod) -> String {
        switch m {
        case .normal: return "normal, from the quantiles' standard errors"
        case .logNormal: return "log-normal, from the quantiles' standard errors"
        case let .studentT(df): return "regression t on \(df) df (lack of fit, not sampling error)"
        case let .simulation(reps, _): return "simulation from the quantiles' standard errors, \(reps) replicates"
        case let .unavailable(reason): return "none: \(reason)"
        }
    }
}

extension GapsRunner {
    /// Repetitions of the SII interval simulation when the request gives none: 10,000, as PHEindicatormethods'
    /// own tests use (its function defaults to 100,000; `replicates` asks for more). At 10,000 the 2.5% and
    /// 97.5% order statistics carry a Monte-Carlo error of about 1% of the interval's width.
    static let defaultReplicates = 10_000

    /// PHE's simulated limits of the linear SII of one profile, on the indicator's scale with PHE's sign
    /// (least minus most deprived), from the quantiles' 95% limits in `sample` (natural scale) — or the
    /// reason there are none.
    static func simulatedSIILimits(_ sample: GroupSample, valueType: SIIValueType, multiplier: Double, levels: [Double],
                                   replicates: Int?, seed: UInt64) -> Result<(limits: [ConfidenceInterval], replicates: Int), IntervalUnavailable> {
        let k = sample.values.count
        guard k >= 5 else {
            return .failure(.init(reason: "PHE's simulation needs at least 5 quantiles with data (\(k) here); the regression interval can be asked for by name"))
        }
        guard sample.lowerLimits.allSatisfy(\.isFinite), sample.upperLimits.allSatisfy(\.isFinite) else {
            return .failure(.init(reason: "a quantile has no interval to simulate from"))
        }
        let reps = replicates.map { max($0, 1000) } ?? defaultReplicates
        let area = SIIArea(populations: sample.weights, values: sample.values,
                           uncertainty: .confidenceLimits95(lower: sample.lowerLimits, upper: sample.upperLimits),
                           quantiles: sample.orders)
        let options = SIIOptions(valueType: valueType, transform: false, multiplier: multiplier, repetitions: reps,
                                 confidence: levels, rii: false, seed: seed)
        do {
            return .success((try PHE.sii(area, options: options).siiLimits, reps))
        } catch {
            return .failure(.init(reason: "PHE's simulation cannot use these quantiles (\(error))"))
        }
    }

    struct IntervalUnavailable: Error { let reason: String }
}
