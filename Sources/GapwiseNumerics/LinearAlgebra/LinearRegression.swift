// LinearRegression: ordinary and weighted least-squares regression with standard errors, accurate to NIST StRD.

extension LinearAlgebra {
    /// The result of a least-squares regression `y = Xβ + e`.
    public struct RegressionFit: Sendable, Equatable {
        /// Estimated coefficients β (the intercept first when one was added).
        public let coefficients: [Double]
        /// Standard errors of the coefficients, `s·√((XᵀWX)⁻¹)_jj`.
        public let standardErrors: [Double]
        /// Residual standard deviation `s = √(RSS/(n − p))` (NaN when n = p).
        public let residualStandardDeviation: Double
        /// Residual sum of squares (weighted when weights were given).
        public let residualSumOfSquares: Double
        /// R²: `1 − RSS/Σw(y − ȳ)²` with an intercept; the uncentred `1 − RSS/Σwy²` without one.
        public let rSquared: Double
        /// Number of observations and coefficients; residual degrees of freedom n − p.
        public let observations: Int, parameters: Int, degreesOfFreedom: Int
        /// Whether a column of ones was added.
        public let intercept: Bool
        /// The unscaled covariance `(XᵀWX)⁻¹` (multiply by s² for the covariance of β).
        public let unscaledCovariance: Matrix
        /// Residuals `y − Xβ` (unweighted).
        public let residuals: [Double]
    }

    /// Least-squares regression built for accuracy first.
    ///
    /// Method: optional weights are applied as `√w` row scaling; every column is scaled by the power of two nearest its reciprocal Euclidean
    /// norm (equilibration without rounding error, which removes the artificial ill-conditioning of badly scaled columns such as x¹⁰);
    /// the scaled matrix is factorised by Householder QR (LAPACK `dgeqrf`); the coefficients and each column
    /// of `(XᵀWX)⁻¹` are then refined with Björck's augmented-system iteration whose residuals are computed in
    /// 80-bit extended precision (see `AugmentedRefinement`). The residual sum of squares is computed from
    /// extended-precision residuals. On NIST StRD this reaches LRE ≥ 9 on Longley and Wampler1-3 and about
    /// 7-8 on Filip (whose coefficients are sensitive to the rounding of the data to double).
    public enum LinearRegression {
        /// Fits `y` on the columns of `design`, adding an intercept column first when `intercept` is true.
        /// - Parameters:
        ///   - design: n x k predictors (column-major `Matrix`).
        ///   - response: n observations.
        ///   - intercept: add a column of ones (default true).
        ///   - weights: optional non-negative weights (WLS minimises Σ wᵢ eᵢ²); zero weights drop a row's influence.
        /// - Throws: `.invalidArgument` for too few observations, negative or non-finite weights;
        ///   `.nonFinite` for NaN/∞ data; `.singular` when a column is (numerically) a combination of others.
        public static func fit(design: Matrix, response y: [Double], intercept: Bool = true,
                               weights: [Double]? = nil) throws(LinearAlgebraError) -> RegressionFit {
            let n = design.rows
            let (solver, scale, beta) = try solved(design: design, response: y, intercept: intercept, weights: weights)
            let p = beta.count
            let zeros = [Double](repeating: 0, count: p)

            // Residuals and sums of squares in extended precision.
            var residuals = [Double](repeating: 0, count: n)
            var rss: Float80 = 0
            var fitted = [Float80](repeating: intercept ? Float80(beta[0]) : 0, count: n)
            for j in (intercept ? 1 : 0)..<p {
                let bj = Float80(beta[j]), col = (j - (intercept ? 1 : 0)) * n
                design.storage.withUnsafeBufferPointer { xp in
                    for i in 0..<n { fitted[i] += Float80(xp[col + i]) * bj }
                }
            }
            for i in 0..<n {
                let e = Float80(y[i]) - fitted[i]
                residuals[i] = Double(e)
                rss += Float80(weights?[i] ?? 1) * e * e
            }
            var tss: Float80 = 0
            if intercept {
                var sw0: Float80 = 0, swy: Float80 = 0
                for i in 0..<n { let w = Float80(weights?[i] ?? 1); sw0 += w; swy += w * Float80(y[i]) }
                let mean = swy / sw0
                for i in 0..<n { let d = Float80(y[i]) - mean; tss += Float80(weights?[i] ?? 1) * d * d }
            } else {
                for i in 0..<n { tss += Float80(weights?[i] ?? 1) * Float80(y[i]) * Float80(y[i]) }
            }
            let df = n - p
            let s2 = df > 0 ? rss / Float80(df) : Float80.nan

            // (XᵀWX)⁻¹. Its relative error from the QR factor alone is about κ(R)·ε; when that could exceed
            // 1e-12 each column is instead refined through the augmented system (b = 0, g = −e_j).
            var cov = Matrix(rows: p, columns: p)
            let scaled: Matrix
            if try solver.qr.reciprocalCondition() >= 1e-4 {
                scaled = try solver.qr.inverseGram()
            } else {
                var c = Matrix(rows: p, columns: p)
                let zeroB = [Double](repeating: 0, count: n)
                for j in 0..<p {
                    var g = zeros
                    g[j] = -1
                    let col = try solver.solve(b: zeroB, g: g).x
                    for i in 0..<p { c[i, j] = col[i] }
                }
                scaled = c
            }
            for j in 0..<p { for i in 0..<p { cov[i, j] = scaled[i, j] * scale[i] * scale[j] } }
            let se = (0..<p).map { Double((s2 * Float80(cov[$0, $0])).squareRoot()) }
            return RegressionFit(
                coefficients: beta, standardErrors: se,
                residualStandardDeviation: Double(s2.squareRoot()), residualSumOfSquares: Double(rss),
                rSquared: Double(1 - rss / tss), observations: n, parameters: p, degreesOfFreedom: df,
                intercept: intercept, unscaledCovariance: cov, residuals: residuals)
        }

