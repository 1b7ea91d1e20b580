// LogisticRankFit: the binomial logit regression of subgroup event counts on relative rank (IRLS, HC1
// sandwich, delta-method SEs) shared by the logistic SII and RII.
import Foundation

/// A two-parameter binomial GLM with logit link, `logit P(event | r) = b0 + b1·r`, fitted by iteratively
/// reweighted least squares to grouped data (events s_j out of n_j trials at rank r_j, prior weight w_j),
/// with the HC1 sandwich covariance (sandwich::vcovHC type "HC1", as marginaleffects uses it).
///
/// Estimating equations `Σ w_j (s_j − n_j μ_j) x_j = 0`, `x_j = (1, r_j)`. Bread `C = (Σ w_j n_j μ_j(1−μ_j)
/// x_j x_jᵀ)⁻¹`, meat `M = Σ u_j² x_j x_jᵀ` with the score `u_j = w_j (s_j − n_j μ_j)`, and
/// `V = k/(k−2) · C M C` (k subgroups, 2 parameters). For a quasi-binomial family sandwich's dispersion
/// factors in the bread and the score cancel, so this equals R's `vcovHC(glm(...), type = "HC1")`.
struct LogisticRankFit {
    let b0: Double, b1: Double
    /// HC1 covariance of (b0, b1).
    let v00: Double, v01: Double, v11: Double

    /// Why a separated fit fails.
    static let separated = "the ranks separate subgroups with and without events, so the fitted proportions run off to 0 or 1"

    static func expit(_ eta: Double) -> Double { 1 / (1 + exp(-eta)) }

    /// Fits the model; throws `.logisticFitFailed` when every event proportion is 0 or every one is 1,
    /// or when the iteration does not settle (the ranks separate events from non-events).
    init(ranks x: [Double], events s: [Double], trials n: [Double], priorWeights w: [Double],
         measure: String) throws(GroupedMeasureError) {
        let k = x.count
        var totalEvents = 0.0, totalTrials = 0.0
        for j in 0..<k where w[j] * n[j] > 0 { totalEvents += s[j]; totalTrials += n[j] }
        guard totalEvents > 0 else { throw .logisticFitFailed(measure: measure, reason: "no subgroup has any events") }
        guard totalEvents < totalTrials else {
            throw .logisticFitFailed(measure: measure, reason: "every subgroup is at the top of the scale")
        }
        // Start as R's binomial family does: μ = (m·y + 0.5)/(m + 1), m = prior weight × trials.
        var eta = (0..<k).map { j -> Double in
            let m = w[j] * n[j], y = n[j] > 0 ? s[j] / n[j] : 0.5
            let mu = (m * y + 0.5) / (m + 1)
            return log(mu / (1 - mu))
        }
        var beta0 = 0.0, beta1 = 0.0
        var converged = false
        for iteration in 0..<200 {
            // Working weights and responses, then the weighted LS step in centred form.
            var sw = 0.0, swx = 0.0, swz = 0.0
            var ww = [Double](repeating: 0, count: k), z = ww
            for j in 0..<k {
                let mu = Self.expit(eta[j]), v = mu * (1 - mu)
                ww[j] = w[j] * n[j] * v
                let y = n[j] > 0 ? s[j] / n[j] : mu
                z[j] = eta[j] + (y - mu) / v
                sw += ww[j]; swx += ww[j] * x[j]; swz += ww[j] * z[j]
            }
            let xbar = swx / sw, zbar = swz / sw
            var sxx = 0.0, sxz = 0.0
            for j in 0..<k { let dx = x[j] - xbar; sxx += ww[j] * dx * dx; sxz += ww[j] * dx * (z[j] - zbar) }
            guard sxx > 0 else { throw .logisticFitFailed(measure: measure, reason: "all subgroups have the same rank") }
            let n1 = sxz / sxx, n0 = zbar - n1 * xbar
            guard n0.isFinite && n1.isFinite else {
                throw .logisticFitFailed(measure: measure, reason: Self.separated)
            }
            let change = max(abs(n0 - beta0), abs(n1 - beta1))
            beta0 = n0; beta1 = n1
            for j in 0..<k { eta[j] = beta0 + beta1 * x[j] }
            if iteration > 0 && change <= 1e-14 * (1 + abs(beta0) + abs(beta1)) { converged = true; break }
        }
        guard converged, abs(beta0) < 30, abs(beta0 + beta1) < 30 else {
            throw .logisticFitFailed(measure: measure, reason: Self.separated)
        }
        // Bread (inverse information at the solution) and HC1 meat.
        var sw = 0.0, swx = 0.0, swxx = 0.0
        var m00 = 0.0, m01 = 0.0, m11 = 0.0
        for j in 0..<k {
            let mu = Self.expit(eta[j])
            let wj = w[j] * n[j] * mu * (1 - mu)
            sw += wj; swx += wj * x[j]; swxx += wj * x[j] * x[j]
            let u = w[j] * (s[j] - n[j] * mu)
            m00 += u * u; m01 += u * u * x[j]; m11 += u * u * x[j] * x[j]
        }
        let xbar = swx / sw
        var sxx = 0.0
        for j in 0..<k {
            let mu = Self.expit(eta[j])
            let dx = x[j] - xbar
            sxx += w[j] * n[j] * mu * (1 - mu) * dx * dx
        }
        let c00 = 1 / sw + xbar * xbar / sxx, c01 = -xbar / sxx, c11 = 1 / sxx
        // V = C M C · k/(k − 2).
        let a00 = c00 * m00 + c01 * m01, a01 = c00 * m01 + c01 * m11
        let a10 = c01 * m00 + c11 * m01, a11 = c01 * m01 + c11 * m11
        let hc1 = Double(k) / Double(k - 2)
        b0 = beta0
        b1 = beta1
        v00 = hc1 * (a00 * c00 + a01 * c01)
        v01 = hc1 * (a00 * c01 + a01 * c11)
        v11 = hc1 * (a10 * c01 + a11 * c11)
    }

