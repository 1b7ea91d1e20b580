// ReductionBenchmarks: the weighted reductions of GapwiseNumerics (sums, moments, log and power sums) at 1e5 to 1e7.
import Benchmark
import BenchmarkInputs
import Gapwise

func reductionBenchmarks() {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    for n in BenchmarkSizes.measures {
        let s = BenchmarkInputs.weightedValues(count: n)
        let y = s.values, w = s.weights
        func bench(_ name: String, _ body: @escaping () throws -> Double) {
            Benchmark("\(name) n=\(n)", configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(2),
                                                              thresholds: thresholds)) { _ in blackHole(try body()) }
        }
        bench("Reductions.weightedSums") { try Reductions.weightedSums(y, weights: w).weightedValue }
        bench("Reductions.weightedMoments") { try Reductions.weightedMoments(y, weights: w).weightedSquare }
        bench("Reductions.weightedVariance") { try Reductions.weightedVariance(y, weights: w) }
        bench("Reductions.weightedLogSums") { try Reductions.weightedLogSums(y, weights: w).weightedValueLogValue }
        bench("Reductions.weightedPowerSums a=0.5") { try Reductions.weightedPowerSums(y, weights: w, exponent: 0.5).weightedPower }
    }
}
