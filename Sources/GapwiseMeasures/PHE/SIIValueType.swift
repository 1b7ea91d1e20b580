// SIIValueType: the PHE indicator types (normal, rate, proportion) and the scale each is simulated on.
import Foundation

/// The kind of indicator an SII is computed for, PHEindicatormethods' `value_type`.
///
/// It decides the scale on which each quantile's sampling error is taken to be normal: the value
/// itself (`normal`, 0), its logarithm (`rate`, 1) or its logit (`proportion`, 2). Standard errors
/// supplied directly are on that scale; standard errors derived from 95% confidence limits are
/// computed after transforming the limits to it.
public enum SIIValueType: Int, Sendable, Hashable, CaseIterable {
    /// Symmetric sampling error on the natural scale (life expectancy, scores, means). PHE `value_type = 0`.
    case normal = 0
    /// A rate: error symmetric on the log scale; values must be > 0. PHE `value_type = 1`.
    case rate = 1
    /// A proportion in (0, 1): error symmetric on the logit scale. PHE `value_type = 2`.
    case proportion = 2

    /// The link g: identity, `log y`, or `logit y = log(y/(1−y))`.
    public func link(_ y: Double) -> Double {
        switch self {
        case .normal: return y
        case .rate: return log(y)
        case .proportion: return log(y / (1 - y))
        }
    }

    /// The inverse link g⁻¹: identity, `exp η`, or `expit η = exp η/(1 + exp η)` (PHE's own form).
    public func inverseLink(_ eta: Double) -> Double {
        switch self {
        case .normal: return eta
        case .rate: return exp(eta)
        case .proportion:
            // exp(η)/(1+exp(η)) overflows to NaN for η > 709; 1/(1+exp(−η)) is the same number there.
            if eta > 0 { return 1 / (1 + exp(-eta)) }
            let e = exp(eta)
            return e / (1 + e)
        }
    }

    /// PHE's name for the type in its `indicator_type` output column.
    public var name: String {
        switch self {
        case .normal: return "normal"
        case .rate: return "rate"
        case .proportion: return "proportion"
        }
    }
}