    /// The fitted proportions at rank 0 (most disadvantaged) and rank 1 (most advantaged).
    var endpoints: (p0: Double, p1: Double) { (Self.expit(b0), Self.expit(b0 + b1)) }

    /// Delta-method SE of `g(b0, b1)` with gradient (g0, g1).
    func deltaSE(_ g0: Double, _ g1: Double) -> Double {
        (g0 * g0 * v00 + 2 * g0 * g1 * v01 + g1 * g1 * v11).squareRoot()
    }

    /// `p1 − p0` and its delta-method SE (0–1 scale): gradient (p1(1−p1) − p0(1−p0), p1(1−p1)).
    var difference: (estimate: Double, se: Double) {
        let (p0, p1) = endpoints
        return (p1 - p0, deltaSE(p1 * (1 - p1) - p0 * (1 - p0), p1 * (1 - p1)))
    }

    /// `ln(p1/p0)` and its delta-method SE: gradient (p0 − p1, 1 − p1).
    var logRatio: (estimate: Double, se: Double) {
        let (p0, p1) = endpoints
        return (log(p1) - log(p0), deltaSE(p0 - p1, 1 - p1))
    }
}

extension SubgroupData {
    /// Builds and fits the logistic rank model for SII/RII: subgroups sorted by order, counts per
    /// `options.logisticCounts` (whole events forced under `.heat`), ridits from the trials, prior weight
    /// 1 (correct) or the trials again under `.heat` (healthequal's `weights = pop` on a two-column binomial
    /// response, which makes each subgroup's effective weight N_j²).
    func logisticRankFit(_ measure: String, options: GroupedOptions) throws(GroupedMeasureError)
        -> (fit: LogisticRankFit, order: [Int], counts: String) {
        let order = try requireOrdered(measure)
        let pop = try requirePopulations(measure)
        for g in subgroups where g.estimate < 0 || g.estimate > scale {
            throw .estimateOutsideScale(measure: measure, subgroup: g.name, value: g.estimate, scale: scale)
        }
        let heat = options.compatibility == .heat
        let whole = heat || options.logisticCounts == .wholeEvents
        let trials = order.map { whole ? pop[$0].rounded(.up) : pop[$0] }
        let events = order.indices.map { i -> Double in
            let e = subgroups[order[i]].estimate / scale * trials[i]
            return whole ? e.rounded(.toNearestOrEven) : e
        }
        let prior = heat ? trials : [Double](repeating: 1, count: trials.count)
        let fit = try LogisticRankFit(ranks: ridits(trials), events: events, trials: trials, priorWeights: prior,
                                      measure: measure)
        let counts = (whole ? "events round(y/scale·⌈N⌉) of ⌈N⌉" : "events y/scale·N of N")
            + (heat ? ", prior weights N (HEAT: effective weight N²)" : ", no prior weights")
        return (fit, order, counts)
    }
}
