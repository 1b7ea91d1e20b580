// TargetCommand: `gapwise target FILE ...` lists each locality's communities with the poorest outcomes, with uncertainty.
import ArgumentParser
import Foundation
import Gapwise

struct TargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Find the communities with the poorest outcomes in each locality, with simulated rank uncertainty.",
        discussion: """
        Each row is a small area. Indicators are named with --indicators: an indicator NAME is read from \
        the columns NAME_count and NAME_denominator (a rate; Poisson standard error) when they exist, else \
        from the column NAME with its standard error in NAME_se (without one the value carries no sampling \
        error, and the output's sampling_error column says so). Higher values are worse unless the \
        indicator is listed in --favourable. Each indicator is standardised against all areas (z-score, \
        sign so that larger = worse), weighted (--weights, rescaled to sum to 1) and summed: the score. \
        Areas are ranked within --locality (1 = worst); --reps seeded simulations give each area's rank \
        interval, its probability of being among the --worst k (or x%) of its locality, and flags where it \
        is significantly worse than both its locality and the whole country.

        Example: gapwise target datasets/sample/datazones.csv --area datazone --name datazone_name \
        --locality council_name --filter year=2023 --indicators emergency_admissions,early_deaths,\
        positive_destinations --favourable positive_destinations --worst 5
        """)

    @Argument(help: "The CSV file, one row per small area.")
    var file: String

    @OptionGroup var workbook: SheetOption

    @Option(help: "Column of area codes.")
    var area: String

    @OptionGroup var lookups: AreaLookupOptions

    @Option(name: .customLong("rank-total"), help: ArgumentHelp("Refused: target cuts no bands from a rank; it ranks the areas of each locality on their outcomes.", valueName: "N"))
    var rankTotal: Int?

    @Option(help: "Column of area names.")
    var name: String?

    @Option(help: "Column of the locality within which areas are ranked (e.g. council).")
    var locality: String

    @Option(help: "Aggregate the rows to this unit before ranking (e.g. intermediate_zone): counts summed, values population-weighted.")
    var unit: String?

    @Option(name: .customLong("unit-name"), help: "Column of unit names (with --unit).")
    var unitName: String?

    @Option(help: "Population column (weights when aggregating value indicators to --unit).")
    var population: String?

    @Option(help: "Keep only rows where COLUMN=VALUE (repeatable, e.g. --filter year=2023).")
    var filter: [String] = []

    @Option(help: "Comma-separated indicator names (see above).")
    var indicators: String

    @Option(name: [.customLong("favourable"), .customLong("lower-is-worse")],
            help: "Comma-separated favourable indicators (higher is better, so lower values are worse), as in report --favourable; --lower-is-worse is the earlier spelling, still accepted.")
    var lowerIsWorse: String?

    @Option(help: "Comma-separated NAME=WEIGHT (default 1 each; rescaled to sum to 1).")
    var weights: String?

    @Option(help: "A missing value: exclude (score the area on the indicators it has, flag it, count the missing values per indicator) or error.")
    var missing: TargetMissingPolicy = .exclude

    @Option(help: "Simulation of sampling error: normal (standard errors) or poisson (redraw counts).")
    var uncertainty: TargetUncertainty = .normal

    @Option(help: "Number of simulations (0: none; no standard errors are read and no rank interval or probability is given).")
    var reps: Int = 10_000

    @Option(help: "With --filter, standardise against all rows (the default: the filter does not move the national mean and SD) or only the filtered rows.")
    var standardise: TargetStandardisation = .all

    @Option(help: "Random seed (the same seed gives identical output, whatever the thread count).")
    var seed: UInt64 = 1

    @Option(help: "The worst set: a number of areas (5) or a percentage of each locality's areas (10%).")
    var worst: String = "5"

    @Option(name: [.customLong("level"), .customLong("confidence")],
            help: "Confidence level of rank intervals and significance flags (--confidence is the earlier spelling, still accepted).")
    var confidence: Double = 0.95

    @Option(help: "Number of driving indicators listed per area.")
    var drivers: Int = 3

    @Option(help: "Worker threads (default: active processors).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "List only the N worst areas of each locality (0: all).")
    var top: Int = 0

    @Option(help: "Output format: csv or json.")
    var format: OutputFormat = .csv

    @Option(name: [.customLong("out"), .customLong("output")], help: "Write the result to this file (atomically) instead of standard output.")
    var out: String?

    @OptionGroup var digits: DigitsOption

    func validate() throws {
        if rankTotal != nil {
            throw ValidationError("--rank-total applies where bands are cut from a rank (gaps, report, rank); target cuts none: it ranks the areas of each locality on their outcomes, and its national comparison uses the areas in the file.")
        }
        guard top >= 0 else { throw ValidationError("--top \(top) must be 0 or more.") }
        _ = try parsedWorst()
        _ = try parsedFilters()
    }

    func parsedWorst() throws -> WorstSet {
        if worst.hasSuffix("%"), let p = Double(worst.dropLast()) { return .percent(p) }
        if let k = Int(worst) { return .count(k) }
        throw ValidationError("--worst \(worst) is neither a number of areas (5) nor a percentage (10%).")
    }

    func parsedFilters() throws -> [(column: String, value: String)] {
        try filter.map { f in
            guard let eq = f.firstIndex(of: "="), eq != f.startIndex else {
                throw ValidationError("--filter \(f) must be COLUMN=VALUE.")
            }
            return (String(f[..<eq]), String(f[f.index(after: eq)...]))
        }
    }

    func run() throws {
        let filters = try parsedFilters()
        let header = try CLIParsing.headerNames(file, sheet: workbook.sheet)
        let names = CLIParsing.list(indicators)
        let lower = Set(CLIParsing.list(lowerIsWorse))
        var weightOf: [String: Double] = [:]
        for item in CLIParsing.list(weights) {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let w = Double(parts[1]) else { throw ValidationError("--weights \(item) must be NAME=WEIGHT.") }
            guard names.contains(parts[0]) else { throw ValidationError("--weights names \(parts[0]), which is not in --indicators.") }
            weightOf[parts[0]] = w
        }
        for l in lower where !names.contains(l) { throw ValidationError("\(CLIFlags.spelling("--favourable", alias: "--lower-is-worse")) names \(l), which is not in --indicators.") }
        let columns = Set(header)
        var list: [TargetIndicator] = []
        for n in names {
            let source: TargetIndicator.Source
            if columns.contains(n + "_count") && columns.contains(n + "_denominator") {
                source = .counts(count: n + "_count", denominator: n + "_denominator")
            } else if columns.contains(n) {
                source = .value(column: n, standardError: columns.contains(n + "_se") ? n + "_se" : nil)
            } else {
                throw CLIParsing.fail("\(file): indicator \"\(n)\" needs the columns \(n)_count and \(n)_denominator, or \(n) (with \(n)_se); none is in the file.")
            }
            list.append(TargetIndicator(name: n, source: source, polarity: lower.contains(n) ? .favourable : .adverse,
                                        weight: weightOf[n] ?? 1))
        }
        var request = TargetRequest(
            area: area, name: name, locality: locality, unit: unit, unitName: unitName, population: population,
            filters: filters, indicators: list, uncertainty: uncertainty, replicates: reps, seed: seed,
            worst: try parsedWorst(), confidence: confidence, drivers: drivers, threads: threads)
        request.missing = missing
        request.standardise = standardise
        do { try request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
        var numeric = [population].compactMap { $0 }
        for ind in list {
            switch ind.source {
            case let .counts(c, d): numeric += [c, d]
            case let .value(v, se): numeric += [v] + (reps > 0 ? se.map { [$0] } ?? [] : [])
            }
        }
        let other = [area, name, locality, unit, unitName].compactMap { $0 } + filters.map(\.column)
        let table = try lookups.readTable(file, area: area, numeric: numeric, other: other.filter { !numeric.contains($0) }, sheet: workbook.sheet)
        var report = try CLIParsing.report { () throws(AnalysisError) in try TargetAnalysis.run(request, on: table) }
        if top > 0 { report = report.keepingWorst(top) }
        try CLIParsing.emit(format == .csv ? report.csv(numbers: digits.numbers) : report.json(numbers: digits.numbers), to: out, flag: CLIFlags.spelling("--out", alias: "--output"), inputs: [file])
    }
}

extension TargetUncertainty: ExpressibleByArgument {}
extension TargetMissingPolicy: ExpressibleByArgument {}
extension TargetStandardisation: ExpressibleByArgument {}