        /// The coefficients β alone, computed exactly as ``fit(design:response:intercept:weights:)`` computes them
        /// (bit for bit: the same code), without the residuals, sums of squares and covariance that `fit` adds.
        /// For callers that refit many small problems and read only β (bootstrap replicates).
        /// - Throws: as ``fit(design:response:intercept:weights:)``.
        package static func coefficients(design: Matrix, response y: [Double], intercept: Bool = true,
                                         weights: [Double]? = nil) throws(LinearAlgebraError) -> [Double] {
            try solved(design: design, response: y, intercept: intercept, weights: weights).beta
        }

        /// The coefficients (β0, β1) of `y` on one predictor `x` with an intercept, as `coefficients` gives them
        /// for the one-column design `[x]`.
        /// - Throws: as ``fit(design:response:intercept:weights:)``.
        package static func coefficients(predictor x: [Double], response y: [Double],
                                         weights: [Double]? = nil) throws(LinearAlgebraError) -> [Double] {
            try coefficients(design: try Matrix(columns: [x]), response: y, intercept: true, weights: weights)
        }

        /// Validation, weighting, equilibration, QR and the refined solve shared by `fit` and `coefficients`.
        private static func solved(design: Matrix, response y: [Double], intercept: Bool,
                                   weights: [Double]?) throws(LinearAlgebraError) -> (solver: AugmentedRefinement, scale: [Double], beta: [Double]) {
            let n = design.rows
            guard y.count == n else {
                throw .dimensionMismatch(operation: "LinearRegression.fit", detail: "design has \(n) rows, response has \(y.count) values")
            }
            let p = design.columns + (intercept ? 1 : 0)
            guard p >= 1 else { throw .invalidArgument(operation: "LinearRegression.fit", detail: "there are no coefficients to fit") }
            guard n >= p else {
                throw .invalidArgument(operation: "LinearRegression.fit", detail: "\(n) observations cannot determine \(p) coefficients")
            }
            guard design.storage.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else {
                throw .nonFinite(operation: "LinearRegression.fit")
            }
            if let w = weights {
                guard w.count == n else {
                    throw .dimensionMismatch(operation: "LinearRegression.fit", detail: "\(w.count) weights for \(n) observations")
                }
                if let bad = w.firstIndex(where: { !($0 >= 0) || !$0.isFinite }) {
                    throw .invalidArgument(operation: "LinearRegression.fit", detail: "weight \(bad + 1) is \(w[bad]); weights must be finite and non-negative")
                }
            }
            let sw = weights.map { $0.map { $0.squareRoot() } }

            // Weighted, column-equilibrated design.
            var a = Matrix(rows: n, columns: p)
            var scale = [Double](repeating: 1, count: p)
            for j in 0..<p {
                var col = [Double](repeating: 1, count: n)
                if !(intercept && j == 0) { col = design.column(j - (intercept ? 1 : 0)) }
                if let sw { for i in 0..<n { col[i] *= sw[i] } }
                let norm = euclideanNorm(col)
                guard norm > 0 else { throw .singular(routine: "LinearRegression.fit", pivot: j + 1) }
                // A power of two near 1/norm: scaling by it is exact, so the scaled matrix is the data itself.
                scale[j] = Double(sign: .plus, exponent: -norm.exponent, significand: 1)
                for i in 0..<n { a[i, j] = col[i] * scale[j] }
            }
            var b = y
            if let sw { for i in 0..<n { b[i] *= sw[i] } }

            let solver = try AugmentedRefinement(a)
            let rd = solver.qr.rDiagonal
            let rmax = rd.map(abs).max() ?? 0
            if let j = rd.firstIndex(where: { abs($0) <= Double(max(n, p)) * Double.ulpOfOne * rmax }) {
                throw .singular(routine: "LinearRegression.fit", pivot: j + 1)
            }
            let zeros = [Double](repeating: 0, count: p)
            let ls = try solver.solve(b: b, g: zeros)
            return (solver, scale, (0..<p).map { ls.x[$0] * scale[$0] })
        }


        /// The design matrix of a polynomial in x without the constant: columns x, x², …, x^degree
        /// (powers formed in extended precision and rounded once).
        public static func polynomialDesign(_ x: [Double], degree: Int) -> Matrix {
            precondition(degree >= 1, "polynomial degree must be at least 1")
            var m = Matrix(rows: x.count, columns: degree)
            for i in 0..<x.count {
                var pw: Float80 = 1
                for d in 0..<degree { pw *= Float80(x[i]); m[i, d] = Double(pw) }
            }
            return m
        }

        private static func euclideanNorm(_ v: [Double]) -> Double {
            var s: Float80 = 0
            for e in v { s += Float80(e) * Float80(e) }
            return Double(s.squareRoot())
        }
    }
}
