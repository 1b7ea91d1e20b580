// HouseholderQR: a LAPACK QR factorisation (dgeqrf) kept in compact form, with Q, Qᵀ and R solves.
import CBLAS
import CLAPACKE

/// `A = Q [R; 0]` for an m x n matrix with m ≥ n, stored as LAPACK leaves it (Householder vectors below the
/// diagonal, R on and above it, scalar factors in `tau`). Internal to the core: the refinement in
/// `LinearRegression` is its only client.
struct HouseholderQR {
    let m: Int, n: Int
    private var qr: [Double]
    private var tau: [Double]

    init(_ a: Matrix) throws(LinearAlgebraError) {
        m = a.rows; n = a.columns
        let bm = try blasInt(m, "dgeqrf"), bn = try blasInt(n, "dgeqrf")
        qr = a.storage
        tau = [Double](repeating: 0, count: min(m, n))
        let info = qr.withUnsafeMutableBufferPointer { ap in
            tau.withUnsafeMutableBufferPointer { tp in
                LAPACKE_dgeqrf(LAPACK_COL_MAJOR, bm, bn, ap.baseAddress, max(bm, 1), tp.baseAddress)
            }
        }
        try checkLAPACK(info, "dgeqrf") { .illegalArgument(routine: "dgeqrf", index: $0) }
    }

    /// The diagonal of R.
    var rDiagonal: [Double] { (0..<n).map { qr[$0 + $0 * m] } }

    /// Applies Qᵀ (trans = "T") or Q (trans = "N") to an m-vector (LAPACK `dormqr`).
    func applyQ(_ v: inout [Double], transpose: Bool) throws(LinearAlgebraError) {
        let bm = try blasInt(m, "dormqr"), bn = try blasInt(n, "dormqr")
        let info = qr.withUnsafeBufferPointer { ap in
            tau.withUnsafeBufferPointer { tp in
                v.withUnsafeMutableBufferPointer { vp in
                    LAPACKE_dormqr(LAPACK_COL_MAJOR, lapackChar("L"), lapackChar(transpose ? "T" : "N"), bm, 1, bn,
                                   ap.baseAddress, max(bm, 1), tp.baseAddress, vp.baseAddress, max(bm, 1))
                }
            }
        }
        try checkLAPACK(info, "dormqr") { .illegalArgument(routine: "dormqr", index: $0) }
    }

    /// Solves `R x = v` (transpose false) or `Rᵀ x = v` (transpose true) in place on the first n entries.
    func solveR(_ v: inout [Double], transpose: Bool) throws(LinearAlgebraError) {
        let bn = try blasInt(n, "dtrsv"), lda = try blasInt(max(m, 1), "dtrsv")
        qr.withUnsafeBufferPointer { ap in
            v.withUnsafeMutableBufferPointer { vp in
                cblas_dtrsv(CblasColMajor, CblasUpper, transpose ? CblasTrans : CblasNoTrans, CblasNonUnit,
                            bn, ap.baseAddress, lda, vp.baseAddress, 1)
            }
        }
    }

    /// The reciprocal condition number of R in the 1-norm (LAPACK `dtrcon`); κ₁(R) = 1/rcond.
    func reciprocalCondition() throws(LinearAlgebraError) -> Double {
        let bn = try blasInt(n, "dtrcon"), lda = try blasInt(max(m, 1), "dtrcon")
        var rcond = 0.0
        let info = qr.withUnsafeBufferPointer { ap in
            LAPACKE_dtrcon(LAPACK_COL_MAJOR, lapackChar("1"), lapackChar("U"), lapackChar("N"), bn, ap.baseAddress, lda, &rcond)
        }
        try checkLAPACK(info, "dtrcon") { .illegalArgument(routine: "dtrcon", index: $0) }
        return rcond
    }

    /// `(RᵀR)⁻¹ = R⁻¹R⁻ᵀ` from the triangular inverse (LAPACK `dtrtri`); relative accuracy about κ(R)·ε.
    func inverseGram() throws(LinearAlgebraError) -> Matrix {
        var rinv = Matrix(rows: n, columns: n)
        for j in 0..<n { for i in 0...j { rinv[i, j] = qr[i + j * m] } }
        let bn = try blasInt(n, "dtrtri")
        let info = rinv.storage.withUnsafeMutableBufferPointer { p in
            LAPACKE_dtrtri(LAPACK_COL_MAJOR, lapackChar("U"), lapackChar("N"), bn, p.baseAddress, max(bn, 1))
        }
        try checkLAPACK(info, "dtrtri") { .singular(routine: "dtrtri", pivot: $0) }
        return try BLAS.syrk(rinv, transpose: .none)  // R⁻¹ R⁻ᵀ
    }
}
