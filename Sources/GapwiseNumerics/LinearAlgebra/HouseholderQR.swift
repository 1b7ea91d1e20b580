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
}
