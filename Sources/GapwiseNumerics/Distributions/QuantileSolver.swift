// QuantileSolver: the safeguarded Newton iteration that inverts a monotone tail probability (t and chi-square quantiles).
import Foundation

/// Inverts a monotone probability function on (0, ∞).
///
/// Solves F(s) = target for s > 0, where F is monotone (increasing or decreasing) and computed with full
/// relative accuracy (a lower tail, an upper tail, or a central probability such as P(0 < T < s)).
/// Newton steps are taken on ln F, Δ = (ln F(s) − ln target) · F(s)/F′(s), which converges quadratically
/// and, unlike Newton on F itself, behaves well deep in the tails where F is exponentially or
/// polynomially small. Each evaluation narrows a bracket [lo, hi] around the root; a step that leaves the
/// bracket (or an underflowed F) is replaced by bisection (geometric when the bracket spans more than a
/// factor 8, a sixteenfold reduction when no positive lower bound is known yet, or a fourfold expansion
/// when no upper bound is known yet). Iteration stops once a step
/// changes s by at most 10⁻¹³ relative (the quadratic convergence then leaves an error far below that)
/// or the bracket has collapsed to adjacent doubles.
package enum QuantileSolver {
    package static func solve(target: Double, start: Double, increasing: Bool,
                              probability: (Double) -> Double,
                              density: (Double) -> Double) -> Double {
        let logTarget = log(target)
        var lo = 0.0
        var hi = Double.infinity
        var s = start > 0 && start.isFinite ? start : 1
        for _ in 0..<400 {
            let f = probability(s)
            if f == target { return s }
            // The root lies below s when F(s) is too large for increasing F (too small for decreasing F).
            if (f > target) == increasing { hi = s } else { lo = s }
            var next = Double.nan
            let d = density(s)
            if f > 0 && d > 0 {
                let step = (log(f) - logTarget) * f / d
                next = increasing ? s - step : s + step
                if abs(next - s) <= 1e-13 * s && next > lo && next < hi { return next }
            }
            if !(next > lo && next < hi) {
                if hi == .infinity {
                    next = s * 4
                } else if lo == 0 {
                    next = hi / 16
                } else if hi > 8 * lo {
                    next = lo.squareRoot() * hi.squareRoot()  // no overflow of lo·hi
                } else {
                    next = lo + 0.5 * (hi - lo)
                }
            }
            if next == s || next == .infinity || next.nextDown <= lo && next.nextUp >= hi { return next }
            s = next
        }
        return s
    }
}
