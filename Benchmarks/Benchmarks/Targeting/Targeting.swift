// Targeting: the benchmark suite of `gapwise rank`/`target`: SIMD composite rebuild and rank simulations at three sizes.
import Benchmark
import Foundation
import Gapwise
@_spi(Samples) import GapwiseAnalysis

/// Synthetic Scotland (the shipped sample's generator, seed 2026): 6,976 data zones in 32 councils, 2023 rows.
let sample: (table: CSVTable, zones: Int) = {
    let text = try! SyntheticScotland.csv(seed: 2026)
    let table = try! CSVReader.read(bytes: Array(text.utf8), name: "sample")
    return (table, table.rowCount / 2)
}()

/// The ten adverse count indicators of the sample, as `gapwise target --indicators` would name them.
let tenIndicators = ["emergency_admissions", "early_deaths", "low_birthweight", "child_poverty", "out_of_work_benefits",
                     "smoking_in_pregnancy", "alcohol_admissions", "drug_admissions", "depression_prescribing", "crime"]
    .map { TargetIndicator(name: $0, source: .counts(count: $0 + "_count", denominator: $0 + "_denominator")) }

let benchmarks: @Sendable () -> Void = {
    let config: Benchmark.Configuration = .init(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 200)
    communitiesBenchmarks(config)

    // SIMD rebuilt from its seven domain ranks for 6,976 zones (the shipped SIMD 2016 config's weights).
    let spec = try! CompositeSpec.load(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../datasets/simd2016_from_domain_ranks.json").standardized.path)
    let names = ["income", "employment", "health", "education", "access", "crime", "housing"]
    var columns: [String: [Double]] = [:]
    for (d, n) in zip(spec.domains, names) {
        columns[d.column!] = Array(sample.table[n + "_domain_rank"]!.numbers!.values.prefix(sample.zones))
    }
    Benchmark("composite SIMD rebuild n=6976", configuration: config) { _ in
        blackHole(try CompositeBuilder.build(spec, columns: columns))
    }

    // Target: 10,000 simulations (normal model) at three sizes: 1,000 zones, 3,000 zones, all 6,976, on 2
    // threads, and all 6,976 on 1 thread for the speed-up. Each benchmark closure captures its own `let`
    // request: a captured `var` changed after the closure was made would be seen changed when it runs.
    let normal = TargetRequest(area: "datazone", locality: "council", filters: [("year", "2023")],
                               indicators: tenIndicators, replicates: 10_000, seed: 1, threads: 2)
    let all = try! TargetAreas.read(normal, from: sample.table)
    for n in [1_000, 3_000, 6_976] {
        var areas = all
        areas.codes = Array(all.codes.prefix(n)); areas.names = Array(all.names.prefix(n))
        areas.localities = Array(all.localities.prefix(n))
        areas.values = all.values.map { Array($0.prefix(n)) }
        areas.standardErrors = all.standardErrors.map { Array($0.prefix(n)) }
        areas.counts = all.counts.map { $0.map { Array($0.prefix(n)) } }
        areas.denominators = all.denominators.map { $0.map { Array($0.prefix(n)) } }
        let subset = areas
        Benchmark("target normal 10k sims n=\(n) x 10 indicators", configuration: config) { _ in
            blackHole(try TargetAnalysis.run(normal, areas: subset))
        }
    }
    var oneThread = normal
    oneThread.threads = 1
    let single = oneThread
    Benchmark("target normal 10k sims n=6976 x 10 indicators threads=1", configuration: config) { _ in
        blackHole(try TargetAnalysis.run(single, areas: all))
    }
    // Poisson counts: every count redrawn (10 draws per zone per replicate), 1,000 replicates.
    var poissonRequest = normal
    poissonRequest.uncertainty = .poisson
    poissonRequest.replicates = 1_000
    let poisson = poissonRequest
    Benchmark("target poisson 1k sims n=6976 x 10 indicators", configuration: config) { _ in
        blackHole(try TargetAnalysis.run(poisson, areas: all))
    }
}
