// Intervals: the intervals suite — PHE SII with 100,000 Monte-Carlo repetitions (normal, rate, proportion; 10/100/1,000 areas) and 10,000-replicate bootstraps over 6,976 zones.
import Benchmark
import BenchmarkInputs
import Gapwise

let benchmarks: @Sendable () -> Void = {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    let options = SIIOptions(repetitions: BenchmarkSizes.siiRepetitions)
    for a in BenchmarkSizes.siiAreas {
        let areas = BenchmarkInputs.siiAreas(a)
        for threads in [1, 2] {
            Benchmark("phe_sii areas=\(a) reps=100000 threads=\(threads)",
                      configuration: .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 50,
                                           thresholds: thresholds)) { _ in
                blackHole(try PHE.sii(areas: areas, options: options, threads: threads))
            }
        }
    }
    // Rates and proportions without transform take PHE's own path: every decile drawn on the log (logit)
    // scale, back-transformed and refitted, 10 exps per repetition.
    for (type, name) in [(SIIValueType.rate, "rate"), (.proportion, "proportion")] {
        let typed = SIIOptions(valueType: type, repetitions: BenchmarkSizes.siiRepetitions)
        for a in BenchmarkSizes.siiAreas {
            let areas = type == .rate ? BenchmarkInputs.siiRateAreas(a) : BenchmarkInputs.siiProportionAreas(a)
            for threads in [1, 2] {
                Benchmark("phe_sii \(name) areas=\(a) reps=100000 threads=\(threads)",
                          configuration: .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 20,
                                               thresholds: thresholds)) { _ in
                    blackHole(try PHE.sii(areas: areas, options: typed, threads: threads))
                }
            }
        }
    }
    let zones = BenchmarkInputs.weightedValues(count: BenchmarkSizes.zones, seed: BenchmarkSizes.zoneSeed)
    for (name, m) in [("theil_t", InequalityMeasure.theilT), ("gini", .gini(corrected: false))] {
        Benchmark("bootstrap \(name) zones=\(BenchmarkSizes.zones) reps=\(BenchmarkSizes.bootstrapReplicates)",
                  configuration: .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 20,
                                       thresholds: thresholds)) { _ in
            blackHole(try Inequality.bootstrap(m, values: zones.values, weights: zones.weights,
                                               replicates: BenchmarkSizes.bootstrapReplicates, seed: 7))
        }
    }
}
