// FunnelCommand: `gapwise funnel FILE ...` prints PHE funnel plot limits per area, or at 100 points for drawing.
import ArgumentParser
import Foundation
import Gapwise

struct FunnelCommand: ParsableCommand {
    enum Statistic: String, ExpressibleByArgument, CaseIterable { case proportion, ratio, rate }
    enum RatioType: String, ExpressibleByArgument, CaseIterable { case count, isr }
    enum RateType: String, ExpressibleByArgument, CaseIterable { case dsr, crude }

    static let configuration = CommandConfiguration(
        commandName: "funnel",
        abstract: "Funnel plot control limits (95% and 99.8%) as PHEindicatormethods computes them.",
        discussion: """
        Each row is an area. Proportions (default): --numerator and --denominator; each area gets the funnel's \
        limits at its denominator around the pooled proportion and PHE's label (Low/High (0.025 or 0.001), Not \
        significant). Ratios: observed --numerator over expected --denominator (--ratio-type count plots O/E - 1, \
        isr O/E x 100). Rates: --numerator events, --rate, --rate-type dsr|crude, --years. For ratios and rates \
        each area gets its own 95% and 99.8% interval (exact below 10 events, Byar above), compared with the \
        baseline as PHE does. --limits prints instead the 100 points PHE draws the funnel through. Rows with a \
        missing value are left out; a missing value is never read as zero.
        """)

    @Argument(help: "The CSV file, one row per area.")
    var file: String

    @OptionGroup var workbook: SheetOption

    @Option(help: "proportion, ratio or rate.")
    var statistic: Statistic = .proportion

    @Option(help: "Column of each area's numerator (events; observed events for a ratio).")
    var numerator: String

    @Option(help: "Column of each area's denominator (population; expected events for a ratio; optional for crude rates).")
    var denominator: String?

    @Option(help: "Rates: column of each area's rate per --multiplier.")
    var rate: String?

    @Option(name: .customLong("ratio-type"), help: "Ratios: count (plot O/E - 1) or isr (O/E x 100).")
    var ratioType: RatioType = .isr

    @Option(name: .customLong("rate-type"), help: "Rates: dsr (denominators derived from events and rate) or crude.")
    var rateType: RateType = .dsr

    @Option(help: "Rates: the number of years the data cover.")
    var years: Double = 1

    @Option(help: "Multiplier of the plotted values (default 100 for proportions, 100000 for rates). Ratios take none: their scale is --ratio-type.")
    var multiplier: Double?

    @Option(help: "Column naming each area (default: the row number in the file).")
    var id: String?

    @Flag(help: "Print the 100 points of the funnel's limits instead of each area's.")
    var limits = false

    @OptionGroup var input: InputOptions

    @OptionGroup var out: OutputOptions

    /// A multiplier a ratio funnel would not use is refused, never ignored.
    func validate() throws {
        if statistic == .ratio, multiplier != nil {
            throw ValidationError("--multiplier does not apply to ratio funnels: they plot O/E - 1 (--ratio-type count) or O/E x 100 (--ratio-type isr). Leave --multiplier out.")
        }
    }

    func run() throws {
        let stat: FunnelStatistic
        switch statistic {
        case .proportion: stat = .proportion
        case .ratio: stat = .ratio(ratioType == .count ? .count : .isr)
        case .rate: stat = .rate(rateType == .dsr ? .dsr : .crude, years: years)
        }
        let request = FunnelRequest(statistic: stat, numerator: numerator, denominator: denominator, rate: rate,
                                    multiplier: multiplier ?? (statistic == .rate ? 100_000 : 100), id: id,
                                    filters: try input.filters())
        let table = try CLIParsing.readTable(file, numeric: [numerator, denominator, rate].compactMap { $0 },
                                             other: [id].compactMap { $0 } + input.columns, sheet: workbook.sheet)
        let text: String
        if limits {
            let t = try CLIParsing.report { () throws(AnalysisError) in try FunnelRunner.limits(request, on: table) }
            text = out.text(FunnelRunner.table(t))
        } else {
            let a = try CLIParsing.report { () throws(AnalysisError) in try FunnelRunner.areas(request, on: table) }
            text = out.text(FunnelRunner.table(ids: a.ids, areas: a.areas))
        }
        try CLIParsing.emit(text, to: out.output, flag: out.outputFlag, inputs: [file])
    }
}
