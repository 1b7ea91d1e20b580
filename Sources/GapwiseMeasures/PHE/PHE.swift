// PHE: the slope and relative index of inequality of PHEindicatormethods' phe_sii (Low & Low 2004), single and batch.
import Foundation
import GapwiseNumerics

/// Public Health England (now OHID/UKHSA) methods, as in PHEindicatormethods 2.1.0.
public enum PHE {
    /// The slope index of inequality (SII) and relative index of inequality (RII) of one area, with
    /// Monte-Carlo confidence limits — PHEindicatormethods' `phe_sii` (Low & Low 2004).
    ///
    /// **Fit.** Quantiles are ordered 1 = most deprived. With population shares `a_j = N_j/ΣN` and
    /// relative ranks `b_j = Σ_{i<j} a_i + a_j/2`, the line `y = β0 + β1·b` is fitted by least squares
    /// weighted by `a_j` (PHE's `lm(y√a ~ √a + b√a − 1)`). Without transform `y` is the value and
    ///
    ///     SII = β1·multiplier,   RII = (β0 + β1)/β0,   intercept = β0.
    ///
    /// With `transform` (rates: log, proportions: logit) `y = g(value)` and, with g⁻¹ the inverse link,
    ///
    ///     SII = (g⁻¹(β0+β1) − g⁻¹(β0))·multiplier,   RII = g⁻¹(β0+β1)/g⁻¹(β0),   intercept = g⁻¹(β0).
    ///
    /// A negative multiplier reverses polarity: SII limits swap, and the RII and its limits are
    /// inverted (1/RII, with the limits swapped).
    ///
    /// **Limits.** Each repetition draws `η*_j ~ N(g(value_j), se_j)` on the simulation scale of the
    /// value type, back-transforms (unless `transform`), refits, and the limits at level c are PHE's
    /// order statistics of the sorted simulated values: positions `round(R·α/2)` and `round(R·(1−α/2))`
    /// (1-based, α = 1 − c, no interpolation). With `transform` the simulated link-scale slopes s are
    /// re-centred on the fitted link value at rank ½, `m = β0 + β1/2`: the limit of the SII is
    /// `g⁻¹(m + s/2) − g⁻¹(m − s/2)` and of the RII `g⁻¹(m + s/2)/g⁻¹(m − s/2)`, s at the limit positions.
    ///
    /// How it is computed (same distribution as PHE, far fewer operations): the refit is the fixed
    /// linear map `(β0, β1) = C·y` (``SIIRegression``). Where the simulated quantity is linear in the
    /// draws (normal values, or any transformed fit) the pair (β0*, β1*) is exactly bivariate normal
    /// with covariance `C·diag(se²)·Cᵀ`, so it is drawn directly (one normal per repetition for the SII,
    /// two when RII limits are wanted). Otherwise (rates and proportions without transform) every
    /// repetition draws the k values (ziggurat normals), back-transforms them (vectorised exp) and
    /// takes the two dot products with C (``BackTransformedSums``). PHE draws with R's `rnorm`
    /// (Mersenne-Twister), which no other generator reproduces, so only the distribution is PHE's.
    /// The limits are found by selection (``Ranking/orderStatistics(_:positions:)``), not by sorting.
    /// The simulation is seeded: stream `stream` of `options.seed`; the same inputs give bit-identical
    /// output, and in a batch each area keeps its own stream (draws are not shared between areas).
    ///
    /// - Parameters:
    ///   - area: the quantile rows (5 ≤ k ≤ 100; see ``SIIArea`` for the uncertainty forms).
    ///   - options: value type, transform, multiplier, repetitions, confidence levels, RII limits, seed.
    ///   - stream: which random stream of `options.seed` to use (the batch form uses the area's index).
    /// - Throws: ``IndicatorError`` naming the row and rule: empty or mismatched inputs, k outside 5...100,
    ///   quantile labels that are not 1...k, a non-finite value, a population ≤ 0, a negative standard
    ///   error, a rate ≤ 0 or a proportion outside (0, 1) (value or limit), reversed limits, a transform
    ///   on a normal value type, a zero or non-finite multiplier, fewer than 1,000 repetitions, a
    ///   confidence level outside (0, 1) or too extreme for the repetitions.
    /// - Properties: SII = 0 and RII = 1 when all values are equal; SII and intercept scale with the
    ///   values (normal type), RII is scale-free; the fit depends on populations only through shares.
    /// - References: Low A, Low A. Measuring the gap: quantifying and comparing local health
    ///   inequalities. J Public Health 2004;26:388–395. PHEindicatormethods 2.1.0 (`phe_sii`,
    ///   `SimulationFunc`, `FindXValues`), ukhsa-collaboration/PHEindicatormethods.
    public static func sii(_ area: SIIArea, options: SIIOptions = SIIOptions(),
                           stream: Int = 0) throws(IndicatorError) -> SIIResult {
        try options.validate()
        if stream < 0 {
            throw .invalidParameter(statistic: "sii", name: "stream", value: Double(stream),
                                    rule: "the random stream index must be zero or more")
        }
        let prepared = try area.prepared(valueType: options.valueType)
        var workspace = SIIWorkspace(repetitions: options.repetitions)
        let generator = Xoshiro256StarStar.stream(stream, seed: options.seed)
        return siiPrepared(prepared, options: options, stream: stream, generator: generator, workspace: &workspace)
    }

