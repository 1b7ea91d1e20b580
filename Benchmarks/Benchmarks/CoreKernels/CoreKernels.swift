// CoreKernels: the kernels suite of Gapwise's numerical core — reductions, argsort/ranking, gemm, least squares.
import Benchmark

let benchmarks: @Sendable () -> Void = {
    reductionBenchmarks()
    linearAlgebraBenchmarks()
    rankingBenchmarks()
}
