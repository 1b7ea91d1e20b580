// Matrix: the one dense matrix value type of Gapwise, stored column-major (LAPACK's own layout).

extension LinearAlgebra {
    /// A dense matrix of `Double`, stored **column-major**: element (i, j) lives at `storage[i + j*rows]`.
    ///
    /// This is the only matrix layout in Gapwise. It is LAPACK's and BLAS's native layout, so the
    /// wrappers in this module pass storage to OpenBLAS without copying or transposing. Rows and
    /// columns are zero-based. `Matrix` is a value type with copy-on-write storage (an `Array`).
    public struct Matrix: Equatable, Sendable, CustomStringConvertible {
        /// Number of rows.
        public let rows: Int
        /// Number of columns.
        public let columns: Int
        /// The elements in column-major order; `storage.count == rows * columns`.
        public internal(set) var storage: [Double]

        /// A `rows` x `columns` matrix filled with `value`.
        public init(rows: Int, columns: Int, repeating value: Double = 0) {
            precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative (got \(rows)x\(columns))")
            self.rows = rows
            self.columns = columns
            self.storage = [Double](repeating: value, count: rows * columns)
        }

        /// A matrix over existing column-major storage. Throws if the count does not match.
        public init(rows: Int, columns: Int, columnMajor storage: [Double]) throws(LinearAlgebra.LinearAlgebraError) {
            guard rows >= 0, columns >= 0, storage.count == rows * columns else {
                throw .dimensionMismatch(operation: "Matrix(rows:columns:columnMajor:)",
                                         detail: "\(storage.count) elements for a \(rows)x\(columns) matrix")
            }
            self.rows = rows
            self.columns = columns
            self.storage = storage
        }

        /// A matrix whose columns are the given arrays (all of the same length).
        public init(columns cols: [[Double]]) throws(LinearAlgebra.LinearAlgebraError) {
            let n = cols.first?.count ?? 0
            for (j, c) in cols.enumerated() where c.count != n {
                throw .dimensionMismatch(operation: "Matrix(columns:)",
                                         detail: "column \(j) has \(c.count) rows, column 0 has \(n)")
            }
            self.rows = n
            self.columns = cols.count
            var s = [Double]()
            s.reserveCapacity(n * cols.count)
            for c in cols { s.append(contentsOf: c) }
            self.storage = s
        }

        /// A matrix from rows given as arrays (convenient for literals in tests and examples).
        public init(rows rowArrays: [[Double]]) throws(LinearAlgebra.LinearAlgebraError) {
            let m = rowArrays.count
            let n = rowArrays.first?.count ?? 0
            for (i, r) in rowArrays.enumerated() where r.count != n {
                throw .dimensionMismatch(operation: "Matrix(rows:)",
                                         detail: "row \(i) has \(r.count) columns, row 0 has \(n)")
            }
            var s = [Double](repeating: 0, count: m * n)
            for i in 0..<m { for j in 0..<n { s[i + j * m] = rowArrays[i][j] } }
            self.rows = m
            self.columns = n
            self.storage = s
        }

        /// The n x n identity.
        public static func identity(_ n: Int) -> LinearAlgebra.Matrix {
            var m = Matrix(rows: n, columns: n)
            for i in 0..<n { m.storage[i + i * n] = 1 }
            return m
        }

        /// Element (row, column), zero-based.
        public subscript(row: Int, column: Int) -> Double {
            get {
                precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                             "Matrix index (\(row), \(column)) out of range for \(rows)x\(columns)")
                return storage[row + column * rows]
            }
            set {
                precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                             "Matrix index (\(row), \(column)) out of range for \(rows)x\(columns)")
                storage[row + column * rows] = newValue
            }
        }

        /// Column `j` as an array.
        public func column(_ j: Int) -> [Double] {
            precondition(j >= 0 && j < columns, "Column \(j) out of range for \(rows)x\(columns)")
            return Array(storage[(j * rows)..<((j + 1) * rows)])
        }

        /// Row `i` as an array.
        public func row(_ i: Int) -> [Double] {
            precondition(i >= 0 && i < rows, "Row \(i) out of range for \(rows)x\(columns)")
            return (0..<columns).map { storage[i + $0 * rows] }
        }

        /// The transpose (a copy).
        public var transposed: LinearAlgebra.Matrix {
            var t = Matrix(rows: columns, columns: rows)
            for j in 0..<columns { for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] } }
            return t
        }

        /// The main diagonal.
        public var diagonal: [Double] {
            (0..<min(rows, columns)).map { storage[$0 + $0 * rows] }
        }

        public var description: String {
            (0..<rows).map { i in (0..<columns).map { j in "\(self[i, j])" }.joined(separator: "\t") }
                .joined(separator: "\n")
        }
    }
}
