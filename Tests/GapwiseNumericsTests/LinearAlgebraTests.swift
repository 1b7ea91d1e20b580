// LinearAlgebraTests: BLAS and LAPACK wrappers against closed-form results and their error branches.
import Foundation
import Testing
@testable import GapwiseNumerics

@Suite("BLAS and LAPACK wrappers")
struct LinearAlgebraTests {
    /// A naive triple loop, the reference the BLAS product is compared with.
    func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows { for j in 0..<b.columns {
            var s = 0.0
            for k in 0..<a.columns { s += a[i, k] * b[k, j] }
            c[i, j] = s
        } }
        return c
    }

    @Test func matrixIsColumnMajor() throws {
        let m = try Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.storage == [1, 4, 2, 5, 3, 6])
        #expect(m.transposed.storage == [1, 2, 3, 4, 5, 6])
        #expect(m.column(1) == [2, 5] && m.row(1) == [4, 5, 6])
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }
    }

    @Test func gemmMatchesNaiveProductWithTransposes() throws {
        // Small integers: every product and sum is exact, so equality is exact.
        let a = try Matrix(rows: [[1, -2, 3, 0], [4, 5, -6, 1], [7, 8, 9, -2]])   // 3x4
        let b = try Matrix(rows: [[2, 0], [1, -1], [0, 3], [5, 2]])               // 4x2
        #expect(try BLAS.gemm(a, b) == naiveProduct(a, b))
        #expect(try BLAS.gemm(b, a, transposeA: .transpose, transposeB: .transpose) == naiveProduct(a, b).transposed)
        let c = try Matrix(rows: [[1, 1], [1, 1], [1, 1]])
        var expected = naiveProduct(a, b)
        for i in expected.storage.indices { expected.storage[i] = 2 * expected.storage[i] + 3 }
        #expect(try BLAS.gemm(a, b, alpha: 2, beta: 3, c: c) == expected)
        #expect(throws: LinearAlgebraError.self) { try BLAS.gemm(a, a) }
    }

    @Test func gemvDotAndSyrk() throws {
        let a = try Matrix(rows: [[1, 2], [3, 4], [5, 6]])
        #expect(try BLAS.gemv(a, [1, -1]) == [-1, -1, -1])
        #expect(try BLAS.gemv(a, [1, 1, 1], transpose: .transpose) == [9, 12])
        #expect(try BLAS.dot([1, 2, 3], [4, 5, 6]) == 32)
        #expect(try BLAS.syrk(a) == Matrix(rows: [[35, 44], [44, 56]]))
        #expect(try BLAS.syrk(a, transpose: .none) == naiveProduct(a, a.transposed))
        #expect(throws: LinearAlgebraError.self) { try BLAS.dot([1], [1, 2]) }
    }

    @Test func choleskyOfAKnownFactor() throws {
        // A = UᵀU with U = [[2,1,1],[0,3,2],[0,0,4]] (integers, so A and the solve are exact).
        let u = try Matrix(rows: [[2, 1, 1], [0, 3, 2], [0, 0, 4]])
        let a = naiveProduct(u.transposed, u)
        let ch = try Cholesky(a)
        #expect(ch.factor == u)
        let x = try ch.solve(try BLAS.gemv(a, [1, -2, 3]))
        for (xi, ei) in zip(x, [1.0, -2, 3]) { #expect(abs(xi - ei) <= 4 * Double.ulpOfOne * 3) }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 2)) {
            try Cholesky(try Matrix(rows: [[1, 2], [2, 1]]))
        }
    }

    @Test func eigenvaluesOfTheSecondDifferenceMatrix() throws {
        // tridiag(-1, 2, -1) of order n has eigenvalues 2 − 2cos(kπ/(n+1)), k = 1..n (closed form).
        let n = 12
        var a = Matrix(rows: n, columns: n)
        for i in 0..<n { a[i, i] = 2; if i > 0 { a[i, i - 1] = -1; a[i - 1, i] = -1 } }
        let e = try SymmetricEigen(a)
        for k in 1...n {
            let exact = 2 - 2 * cos(Double(k) * Double.pi / Double(n + 1))
            #expect(abs(e.values[k - 1] - exact) <= 1e-14, "eigenvalue \(k)")
        }
        // A v = λ v for every pair, and V is orthonormal.
        let av = try BLAS.gemm(a, e.vectors)
        let vtv = try BLAS.syrk(e.vectors)
        for j in 0..<n { for i in 0..<n {
            #expect(abs(av[i, j] - e.values[j] * e.vectors[i, j]) <= 1e-14)
            #expect(abs(vtv[i, j] - (i == j ? 1 : 0)) <= 1e-14)
        } }
    }

    @Test func leastSquaresQRAndSVDAgreeOnAnExactFit() throws {
        // y = 1 + 2x exactly: both LAPACK drivers must return (1, 2).
        let x: [Double] = [0, 1, 2, 3, 4]
        let a = try Matrix(columns: [[1, 1, 1, 1, 1], x])
        let y = x.map { 1 + 2 * $0 }
        for method in [LeastSquaresMethod.qr, .svd(rcond: -1)] {
            let b = try LeastSquares.solve(a, y, method: method)
            #expect(abs(b[0] - 1) < 1e-14 && abs(b[1] - 2) < 1e-14, "\(method)")
        }
        // Rank-deficient: a repeated column; QR reports the zero pivot, SVD reports rank 1.
        let d = try Matrix(columns: [[1, 2, 3], [1, 2, 3]])
        #expect(throws: LinearAlgebraError.self) { try LeastSquares.solve(d, [1, 2, 3], method: .qr) }
        let s = try LeastSquares.solve(d, try Matrix(rows: 3, columns: 1, columnMajor: [1, 2, 3]), method: .svd(rcond: 1e-12))
        #expect(s.rank == 1)
        #expect(abs(s.coefficients[0, 0] - 0.5) < 1e-14 && abs(s.coefficients[1, 0] - 0.5) < 1e-14)
    }

    @Test func regressionErrorsAreTyped() throws {
        let x = try Matrix(columns: [[1, 2, 3]])
        #expect(throws: LinearAlgebraError.self) { try LinearRegression.fit(design: x, response: [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try LinearRegression.fit(design: x, response: [1, .nan, 3]) }
        #expect(throws: LinearAlgebraError.self) { try LinearRegression.fit(design: x, response: [1, 2, 3], weights: [1, -1, 1]) }
        let collinear = try Matrix(columns: [[1, 2, 3, 4], [2, 4, 6, 8]])
        #expect(throws: LinearAlgebraError.self) { try LinearRegression.fit(design: collinear, response: [1, 2, 3, 5]) }
        let e = LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 2)
        #expect(e.description.contains("not positive definite"))
    }

    @Test func weightedRegressionEqualsReplicatedRows() throws {
        // Integer weights must give the same fit as repeating each row that many times.
        let xs: [Double] = [1, 2, 3, 4, 5], ys: [Double] = [2.1, 3.9, 6.2, 7.8, 10.1], ws: [Double] = [1, 3, 2, 1, 4]
        let w = try LinearRegression.fit(design: Matrix(columns: [xs]), response: ys, weights: ws)
        var rx: [Double] = [], ry: [Double] = []
        for i in 0..<5 { for _ in 0..<Int(ws[i]) { rx.append(xs[i]); ry.append(ys[i]) } }
        let r = try LinearRegression.fit(design: Matrix(columns: [rx]), response: ry)
        for j in 0..<2 { #expect(abs(w.coefficients[j] - r.coefficients[j]) <= 1e-14 * abs(r.coefficients[j])) }
        #expect(abs(w.residualSumOfSquares - r.residualSumOfSquares) <= 1e-13 * r.residualSumOfSquares)
    }
}
