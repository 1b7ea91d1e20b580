// OutputOptions: the shared output option groups: --format, --output and --digits, the same in every subcommand.
import ArgumentParser
import Gapwise

/// `--digits N`: significant digits of the numbers in CSV and JSON output.
struct DigitsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Significant digits of the numbers in CSV/JSON output, 1 to 17 (default: full precision, the shortest form that reads back exactly). Counts, ranks and confidence levels are never rounded.", valueName: "n"))
    var digits: Int?

    func validate() throws {
        if let digits, !(1...17).contains(digits) {
            throw ValidationError("--digits \(digits) is not a number of significant digits from 1 to 17.")
        }
    }

    /// The number format these options ask for.
    var numbers: NumberFormat { NumberFormat(digits: digits) }
}

/// `--format csv|json`, `--output FILE` (also spelled `--out`) and `--digits N`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: csv or json.")
    var format: OutputFormat = .csv

    @Option(name: [.customLong("output"), .customLong("out")], help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var digits: DigitsOption

    /// The table in the chosen format and number format.
    func text(_ table: Table) -> String { TableWriter.text(table, format, numbers: digits.numbers) }
}

extension OutputFormat: ExpressibleByArgument {}
