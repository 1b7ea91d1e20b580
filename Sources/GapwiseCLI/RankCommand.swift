// RankCommand: `gapwise rank FILE ...` ranks areas by one indicator or a composite index, with quantile bands.
import ArgumentParser
import Foundation
import Gapwise

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank areas by one indicator or by a composite index (JSON, YAML or TOML config), with bands.",
        discussion: """
        Rank 1 is the worst area: the largest value with --polarity adverse, the smallest with --polarity favourable, \
        the most deprived for a composite. Bands (band 1 = worst) are cut by count, ceil(rank*k/N) as SIMD \
        publishes them, by population share as Public Health Scotland does (--band-rule population \
        --population COL), or by PHEindicatormethods' phe_quantile rule (--band-rule phe, --phe-invert). With \
        --within COL ranks and bands restart in every group.

        Examples:
          gapwise rank datasets/sample/datazones.csv --area datazone --filter year=2023 \
            --numerator early_deaths_count --denominator early_deaths_denominator --polarity adverse --within council
          gapwise rank simd2016.csv --area Data_Zone --config datasets/simd2016_from_domain_ranks.json
          gapwise rank datasets/sample/datazones.csv --area datazone --filter year=2023 --value simd_rank \
            --polarity favourable --population population --summarise council_name
        """)

    @Argument(help: "The CSV file, one row per area.")
    var file: String

    @OptionGroup var workbook: SheetOption

    @Option(help: "Column of area codes.")
    var area: String

    @OptionGroup var lookups: AreaLookupOptions

    @Option(help: "Column of area names.")
    var name: String?

    @Option(help: "Column holding the indicator value (or use --numerator/--denominator, or --config).")
    var value: String?

    @Option(help: "Column of counts (rate = numerator/denominator).")
    var numerator: String?

    @Option(help: "Column of denominators.")
    var denominator: String?

    @Option(help: "adverse (higher values are worse, e.g. a mortality rate) or favourable (higher is better), as in measure --polarity.")
    var polarity: Polarity?

    @Option(help: "Which end of the indicator is worse: higher or lower (the earlier spelling of --polarity, still accepted).",
            transform: CLIParsing.worseEnd)
    var worse: Polarity?

    /// The polarity, from --polarity or its earlier spelling --worse.
    var worseEnd: Polarity? { polarity ?? worse }

    @Option(help: "A composite index configuration (.json, .yaml, .yml or .toml).")
    var config: String?

    @Option(help: "Tie policy: average, min, max, dense or first (R's ties.method).")
    var ties: TieOption = .average

    @Option(help: "Comma-separated bands: quintile, decile, vigintile, percentile (none: empty).")
    var bands: String = "decile"

    @Option(name: .customLong("band-rule"), help: "count (ceil(rank*k/N), SIMD), population (PHS population-weighted) or phe (PHEindicatormethods' phe_quantile on the values, ties at the minimum rank).")
    var bandRule: BandRule = .count

    @Option(name: .customLong("phe-invert"), help: "--band-rule phe: PHE's invert; true puts the highest value in band 1, false the lowest (default: the worse end, from --polarity).")
    var pheInvert: Bool?

    @Option(help: "Population column (for --band-rule population).")
    var population: String?

    @Option(help: "Rank within the groups of this column (e.g. council) instead of nationally.")
    var within: String?

    @Option(name: .customLong("rank-total"), help: ArgumentHelp("The --value column is a national rank out of N areas (1 = most deprived with --polarity favourable; 6976 by default for the simd_rank of --deprivation): the output rank is that national rank and bands are ceil(rank*k/N), however few areas the file holds; a note says how many it holds.", valueName: "N"))
    var rankTotal: Int?

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Summarise the national ranking by this column (e.g. council), as England's IoD summarises local authorities: population-weighted average rank and score, extent, share of areas in the most deprived 10%, local concentration. Needs --population.", valueName: "column"))
    var summarise: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        let sources = [value != nil, numerator != nil || denominator != nil, config != nil].filter { $0 }.count
        guard sources == 1 else { throw ValidationError("give exactly one of --value, --numerator/--denominator or --config.") }
        if (numerator == nil) != (denominator == nil) { throw ValidationError("--numerator and --denominator go together.") }
        if polarity != nil && worse != nil { throw ValidationError("give --polarity or --worse (its earlier spelling), not both.") }
        if config == nil && worseEnd == nil { throw ValidationError("say which end is worse: --polarity adverse (higher is worse) or --polarity favourable.") }
        if config != nil && worseEnd != nil { throw ValidationError("\(CLIFlags.spelling("--polarity", alias: "--worse")) applies to one indicator; a composite states polarity in its config.") }
        if summarise != nil && within != nil {
            throw ValidationError("--summarise needs the national ranking; drop --within.")
        }
        if summarise != nil && population == nil {
            throw ValidationError("--summarise gives population-weighted summaries: add --population COL.")
        }
        for b in CLIParsing.list(bands) where BandKind(rawValue: b) == nil {
            throw ValidationError("--bands \(b) is not one of quintile, decile, vigintile, percentile.")
        }
    }

    func run() throws {
        let filters = try input.filters()
        let subject: RankSubject
        var numeric: [String] = [population].compactMap { $0 }
        if let config {
            let spec = try CLIParsing.report { () throws(AnalysisError) in try CompositeSpec.load(path: config) }
            subject = .composite(spec)
            numeric += spec.inputColumns
        } else if let value {
            subject = .indicator(.value(column: value, standardError: nil), polarity: worseEnd!)
            numeric.append(value)
        } else {
            subject = .indicator(.counts(count: numerator!, denominator: denominator!), polarity: worseEnd!)
            numeric += [numerator!, denominator!]
        }
        var request = RankRequest(area: area, name: name, within: within, filters: filters, subject: subject,
                                  ties: ties.method, bands: CLIParsing.list(bands).compactMap(BandKind.init(rawValue:)),
                                  bandRule: bandRule, population: population)
        // The joined simd_rank is national out of 6,976, unless ranked within groups, banded by population or summarised.
        request.rankTotal = rankTotal ?? (within == nil && bandRule == .count && summarise == nil
                                          ? value.flatMap { AreaLookupJoin.rankTotal(of: $0, deprivation: lookups.deprivation) } : nil)
        request.pheInvert = pheInvert
        do { try request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
        let other = ([area, name, within, summarise].compactMap { $0 } + filters.map(\.column)).filter { !numeric.contains($0) }
        let table = try lookups.readTable(file, area: area, numeric: Array(Set(numeric)), other: other, sheet: workbook.sheet)
        if let summarise {
            let rows = try CLIParsing.report { () throws(AnalysisError) in try RankAnalysis.summaries(request, by: summarise, on: table) }
            try CLIParsing.emit(output.text(RankAnalysis.summariesTable(rows, locality: summarise)),
                                to: output.output, flag: output.outputFlag, inputs: [file] + (config.map { [$0] } ?? []))
            return
        }
        let report = try CLIParsing.report { () throws(AnalysisError) in try RankAnalysis.run(request, on: table) }
        let valueName = config != nil ? "score" : (value ?? "rate")
        let text = output.format == .csv ? report.csv(valueName: valueName, numbers: output.digits.numbers)
                                         : report.json(valueName: valueName, numbers: output.digits.numbers)
        try CLIParsing.emit(text, to: output.output, flag: output.outputFlag, inputs: [file] + (config.map { [$0] } ?? []))
        if let note = report.coverageNote { FileHandle.standardError.write(Data("gapwise: note: \(note)\n".utf8)) }
    }
}

extension BandRule: ExpressibleByArgument {}

enum TieOption: String, ExpressibleByArgument, CaseIterable {
    case average, min, max, dense, first
    var method: Ranking.TieMethod {
        switch self { case .average: .average; case .min: .min; case .max: .max; case .dense: .dense; case .first: .first }
    }
}
