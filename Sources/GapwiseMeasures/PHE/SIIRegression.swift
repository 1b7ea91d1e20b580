// SIIRegression: the population-weighted least-squares line of Low & Low (2004) as a fixed linear map of the values.

/// The regression of PHE's SII, reduced to two fixed weight vectors.
///
/// With `a_j = N_j/ΣN` (population share) and `b_j = Σ_{i<j} a_i + a_j/2` (midpoint of the cumulative
/// share, the relative rank; quantile 1 = most deprived), PHE fits without intercept column
///
///     y_j·√a_j = β0·√a_j + β1·b_j·√a_j,
///
/// which is weighted least squares of y on b with weights a. Its solution is linear in y:
///
///     β1 = Σ_j c1_j y_j,   c1_j = a_j (b_j − b̄) / S_bb,   b̄ = Σ a_j b_j,   S_bb = Σ a_j (b_j − b̄)²
///     β0 = Σ_j c0_j y_j,   c0_j = a_j − b̄·c1_j
///
/// i.e. the two rows of `(XᵀWX)⁻¹XᵀW` that PHE precomputes as `solve(m mᵀ) m` (times √a). The
/// centred form is used because it avoids forming and inverting the 2×2 normal matrix.
struct SIIRegression: Sendable {
    /// Population shares a_j.
    let shares: [Double]
    /// Relative ranks b_j (PHE's `FindXValues`).
    let ranks: [Double]
    /// Weights giving the intercept (fitted value at rank 0, the most deprived end).
    let c0: [Double]
    /// Weights giving the slope (fitted value at rank 1 minus the value at rank 0).
    let c1: [Double]

    init(populations: [Double]) {
        let total = populations.reduce(0, +)
        let a = populations.map { $0 / total }
        // b_j = a_j/2 + cumsum(a)_{j−1}, exactly as PHE's FindXValues accumulates it.
        var b = [Double](repeating: 0, count: a.count)
        var cum = 0.0
        for j in a.indices {
            b[j] = j == 0 ? a[j] / 2 : a[j] / 2 + cum
            cum += a[j]
        }
        var bBar = 0.0
        for j in a.indices { bBar += a[j] * b[j] }
        var sbb = 0.0
        for j in a.indices { sbb += a[j] * (b[j] - bBar) * (b[j] - bBar) }
        let c1 = a.indices.map { a[$0] * (b[$0] - bBar) / sbb }
        shares = a
        ranks = b
        self.c1 = c1
        c0 = a.indices.map { a[$0] - bBar * c1[$0] }
    }

    /// (β0, β1) for the values y (in quantile order).
    func coefficients(_ y: [Double]) -> (intercept: Double, slope: Double) {
        var b0 = 0.0, b1 = 0.0
        for j in y.indices {
            b0 += c0[j] * y[j]
            b1 += c1[j] * y[j]
        }
        return (b0, b1)
    }

    /// The covariance matrix of (β0, β1) when the y_j are independent with standard deviations `sd`:
    /// `C·diag(sd²)·Cᵀ` as (var β0, cov, var β1).
    func covariance(standardDeviations sd: [Double]) -> (v00: Double, v01: Double, v11: Double) {
        var v00 = 0.0, v01 = 0.0, v11 = 0.0
        for j in sd.indices {
            let s2 = sd[j] * sd[j]
            v00 += c0[j] * c0[j] * s2
            v01 += c0[j] * c1[j] * s2
            v11 += c1[j] * c1[j] * s2
        }
        return (v00, v01, v11)
    }
}
