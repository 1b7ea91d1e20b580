// SIISimulation: the Monte-Carlo confidence limits of the PHE SII/RII (direct coefficient draws, or every quantile drawn and back-transformed).
import GapwiseNumerics

/// Reusable buffers of one worker thread, so a batch of areas allocates once per thread.
struct SIIWorkspace {
    /// Simulated SII values (or standard normal draws on the direct path), one per repetition.
    var sii: [Double]
    /// Simulated RII values, one per repetition (used only when RII limits are wanted).
    var rii: [Double]
    /// Standard normal draws: 2 per repetition on the direct path (the quantile-draws path keeps its own block).
    var draws: [Double]

    init(repetitions: Int) {
        sii = [Double](repeating: 0, count: repetitions)
        rii = []
        draws = []
    }
}

/// How the simulated coefficients are produced (both have PHE's distribution; see ``PHE``).
enum SIISimulationPath: Sendable {
    /// Pick `.direct` when the simulated quantity is linear in the draws, else `.quantileDraws`.
    case automatic
    /// Draw (β0*, β1*) from their bivariate normal distribution: 1 or 2 normals per repetition.
    case direct
    /// Draw every quantile value (k normals per repetition), back-transform, refit (``BackTransformedSums``).
    case quantileDraws
}

enum SIISimulation {
    /// Raw limits per confidence level (before the multiplier and RII inversion): for the SII on its
    /// natural scale, and for the RII when `options.rii`.
    static func limits(_ area: PreparedSIIArea, fit: SIIRegression, options: SIIOptions,
                       generator: Xoshiro256StarStar, workspace w: inout SIIWorkspace,
                       path: SIISimulationPath = .automatic)
        -> (sii: [(Double, Double)], rii: [(Double, Double)]) {
        let reps = options.repetitions
        var positions = [Int]()
        for c in options.confidence {
            let (lo, hi) = SIIOptions.limitPositions(repetitions: reps, confidence: c)
            positions += [lo - 1, hi - 1]
        }
        if w.sii.count != reps { w.sii = [Double](repeating: 0, count: reps) }
        var rng = generator
        let linear = options.transform || options.valueType == .normal
        let usePath: SIISimulationPath = path == .automatic ? (linear ? .direct : .quantileDraws) : path
        precondition(!(usePath == .direct && !linear), "SIISimulation: the direct path needs a linear simulation")

        if options.transform || (usePath == .direct && !options.rii) {
            // Only the slope is needed: β1* = β1 + σ1·Z, and its order statistics are those of Z mapped.
            let y = options.transform ? area.linkValues : area.values
            let (b0, b1) = fit.coefficients(y)
            let sd1 = fit.covariance(standardDeviations: area.standardErrors).v11.squareRoot()
            let z = normalOrderStatistics(count: reps, positions: positions, generator: &rng, scratch: &w.sii)
            let slopes = z.map { b1 + sd1 * $0 }
            if !options.transform {
                return (pairs(slopes), [])
            }
            // Re-centre the link-scale slope limits on the fitted midpoint and back-transform.
            let g = options.valueType, mid = b0 + b1 / 2
            let sii = slopes.map { s in g.inverseLink(mid + s / 2) - g.inverseLink(mid - s / 2) }
            let rii = slopes.map { s in g.inverseLink(mid + s / 2) / g.inverseLink(mid - s / 2) }
            return (pairs(sii), options.rii ? pairs(rii) : [])
        }

        if w.rii.count != reps && options.rii { w.rii = [Double](repeating: 0, count: reps) }
        if usePath == .direct {
            // Normal values with RII limits: (β0*, β1*) = β + L·(Z1, Z2), L the Cholesky factor of C·diag(se²)·Cᵀ.
            let (b0, b1) = fit.coefficients(area.values)
            let v = fit.covariance(standardDeviations: area.standardErrors)
            let l00 = v.v00.squareRoot()
            let l10 = l00 > 0 ? v.v01 / l00 : 0
            let l11 = max(v.v11 - l10 * l10, 0).squareRoot()
            if w.draws.count != 2 * reps { w.draws = [Double](repeating: 0, count: 2 * reps) }
            rng.fillNormal(&w.draws)
            for r in 0..<reps {
                let z1 = w.draws[2 * r], z2 = w.draws[2 * r + 1]
                let s0 = b0 + l00 * z1
                let s1 = b1 + l10 * z1 + l11 * z2
                w.sii[r] = s1
                w.rii[r] = (s0 + s1) / s0
            }
        } else {
            quantileDrawsPath(area, fit: fit, options: options, rng: &rng, workspace: &w)
        }
        let sii = Ranking.orderStatistics(&w.sii, positions: positions)
        let rii = options.rii ? Ranking.orderStatistics(&w.rii, positions: positions) : []
        return (pairs(sii), pairs(rii))
    }

    /// PHE's own scheme: every repetition draws the k quantile values η_j + se_j·Z_j on the simulation
    /// scale, back-transforms them by g⁻¹ and refits, (β0*, β1*) = C·y*. The refit is two fixed dot
    /// products, so the whole simulation is ``BackTransformedSums`` (k exps and 2k multiply-adds per
    /// repetition, vectorised across repetitions); the RII of each repetition is (β0* + β1*)/β0*.
    private static func quantileDrawsPath(_ area: PreparedSIIArea, fit: SIIRegression, options: SIIOptions,
                                          rng: inout Xoshiro256StarStar, workspace w: inout SIIWorkspace) {
        let link: InverseLink
        switch options.valueType {
        case .normal: link = .identity
        case .rate: link = .exp
        case .proportion: link = .expit
        }
        BackTransformedSums.simulate(means: area.linkValues, standardDeviations: area.standardErrors, link: link,
                                     weights: fit.c1, secondWeights: options.rii ? fit.c0 : nil,
                                     generator: &rng, first: &w.sii, second: &w.rii)
        if options.rii {
            w.sii.withUnsafeBufferPointer { s1 in
                w.rii.withUnsafeMutableBufferPointer { r in
                    for i in r.indices {
                        let s0 = r[i]
                        r[i] = (s0 + s1[i]) / s0
                    }
                }
            }
        }
    }

    /// [lo0, hi0, lo1, hi1, ...] as pairs.
    private static func pairs(_ v: [Double]) -> [(Double, Double)] {
        stride(from: 0, to: v.count, by: 2).map { (v[$0], v[$0 + 1]) }
    }
}
