// RankingBenchmarks: argsort, tie-aware ranks and quantile bands at sizes 1e3 to 1e7.
import Benchmark
import Gapwise

func rankingBenchmarks() {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    for n in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
        let values = benchmarkMatrix(rows: n, columns: 1, seed: 11).storage
        Benchmark("argsort n=\(n)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                         thresholds: thresholds)) { _ in
            blackHole(try Ranking.argsort(values))
        }
        Benchmark("ranks average n=\(n)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                               thresholds: thresholds)) { _ in
            blackHole(try Ranking.ranks(values, ties: .average))
        }
    }
    // Deciles by count and by population share over SIMD-sized and larger inputs.
    for n in [6_976, 100_000, 1_000_000] {
        let ranks = (1...n).map(Double.init)
        let population = benchmarkMatrix(rows: n, columns: 1, seed: 12).storage.map { 500 + 1000 * ($0 + 0.5) }
        Benchmark("deciles by population n=\(n)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                                       thresholds: thresholds)) { _ in
            blackHole(try Ranking.QuantileBands.byPopulation(ranks: ranks, population: population, bands: 10))
        }
    }
}
