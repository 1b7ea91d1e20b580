// SimulatedInterval: HEAT's Monte-Carlo intervals (truncated normal redraws of the subgroup estimates,
// type-7 quantiles), seeded per replicate so the result does not depend on threads.
import GapwiseNumerics

extension SubgroupData {
    /// The most attempts allowed for one truncated draw before the simulation gives up.
    static let maximumDrawAttempts = 10_000

    /// Simulated intervals of `statistic` (a function of the subgroup estimates in the order given).
    ///
    /// Each replicate i draws `y*_j ~ N(y_j, se_j)` for every subgroup, redrawing any value below 0 (and,
    /// when the scale is 100, above 100), as HEAT does; computes `statistic(y*)`; non-finite values are
    /// dropped (R's `na.rm = TRUE`). The limits at level c are the type-7 quantiles at (1 − c)/2 and
    /// (1 + c)/2 of the replicate values. Replicate i uses its own generator, seeded from (seed, i), so the
    /// same seed gives the same limits whatever the order or threading of the replicates.
    ///
    /// Returns `.unavailable` when a subgroup has no SE; throws `.simulationRejected` when a draw cannot
    /// be kept in range in ``maximumDrawAttempts`` attempts (an estimate far outside the range).
    func simulatedIntervals(_ measure: String, options: GroupedOptions, statistic: ([Double]) -> Double)
        throws(GroupedMeasureError) -> (intervals: [GroupedInterval], method: GroupedIntervalMethod) {
        guard let se = standardErrors else {
            return ([], .unavailable(reason: "a subgroup has no standard error, so no simulated interval"))
        }
        let y = estimates
        let upper = scale == 100 ? 100.0 : Double.infinity
        var values = [Double]()
        values.reserveCapacity(options.replicates)
        var draw = [Double](repeating: 0, count: count)
        // Replicate i draws from xoshiro256** stream i of the seed (`Xoshiro256StarStar.stream(i, seed:)`:
        // the seeded generator jumped i times, 2^128 outputs apart), so its values depend only on (seed, i).
        // The streams come from the process-wide cache (formed once per seed, shared by every area and measure).
        let streams = Xoshiro256StarStar.cachedStreams(count: options.replicates, seed: options.seed)
        for i in 0..<options.replicates {
            var rng = streams[i]
            for j in 0..<count {
                var attempts = 0
                while true {
                    let v = rng.nextNormal(mean: y[j], standardDeviation: se[j])
                    attempts += 1
                    if v >= 0 && v <= upper { draw[j] = v; break }
                    if attempts == Self.maximumDrawAttempts {
                        throw .simulationRejected(measure: measure, subgroup: subgroups[j].name, estimate: y[j],
                                                  standardError: se[j], attempts: attempts)
                    }
                }
            }
            let v = statistic(draw)
            if v.isFinite { values.append(v) }
        }
        guard !values.isEmpty else {
            return ([], .unavailable(reason: "no simulated replicate gave a finite value"))
        }
        values.sort()
        let intervals = options.confidenceLevels.map { c in
            GroupedInterval(level: c, lower: typeSevenQuantile(sorted: values, (1 - c) / 2),
                            upper: typeSevenQuantile(sorted: values, (1 + c) / 2))
        }
        return (intervals, .simulation(replicates: options.replicates, seed: options.seed))
    }

    /// The measure value of a simulated estimate: computes `statistic` on the data for the estimate and on
    /// the draws for the interval, and packs the result. Needs more than two subgroups (healthequal).
    func simulatedMeasure(_ measure: GroupedMeasure, options: GroupedOptions, method: String,
                          compared: [String] = [], statistic: ([Double]) -> Double)
        throws(GroupedMeasureError) -> GroupedEstimate {
        let value = statistic(estimates)
        let (intervals, how) = try simulatedIntervals(measure.code, options: options, statistic: statistic)
        return GroupedEstimate(
            measure: measure, estimate: value, standardError: nil, intervals: intervals, intervalMethod: how,
            method: method + "; simulated CI (truncated normal redraws, type-7 quantiles)",
            subgroups: names, comparedSubgroups: compared, compatibility: options.compatibility)
    }

    /// The average used by a simulated measure: the population-weighted mean of the values passed (so it is
    /// recomputed from each draw) when every population is known, else the fixed setting average.
    func averageFunction(_ measure: String) throws(GroupedMeasureError) -> ([Double]) -> Double {
        let (_, shares) = try average(measure)
        if let p = shares { return { SubgroupData.weightedMean($0, shares: p) } }
        let a = settingAverage!
        return { _ in a }
    }
}

/// `Σ w_j |y_j − target|` with the shares w (weighted), or `(1/k) Σ |y_j − target|` when `shares` is nil.
func meanAbsoluteDeviation(_ y: [Double], from target: Double, shares: [Double]?) -> Double {
    var s = 0.0
    if let p = shares {
        for j in y.indices { s += p[j] * abs(y[j] - target) }
        return s
    }
    for v in y { s += abs(v - target) }
    return s / Double(y.count)
}

/// The highest (favourable) or lowest (adverse) value.
func bestValue(_ y: [Double], _ polarity: Polarity) -> Double {
    polarity == .favourable ? y.max()! : y.min()!
}
