// LinearAlgebra: the namespace of the matrix type, the BLAS wrappers, linear regression and least squares.

/// Gapwise's dense linear algebra: ``Matrix`` (column-major, LAPACK's own layout), checked ``BLAS``
/// wrappers, ``LinearRegression`` and ``LeastSquares``, and the ``LinearAlgebraError`` they throw.
///
/// Namespaced so that an embedder's own `Matrix` or `BLAS` never collides with Gapwise's.
public enum LinearAlgebra {}
