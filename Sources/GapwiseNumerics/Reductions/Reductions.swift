// Reductions: the namespace of the accurate SIMD sums, and the shared input access and validation.

/// Accurate, vectorised reductions over `Double` data: sums, weighted sums, means, variances and
/// fused single-pass weighted sums used by the inequality measures.
///
/// Every sum is compensated (see `CompensatedLanes`): its error is about one rounding of the exact
/// result, `eps*|S|` with `eps = 2^-53`, plus a second-order term `~(n/4)^2 eps^2 sum|x|`, so the error
/// does **not** grow linearly with the number of terms as a plain loop's `(n-1) eps sum|x|` does.
///
/// Inputs are any `Collection` of `Double` (`[Double]`, `ArraySlice<Double>`, `ContiguousArray`, ...).
/// Contiguous storage is read in place; other collections are copied once into an array.
///
/// Validation: values and weights must be finite, weights `>= 0`, and values and weights equally
/// long. The checks are fused into the kernels (a non-finite input always makes the result
/// non-finite; negative weights are flagged by their sign bit) and, only when something is flagged,
/// a scalar scan names the first offending position. All errors are `ReductionError`.
public enum Reductions {}

/// Calls `body` with the contiguous elements of `c`, copying only if `c` has no contiguous storage.
@inline(__always)
func withContiguous<C: Collection<Double>, R>(
    _ c: C, _ body: (UnsafeBufferPointer<Double>) -> R
) -> R {
    if let r = c.withContiguousStorageIfAvailable(body) { return r }
    return Array(c).withUnsafeBufferPointer(body)
}

/// Calls `body` with the contiguous elements of `a` and `b`.
@inline(__always)
func withContiguous<A: Collection<Double>, B: Collection<Double>, R>(
    _ a: A, _ b: B, _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>) -> R
) -> R {
    withContiguous(a) { pa in withContiguous(b) { pb in body(pa, pb) } }
}

/// The exact, scalar validation that runs when a kernel flags a problem (non-finite result or a
/// set sign bit), so that the error names the first offending position.
enum ReductionInput {
    /// The first position, in index order, whose value is not finite or whose weight is not finite
    /// or negative; nil if every element is valid.
    static func firstInvalid(
        _ operation: String, values y: UnsafeBufferPointer<Double>, weights w: UnsafeBufferPointer<Double>?
    ) -> ReductionError? {
        for i in 0..<y.count {
            if !y[i].isFinite { return .nonFiniteValue(operation: operation, index: i, value: y[i]) }
            if let w {
                if !w[i].isFinite { return .nonFiniteWeight(operation: operation, index: i, value: w[i]) }
                if w[i] < 0 { return .negativeWeight(operation: operation, index: i, value: w[i]) }
            }
        }
        return nil
    }

    /// The error for one element (value `y`, weight `w` at position `index`), or nil if it is valid.
    @inline(__always)
    static func firstInvalid(_ operation: String, values y: Double, weights w: Double, index i: Int) -> ReductionError? {
        if !y.isFinite { return .nonFiniteValue(operation: operation, index: i, value: y) }
        if !w.isFinite { return .nonFiniteWeight(operation: operation, index: i, value: w) }
        if w < 0 { return .negativeWeight(operation: operation, index: i, value: w) }
        return nil
    }

    /// Checks a kernel's outcome: if any result is non-finite or a weight sign bit was seen, scans
    /// the input and returns the first invalid element, or `.overflow` if all inputs are valid but a
    /// result is not finite. Returns nil when everything is valid.
    static func check(
        _ operation: String, resultsFinite allFinite: Bool, signFlagged: Bool,
        values y: UnsafeBufferPointer<Double>, weights w: UnsafeBufferPointer<Double>?
    ) -> ReductionError? {
        if allFinite && !signFlagged { return nil }
        if let e = firstInvalid(operation, values: y, weights: w) { return e }
        return allFinite ? nil : .overflow(operation: operation)
    }

    /// Length check for values and weights.
    static func checkLengths(_ operation: String, values: Int, weights: Int) throws(ReductionError) {
        if values != weights {
            throw .lengthMismatch(operation: operation, values: values, weights: weights)
        }
    }
}
