// CommunitiesCommand: `gapwise communities FILE ...` scores each community against its locality and its peers (CPOP's method).
import ArgumentParser
import Foundation
import Gapwise

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Score every community against its locality and similar communities, with improvement (CPOP's method).",
        discussion: """
        The Improvement Service's Community Planning Outcomes Profile (CPOP), reproduced. For each area (e.g. \
        intermediate zone) and indicator: the locality score, a z-score among the areas of its --locality \
        (mean and sample SD, unweighted), and the peer score, the same among the areas of its --peer-group \
        (e.g. CPOP's typology group) across the whole file; both signed so that higher is better. Indicators \
        listed in --favourable are higher-is-better, the others adverse; a long file may say it per row instead \
        (favourable=COL holding Yes or No, CPOP's "High is Positive").

        With --from P1 --to P2, the change is P2/P1 - 1 (a value of 0 counts as missing; signed so that above \
        0 is an improvement), z-scored over every area, then standardised again within the locality and \
        within the peer group. The summary (--summary-output) gives per area the sum of its scores, its rank \
        within the locality (1 = poorest; ties averaged), its 7-tile, the sum of its change scores ranked \
        within the locality (1 = least improved), and the indicator with the lowest score of each kind. Peer \
        and change scores need every area of the country, so filter periods, not areas: --only-localities \
        narrows the output.

        Example: gapwise communities IGZ.csv --long area=InterZone,indicator=Indicator,value=value,\
        period=Year,favourable="High is Positive" --locality CPP --peer-group Typology_Group --method cpop \
        --only-localities "Glasgow City" --output scores.csv --summary-output summary.csv
        """)

    @Argument(help: "The CSV file: one row per area, indicator and period (--long), or per area and period (--area).")
    var file: String

    @OptionGroup var workbook: SheetOption

    @Option(help: ArgumentHelp("A long file: area=COL,indicator=COL,value=COL, with period=COL when it holds several periods and favourable=COL for a Yes/No polarity column.", valueName: "spec"))
    var long: String?

    @Option(help: "A wide file (one column per indicator): the column of area codes.")
    var area: String?

    @Option(help: "Comma-separated indicators: the indicator columns of a wide file; of a long file, the indicators scored (default: all).")
    var indicators: String?

    @Option(help: "A wide file's period column (a long file names it in --long).")
    var period: String?

    @Option(help: "The locality column (CPOP's partnership, e.g. CPP): areas are scored and ranked within it.")
    var locality: String

    @Option(name: .customLong("peer-group"), help: "The peer-group column (CPOP's Typology_Group: similar communities across localities).")
    var peerGroup: String?

    @Option(help: "Comma-separated indicators where higher values are better; the others are adverse.")
    var favourable: String?

    @Option(help: "The scoring method: cpop (the Improvement Service's Community Planning Outcomes Profile).")
    var method: CommunitiesMethod = .cpop

    @Option(help: "The period a change is measured from (with --to).")
    var from: String?

    @Option(help: "The period scored, and the end of a change (needed when the file holds several periods).")
    var to: String?

    @Option(help: "A missing value: error (stop, naming the row) or exclude (its scores are missing and it is left out of its groups' means and SDs).")
    var missing: CommunitiesMissingPolicy = .error

    @Option(name: .customLong("only-localities"), help: "Comma-separated localities whose areas are output (scores are computed over every area).")
    var onlyLocalities: String?

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("summary-output"), help: "Write the per-area summary (combined scores, ranks, 7-tile, drivers) here.")
    var summaryOutput: String?

    func validate() throws {
        if (long == nil) == (area == nil) { throw ValidationError("give the layout: --long area=COL,indicator=COL,value=COL for a long file, or --area COL with --indicators for a wide one.") }
        if long != nil && period != nil { throw ValidationError("with --long the period column is named in it (period=COL): leave out --period.") }
        if area != nil && indicators == nil { throw ValidationError("a wide file needs its indicator columns: --indicators COL1,COL2,...") }
    }

    /// Request fields as this command's flags (`indicators` is `--indicators` here, a comma list).
    static func flag(_ field: RequestField) -> String { field == .indicators ? "--indicators" : CLIFlags.name(field) }

    func run() throws {
        let layout: CommunitiesLayout
        if let long {
            do { layout = try CommunitiesLayout.parseLong(long) } catch { throw ValidationError(error.rendered(naming: Self.flag)) }
        } else {
            layout = .wide(area: area!, indicators: CLIParsing.list(indicators), period: period)
        }
        let request = CommunitiesRequest(
            layout: layout, locality: locality, peerGroup: peerGroup, indicators: long == nil ? [] : CLIParsing.list(indicators),
            favourable: CLIParsing.list(favourable), method: method, from: from, to: to, filters: try input.filters(),
            missing: missing, onlyLocalities: CLIParsing.list(onlyLocalities))
        do { try request.validate() } catch { throw ValidationError(error.rendered(naming: Self.flag)) }
        let numeric: [String]
        var other = [locality, layout.area] + [peerGroup, layout.period].compactMap { $0 }
        switch layout {
        case let .long(_, indicator, value, _, favourableColumn):
            numeric = [value]
            other += [indicator] + [favourableColumn].compactMap { $0 }
        case let .wide(_, names, _):
            numeric = names
        }
        other += request.filters.map(\.column)
        let table = try CLIParsing.readTable(file, numeric: numeric, other: other.filter { !numeric.contains($0) }, sheet: workbook.sheet)
        let result = try CLIParsing.report(naming: Self.flag) { () throws(AnalysisError) in try CommunitiesAnalysis.run(request, on: table) }
        for note in result.notes { FileHandle.standardError.write(Data("gapwise: note: \(note)\n".utf8)) }
        let scores = output.text(result.scoresTable())
        var files: [CLIOutput] = []
        if let path = output.output { files.append(CLIOutput(flag: output.outputFlag, path: path, text: scores)) }
        if let path = summaryOutput { files.append(CLIOutput(flag: "--summary-output", path: path, text: output.text(result.summaryTable()))) }
        files.append(CLIOutput(flag: "", path: nil, text: output.output == nil ? scores : ""))
        try CLIParsing.emit(files, inputs: [file])
    }
}

extension CommunitiesMethod: ExpressibleByArgument {}
extension CommunitiesMissingPolicy: ExpressibleByArgument {}
