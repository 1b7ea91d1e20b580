// BLASInt: checked conversion of Swift Int dimensions to the 32-bit integer type of OpenBLAS and LAPACKE.

/// Converts a dimension to the 32-bit BLAS/LAPACK integer, throwing instead of truncating.
@inline(__always)
func blasInt(_ value: Int, _ operation: String) throws(LinearAlgebraError) -> Int32 {
    guard let v = Int32(exactly: value) else { throw .dimensionTooLarge(operation: operation, value: value) }
    return v
}

/// Maps a LAPACKE return value to a typed error. `positive` says what `info > 0` means for the routine.
@inline(__always)
func checkLAPACK(_ info: Int32, _ routine: String,
                 positive: (Int) -> LinearAlgebraError) throws(LinearAlgebraError) {
    if info == 0 { return }
    if info == -1010 || info == -1011 { throw .outOfMemory(routine: routine) }
    if info < 0 { throw .illegalArgument(routine: routine, index: Int(-info)) }
    throw positive(Int(info))
}

/// The LAPACK character argument as a C `char`.
@inline(__always)
func lapackChar(_ c: Unicode.Scalar) -> CChar { CChar(bitPattern: UInt8(ascii: c)) }
