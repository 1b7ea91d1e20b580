// GapwisePeerTimings: times Gapwise on the seeded benchmark inputs and prints one line per case (median seconds).
//
// usage: swift run -c release GapwisePeerTimings [--threads N] [--filter TEXT] [--check-threads]
// Output lines are `case<TAB>median seconds<TAB>note`, the format Benchmarks/peers/run.py reads.
// --check-threads also times the SII batch on 1 and 2 threads and checks that the results are identical.
import BenchmarkInputs
import Foundation
import Gapwise
@_spi(Samples) import GapwiseAnalysis

/// The parsed command line.
struct TimingOptions {
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var filter: String? = nil
    var checkThreads = false

    init(_ arguments: [String]) {
        var args = arguments[...]
        while let a = args.popFirst() {
            switch a {
            case "--threads": threads = Int(args.popFirst() ?? "") ?? threads
            case "--filter": filter = args.popFirst()
            case "--check-threads": checkThreads = true
            default:
                FileHandle.standardError.write(Data("usage: GapwisePeerTimings [--threads N] [--filter TEXT] [--check-threads]\n".utf8))
                exit(2)
            }
        }
    }
}
let options = TimingOptions(Array(CommandLine.arguments.dropFirst()))
let threads = options.threads, filter = options.filter, checkThreads = options.checkThreads

func report(_ name: String, _ seconds: Double, _ note: String = "") {
    FileHandle.standardOutput.write(Data("\(name)\t\(String(format: "%.6g", seconds))\t\(note)\n".utf8))
}
func wanted(_ name: String) -> Bool { options.filter.map { name.contains($0) } ?? true }

