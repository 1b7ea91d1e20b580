// GapwiseBenchInputs: writes the seeded benchmark inputs to files, so that the peers (Benchmarks/peers/run.py) read the same data.
//
// usage: GapwiseBenchInputs DIR
// Writes, as little-endian float64 arrays (numpy.fromfile):
//   weighted_N.f64      N = 1e5, 1e6, 1e7: values, then weights, then ranking (3·N doubles)
//   zones_6976.f64      the bootstrap input: 6,976 values, then weights
//   sii_A.f64           A = 10, 100, 1000 areas × 10 deciles: per area, 10 populations, 10 values, 10 SEs
//   sii_rate_A.f64      the same layout for the rate-type SII inputs (SEs of the log rate)
// and the ingest files csv_R.csv (R = 1e4, 1e5, 1e6 rows × 10 numeric columns).
import BenchmarkInputs
import Foundation
import Gapwise

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: GapwiseBenchInputs DIR\n".utf8))
    exit(2)
}
let dir = arguments[1]
do {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    func write(_ arrays: [[Double]], _ name: String) throws {
        var data = Data()
        for a in arrays { a.withUnsafeBytes { data.append(contentsOf: $0) } }
        try AtomicFileWriter.write(data, to: dir + "/" + name)
        print("wrote \(dir)/\(name)")
    }
    for n in BenchmarkSizes.measures {
        let s = BenchmarkInputs.weightedValues(count: n)
        try write([s.values, s.weights, s.ranking], "weighted_\(n).f64")
    }
    let zones = BenchmarkInputs.weightedValues(count: BenchmarkSizes.zones, seed: BenchmarkSizes.zoneSeed)
    try write([zones.values, zones.weights], "zones_\(BenchmarkSizes.zones).f64")
    for a in BenchmarkSizes.siiAreas {
        var flat = [Double]()
        for area in BenchmarkInputs.siiAreas(a) {
            guard case let .standardErrors(se) = area.uncertainty else { continue }
            flat += area.populations + area.values + se
        }
        try write([flat], "sii_\(a).f64")
        var rates = [Double]()
        for area in BenchmarkInputs.siiRateAreas(a) {
            guard case let .standardErrors(se) = area.uncertainty else { continue }
            rates += area.populations + area.values + se
        }
        try write([rates], "sii_rate_\(a).f64")
    }
    for r in BenchmarkSizes.csvRows {
        try AtomicFileWriter.write(Data(BenchmarkInputs.numericCSV(rows: r)), to: dir + "/csv_\(r).csv")
        print("wrote \(dir)/csv_\(r).csv")
    }
} catch {
    FileHandle.standardError.write(Data("GapwiseBenchInputs: \(error)\n".utf8))
    exit(1)
}
