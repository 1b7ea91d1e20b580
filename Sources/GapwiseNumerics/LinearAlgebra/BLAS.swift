// BLAS: safe Swift wrappers over OpenBLAS level-1/2/3 routines (dot, gemv, gemm, syrk) on `Matrix`.
import CBLAS

extension LinearAlgebra {
    /// Which operand of a BLAS product is transposed.
    public enum Transpose: Sendable {
        case none, transpose
        var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
    }

    /// Thin, checked wrappers over OpenBLAS. Every dimension is validated and converted to the 32-bit BLAS
    /// integer with a check; no pointer crosses the public API.
    public enum BLAS {
        /// The dot product `Σ x_i y_i` (BLAS `ddot`). Uses OpenBLAS's blocked accumulation, whose rounding error
        /// grows like `n·ε` in the worst case; for accuracy-critical sums use `Reductions`.
        public static func dot(_ x: [Double], _ y: [Double]) throws(LinearAlgebra.LinearAlgebraError) -> Double {
            guard x.count == y.count else {
                throw .dimensionMismatch(operation: "BLAS.dot", detail: "x has \(x.count) elements, y has \(y.count)")
            }
            let n = try blasInt(x.count, "BLAS.dot")
            return x.withUnsafeBufferPointer { xp in
                y.withUnsafeBufferPointer { yp in cblas_ddot(n, xp.baseAddress, 1, yp.baseAddress, 1) }
            }
        }

        /// The matrix-vector product `alpha·op(A)·x + beta·y` (BLAS `dgemv`). `y` defaults to zeros.
        public static func gemv(_ a: LinearAlgebra.Matrix, _ x: [Double], transpose: LinearAlgebra.Transpose = .none, alpha: Double = 1,
                                beta: Double = 0, y: [Double]? = nil) throws(LinearAlgebra.LinearAlgebraError) -> [Double] {
            let (outLen, inLen) = transpose == .none ? (a.rows, a.columns) : (a.columns, a.rows)
            guard x.count == inLen else {
                throw .dimensionMismatch(operation: "BLAS.gemv",
                                         detail: "op(A) is \(outLen)x\(inLen) but x has \(x.count) elements")
            }
            var out = y ?? [Double](repeating: 0, count: outLen)
            guard out.count == outLen else {
                throw .dimensionMismatch(operation: "BLAS.gemv", detail: "y has \(out.count) elements, expected \(outLen)")
            }
            if outLen == 0 { return out }
            if inLen == 0 { for i in out.indices { out[i] *= beta }; return out }
            let m = try blasInt(a.rows, "BLAS.gemv"), n = try blasInt(a.columns, "BLAS.gemv")
            a.storage.withUnsafeBufferPointer { ap in
                x.withUnsafeBufferPointer { xp in
                    out.withUnsafeMutableBufferPointer { yp in
                        cblas_dgemv(CblasColMajor, transpose.cblas, m, n, alpha, ap.baseAddress, max(m, 1),
                                    xp.baseAddress, 1, beta, yp.baseAddress, 1)
                    }
                }
            }
            return out
        }

        /// The matrix product `alpha·op(A)·op(B) + beta·C` (BLAS `dgemm`). `C` defaults to zeros.
        public static func gemm(_ a: LinearAlgebra.Matrix, _ b: LinearAlgebra.Matrix, transposeA: LinearAlgebra.Transpose = .none, transposeB: LinearAlgebra.Transpose = .none,
                                alpha: Double = 1, beta: Double = 0, c: LinearAlgebra.Matrix? = nil) throws(LinearAlgebra.LinearAlgebraError) -> LinearAlgebra.Matrix {
            let (m, ka) = transposeA == .none ? (a.rows, a.columns) : (a.columns, a.rows)
            let (kb, n) = transposeB == .none ? (b.rows, b.columns) : (b.columns, b.rows)
            guard ka == kb else {
                throw .dimensionMismatch(operation: "BLAS.gemm", detail: "op(A) is \(m)x\(ka), op(B) is \(kb)x\(n)")
            }
            var out = c ?? Matrix(rows: m, columns: n)
            guard out.rows == m, out.columns == n else {
                throw .dimensionMismatch(operation: "BLAS.gemm", detail: "C is \(out.rows)x\(out.columns), expected \(m)x\(n)")
            }
            if m == 0 || n == 0 { return out }
            if ka == 0 { for i in out.storage.indices { out.storage[i] *= beta }; return out }
            let bm = try blasInt(m, "BLAS.gemm"), bn = try blasInt(n, "BLAS.gemm"), bk = try blasInt(ka, "BLAS.gemm")
            let lda = try blasInt(max(a.rows, 1), "BLAS.gemm"), ldb = try blasInt(max(b.rows, 1), "BLAS.gemm")
            a.storage.withUnsafeBufferPointer { ap in
                b.storage.withUnsafeBufferPointer { bp in
                    out.storage.withUnsafeMutableBufferPointer { cp in
                        cblas_dgemm(CblasColMajor, transposeA.cblas, transposeB.cblas, bm, bn, bk, alpha,
                                    ap.baseAddress, lda, bp.baseAddress, ldb, beta, cp.baseAddress, bm)
                    }
                }
            }
            return out
        }

        /// The symmetric rank-k update `alpha·op(A)ᵀ·op(A)`: with `transpose == .transpose` (the default) this is
        /// the Gram matrix `AᵀA` (p x p for an n x p `A`); with `.none` it is `AAᵀ`. BLAS `dsyrk` computes the
        /// upper triangle; this wrapper mirrors it so the result is the full symmetric matrix.
        public static func syrk(_ a: LinearAlgebra.Matrix, transpose: LinearAlgebra.Transpose = .transpose, alpha: Double = 1) throws(LinearAlgebra.LinearAlgebraError) -> LinearAlgebra.Matrix {
            let (n, k) = transpose == .transpose ? (a.columns, a.rows) : (a.rows, a.columns)
            var out = Matrix(rows: n, columns: n)
            if n == 0 || k == 0 { return out }
            let bn = try blasInt(n, "BLAS.syrk"), bk = try blasInt(k, "BLAS.syrk")
            let lda = try blasInt(max(a.rows, 1), "BLAS.syrk")
            a.storage.withUnsafeBufferPointer { ap in
                out.storage.withUnsafeMutableBufferPointer { cp in
                    cblas_dsyrk(CblasColMajor, CblasUpper, transpose.cblas, bn, bk, alpha, ap.baseAddress, lda,
                                0, cp.baseAddress, bn)
                }
            }
            for j in 0..<n { for i in (j + 1)..<n { out.storage[i + j * n] = out.storage[j + i * n] } }
            return out
        }
    }
}
