// FunnelTable: the control limits of a funnel plot at 100 points along its horizontal axis, with what went in.

/// One point of a funnel plot's control limits.
///
/// `x` is the horizontal coordinate: the population (denominator) for proportions, the observed events
/// for ratios, the events for rates. The limits are PHE's "2 sigma" (two-sided 95%, tail 0.025) and
/// "3 sigma" (two-sided 99.8%, tail 0.001) limits, on the scale of the plotted statistic.
public struct FunnelPoint: Hashable, Sendable {
    public let x: Double
    public let lower95: Double
    public let upper95: Double
    public let lower998: Double
    public let upper998: Double
    /// Ratios: the expected events at which `x` observed events sit on each limit (`lower95` uses the
    /// first, ...). Rates: the population for one year at which `x` events sit on each limit. Empty for proportions.
    public let denominators: [Double]
}

/// The funnel plot limits of one statistic (PHEindicatormethods `calculate_funnel_limits`).
public struct FunnelTable: Hashable, Sendable {
    /// "proportion", "ratio (count)", "ratio (isr)", "rate (dsr per 100,000)", ...
    public let statistic: String
    /// How the limits were computed.
    public let method: String
    /// The pooled average the funnel is centred on, on the plotted scale (Σnumerator/Σdenominator × multiplier;
    /// 1 for a count ratio's O/E, 100 for an ISR). For count ratios PHE plots O/E − 1 and the centre is 0.
    public let baseline: Double
    /// The axis range the points span (before the first point is raised to at least 1).
    public let axisMinimum: Double
    public let axisMaximum: Double
    public let points: [FunnelPoint]
}
