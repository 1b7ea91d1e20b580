// Ingest: the ingest suite — GapwiseIO's CSV reader on 1e4, 1e5, 1e6 rows × 10 numeric columns (throughput = bytes/s),
// and its .xlsx reader on the Scottish Government's SIMD 2020v2 indicators workbook (Data sheet, 6,976 × 37).
import Foundation
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
    // The real workbook from ../shared beside the checkout (or GAPWISE_SHARED); the benchmark is left out
    // when it is absent. Target: under 0.5 s per read (issue 14, item 8).
    if let workbook = sharedWorkbook() {
        Benchmark("xlsx SIMD2020v2 indicators Data sheet 6976x37",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5),
                                       thresholds: thresholds)) { _ in
            blackHole(try CSVReader.read(file: workbook, options: CSVReadOptions(sheet: "Data")))
        }
    }
}

/// `SIMD+2020v2+-+indicators.xlsx` under `data/sg_simd2020v2_xlsx` of the shared folder, or nil.
func sharedWorkbook() -> String? {
    let relative = "data/sg_simd2020v2_xlsx/SIMD+2020v2+-+indicators.xlsx"
    let root = ProcessInfo.processInfo.environment["GAPWISE_SHARED"].flatMap { $0.isEmpty ? nil : $0 }
        ?? URL(fileURLWithPath: #filePath)  // <checkout>/Benchmarks/Benchmarks/Ingest/Ingest.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
    let path = root + "/" + relative
    return FileManager.default.fileExists(atPath: path) ? path : nil
}
