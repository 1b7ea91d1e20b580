// SymmetricEigen: eigenvalues and eigenvectors of a real symmetric matrix (LAPACK dsyevd).
import CLAPACKE

/// The eigen-decomposition `A = V Λ Vᵀ` of a real symmetric matrix by divide and conquer (LAPACK `dsyevd`).
/// Only the upper triangle of the input is read. Eigenvalues are in ascending order; column j of `vectors`
/// is the unit eigenvector of `values[j]` (its sign is LAPACK's, not normalised).
package struct SymmetricEigen: Sendable {
    /// Eigenvalues, ascending.
    public let values: [Double]
    /// Orthonormal eigenvectors, one per column, in the order of `values`.
    public let vectors: LinearAlgebra.Matrix

    /// Decomposes `a`. Throws `.noConvergence` if LAPACK fails to converge.
    public init(_ a: LinearAlgebra.Matrix) throws(LinearAlgebra.LinearAlgebraError) {
        guard a.rows == a.columns else {
            throw .dimensionMismatch(operation: "SymmetricEigen", detail: "matrix is \(a.rows)x\(a.columns), not square")
        }
        guard a.storage.allSatisfy(\.isFinite) else { throw .nonFinite(operation: "SymmetricEigen") }
        let n = try blasInt(a.rows, "SymmetricEigen")
        var v = a.storage
        var w = [Double](repeating: 0, count: a.rows)
        let info = v.withUnsafeMutableBufferPointer { vp in
            w.withUnsafeMutableBufferPointer { wp in
                LAPACKE_dsyevd(LAPACK_COL_MAJOR, lapackChar("V"), lapackChar("U"), n, vp.baseAddress, max(n, 1), wp.baseAddress)
            }
        }
        try checkLAPACK(info, "dsyevd") { .noConvergence(routine: "dsyevd", count: $0) }
        values = w
        vectors = try Matrix(rows: a.rows, columns: a.rows, columnMajor: v)
    }
}