do {
    // Distributional measures over 1e5, 1e6, 1e7 weighted values.
    for n in BenchmarkSizes.measures {
        let prefix = ["gini", "theil_t", "mld", "atkinson_0.5", "atkinson_2", "conc"].map { "\($0) n=\(n)" }
        guard prefix.contains(where: wanted) else { continue }
        let s = BenchmarkInputs.weightedValues(count: n)
        let runs = n >= 10_000_000 ? 5 : 11
        func time(_ name: String, _ body: () throws -> InequalityEstimate) throws {
            guard wanted("\(name) n=\(n)") else { return }
            var value = 0.0
            let t = try medianSeconds(minimumRuns: runs) { value = try body().estimate }
            report("\(name) n=\(n)", t, String(format: "%.15g", value))
        }
        try time("gini") { try Inequality.gini(s.values, weights: s.weights) }
        try time("theil_t") { try Inequality.theilT(s.values, weights: s.weights) }
        try time("mld") { try Inequality.theilL(s.values, weights: s.weights) }
        try time("atkinson_0.5") { try Inequality.atkinson(s.values, weights: s.weights, epsilon: 0.5) }
        try time("atkinson_2") { try Inequality.atkinson(s.values, weights: s.weights, epsilon: 2) }
        try time("conc") { try Inequality.concentrationIndex(s.values, rankedBy: s.ranking, weights: s.weights) }
    }

    // Grouped (HEAT/ScotPHO) measures: every measure over 1,000 areas × 10 quantiles.
    if wanted("grouped all 1000x10") {
        let areas = BenchmarkInputs.subgroupAreas(BenchmarkSizes.groupedAreas)
        var total = 0.0
        var perMeasure = [(String, Double)]()
        for m in GroupedMeasure.allCases {
            let t = try medianSeconds(minimumRuns: 1, budget: 0) { for a in areas { consume(try GroupedInequality.compute(m, a)) } }
            perMeasure.append((m.code, t))
            total += t
        }
        let slowest = perMeasure.sorted { $0.1 > $1.1 }.prefix(3).map { "\($0.0) \(String(format: "%.3g", $0.1)) s" }
        report("grouped all 1000x10", total, "\(perMeasure.count) measures × 1,000 areas; slowest: " + slowest.joined(separator: ", "))
    }

    // PHE SII with 100,000 repetitions, 10 deciles.
    for a in BenchmarkSizes.siiAreas where wanted("phe_sii areas=\(a)") {
        let areas = BenchmarkInputs.siiAreas(a)
        let siiOptions = SIIOptions(repetitions: BenchmarkSizes.siiRepetitions)
        var first: [SIIResult] = []
        let t = try medianSeconds(minimumRuns: 3, budget: 3) { first = try PHE.sii(areas: areas, options: siiOptions, threads: threads) }
        let l = first[0].siiLimits[0]
        report("phe_sii areas=\(a)", t, String(format: "area 0: %.6f [%.6f, %.6f], threads %d", first[0].sii, l.lower ?? .nan, l.upper ?? .nan, threads))
        if checkThreads {
            var one: [SIIResult] = [], two: [SIIResult] = []
            let t1 = try medianSeconds(minimumRuns: 3, budget: 3) { one = try PHE.sii(areas: areas, options: siiOptions, threads: 1) }
            let t2 = try medianSeconds(minimumRuns: 3, budget: 3) { two = try PHE.sii(areas: areas, options: siiOptions, threads: 2) }
            let same = one.map(\.siiLimits) == two.map(\.siiLimits) && one.map(\.sii) == two.map(\.sii)
            report("phe_sii areas=\(a) threads=1", t1)
            report("phe_sii areas=\(a) threads=2", t2, String(format: "speed-up %.2fx, identical output: %@", t1 / t2, same ? "yes" : "NO"))
        }
    }

    // Rates and proportions without transform: PHE's own path (every decile drawn on the log or logit scale,
    // back-transformed, refitted). --check-threads adds 1 and 2 threads and checks the results are identical.
    for (type, name) in [(SIIValueType.rate, "rate"), (.proportion, "proportion")] {
        for a in BenchmarkSizes.siiAreas where wanted("phe_sii \(name) areas=\(a)") {
            let areas = type == .rate ? BenchmarkInputs.siiRateAreas(a) : BenchmarkInputs.siiProportionAreas(a)
            let typed = SIIOptions(valueType: type, repetitions: BenchmarkSizes.siiRepetitions)
            var first: [SIIResult] = []
            let t = try medianSeconds(minimumRuns: 3, budget: 3) { first = try PHE.sii(areas: areas, options: typed, threads: threads) }
            let l = first[0].siiLimits[0]
            report("phe_sii \(name) areas=\(a)", t, String(format: "area 0: %.6f [%.6f, %.6f], threads %d",
                                                             first[0].sii, l.lower ?? .nan, l.upper ?? .nan, threads))
            if checkThreads {
                var one: [SIIResult] = [], two: [SIIResult] = []
                let t1 = try medianSeconds(minimumRuns: 3, budget: 3) { one = try PHE.sii(areas: areas, options: typed, threads: 1) }
                let t2 = try medianSeconds(minimumRuns: 3, budget: 3) { two = try PHE.sii(areas: areas, options: typed, threads: 2) }
                report("phe_sii \(name) areas=\(a) threads=1", t1)
                report("phe_sii \(name) areas=\(a) threads=2", t2,
                       String(format: "speed-up %.2fx, identical output: %@", t1 / t2, one == two ? "yes" : "NO"))
            }
        }
    }

    // Bootstrap, 10,000 replicates over 6,976 zones.
    let zones = BenchmarkInputs.weightedValues(count: BenchmarkSizes.zones, seed: BenchmarkSizes.zoneSeed)
    for (name, m) in [("bootstrap theil_t", InequalityMeasure.theilT), ("bootstrap gini", .gini(corrected: false))]
        where wanted(name) {
        var b: BootstrapInterval? = nil
        let t = try medianSeconds(minimumRuns: 3) {
            b = try Inequality.bootstrap(m, values: zones.values, weights: zones.weights,
                                         replicates: BenchmarkSizes.bootstrapReplicates, levels: [0.95], seed: 7)
        }
        report("\(name) zones=\(BenchmarkSizes.zones)", t,
               String(format: "95%% [%.6f, %.6f] se %.6f", b!.limits[0].lower, b!.limits[0].upper, b!.standardError))
    }

    // `gapwise target`: 10,000 rank simulations over the synthetic Scotland (6,976 zones in 32 councils, 10 count
    // indicators), on 1 thread and on the requested threads; the result must not depend on the thread count.
    if wanted("target") {
        let table = try CSVReader.read(bytes: Array(try SyntheticScotland.csv(seed: 2026).utf8), name: "sample")
        let ten = ["emergency_admissions", "early_deaths", "low_birthweight", "child_poverty", "out_of_work_benefits",
                   "smoking_in_pregnancy", "alcohol_admissions", "drug_admissions", "depression_prescribing", "crime"]
            .map { TargetIndicator(name: $0, source: .counts(count: $0 + "_count", denominator: $0 + "_denominator")) }
        var results: [Int: [TargetAreaResult]] = [:]
        for t in Array(Set([1, threads])).sorted() {
            let request = TargetRequest(area: "datazone", locality: "council", filters: [("year", "2023")],
                                        indicators: ten, replicates: 10_000, seed: 1, threads: t)
            let areas = try TargetAreas.read(request, from: table)
            var last: TargetReport? = nil
            let seconds = try medianSeconds(minimumRuns: 3, budget: 4) { last = try TargetAnalysis.run(request, areas: areas) }
            results[t] = last!.areas
            report("target normal 10k sims zones=\(areas.codes.count) threads=\(t)", seconds,
                   t == 1 ? "10 indicators, 32 councils" : "identical to 1 thread: \(results[t] == results[1] ? "yes" : "NO")")
        }
    }

    // CSV ingest: MB/s on rows × 10 numeric columns.
    for r in BenchmarkSizes.csvRows where wanted("csv rows=\(r)") {
        let bytes = BenchmarkInputs.numericCSV(rows: r)
        var rows = 0
        let t = try medianSeconds(minimumRuns: 5) { rows = try CSVReader.read(bytes: bytes, name: "csv_\(r).csv").rowCount }
        report("csv rows=\(r)", t, String(format: "%.0f MB/s, %d rows, %.1f MB", Double(bytes.count) / 1e6 / t, rows, Double(bytes.count) / 1e6))
    }
} catch {
    FileHandle.standardError.write(Data("GapwisePeerTimings: \(error)\n".utf8))
    exit(1)
}
