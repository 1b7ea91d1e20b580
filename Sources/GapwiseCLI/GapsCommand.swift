// GapsCommand: `gapwise gaps FILE --indicator ...` computes gap profiles per indicator × locality × year, batch.
import ArgumentParser
import Foundation
import Gapwise

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Gaps between the most and least deprived quantiles of every locality, per indicator and year.",
        discussion: """
        Each row of FILE is an area (e.g. a data zone) in one year. Areas are banded into deprivation \
        quantiles by --rank (1 = most deprived): national bands or bands recalculated within each locality \
        (--bands), by count or population (--weighting). Each quantile's counts are summed and summarised \
        with its interval (proportion: Wilson; rate: Byar, exact Poisson below 10; mean: normal), and the gap \
        measures are computed for every indicator x locality (and the whole country) x year x scheme.

        --indicator [NAME=]NUMERATOR/DENOMINATOR[:stat=proportion|rate|dsr|life_expectancy][:per=100][:polarity=adverse|favourable] \
        or [NAME=]VALUE[:se=COL][:per=1] (area values averaged with --population weights), or \
        [NAME=]E1+E2+.../P1+P2+... (events and populations per ESP 2013 age band: a directly standardised rate; \
        with :stat=life_expectancy, deaths and populations per band 0, 1-4, ..., 85+ or 90+: life expectancy at \
        birth, PHE's Chiang II with Silcocks limits, favourable unless :polarity= says otherwise). Repeat it, or give \
        several separated by commas. Counts below --threshold (default 5) are suppressed, with a \
        complementary cell withheld so that no suppressed count can be recovered; gaps are not computed from \
        withheld quantiles and every blank says why. With two or more years, each gap's change from the first \
        year is given with its interval and classed narrowing, widening or no clear change.

        Measures (default d, r, sii_linear, rii_linear, paf, par): any code of `gapwise measure`; HEAT/ScotPHO \
        and PHE codes use the quantile table, distributional codes the locality's areas.

        A batch config (YAML; TOML for *.toml, JSON for *.json) can name everything instead, --deprivation, --geography, \
        --area, --rank-total and --filter included (keys deprivation, geography, area, rank_total, filters): \
        gapwise gaps --config batch.yaml. \
        A metadata JSON (Gapwise version, inputs' SHA-256, seed, settings) is written beside file outputs.

        Example: gapwise gaps datasets/sample/datazones.csv --rank simd_rank --locality council --year year \
        --indicator emergency=emergency_admissions_count/emergency_admissions_denominator:stat=rate \
        --quantiles 5,10 --level 0.95,0.998 --output gaps.csv --quantiles-output quantiles.csv
        """)

    @Argument(help: "The CSV file, one row per area and year (not needed with --config).")
    var file: String?

    @OptionGroup var workbook: SheetOption

    @Option(help: "A batch config file (YAML; TOML for .toml, JSON for .json) naming inputs, indicators, measures, lookups, filters, outputs.")
    var config: String?

    @Option(name: .customLong("indicator"), help: "An indicator: [NAME=]NUM/DEN[:stat=..][:per=..][:polarity=..] or [NAME=]VALUE[:se=COL]. Repeatable; several may be separated by commas. Without :polarity=, an indicator Gapwise knows (SIMD's Attainment, Attendance, University; the sample's) takes its known polarity.")
    var indicators: [String] = []

    /// The --indicator specs, each occurrence split at commas (no spec holds a comma).
    var indicatorSpecs: [String] { indicators.flatMap { $0.split(separator: ",").map(String.init) } }

    /// One --indicator spec, its polarity settled by the library's one rule (as `report` and configs).
    static func indicator(_ spec: String) throws -> GapsIndicator {
        try CLIParsing.usage { () throws(AnalysisError) in try GapsIndicator.parse(spec) }
    }

    @Option(help: "A long file (one row per area, indicator and period): area=COL,indicator=COL,period=COL with numerator=COL,denominator=COL or value=COL[,se=COL]. --rank, --locality and --population are then columns repeated on each row; --indicator names indicators (NAME[:stat=..][:per=..][:polarity=..]), all by default.")
    var long: String?

    @Option(help: "The deprivation rank column, 1 = most deprived (e.g. simd_rank; the joined simd_rank with --deprivation).")
    var rank: String?

    @OptionGroup var lookups: AreaLookupOptions

    @Option(help: "Column of 2011 data zone codes, by which --deprivation and --geography join.")
    var area: String?

    @Option(name: .customLong("rank-total"), help: "The number of areas --rank ranks nationally (6976 with --deprivation): national bands are then ceil(rank * k / N) from each area's own rank, and a whole-country profile over fewer areas is named with its count.")
    var rankTotal: Int?

    @Option(help: "The locality column (e.g. council); omit for the whole country only.")
    var locality: String?

    @Flag(name: .customLong("no-national"), help: "Leave out the whole-country profile.")
    var noNational = false

    @Option(name: .customLong("national-name"), help: "The whole-country profile's name.")
    var nationalName = "Scotland"

    @Option(help: "The year column (changes over time are given when there are two or more years).")
    var year: String?

    @Option(help: "Population column: weights of value indicators and of population-weighted bands.")
    var population: String?

    @Option(help: "Comma-separated quantile schemes: 5 quintiles, 10 deciles.")
    var quantiles = "5"

    @Option(help: "national: the country's bands; local: bands recalculated within each locality.")
    var bands: GapsBandBasis = .national

    @Option(help: "count: equal numbers of areas per band; population: equal population shares (PHS).")
    var weighting: GapsBandWeighting = .count

    @Option(help: "Comma-separated gap measure codes (default d,r,sii_linear,rii_linear,paf,par).")
    var measure: String?

    @Option(help: "Comma-separated confidence levels, e.g. 0.95 or 0.95,0.998 (the first classifies changes).")
    var level = "0.95"

    @Option(help: "Quantile counts below this are suppressed (0: no suppression).")
    var threshold: Double = 5

    @Option(name: .customLong("invalid-areas"), help: "An area whose count breaks its statistic's rule (a proportion above 1): reject (stop with an error) or exclude (leave it out, counted).")
    var invalidAreas: GapsInvalidAreaPolicy = .reject

    @Option(name: .customLong("sii-interval"), help: "Interval of the linear SII and RII: simulation (PHE's, from each quantile's sampling error; the default) or regression (the fit's t interval: lack of fit, not sampling error). Overrides a config's sii_interval.")
    var siiInterval: GapsSIIInterval?

    @Option(help: "Source of every gap measure's interval: sampling (each measure's own, from the quantiles' sampling error; the default) or bootstrap (areas resampled with replacement within each quantile, --reps, default 1000 replicates, percentile limits; it reflects area-level variation, not the counts' Poisson error). Overrides a config's interval.")
    var interval: GapsIntervalSource?

    @Option(help: "Random seed of simulated and bootstrap intervals.")
    var seed: UInt64 = 1

    @Option(help: "Replicates of simulated or bootstrap intervals (default: each measure family's own).")
    var reps: Int?

    @Option(help: "Worker threads (default: the number of cores); the output is identical for any number.")
    var threads: Int?

    @Option(help: "Output format: csv or json.")
    var format: OutputFormat?

    @OptionGroup var input: InputOptions

    @OptionGroup var digits: DigitsOption

    @Option(help: "Write the gap table here (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("quantiles-output"), help: "Write the per-quantile tables behind the gaps here.")
    var quantilesOutput: String?

    @Option(name: .customLong("changes-output"), help: "Write the changes over time here.")
    var changesOutput: String?

    @Option(help: "Write the run metadata JSON here (default: beside --output, as NAME.metadata.json).")
    var metadata: String?

    func validate() throws {
        if config != nil {
            if file != nil || !indicators.isEmpty || rank != nil || locality != nil || year != nil || population != nil || measure != nil
                || lookups.joins || area != nil || rankTotal != nil {
                throw ValidationError("with --config the batch comes from the file: give only --threads (and --format or outputs) beside it.")
            }
        } else {
            if file == nil { throw ValidationError("give the CSV file, or --config FILE.") }
            if indicators.isEmpty && long == nil { throw ValidationError("give at least one --indicator, e.g. --indicator income_count/Total_population.") }
            if long != nil && year != nil { throw ValidationError("with --long the period column is the year: leave out --year.") }
            if rank == nil && lookups.deprivation == nil { throw ValidationError("give the deprivation rank column: --rank COL (1 = most deprived), or --deprivation simd2020v2 with --area COL.") }
            if long != nil && lookups.joins { throw ValidationError("--deprivation and --geography join a wide file (one row per area): leave out --long.") }
        }
        _ = try CLIParsing.levels(level)
    }

    func run() throws {
        let filters = try input.filters()
        var batch: GapsBatch
        if let config {
            batch = try CLIParsing.report { () throws(AnalysisError) in try GapsBatch.load(config) }
        } else {
            var specs: [MeasureSpec]?
            if let measure {
                specs = []
                for code in CLIParsing.list(measure) {
                    do { specs!.append(try MeasureSpec.parse(code)) } catch { throw ValidationError(error.description) }
                }
            }
            let layout = try long.map { spec in try CLIParsing.usage { () throws(AnalysisError) in try TidyLongLayout.parse(spec) } }
            let request = GapsRequest(
                indicators: layout == nil ? try indicatorSpecs.map(Self.indicator) : [], rank: rank ?? "simd_rank", locality: locality, includeNational: !noNational,
                nationalName: nationalName, year: year, population: population,
                quantiles: try CLIParsing.list(quantiles).map { q in
                    guard let k = Int(q) else { throw ValidationError("--quantiles \(q) is not a whole number (5 for quintiles, 10 for deciles).") }
                    return k
                },
                basis: bands, weighting: weighting, measures: specs, levels: try CLIParsing.levels(level),
                threshold: threshold, seed: seed, replicates: reps)
            batch = GapsBatch(request: request, input: file!)
            batch.request.invalidAreas = invalidAreas
            batch.request.rankTotal = rankTotal ?? AreaLookupJoin.rankTotal(of: batch.request.rank, deprivation: lookups.deprivation)
            if let layout {
                let r = batch.request
                let carry: [String] = [r.rank] + (r.locality.map { [$0] } ?? []) + (r.population.map { [$0] } ?? [])
                let numbers: [String] = [layout.numerator, layout.denominator, layout.value, layout.standardError, r.population].compactMap { $0 } + [r.rank]
                let texts: [String] = [layout.area, layout.indicator, layout.period] + (r.locality.map { [$0] } ?? [])
                    + input.columns.filter { !numbers.contains($0) }
                var options = CSVReadOptions(sheet: workbook.sheet)
                options.columns = Array(Set(numbers + texts)).sorted()
                for c in numbers { options.columnTypes[c] = .number }
                for c in texts { options.columnTypes[c] = .text }
                let raw: CSVTable
                do { raw = try CSVReader.read(file: file!, options: options) } catch let e as CSVError { throw CLIParsing.fail(e.description) }
                let wide = try CLIParsing.report { () throws(AnalysisError) in try GapsLongInput.widen(raw, layout: layout, carry: carry, filters: filters) }
                batch.request.year = layout.period
                batch.request.indicators = try CLIParsing.usage { () throws(AnalysisError) in try GapsIndicator.select(wide.indicators, indicatorSpecs) }
                var b = batch
                if let siiInterval { b.request.siiInterval = siiInterval }
                if let interval { b.request.interval = interval }
                b.request.threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
                if let output { b.gapsOutput = output }
                if let quantilesOutput { b.quantilesOutput = quantilesOutput }
                if let changesOutput { b.changesOutput = changesOutput }
                if let metadata { b.metadataOutput = metadata }
                if let format { b.format = format }
                do { try b.request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
                try Self.execute(b, config: nil, table: wide.table, numbers: digits.numbers)
                return
            }
        }
        if let siiInterval { batch.request.siiInterval = siiInterval }
        if let interval { batch.request.interval = interval }
        // Output paths given on the command line replace every output path of a config, metadata included.
        if output != nil || quantilesOutput != nil || changesOutput != nil || metadata != nil {
            batch.gapsOutput = output; batch.quantilesOutput = quantilesOutput
            batch.changesOutput = changesOutput; batch.metadataOutput = metadata
        }
        if let format { batch.format = format }
        batch.request.filters += filters
        // The config's own `threads` (every core when it has none) unless --threads overrides it.
        batch.request.threads = threads ?? (config == nil ? ProcessInfo.processInfo.activeProcessorCount : batch.request.threads)
        do { try batch.request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
        if config == nil && lookups.joins {
            guard let area else { throw ValidationError("--deprivation and --geography join by the area-code column: give --area COL.") }
            batch.lookup = AreaLookupRequest(area: area, deprivation: lookups.deprivation, geography: lookups.geography)
        }
        try Self.execute(batch, config: config, sheet: workbook.sheet, numbers: digits.numbers)
    }

    /// Runs the batch: reads its input (joining its area lookups, codes unique within each year), writes every output.
    static func execute(_ batch: GapsBatch, config: String?, table given: CSVTable? = nil, sheet: String? = nil,
                        numbers: NumberFormat) throws {
        let r = batch.request
        let numeric: [String] = [r.rank] + (r.population.map { [$0] } ?? []) + r.indicators.flatMap(\.columns)
        let other: [String] = [r.locality, r.year].compactMap { $0 } + r.filters.map(\.column).filter { !numeric.contains($0) }
        var lookup = batch.lookup
        lookup?.uniqueWithin = [r.year].compactMap { $0 }
        let table = try given ?? AreaLookupOptions.readTable(.path(batch.input), lookup: lookup, numeric: numeric, other: other, sheet: sheet)
        let bar = ProgressBar.forStandardError()
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, total) } }
        let callback = progress
        // A config's run names its keys (invalid_areas), a command line's its flags (--invalid-areas).
        let result = try CLIParsing.report(naming: config == nil ? CLIFlags.name : GapsBatch.configKey) { () throws(AnalysisError) -> GapsResult in
            try GapsRunner.run(r, on: table, progress: callback)
        }
        bar?.finish()
        let inputs = [batch.input] + (config.map { [$0] } ?? [])
        let f = batch.format
        // Every text is rendered and every destination checked before anything is written; the files are
        // then written all-or-nothing, and standard output (the gap table without --output) last.
        // Each path is named in a message by the flag that gave it, or by the config key.
        func source(_ flag: String, _ key: String) -> String {
            config.map { c in CLIFlags.typed(flag) ? flag : "outputs.\(key) of \(c)" } ?? flag
        }
        let gapsText = GapsFormat.gaps(result, levels: r.levels, format: f, numbers: numbers)
        var files: [CLIOutput] = []
        var outputs: [String: String] = [:]
        if let g = batch.gapsOutput { outputs["gaps"] = g; files.append(CLIOutput(flag: source("--output", "gaps"), path: g, text: gapsText)) }
        if let q = batch.quantilesOutput {
            files.append(CLIOutput(flag: source("--quantiles-output", "quantiles"), path: q,
                                   text: GapsFormat.quantiles(result, levels: r.levels, format: f, numbers: numbers)))
            outputs["quantiles"] = q
        }
        if let c = batch.changesOutput {
            files.append(CLIOutput(flag: source("--changes-output", "changes"), path: c,
                                   text: GapsFormat.changes(result, levels: r.levels, format: f, numbers: numbers)))
            outputs["changes"] = c
        }
        let metaPath = batch.metadataOutput ?? batch.gapsOutput.map { g in
            let u = URL(fileURLWithPath: g)
            return u.deletingPathExtension().path + ".metadata.json"
        }
        if let metaPath {
            let text = try CLIParsing.report { () throws(AnalysisError) in
                try GapsMetadata.json(r, result: result, version: GapwiseInfo.version, inputs: inputs, outputs: outputs)
            }
            let flag = batch.metadataOutput == nil ? "the metadata beside " + source("--output", "gaps") : source("--metadata", "metadata")
            files.append(CLIOutput(flag: flag, path: metaPath, text: text))
        }
        // Without --output the gap table goes to standard output, once every file is written.
        files.append(CLIOutput(flag: "", path: nil, text: batch.gapsOutput == nil ? gapsText : ""))
        try CLIParsing.emit(files, inputs: inputs)
    }
}

extension GapsBandBasis: ExpressibleByArgument {}
extension GapsBandWeighting: ExpressibleByArgument {}
extension GapsInvalidAreaPolicy: ExpressibleByArgument {}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    /// The highest count drawn: reports from worker threads may arrive out of order.
    private var shown = 0

    /// A bar when standard error is a terminal (isatty), else nil: nothing extra when output is piped.
    static func forStandardError() -> ProgressBar? { isatty(STDERR_FILENO) != 0 ? ProgressBar() : nil }

    func update(_ done: Int, _ total: Int) {
        lock.lock(); defer { lock.unlock() }
        guard done > shown else { return }
        shown = done
        let width = 30, filled = total == 0 ? width : done * width / total
        let line = "\rgapwise gaps [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(done)/\(total) units"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}

extension GapsSIIInterval: ExpressibleByArgument {}
extension GapsIntervalSource: ExpressibleByArgument {}
