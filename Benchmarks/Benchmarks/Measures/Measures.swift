// Measures: the measures suite — every distributional measure on 1e5, 1e6, 1e7 weighted values; grouped measures on 1,000 areas × 10 quantiles; life expectancy on 1,000 areas × 19/20 bands; CPOP's Duncan index at full size.
import Benchmark
import BenchmarkInputs
import Gapwise

let benchmarks: @Sendable () -> Void = {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    let measures: [(String, InequalityMeasure)] = [
        ("gini", .gini(corrected: false)), ("theil_t", .theilT), ("mld", .theilL),
        ("ge(2)", .generalisedEntropy(alpha: 2)), ("atkinson(0.5)", .atkinson(epsilon: 0.5)),
        ("atkinson(1)", .atkinson(epsilon: 1)), ("atkinson(2)", .atkinson(epsilon: 2)),
        ("cov", .coefficientOfVariation(squared: false)), ("palma", .palma), ("s80s20", .s80s20),
        ("wolfson", .wolfson), ("ricci_schutz", .ricciSchutz), ("kolm(1)", .kolm(parameter: 1)),
        ("herfindahl(1)", .herfindahl(parameter: 1)), ("rosenbluth", .rosenbluth),
        ("conc", .concentration(.standard)),
    ]
    for n in BenchmarkSizes.measures {
        let s = BenchmarkInputs.weightedValues(count: n)
        for (name, m) in measures {
            Benchmark("\(name) n=\(n)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                              maxIterations: n >= 10_000_000 ? 5 : 1_000,
                                                              thresholds: thresholds)) { _ in
                blackHole(try Inequality.estimate(m, values: s.values, weights: s.weights, rankedBy: s.ranking))
            }
        }
    }
    // CPOP's Duncan index for every council × year × outcome (32 × 13 × 7, about 40 zones each; issue #15: < 50 ms).
    let duncanTable = try! CSVReader.read(bytes: BenchmarkInputs.duncanZonesCSV(), name: "duncan.csv")
    Benchmark("duncan councils=32 years=13 outcomes=7", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(2),
                                                                          maxIterations: 100, thresholds: thresholds)) { _ in
        for o in 1...7 {
            var request = MeasureRequest(measures: [.duncan], value: "o\(o)", by: ["la", "year"])
            request.deprived = "inc_n"
            request.nonDeprived = "noninc_n"
            blackHole(try MeasureRunner.run(request, on: duncanTable))
        }
    }
    // Every grouped (HEAT/ScotPHO) measure, each over 10, 100 and 1,000 areas × 10 quantiles.
    for areas in [10, 100, BenchmarkSizes.groupedAreas] {
        let data = BenchmarkInputs.subgroupAreas(areas)
        for m in GroupedMeasure.allCases {
            Benchmark("grouped \(m.code) areas=\(areas)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(1),
                                                                               maxIterations: 100, thresholds: thresholds)) { _ in
                for a in data { blackHole(try GroupedInequality.compute(m, a)) }
            }
        }
    }
    // Life expectancy (Chiang II, Silcocks limits) at birth for 10, 100 and 1,000 areas × 20 bands (90+) and × 19 (85+).
    for finalBand in [90, 85] {
        for areas in BenchmarkSizes.lifeTableAreas {
            let tables = BenchmarkInputs.lifeTableAreas(areas, finalBand: finalBand)
            Benchmark("life_expectancy areas=\(areas) bands=\(finalBand == 90 ? 20 : 19)",
                      configuration: .init(metrics: [.wallClock], maxDuration: .seconds(1), maxIterations: 1_000, thresholds: thresholds)) { _ in
                for t in tables {
                    blackHole(try LifeExpectancy.chiangSilcocks(startAges: t.startAges, deaths: t.deaths, populations: t.populations, ages: [0]))
                }
            }
        }
    }
}