    /// The SII/RII of many areas: area i is simulated on stream i of `options.seed`, so the results do
    /// not depend on `threads`. Every area is validated before any simulation runs; a failing area is
    /// reported as ``IndicatorError/inArea(index:_:)``.
    ///
    /// - Parameter threads: worker threads (default: `GapwiseThreads.default`, every core); areas are dealt to
    ///   them in turn (thread t takes areas t, t+T, ...).
    public static func sii(areas: [SIIArea], options: SIIOptions = SIIOptions(),
                           threads: Int = GapwiseThreads.default) throws(IndicatorError) -> [SIIResult] {
        try options.validate()
        var prepared = [PreparedSIIArea]()
        prepared.reserveCapacity(areas.count)
        for (i, area) in areas.enumerated() {
            do { prepared.append(try area.prepared(valueType: options.valueType)) }
            catch { throw .inArea(index: i, error) }
        }
        let workers = max(1, min(threads, areas.count))
        let inputs = prepared
        // Worker t takes areas t, t+T, ...; stream i is the seeded generator jumped i times: start at stream
        // t, then jump `workers` times per area. The areas are put back in order afterwards.
        let dealt = Parallel.map(workers, threads: workers) { t -> [SIIResult] in
            var workspace = SIIWorkspace(repetitions: options.repetitions)
            var base = Xoshiro256StarStar.stream(t, seed: options.seed)
            var out: [SIIResult] = []
            var i = t
            while i < inputs.count {
                out.append(siiPrepared(inputs[i], options: options, stream: i, generator: base, workspace: &workspace))
                i += workers
                for _ in 0..<workers { base.jump() }
            }
            return out
        }
        return (0..<inputs.count).map { i in dealt[i % workers][i / workers] }
    }

    /// Point estimates and simulated limits of a validated area.
    static func siiPrepared(_ area: PreparedSIIArea, options: SIIOptions, stream: Int,
                            generator: Xoshiro256StarStar, workspace: inout SIIWorkspace,
                            path: SIISimulationPath = .automatic) -> SIIResult {
        let fit = SIIRegression(populations: area.populations)
        let type = options.valueType
        let point: (sii: Double, rii: Double, intercept: Double)
        if options.transform {
            let (b0, b1) = fit.coefficients(area.linkValues)
            let y0 = type.inverseLink(b0), y1 = type.inverseLink(b0 + b1)
            point = (y1 - y0, y1 / y0, y0)
        } else {
            let (b0, b1) = fit.coefficients(area.values)
            point = (b1, (b0 + b1) / b0, b0)
        }
        let raw = SIISimulation.limits(area, fit: fit, options: options, generator: generator,
                                       workspace: &workspace, path: path)
        let m = options.multiplier
        var siiLimits = [ConfidenceInterval](), riiLimits = [ConfidenceInterval]()
        for (i, c) in options.confidence.enumerated() {
            let (lo, hi) = raw.sii[i]
            siiLimits.append(m < 0 ? ConfidenceInterval(confidence: c, lower: m * hi, upper: m * lo)
                                   : ConfidenceInterval(confidence: c, lower: m * lo, upper: m * hi))
            if options.rii {
                let (rlo, rhi) = raw.rii[i]
                riiLimits.append(m < 0 ? ConfidenceInterval(confidence: c, lower: 1 / rhi, upper: 1 / rlo)
                                       : ConfidenceInterval(confidence: c, lower: rlo, upper: rhi))
            }
        }
        return SIIResult(sii: m * point.sii, siiLimits: siiLimits, rii: m < 0 ? 1 / point.rii : point.rii,
                         riiLimits: riiLimits, intercept: point.intercept, quantiles: area.values.count,
                         population: area.populations.reduce(0, +), options: options, stream: stream)
    }
}
