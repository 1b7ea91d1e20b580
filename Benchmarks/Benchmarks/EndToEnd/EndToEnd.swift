// EndToEnd: whole `gapwise gaps` batches on SIMD-sized input made by Gapwise's own sample generator.
import Benchmark
import Foundation
import Gapwise
@_spi(Samples) import GapwiseAnalysis
@_spi(Samples) import GapwiseReport

/// The synthetic Scotland (6,976 zones, 32 councils, 12 count indicators, two years), written once and read
/// back through the CSV reader as a user's file would be.
func sampleTable() -> CSVTable {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-bench-sample-2026.csv").path
    if !FileManager.default.fileExists(atPath: path) {
        try! AtomicFileWriter.write(try! SyntheticScotland.csv(seed: 2026), to: path)
    }
    return try! CSVReader.read(file: path)
}

/// Every indicator of the sample as counts over denominators, summarised as rates per 100,000 (Byar limits).
func sampleIndicators(_ table: CSVTable) -> [GapsIndicator] {
    table.columns.map(\.name).filter { $0.hasSuffix("_count") }.map { c in
        let base = String(c.dropLast("_count".count))
        return GapsIndicator(name: base, source: .counts(numerator: c, denominator: base + "_denominator"), statistic: .rate)
    }
}

let benchmarks: @Sendable () -> Void = {
    let table = sampleTable()
    let all = sampleIndicators(table)
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 35.0])]
    // Cost grows with the number of indicators (units); quintiles and deciles, 33 localities, 95% intervals.
    for count in [1, 4, all.count] {
        for threads in [1, 2] {
            let request = GapsRequest(indicators: Array(all.prefix(count)), rank: "simd_rank", locality: "council",
                                      year: "year", quantiles: [5, 10], levels: [0.95], threads: threads)
            Benchmark("gaps \(count) indicators x 2 years x 33 localities x quintiles+deciles, threads=\(threads)",
                      configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(3),
                                           thresholds: thresholds)) { benchmark in
                for _ in benchmark.scaledIterations { blackHole(try GapsRunner.run(request, on: table)) }
            }
        }
    }
    // The same batches with every gap measure's interval from the bootstrap over areas (1,000 replicates):
    // the replicate tables' plain-formula estimates, shared linear fits, the percentile limits.
    for count in [1, 4] {
        var boot = GapsRequest(indicators: Array(all.prefix(count)), rank: "simd_rank", locality: "council",
                               year: "year", quantiles: [5, 10], levels: [0.95], threads: 2)
        boot.interval = .bootstrap
        let request = boot
        Benchmark("gaps bootstrap \(count) indicators x 2 years x 33 localities x quintiles+deciles, reps=1000, threads=2",
                  configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), thresholds: thresholds)) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try GapsRunner.run(request, on: table)) }
        }
    }
    // `gapwise report` on the same input: gaps (national quintiles, 12 indicators, two years) and target
    // (1,000 rank simulations) adapted into the model and rendered to pages, SVGs and CSVs in memory; then the
    // same rendered and written all-or-nothing to a folder (replacing the previous run's), as the command does.
    let report = GapsReportRequest(
        gaps: GapsRequest(indicators: all, rank: "simd_rank", locality: "council", year: "year",
                          population: "population", quantiles: [5], levels: [0.95], seed: 1),
        area: "datazone", areaName: "datazone_name", localityName: "council_name", worst: 5, targetReplicates: 1_000)
    Benchmark("report model and render, 12 indicators x 2 years x 33 localities",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5),
                                   thresholds: thresholds)) { benchmark in
        for _ in benchmark.scaledIterations {
            let model = try GapsReportRunner.model(report, on: table, inputs: [], version: GapwiseInfo.version)
            blackHole(try ReportWriter.render(model))
        }
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-bench-report").path
    Benchmark("report model, render and atomic write, 12 indicators x 2 years x 33 localities",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), thresholds: thresholds)) { benchmark in
        for _ in benchmark.scaledIterations {
            let model = try GapsReportRunner.model(report, on: table, inputs: [], version: GapwiseInfo.version)
            blackHole(try ReportWriter.write(model, to: folder))
        }
    }

    // The full-size report of SyntheticReportModel (Scotland + 32 councils x 12 indicators, about 2,900 files,
    // 17 MB): rendered in memory, and rendered and written all-or-nothing, replacing the previous run's folder.
    let fullModel = SyntheticReportModel.model()
    Benchmark("report full size render, 33 areas x 12 indicators",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), thresholds: thresholds)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try ReportWriter.render(fullModel)) }
    }
    let fullFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-bench-report-full").path
    Benchmark("report full size render and atomic write, 33 areas x 12 indicators",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), thresholds: thresholds)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try ReportWriter.write(fullModel, to: fullFolder)) }
    }

    // Reading the file is part of a real run: the CSV ingest of the same input.
    Benchmark("read sample CSV (13,952 rows x 42 columns)", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(3),
                                                                                thresholds: thresholds)) { _ in
        blackHole(sampleTable())
    }
}
