// CoreKernels: the benchmark suite of Gapwise's numerical core (run with `swift package benchmark`).
import Benchmark

let benchmarks: @Sendable () -> Void = {
    linearAlgebraBenchmarks()
    rankingBenchmarks()
}
