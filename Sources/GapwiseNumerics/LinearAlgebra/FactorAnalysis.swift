// FactorAnalysis: one-factor maximum-likelihood factor analysis of a correlation matrix (LAPACK dsyevd per step).

/// The one-factor maximum-likelihood factor model `R ≈ λλᵀ + Ψ` of a correlation matrix, and the
/// factor-score weights SIMD-style indices use to combine a domain's indicators.
///
/// Maximum likelihood minimises `F(Ψ) = ln|Σ| + tr(Σ⁻¹R) − ln|R| − p` over `Σ = λλᵀ + Ψ`. For fixed
/// uniquenesses `Ψ` the optimal loadings are `λ = Ψ^{1/2} v √max(θ − 1, 0)`, with `(θ, v)` the largest
/// eigenpair of `Ψ^{−1/2} R Ψ^{−1/2}` (Jöreskog 1967; LAPACK `dsyevd`); at the optimum `Ψ = diag(R − λλᵀ)`.
/// The iteration `Ψ ← diag(R − λλᵀ)`, clamped to `[0.005, 1]` as R's `factanal` bounds the uniquenesses
/// (Heywood cases stop at 0.005), is repeated from `factanal`'s start `ψ_i = (1 − 1/(2p)) / (R⁻¹)_ii`
/// until no uniqueness moves by more than `tolerance`.
///
/// Weights: the regression (Thomson) factor-score coefficients `b = R⁻¹λ`, rescaled to sum to 1; the
/// factor's sign is chosen so that the loadings sum to a positive number.
///
/// - Reference: K. G. Jöreskog, *Some contributions to maximum likelihood factor analysis*,
///   Psychometrika 32 (1967); R Core Team, `stats::factanal`; Scottish Government, *SIMD technical notes*
///   (factor-analysis weights within the health, education and other domains).
package struct OneFactorAnalysis: Sendable, Equatable {
    /// `λ`: the loadings, one per variable.
    public let loadings: [Double]
    /// `ψ`: the uniquenesses `1 − λ²` (for a correlation matrix at an interior optimum).
    public let uniquenesses: [Double]
    /// Factor-score coefficients `R⁻¹λ` rescaled to sum to 1.
    public let weights: [Double]
    /// Iterations used.
    public let iterations: Int

    /// Fits the model to the `p × p` correlation (or covariance) matrix `r`, `p >= 2`.
    ///
    /// - Throws: `LinearAlgebraError.invalidArgument` for `p < 2` or a non-positive diagonal;
    ///   `.notPositiveDefinite` when `r` is singular (e.g. two identical indicators); `.noConvergence`
    ///   after `maxIterations`; the errors of `SymmetricEigen`.
    public init(correlation r: LinearAlgebra.Matrix, tolerance: Double = 1e-13, maxIterations: Int = 200_000) throws(LinearAlgebra.LinearAlgebraError) {
        let p = r.rows
        guard p == r.columns, p >= 2 else {
            throw .invalidArgument(operation: "OneFactorAnalysis", detail: "needs a square matrix of 2 or more variables, got \(r.rows)x\(r.columns)")
        }
        guard r.diagonal.allSatisfy({ $0 > 0 }) else {
            throw .invalidArgument(operation: "OneFactorAnalysis", detail: "the diagonal of the correlation matrix must be positive")
        }
        let chol = try Cholesky(r)
        let inverse = try chol.solve(Matrix.identity(p))
        var psi = (0..<p).map { min(1, max(0.005, (1 - 0.5 / Double(p)) / inverse[$0, $0])) }
        var lambda = [Double](repeating: 0, count: p)
        var iterations = 0
        while true {
            iterations += 1
            var a = Matrix(rows: p, columns: p)
            for j in 0..<p { for i in 0..<p { a[i, j] = r[i, j] / (psi[i] * psi[j]).squareRoot() } }
            let eig = try SymmetricEigen(a)
            let theta = eig.values[p - 1]
            let scale = max(theta - 1, 0).squareRoot()
            for i in 0..<p { lambda[i] = psi[i].squareRoot() * eig.vectors[i, p - 1] * scale }
            var change = 0.0
            for i in 0..<p {
                let next = min(1, max(0.005, r[i, i] - lambda[i] * lambda[i]))
                change = max(change, abs(next - psi[i]))
                psi[i] = next
            }
            if change <= tolerance { break }
            if iterations >= maxIterations { throw .noConvergence(routine: "OneFactorAnalysis", count: iterations) }
        }
        if lambda.reduce(0, +) < 0 { lambda = lambda.map { -$0 } }
        let b = try chol.solve(lambda)
        let total = b.reduce(0, +)
        loadings = lambda
        uniquenesses = psi
        weights = b.map { $0 / total }
        self.iterations = iterations
    }

    /// The correlation matrix of the columns of `data` (each inner array is one variable).
    public static func correlation(_ columns: [[Double]]) -> LinearAlgebra.Matrix {
        let p = columns.count, n = Double(columns.first?.count ?? 0)
        let centred = columns.map { c -> [Double] in let m = c.reduce(0, +) / n; return c.map { $0 - m } }
        var r = Matrix(rows: p, columns: p)
        for i in 0..<p {
            for j in i..<p {
                var s = 0.0, si = 0.0, sj = 0.0
                for k in centred[i].indices {
                    s += centred[i][k] * centred[j][k]; si += centred[i][k] * centred[i][k]; sj += centred[j][k] * centred[j][k]
                }
                r[i, j] = s / (si * sj).squareRoot(); r[j, i] = r[i, j]
            }
        }
        return r
    }
}
