// LinearAlgebraError: the typed errors of the BLAS/LAPACK layer (every LAPACK `info` maps here).

extension LinearAlgebra {
    /// An error from a matrix operation. Every LAPACK `info` value is checked in every build
    /// (never by `assert`) and mapped to one of these cases.
    public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Operand shapes do not fit the operation.
        case dimensionMismatch(operation: String, detail: String)
        /// A dimension or leading dimension does not fit the 32-bit BLAS integer type.
        case dimensionTooLarge(operation: String, value: Int)
        /// LAPACK reported that its argument number `index` (1-based) had an illegal value (`info < 0`).
        case illegalArgument(routine: String, index: Int)
        /// A triangular factor has an exactly zero diagonal element at `pivot` (1-based): the matrix is singular
        /// or, for least squares, does not have full column rank.
        case singular(routine: String, pivot: Int)
        /// The leading minor of order `order` (1-based) is not positive definite (Cholesky failed).
        case notPositiveDefinite(routine: String, order: Int)
        /// An iterative LAPACK algorithm (SVD, eigen-decomposition) failed to converge; `count` off-diagonal
        /// elements did not converge to zero.
        case noConvergence(routine: String, count: Int)
        /// An argument is outside its domain (negative weights, too few observations, ...).
        case invalidArgument(operation: String, detail: String)
        /// LAPACKE could not allocate its work space.
        case outOfMemory(routine: String)
        /// The input holds NaN or infinity, which LAPACK cannot factorise meaningfully.
        case nonFinite(operation: String)

        public var description: String {
            switch self {
            case let .dimensionMismatch(op, detail):
                return "\(op): the matrix shapes do not fit (\(detail))."
            case let .dimensionTooLarge(op, value):
                return "\(op): dimension \(value) is larger than the BLAS integer type allows (2^31 - 1)."
            case let .illegalArgument(routine, index):
                return "\(routine): argument \(index) had an illegal value (LAPACK info = -\(index))."
            case let .singular(routine, pivot):
                return "\(routine): the matrix is singular (zero pivot at position \(pivot)); the columns are linearly dependent."
            case let .notPositiveDefinite(routine, order):
                return "\(routine): the matrix is not positive definite (leading minor of order \(order) fails)."
            case let .noConvergence(routine, count):
                return "\(routine): the algorithm did not converge (\(count) elements failed to converge)."
            case let .invalidArgument(op, detail):
                return "\(op): \(detail)."
            case let .outOfMemory(routine):
                return "\(routine): LAPACK could not allocate its work space (out of memory)."
            case let .nonFinite(op):
                return "\(op): the input contains NaN or infinity."
            }
        }
    }
}
