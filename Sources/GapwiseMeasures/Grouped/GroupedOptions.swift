// GroupedOptions: confidence levels, peer-compatibility mode, simulation settings of the grouped measures.

/// Which peer's conventions to follow where the peers differ from the correct or usual definition.
///
/// The default, ``standard``, is the corrected behaviour. The other modes reproduce a peer exactly,
/// known quirks included, so that published figures can be matched; each measure's documentation says
/// what, if anything, the mode changes for it.
public enum GroupedCompatibility: Hashable, Sendable {
    /// Correct conventions (Gapwise's default).
    case standard
    /// WHO HEAT / healthequal 1.0.1: logistic SII/RII with population² weights, SII standard error on the
    /// 0–1 scale, MLD/TI and PAF standard errors left on the unscaled (×1) scale, zero estimates replaced
    /// by 1e-6 in MLD/TI.
    case heat
    /// ScotPHO / Public Health Scotland `calculate_inequality_measures.R`: the linear SII is −β1 (positive
    /// when the most deprived have the higher rate), and only complete sets of 5 or 10 groups are accepted.
    case scotpho
}

/// How the logistic SII/RII turns estimates into binomial events and trials.
public enum LogisticCounts: Hashable, Sendable {
    /// The estimates as they are: `y_j/scale · N_j` events out of `N_j` trials (a quasi-binomial fit,
    /// which needs no whole numbers). Equal estimates give exactly SII = 0 and RII = 1. The default.
    case fractional
    /// Whole numbers, as healthequal builds them: trials `n_j = ⌈N_j⌉`, events `round(y_j/scale · n_j)`
    /// (half to even, as R's `round`). Recovers the true counts when the estimates were computed from
    /// whole counts, but moves each proportion by up to 0.5/n_j (so equal estimates need not give SII = 0).
    case wholeEvents
}

/// Settings shared by every grouped measure.
public struct GroupedOptions: Hashable, Sendable {
    /// The confidence levels of the intervals, each strictly between 0 and 1; several may be asked at once
    /// (e.g. `[0.95, 0.998]`). Default `[0.95]`.
    public var confidenceLevels: [Double]
    /// Whose conventions to follow (default ``GroupedCompatibility/standard``).
    public var compatibility: GroupedCompatibility
    /// The number of simulation replicates for the simulated intervals (BGSD, COV, IDIS*, MD*).
    /// HEAT uses 100, which leaves the 2.5% and 97.5% limits resting on 2–3 draws each; the default 10 000
    /// puts the Monte-Carlo error of a limit near 1% of the interval width. Minimum 10.
    public var replicates: Int
    /// The seed of the simulation (default 123456, HEAT's `set.seed(123456)`; the random streams differ
    /// from R's, so HEAT's simulated limits are matched only within Monte-Carlo error).
    public var seed: UInt64
    /// How the logistic SII/RII forms its binomial counts (default ``LogisticCounts/fractional``; forced
    /// to whole events under ``GroupedCompatibility/heat``).
    public var logisticCounts: LogisticCounts
    /// Estimates only: the linear SII/RII skip their t intervals (a bootstrap replicate reads the estimate
    /// alone, and the t quantile is the costly part). The estimate is computed by the same code either way.
    package var estimateOnly = false

    public init(confidenceLevels: [Double] = [0.95], compatibility: GroupedCompatibility = .standard,
                replicates: Int = 10_000, seed: UInt64 = 123_456, logisticCounts: LogisticCounts = .fractional) {
        self.confidenceLevels = confidenceLevels
        self.compatibility = compatibility
        self.replicates = replicates
        self.seed = seed
        self.logisticCounts = logisticCounts
    }

    /// The smallest replicate count accepted.
    public static let minimumReplicates = 10

    /// Checks the levels (non-empty, each in (0, 1)) and the replicate count.
    /// - Throws: `.noConfidenceLevels`, `.invalidConfidenceLevel`, `.invalidReplicates`.
    func validate() throws(GroupedMeasureError) {
        guard !confidenceLevels.isEmpty else { throw .noConfidenceLevels }
        for c in confidenceLevels where !(c > 0 && c < 1) { throw .invalidConfidenceLevel(value: c) }
        guard replicates >= Self.minimumReplicates else {
            throw .invalidReplicates(value: replicates, minimum: Self.minimumReplicates)
        }
    }
}
