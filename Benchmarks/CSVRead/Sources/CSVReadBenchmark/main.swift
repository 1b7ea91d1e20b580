// CSVReadBenchmark: reads a CSV file several times with GapwiseIO and prints the best throughput in MB/s.
//
// Run by hand (release build; timings are not asserted anywhere):
//   python3 make_numeric_csv.py /tmp/numeric.csv            # 1,000,000 x 10, official-statistics digits
//   python3 make_numeric_csv.py /tmp/full17.csv --full-precision
//   swift build -c release && .build/release/CSVReadBenchmark /tmp/numeric.csv 10 [column ...]
// Both wall-clock and process CPU time are reported: on a shared machine the CPU figure is the fairer one.
import Foundation
import Gapwise

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: CSVReadBenchmark FILE.csv [repetitions] [column ...]")
    exit(2)
}
let path = arguments[1]
let repetitions = arguments.count >= 3 ? Int(arguments[2]) ?? 5 : 5
let selection = arguments.count >= 4 ? Array(arguments[3...]) : nil
let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
/// CPU time of this process (user + system), which other people's jobs on a shared machine do not inflate.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
var bestWall = Double.infinity
var bestCPU = Double.infinity
var rows = 0
for _ in 0..<repetitions {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuSeconds()
    let table = try CSVReader.read(file: path, options: CSVReadOptions(columns: selection))
    let cpu = cpuSeconds() - cpuStart
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rows = table.rowCount
    bestWall = min(bestWall, seconds)
    bestCPU = min(bestCPU, cpu)
}
print(String(format: "%@: %d rows, %.1f MB, best of %d: wall %.3f s = %.0f MB/s; CPU %.3f s = %.0f MB/s",
             path, rows, bytes / 1e6, repetitions, bestWall, bytes / 1e6 / bestWall, bestCPU, bytes / 1e6 / bestCPU))
