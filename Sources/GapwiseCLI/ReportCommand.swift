// ReportCommand: `gapwise report FILE --out DIR` runs gaps and target and writes the HTML/SVG/CSV report folder.
import ArgumentParser
import Foundation
import Gapwise
@_spi(Samples) import GapwiseAnalysis

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a browsable report (HTML pages, SVG charts, CSV tables) of the gaps and the communities with the poorest outcomes.",
        discussion: """
        Runs `gapwise gaps` (quantile values with intervals, SII line, concentration curve, gap measures, \
        their trend over the years) for the whole country and every locality, and `gapwise target` (each \
        locality's communities ranked by need, with rank intervals and P(among the worst k)) for the latest \
        year, and writes a self-contained report folder all-or-nothing: DIR/index.html (the country), one \
        page per locality, every chart as SVG and every table as CSV. The defaults fit the shipped sample \
        (datasets/sample/datazones.csv): indicators are the NAME_count/NAME_denominator column pairs, \
        summarised as percentages.

        Example: gapwise report datasets/sample/datazones.csv --out out/report
        With a gaps batch config (and its optional `report:` section): gapwise report --config batch.yaml --out DIR
        """)

    @Argument(help: "The CSV file(s), one row per area (and year), all with the same columns (e.g. one file per year); not needed with --config.")
    var files: [String] = []

    @OptionGroup var workbook: SheetOption

    @Option(help: "A gaps batch config (YAML; TOML for .toml, JSON for .json) with an optional report: section (area, area_name, locality_name, worst, target_reps, title).")
    var config: String?

    @Option(help: "The report folder to write (replaced whole if it holds an earlier report).")
    var out: String

    @Option(help: "Comma-separated indicators: NAME reads NAME_count/NAME_denominator, or else the column NAME of area values (default: every such pair in the file); or any `gapwise gaps --indicator` spec, e.g. income=income_count/Total_population.")
    var indicators: String?

    @Option(help: "Comma-separated indicators for which higher values are better, the others adverse (default: those Gapwise knows as favourable: the sample's positive_destinations; SIMD's Attendance, Attainment and University). An indicator spec's own :polarity= wins.")
    var favourable: String?

    @Option(help: "The deprivation rank column, 1 = most deprived (with --deprivation: the joined simd_rank).")
    var rank = "simd_rank"

    @OptionGroup var lookups: AreaLookupOptions

    @Option(name: .customLong("rank-total"), help: "The number of areas --rank ranks nationally (6976 with --deprivation): national bands are then ceil(rank * k / N) from each area's own rank, and a whole-country profile over fewer areas is named with its count.")
    var rankTotal: Int?

    @Option(help: "The locality column and, after '/', the column of its names.")
    var locality = "council/council_name"

    @Option(help: "Population column (weights of population-weighted bands).")
    var population = "population"

    @Option(help: "The year column (the trend uses every year; the charts the latest).")
    var year = "year"

    @Option(help: "The community column and, after '/', the column of its names (ranked within each locality).")
    var area = "datazone/datazone_name"

    @Option(help: "Quantiles: 5 (quintiles) or 10 (deciles).")
    var quantiles = 5

    @Option(help: "Confidence level of every interval.")
    var level = 0.95

    @Option(help: "Random seed of every simulation (the same seed gives the same report, byte for byte).")
    var seed: UInt64 = 1

    @Option(help: "Simulations of the communities' rank intervals.")
    var reps = 1_000

    @Option(help: "k of \"among the k worst communities\" in each locality.")
    var worst = 5

    @Option(name: .customLong("invalid-areas"), help: "An area whose count breaks its statistic's rule or has a denominator of 0: reject (stop with an error) or exclude (leave it out, counted).")
    var invalidAreas: GapsInvalidAreaPolicy = .reject

    @Option(name: .customLong("target-indicators"), help: "Comma-separated indicators to rank the communities on (default: every indicator except those with role: deprivation in the config). Overrides a config's report.target_indicators.")
    var targetIndicators: String?

    @Option(name: .customLong("sii-interval"), help: "Interval of the linear SII and RII: simulation (PHE's, from each quantile's sampling error; the default) or regression (lack of fit). Overrides a config's sii_interval.")
    var siiInterval: GapsSIIInterval?

    @Option(help: "Source of every gap measure's interval: sampling (each measure's own, from the quantiles' sampling error; the default) or bootstrap (areas resampled with replacement within each quantile, the config's replicates, default 1000 replicates, percentile limits; it reflects area-level variation, not the counts' Poisson error). Overrides a config's interval.")
    var interval: GapsIntervalSource?

    @Option(help: "Worker threads (default: every core); the report is identical for any number.")
    var threads: Int?

    @OptionGroup var input: InputOptions

    @OptionGroup var digits: DigitsOption

    func validate() throws {
        if config != nil, !files.isEmpty { throw ValidationError("give the CSV file or --config FILE, not both (the config names its input).") }
        if config != nil, lookups.joins || rankTotal != nil { throw ValidationError("with --config the batch comes from the file: --deprivation, --geography and --rank-total apply to CSV files given on the command line.") }
        if config == nil, files.isEmpty { throw ValidationError("give the CSV file, e.g. gapwise report datasets/sample/datazones.csv --out out/report.") }
    }

    func run() throws {
        var request: GapsReportRequest
        // Each data file is read once: its header, table and SHA-256 all come from the same bytes.
        var data: [InputSource]
        var inputs: [String]
        var configLookup: AreaLookupRequest?
        if let config {
            let loaded = try CLIParsing.report { () throws(AnalysisError) in try GapsReportConfig.load(config) }
            request = loaded.request
            configLookup = loaded.lookup
            data = [try CLIParsing.load(loaded.input)]
            inputs = [loaded.input, config]
        } else {
            data = try files.map(CLIParsing.load)
            inputs = files
            request = try requestFromOptions(data[0])
        }
        if let siiInterval { request.gaps.siiInterval = siiInterval }
        if let interval { request.gaps.interval = interval }
        if let targetIndicators { request.targetIndicators = CLIParsing.list(targetIndicators) }
        request.gaps.threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
        request.gaps.filters += try input.filters()
        do { try request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
        let cols = request.columns
        configLookup?.uniqueWithin = [request.gaps.year].compactMap { $0 }
        let tables = try data.map {
            if config != nil {
                return try AreaLookupOptions.readTable($0, lookup: configLookup, numeric: cols.numeric, other: cols.other, sheet: workbook.sheet)
            }
            return try lookups.readTable($0, area: request.area, numeric: cols.numeric, other: cols.other, uniqueWithin: [request.gaps.year].compactMap { $0 },
                                         sheet: workbook.sheet)
        }
        let table = try CLIParsing.report { () throws(AnalysisError) in try ReportInputTables.concatenate(tables) }
        var digests: [ReportInput] = []
        for p in inputs {
            if case let .loaded(_, bytes)? = data.first(where: { $0.path == p }) {
                var hash = SHA256()
                hash.update(bytes)
                digests.append(ReportInput(path: p, sha256: hash.hexDigest()))
                continue
            }
            do { digests.append(ReportInput(path: p, sha256: try SHA256.hex(ofFileAt: p))) } catch {
                throw CLIParsing.fail("\(p): cannot be read to compute its SHA-256 (\(error)).")
            }
        }
        let model: ReportModel
        do {
            model = try GapsReportRunner.model(request, on: table, inputs: digests, version: GapwiseInfo.version)
        } catch {
            // With several files, the file (and row) at fault is found by running on each alone.
            if tables.count > 1 {
                for t in tables {
                    do { _ = try GapsReportRunner.model(request, on: t, inputs: digests, version: GapwiseInfo.version) } catch let own {
                        throw CLIParsing.fail(own.description)
                    }
                }
            }
            throw CLIParsing.fail(error.description)
        }
        // The report folder's parent is created when missing (e.g. out/ on a fresh checkout).
        let parent = URL(fileURLWithPath: out).standardizedFileURL.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let written: ReportWriteResult
        do { written = try ReportWriter.write(model, to: out, inputs: inputs, numbers: digits.numbers) } catch { throw CLIParsing.fail(error.description) }
        print("Wrote \(written.fileCount) files (\(model.localities.count) areas) to \(written.directory)")
        print("Open \(written.indexPath) in a browser")
    }

    /// The request the options describe; indicators detected from the header when not listed.
    func requestFromOptions(_ input: InputSource) throws -> GapsReportRequest {
        let file = input.path
        let header = try CLIParsing.headerNames(input, sheet: workbook.sheet)
        let columns = Set(header)
        var names = CLIParsing.list(indicators)
        if names.isEmpty {
            names = header.filter { $0.hasSuffix("_count") }.map { String($0.dropLast(6)) }.filter { columns.contains($0 + "_denominator") }
            if names.isEmpty { throw CLIParsing.fail("\(file): no NAME_count/NAME_denominator column pairs to report on; list them with --indicators.") }
        }
        // Polarity by the library's one rule: a spec's own :polarity=, else --favourable, else the catalogue's.
        let good = favourable.map { Set(CLIParsing.list($0)) }
        var list: [GapsIndicator] = []
        for n in names {
            if n.contains("/") || n.contains(":") {
                list.append(try CLIParsing.usage { () throws(AnalysisError) in try GapsIndicator.parse(n, favourable: good) })
                continue
            }
            if columns.contains(n + "_count"), columns.contains(n + "_denominator") {
                list.append(GapsIndicator(name: n, source: .counts(numerator: n + "_count", denominator: n + "_denominator"))
                    .settlingPolarity(stated: nil, favourable: good))
            } else if columns.contains(n) {
                // A column of area values (e.g. SIMD's EMERG), averaged with the --population weights as gaps does.
                list.append(GapsIndicator(name: n, source: .values(value: n, standardError: nil)).settlingPolarity(stated: nil, favourable: good))
            } else {
                throw CLIParsing.fail("\(file): indicator \"\(n)\" is neither a column of area values nor a pair \(n)_count and \(n)_denominator\(NameSuggestion.hint(for: n, among: header)).")
            }
        }
        for g in good ?? [] where !list.contains(where: { $0.name == g }) { throw ValidationError("--favourable names \(g), which is not a reported indicator.") }
        // Role and labels of the indicators Gapwise knows (the sample's, SIMD 2020v2's).
        list = IndicatorCatalogue.withRoles(list)
        let (loc, locName) = Self.pair(locality)
        let (areaCol, areaName) = Self.pair(area)
        let gaps = GapsRequest(indicators: list, rank: rank, locality: loc, year: columns.contains(year) ? year : nil,
                               population: population, quantiles: [quantiles], levels: [level], seed: seed)
        var g = gaps
        g.invalidAreas = invalidAreas
        g.rankTotal = rankTotal ?? AreaLookupJoin.rankTotal(of: rank, deprivation: lookups.deprivation)
        var r = GapsReportRequest(gaps: g, area: areaCol, areaName: areaName, localityName: locName, worst: worst,
                                  targetReplicates: reps, title: "Inequalities of outcome")
        r.indicatorNames = IndicatorCatalogue.labels(list)
        return r
    }

    /// "council/council_name" -> ("council", "council_name"); "council" -> ("council", nil).
    static func pair(_ s: String) -> (String, String?) {
        let parts = s.split(separator: "/", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : nil)
    }
}
