// GroupedEstimate: the result value of a subgroup-level measure (estimate, SE, intervals, method, inputs).

/// The subgroup-level measures, by their HEAT / ScotPHO codes.
public enum GroupedMeasure: String, CaseIterable, Hashable, Sendable {
    // WHO HEAT (healthequal 1.0.1) summary measures.
    case d, r, sii, rii, aci, rci, paf, par, bgv, bgsd, cov, idisu, idisw
    case mdbu, mdbw, mdmu, mdmw, mdru, mdrw, mld, ti
    // ScotPHO (calculate_inequality_measures.R).
    /// Linear SII: population-weighted least squares of the estimate on the relative rank.
    case siiLinear = "sii_linear"
    /// ScotPHO RII: the linear SII divided by the overall rate.
    case riiLinear = "rii_linear"
    /// ScotPHO `rii_int`: RII × 0.5 × 100, "the most deprived are xx% above the average".
    case riiPercent = "rii_int"
    /// ScotPHO population attributable risk as a percentage, 100·S/(S+1).
    case parPercent = "par_percent"
    /// Most disadvantaged minus most advantaged (ScotPHO `abs_range`).
    case absoluteRange = "abs_range"
    /// Most disadvantaged divided by most advantaged (ScotPHO `rel_range`).
    case relativeRange = "rel_range"

    /// The code (`"sii"`, `"sii_linear"`, …).
    public var code: String { rawValue }
}

/// One confidence interval.
public struct GroupedInterval: Hashable, Sendable {
    /// The confidence level, e.g. 0.95.
    public let level: Double
    public let lower: Double
    public let upper: Double

    public init(level: Double, lower: Double, upper: Double) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// How a grouped measure's intervals were formed.
public enum GroupedIntervalMethod: Hashable, Sendable {
    /// `estimate ± z·SE`, z the standard normal quantile at 1 − α/2.
    case normal
    /// `exp(ln θ ± z·SE)`, where the reported SE is that of ln θ (ratio, RII).
    case logNormal
    /// `estimate ± t·SE` with the Student t quantile on `degreesOfFreedom` degrees of freedom.
    case studentT(degreesOfFreedom: Int)
    /// Type-7 quantiles of `replicates` simulated values (y*_j ~ N(y_j, se_j) truncated to the valid range).
    case simulation(replicates: Int, seed: UInt64)
    /// No interval; `reason` says why (e.g. a standard error is missing).
    case unavailable(reason: String)
}

/// The value of one subgroup-level measure with its standard error, intervals and what went into it.
public struct GroupedEstimate: Hashable, Sendable {
    /// Which measure.
    public let measure: GroupedMeasure
    /// The point estimate.
    public let estimate: Double
    /// The analytic standard error, where the measure has one (nil for simulated intervals and when a
    /// subgroup's SE is missing). For R and RII it is the SE of ln θ; its scale is stated in `method`.
    public let standardError: Double?
    /// One interval per requested confidence level, in the order requested (empty when unavailable).
    public let intervals: [GroupedInterval]
    /// How the intervals were formed.
    public let intervalMethod: GroupedIntervalMethod
    /// The formula and conventions, in one line.
    public let method: String
    /// The names of the subgroups that went in, in the order used (by order for ordered measures).
    public let subgroups: [String]
    /// The subgroups the measure singles out: the two compared by D, R and the ranges; the reference of
    /// PAF, PAR and MDR*; the best subgroup of MDB*. Empty for measures that use every subgroup alike.
    public let comparedSubgroups: [String]
    /// The compatibility mode the value was computed under.
    public let compatibility: GroupedCompatibility

    public init(measure: GroupedMeasure, estimate: Double, standardError: Double?, intervals: [GroupedInterval],
                intervalMethod: GroupedIntervalMethod, method: String, subgroups: [String],
                comparedSubgroups: [String], compatibility: GroupedCompatibility) {
        self.measure = measure
        self.estimate = estimate
        self.standardError = standardError
        self.intervals = intervals
        self.intervalMethod = intervalMethod
        self.method = method
        self.subgroups = subgroups
        self.comparedSubgroups = comparedSubgroups
        self.compatibility = compatibility
    }

    /// The interval at `level`, if one was computed.
    public func interval(at level: Double) -> GroupedInterval? {
        intervals.first { $0.level == level }
    }
}
