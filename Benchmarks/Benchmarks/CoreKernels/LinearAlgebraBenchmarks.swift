// LinearAlgebraBenchmarks: BLAS gemm and refined least squares at sizes a decade apart.
import Benchmark
import Gapwise

/// A deterministic pseudo-random matrix (a fixed linear congruential fill), so every run measures the same input.
func benchmarkMatrix(rows: Int, columns: Int, seed: UInt64) -> LinearAlgebra.Matrix {
    var state = seed
    var m = LinearAlgebra.Matrix(rows: rows, columns: columns)
    for j in 0..<columns { for i in 0..<rows {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        m[i, j] = Double(state >> 11) * 0x1p-53 - 0.5
    } }
    return m
}

func linearAlgebraBenchmarks() {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    // gemm: n x n times n x n for n = 32, 100, 316, 1000 (elements 1e3 .. 1e6, flops 6.5e4 .. 2e9).
    for n in [32, 100, 316, 1000] {
        let a = benchmarkMatrix(rows: n, columns: n, seed: 1), b = benchmarkMatrix(rows: n, columns: n, seed: 2)
        Benchmark("gemm n=\(n)", configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(2),
                                                       thresholds: thresholds)) { benchmark in
            blackHole(try LinearAlgebra.BLAS.gemm(a, b))
        }
    }
    // Refined regression with 10 predictors over 1e3 .. 1e6 observations.
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        let x = benchmarkMatrix(rows: n, columns: 10, seed: 3)
        let y = benchmarkMatrix(rows: n, columns: 1, seed: 4).storage
        Benchmark("regression n=\(n) p=10", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                                   thresholds: thresholds)) { benchmark in
            blackHole(try LinearAlgebra.LinearRegression.fit(design: x, response: y))
        }
    }
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        let x = benchmarkMatrix(rows: n, columns: 10, seed: 3)
        let y = benchmarkMatrix(rows: n, columns: 1, seed: 4).storage
        Benchmark("lapack dgels n=\(n) p=10", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                                    thresholds: thresholds)) { benchmark in
            blackHole(try LinearAlgebra.LeastSquares.solve(x, y))
        }
    }
}
