// MeasureCommand: `gapwise measure FILE --measure ...` computes inequality measures per group, with intervals.
import ArgumentParser
import Foundation
import Gapwise

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Compute inequality measures over the areas (rows) of a CSV file, per group, with confidence intervals.",
        discussion: """
        Each row is an area (e.g. a data zone). Give the area values with --value, or counts with \
        --numerator and --denominator (value = numerator/denominator x --multiplier). Rows with a missing \
        value are left out and counted in the `excluded` column; a missing value is never read as zero.

        Measures: \(MeasureSpec.knownCodes.joined(separator: ", ")). Parameters follow a colon: \
        atkinson:1, ge:0.5, kolm:2. Intervals are percentile-bootstrap intervals over areas, seeded.

        WHO HEAT and ScotPHO measures compare subgroups: each row of a group is one subgroup (e.g. a \
        decile) named by --subgroup, with its estimate in --value, optional --se, --population and \
        --order (1 = most disadvantaged). Their intervals are analytic where a formula exists, else simulated.

        PHEindicatormethods' SII/RII (phe_sii, phe_rii) also take quantile rows: --value, --population, --se or \
        --lower/--upper, --order; --value-type, --transform and --sii-multiplier as in phe_sii. The pooled \
        statistics proportion (Wilson), rate (Byar; exact below 10 events) and mean (t) summarise each group.

        Age-standardised measures read one row per age band, grouped by area (--by): dsr (PHE calculate_dsr, \
        Dobson limits; dsr:1000 per 1,000), isratio and israte (PHE calculate_ISRatio/ISRate: exact limits below \
        10 events, else Byar; isratio:100 for x 100, israte:1000 per 1,000), with the band's events in \
        --numerator and its population in --denominator. See --standard-population, --reference-events, \
        --reference-population, --event-frequencies and --missing-band-counts.

        Life expectancy reads one row per age band (0, 1-4, 5-9, ..., 85+ or 90+), grouped by area (--by), \
        with the band in --age-band, its deaths in --numerator and its population in --denominator: \
        life_expectancy (PHE phe_life_expectancy: Chiang II life table, Silcocks limits; life_expectancy:65 at \
        age 65) and healthy_life_expectancy (Sullivan, with --healthy-prevalence and --respondents). An area PHE \
        would give NA (a band with no population, a missing band, deaths above population, 5,000 people or \
        fewer) gets an empty value and its method says why.

        duncan is CPOP's Duncan index per group (e.g. --by la,year): zones ordered by --value, cumulative shares \
        of --deprived and --non-deprived people; no value when over 20% of the zones lack the outcome. Zones with \
        a missing outcome are left out and counted in `excluded`; --compat cpop keeps them last, as CPOP does.

        Example: gapwise measure datasets/sample/datazones.csv --value emergency_rate \
        --population population --by council --measure gini,theil_t,atkinson:0.5
        """)

    @Argument(help: "The CSV file, one row per area; several files (with --output-dir) are measured one by one.")
    var files: [String]

    @OptionGroup var workbook: SheetOption

    @Option(help: "Comma-separated measure codes (see above).")
    var measure: String

    @Option(help: "Column holding each area's value.")
    var value: String?

    @Option(help: "Column holding each area's count (with --denominator).")
    var numerator: String?

    @Option(help: "Column holding each area's denominator (with --numerator).")
    var denominator: String?

    @Option(name: [.customLong("multiplier"), .customLong("scale")],
            help: "The units values are per (100 for a percentage, 100000 for a rate per 100,000): counts become numerator/denominator x it, the HEAT/ScotPHO measures read subgroup estimates as per it, and dsr and israte are rates per it (dsr:1000 spells it too; the two must agree). Default: counts as plain ratios, subgroup estimates as percentages, dsr and israte per 100000. --scale, HEAT's name for it, is the same option.")
    var multiplier: Double?

    @Option(help: "Column of population weights (areas weighted by population).")
    var population: String?

    @Option(help: "Comma-separated grouping columns: one result per combination (e.g. council).")
    var by: String?

    @Option(name: .customLong("rank-by"), help: "Ranking variable of the concentration indices (e.g. an SIMD rank, 1 = most deprived).")
    var rankBy: String?

    @Option(help: ArgumentHelp("conc_wagstaff, conc_erreygers: the bounds of the outcome, e.g. 0,100 for a percentage (default 0,1).", valueName: "LO,HI"))
    var bounds: String?

    @Option(name: .customLong("conc-interval"), help: "The concentration indices' interval: bootstrap (percentile, over areas; default) or analytic (Kakwani, Wagstaff & van Doorslaer 1997 variance, normal limits; unweighted areas).")
    var concInterval: ConcIntervalOption = .bootstrap

    @Option(help: "HEAT/ScotPHO measures: the column naming each row's subgroup (e.g. decile).")
    var subgroup: String?

    @Option(help: "HEAT/ScotPHO measures: the column of each subgroup's standard error.")
    var se: String?

    @Option(help: "HEAT/ScotPHO measures: the column of subgroup order, 1 = most disadvantaged (ordered measures).")
    var order: String?

    @Option(help: "Indicator polarity: adverse (higher is worse, e.g. a mortality rate) or favourable.")
    var polarity: Polarity = .adverse


    @Option(help: "HEAT/ScotPHO measures: the name of a reference subgroup.")
    var reference: String?

    @Option(help: "Reproduce a peer's known quirks exactly: heat, scotpho or cpop (default: the correct methods). cpop: duncan keeps zones with a missing outcome last in its cumulative sums, as CPOP's R code does.")
    var compat: Compat?

    @Option(help: "duncan: the column counting each zone's deprived people (e.g. income-deprived).")
    var deprived: String?

    @Option(name: .customLong("non-deprived"), help: "duncan: the column counting each zone's other (non-deprived) people.")
    var nonDeprived: String?

    @Option(help: "theil_between/theil_within, ge_between/ge_within: the column that splits the areas into parts (e.g. council).")
    var partition: String?

    @Option(help: "Also write each group's Lorenz curve points (population share, value share) to this CSV file.")
    var lorenz: String?

    @Option(name: [.customLong("level"), .customLong("confidence")],
            help: "Comma-separated confidence levels, e.g. 0.95 or 0.95,0.998 (--confidence is the earlier spelling, still accepted).")
    var confidence: String = "0.95"

    @Option(help: "Replicates: bootstrap resamples (default 2000; 0: no intervals), PHE SII/RII repetitions (default 100000), HEAT simulations (default 10000).")
    var reps: Int?

    @Option(name: .customLong("value-type"), help: "phe_sii/phe_rii: the kind of value: normal, rate (log scale) or proportion (logit scale).")
    var valueType: ValueTypeOption = .normal

    @Flag(help: "phe_sii/phe_rii: fit on the transformed (log or logit) scale, as PHE's transform = TRUE.")
    var transform = false

    @Option(name: .customLong("sii-multiplier"), help: "phe_sii/phe_rii: a factor the SII and its limits are multiplied by (PHE's multiplier argument; negative reverses the sign and inverts the RII). Not the units of the values (--multiplier).")
    var siiMultiplier: Double = 1

    @Option(help: "phe_sii/phe_rii: column of each quantile's lower 95% limit (with --upper, instead of --se).")
    var lower: String?

    @Option(help: "phe_sii/phe_rii: column of each quantile's upper 95% limit (with --lower, instead of --se).")
    var upper: String?

    @Option(help: "rate, isratio, israte: their Poisson limits: phe (exact below 10 events, Byar from 10; default) or byar (Byar's approximation at every count).")
    var method: PoissonLimitRule = .phe

    @Option(help: "Random seed of the bootstrap (the same seed gives identical output).")
    var seed: UInt64 = 1

    @OptionGroup var input: InputOptions

    @OptionGroup var out: OutputOptions

    @Option(name: .customLong("output-dir"), help: "Write one result file per input into this folder (<input name>.measure.csv or .json), each atomically; a failing file is reported and the others go on.")
    var outputDir: String?

    @Option(help: "Column of area codes (e.g. data zone codes): each must be a GSS code of a known kind and appear once per group.")
    var area: String?

    @OptionGroup var lookups: AreaLookupOptions

    @Option(name: .customLong("rank-total"), help: ArgumentHelp("Refused: measure cuts no bands from a rank (its concentration indices rank the areas measured in each group). For national bands, group by a band column, e.g. --by simd_quintile with --deprivation.", valueName: "N"))
    var rankTotal: Int?

    @OptionGroup var standardisation: StandardisationOptions

    @OptionGroup var lifeTable: LifeTableOptions

    /// Checks the options before anything is read, so misuse gets the usage error (exit 64) of this subcommand.
    func validate() throws {
        if outputDir != nil, out.output != nil { throw ValidationError("--output and --output-dir cannot be used together: --output names one file, --output-dir a folder for one file per input.") }
        if outputDir != nil, lorenz != nil { throw ValidationError("--lorenz writes one file and cannot be combined with --output-dir.") }
        if outputDir != nil, lookups.joins { throw ValidationError("--deprivation and --geography join one file: leave out --output-dir.") }
        if rankTotal != nil {
            throw ValidationError("--rank-total applies where bands are cut from a rank (gaps, report, rank); measure cuts none: its concentration indices rank the areas measured in each group. For national bands, group by a band column: --by simd_quintile with --deprivation simd2020v2, or your own.")
        }
        if files.count > 1, outputDir == nil { throw ValidationError("several input files need --output-dir DIR (one result file per input).") }
        _ = try makeRequest()
    }

    /// The library request these options describe; its own consistency rules become usage errors.
    func makeRequest() throws -> MeasureRequest {
        let levels = try CLIParsing.levels(confidence)
        var range: (Double, Double) = (0, 1)
        if let bounds {
            do { range = try MeasureSpec.bounds(bounds) } catch { throw ValidationError(CLIFlags.message(error)) }
        }
        var specs: [MeasureSpec] = []
        for code in CLIParsing.list(measure) {
            do { specs.append(try MeasureSpec.parse(code, bounds: range)) } catch { throw ValidationError(error.description) }
        }
        if bounds != nil, !specs.contains(where: { spec in
            if case .concentration(.wagstaff)? = spec.measure { return true }
            if case .concentration(.erreygers)? = spec.measure { return true }
            return false
        }) {
            throw ValidationError("--bounds applies to conc_wagstaff and conc_erreygers, and neither is requested.")
        }
        var request = MeasureRequest(
            measures: specs, value: value, numerator: numerator, denominator: denominator, multiplier: multiplier,
            population: population, by: CLIParsing.list(by),
            rankBy: rankBy ?? (lookups.deprivation != nil && specs.contains(where: \.needsRanking) ? "simd_rank" : nil),
            confidence: levels, replicates: reps, seed: seed,
            subgroup: subgroup, standardError: se, order: order,
            polarity: polarity, reference: reference,
            compatibility: compat?.grouped ?? .standard)
        request.valueType = valueType.kind
        request.transform = transform
        request.siiFactor = siiMultiplier
        request.lowerLimit = lower
        request.upperLimit = upper
        request.partition = partition
        request.area = area
        request.filters = try input.filters()
        request.standardisation = standardisation.inputs
        request.lifeTable = lifeTable.inputs
        request.concentrationInterval = concInterval.method
        request.poissonLimits = method
        request.deprived = deprived
        request.nonDeprived = nonDeprived
        request.duncanMissing = compat == .cpop ? .keptLast : .leftOut
        do { try request.validate() } catch { throw ValidationError(CLIFlags.message(error)) }
        return request
    }

    func run() throws {
        let request = try makeRequest()
        let levels = request.confidence
        if let outputDir {
            try MeasureBatchReport.run(MeasureBatch(request: request, directory: outputDir, format: out.format, sheet: workbook.sheet,
                                                    numbers: out.digits.numbers), files: files)
            return
        }
        let file = files[0]
        let table = try lookups.readTable(
            file, area: area, numeric: [value, numerator, denominator, population, rankBy, se, order, lower, upper, deprived, nonDeprived].compactMap { $0 } + request.standardisation.columns + request.lifeTable.numericColumns,
            other: request.by + [subgroup, partition, area, request.lifeTable.ageBand].compactMap { $0 } + input.columns, uniqueWithin: request.by, sheet: workbook.sheet)
        let rows = try CLIParsing.report { () throws(AnalysisError) in try MeasureRunner.run(request, on: table) }
        let shown = rows.allSatisfy(\.intervals.isEmpty) ? [] : levels
        let text = out.text(ResultFormat.table(rows, by: request.by, levels: shown))
        // Every output is made before any is written; the files are then written all-or-nothing.
        var outputs = [CLIOutput(flag: out.outputFlag, path: out.output, text: text)]
        if let lorenz {
            let curves = try CLIParsing.report { () throws(AnalysisError) in try LorenzPoints.csv(request, on: table, numbers: out.digits.numbers) }
            outputs.append(CLIOutput(flag: "--lorenz", path: lorenz, text: curves))
        }
        try CLIParsing.emit(outputs, inputs: [file])
    }
}


enum ConcIntervalOption: String, ExpressibleByArgument, CaseIterable {
    case bootstrap, analytic
    var method: ConcentrationIntervalMethod { self == .bootstrap ? .bootstrap : .analytic }
}

enum ValueTypeOption: String, ExpressibleByArgument, CaseIterable {
    case normal, rate, proportion
    var kind: SIIValueType { self == .normal ? .normal : self == .rate ? .rate : .proportion }
}

extension Polarity: ExpressibleByArgument {}
extension PoissonLimitRule: ExpressibleByArgument {}
enum Compat: String, ExpressibleByArgument, CaseIterable {
    case heat, scotpho, cpop
    /// The grouped measures' compatibility mode (cpop changes none of them).
    var grouped: GroupedCompatibility {
        switch self {
        case .heat: return .heat
        case .scotpho: return .scotpho
        case .cpop: return .standard
        }
    }
}
