// Cholesky: factorisation and solves for symmetric positive-definite systems (LAPACK dpotrf/dpotrs).
import CLAPACKE

/// The Cholesky factorisation `A = UᵀU` of a symmetric positive-definite matrix (LAPACK `dpotrf`, upper).
/// Only the upper triangle of the input is read.
package struct Cholesky: Sendable {
    /// The n x n factor, upper triangle holding U (the strict lower triangle is zero).
    public let factor: LinearAlgebra.Matrix

    /// Factorises `a`. Throws `.notPositiveDefinite(order:)` naming the first failing leading minor.
    public init(_ a: LinearAlgebra.Matrix) throws(LinearAlgebra.LinearAlgebraError) {
        guard a.rows == a.columns else {
            throw .dimensionMismatch(operation: "Cholesky", detail: "matrix is \(a.rows)x\(a.columns), not square")
        }
        guard a.storage.allSatisfy(\.isFinite) else { throw .nonFinite(operation: "Cholesky") }
        let n = try blasInt(a.rows, "Cholesky")
        var f = a.storage
        let info = f.withUnsafeMutableBufferPointer { p in
            LAPACKE_dpotrf(LAPACK_COL_MAJOR, lapackChar("U"), n, p.baseAddress, max(n, 1))
        }
        try checkLAPACK(info, "dpotrf") { .notPositiveDefinite(routine: "dpotrf", order: $0) }
        let size = a.rows
        for j in 0..<size { for i in (j + 1)..<max(j + 1, size) { f[i + j * size] = 0 } }
        factor = try Matrix(rows: size, columns: size, columnMajor: f)
    }

    /// Solves `A X = B` for each column of `b` (LAPACK `dpotrs`).
    public func solve(_ b: LinearAlgebra.Matrix) throws(LinearAlgebra.LinearAlgebraError) -> LinearAlgebra.Matrix {
        guard b.rows == factor.rows else {
            throw .dimensionMismatch(operation: "Cholesky.solve", detail: "A is \(factor.rows)x\(factor.rows), B has \(b.rows) rows")
        }
        let n = try blasInt(factor.rows, "Cholesky.solve"), nrhs = try blasInt(b.columns, "Cholesky.solve")
        var x = b
        let info = factor.storage.withUnsafeBufferPointer { fp in
            x.storage.withUnsafeMutableBufferPointer { xp in
                LAPACKE_dpotrs(LAPACK_COL_MAJOR, lapackChar("U"), n, nrhs, fp.baseAddress, max(n, 1),
                               xp.baseAddress, max(n, 1))
            }
        }
        try checkLAPACK(info, "dpotrs") { .notPositiveDefinite(routine: "dpotrs", order: $0) }
        return x
    }

    /// Solves `A x = b` for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebra.LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }
}
