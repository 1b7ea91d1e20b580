// LeastSquares: LAPACK least-squares solvers (QR via dgels, SVD via dgelsd) for min ||A x - b||.
import CLAPACKE

extension LinearAlgebra {
    /// How `LeastSquares.solve` factorises the design matrix.
    public enum LeastSquaresMethod: Sendable, Equatable {
        /// Householder QR (LAPACK `dgels`). Requires full column rank (a pivot below `max(m,n)·ε·max|R_jj|`
        /// is reported as `.singular`); fastest.
        case qr
        /// Divide-and-conquer SVD (LAPACK `dgelsd`). Singular values below `rcond·σ_max` are treated as zero,
        /// giving the minimum-norm solution of rank-deficient problems. `rcond < 0` means machine precision.
        case svd(rcond: Double)
    }

    /// The solution of a least-squares problem.
    public struct LeastSquaresSolution: Sendable, Equatable {
        /// The coefficients x (one column per right-hand side).
        public let coefficients: LinearAlgebra.Matrix
        /// The numerical rank used (the column count for QR).
        public let rank: Int
        /// The singular values of A, largest first (SVD only; empty for QR).
        public let singularValues: [Double]
    }

    /// Plain LAPACK least squares: `min_x ||A x − b||₂` for an m x n `A` (m ≥ n) and one or more right-hand sides.
    ///
    /// For regression with standard errors and the accuracy NIST StRD demands, use `LinearRegression`, which adds
    /// column scaling and iterative refinement with extended-precision residuals on top of a QR factorisation.
    public enum LeastSquares {
        /// Solves for each column of `b`. Throws `.singular` when QR meets an exactly rank-deficient `A`, and
        /// `.noConvergence` when the SVD fails.
        public static func solve(_ a: LinearAlgebra.Matrix, _ b: LinearAlgebra.Matrix, method: LinearAlgebra.LeastSquaresMethod = .qr) throws(LinearAlgebra.LinearAlgebraError) -> LinearAlgebra.LeastSquaresSolution {
            let m = a.rows, n = a.columns, nrhs = b.columns
            guard b.rows == m else {
                throw .dimensionMismatch(operation: "LeastSquares.solve", detail: "A has \(m) rows, b has \(b.rows)")
            }
            guard m >= n else {
                throw .dimensionMismatch(operation: "LeastSquares.solve", detail: "A is \(m)x\(n); need at least as many rows as columns")
            }
            guard a.storage.allSatisfy(\.isFinite), b.storage.allSatisfy(\.isFinite) else {
                throw .nonFinite(operation: "LeastSquares.solve")
            }
            let bm = try blasInt(m, "LeastSquares.solve"), bn = try blasInt(n, "LeastSquares.solve")
            let bnrhs = try blasInt(nrhs, "LeastSquares.solve")
            var af = a.storage
            var bf = b.storage  // m >= n, so ldb = m holds both the input and the solution
            let ldb = max(bm, 1)
            switch method {
            case .qr:
                let info = af.withUnsafeMutableBufferPointer { ap in
                    bf.withUnsafeMutableBufferPointer { bp in
                        LAPACKE_dgels(LAPACK_COL_MAJOR, lapackChar("N"), bm, bn, bnrhs, ap.baseAddress, max(bm, 1),
                                      bp.baseAddress, ldb)
                    }
                }
                try checkLAPACK(info, "dgels") { .singular(routine: "dgels", pivot: $0) }
                // dgels reports only exactly zero pivots; a pivot at rounding level means the columns are
                // dependent to working precision, and the solution would be noise: refuse it (use .svd).
                let diag = (0..<n).map { abs(af[$0 + $0 * m]) }
                let tol = Double(max(m, n)) * Double.ulpOfOne * (diag.max() ?? 0)
                if let j = diag.firstIndex(where: { $0 <= tol }) { throw .singular(routine: "dgels", pivot: j + 1) }
                return LeastSquaresSolution(coefficients: topRows(bf, m: m, n: n, nrhs: nrhs), rank: n, singularValues: [])
            case let .svd(rcond):
                var s = [Double](repeating: 0, count: min(m, n))
                var rank: Int32 = 0
                let info = af.withUnsafeMutableBufferPointer { ap in
                    bf.withUnsafeMutableBufferPointer { bp in
                        s.withUnsafeMutableBufferPointer { sp in
                            LAPACKE_dgelsd(LAPACK_COL_MAJOR, bm, bn, bnrhs, ap.baseAddress, max(bm, 1), bp.baseAddress,
                                           ldb, sp.baseAddress, rcond, &rank)
                        }
                    }
                }
                try checkLAPACK(info, "dgelsd") { .noConvergence(routine: "dgelsd", count: $0) }
                return LeastSquaresSolution(coefficients: topRows(bf, m: m, n: n, nrhs: nrhs), rank: Int(rank), singularValues: s)
            }
        }

        /// Convenience for a single right-hand side.
        public static func solve(_ a: LinearAlgebra.Matrix, _ b: [Double], method: LinearAlgebra.LeastSquaresMethod = .qr) throws(LinearAlgebra.LinearAlgebraError) -> [Double] {
            let bm = try Matrix(rows: b.count, columns: 1, columnMajor: b)
            return try solve(a, bm, method: method).coefficients.storage
        }

        private static func topRows(_ f: [Double], m: Int, n: Int, nrhs: Int) -> Matrix {
            var x = Matrix(rows: n, columns: nrhs)
            for j in 0..<nrhs { for i in 0..<n { x[i, j] = f[i + j * m] } }
            return x
        }
    }
}
