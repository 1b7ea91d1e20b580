// Ingest: the ingest suite — GapwiseIO's CSV reader on 1e4, 1e5, 1e6 rows × 10 numeric columns (throughput = bytes/s).
import Benchmark
import BenchmarkInputs
import Gapwise

let benchmarks: @Sendable () -> Void = {
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [.wallClock: .init(relative: [.p50: 50.0, .p90: 75.0])]
    for rows in BenchmarkSizes.csvRows {
        let bytes = BenchmarkInputs.numericCSV(rows: rows)
        // One iteration reads every byte once; scalingFactor reports throughput in MB/s-comparable units.
        Benchmark("csv rows=\(rows) cols=10 bytes=\(bytes.count)",
                  configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(2),
                                       thresholds: thresholds)) { _ in
            blackHole(try CSVReader.read(bytes: bytes, name: "csv_\(rows).csv"))
        }
    }
}
