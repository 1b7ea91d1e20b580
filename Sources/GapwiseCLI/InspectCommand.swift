// InspectCommand: `gapwise inspect FILE [--format json]` prints what the CSV reader reads from a file.
import ArgumentParser
import Foundation
import Gapwise

struct InspectCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Read a CSV file strictly and print its rows and, per column, type, missing count, min and max.")

    @Argument(help: "The CSV file (comma, tab or semicolon delimited; header row first) or .xlsx workbook.")
    var file: String

    @Option(help: "Output format: text (a table) or json.")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    @OptionGroup var digits: DigitsOption

    @Flag(help: "Allow columns with a blank header name if all their fields are blank, and leave them out.")
    var ignoreEmptyUnnamedColumns = false

    @OptionGroup var workbook: SheetOption

    func run() throws {
        let table: CSVTable
        do {
            table = try CSVReader.read(file: file, options: CSVReadOptions(ignoreEmptyUnnamedColumns: ignoreEmptyUnnamedColumns, sheet: workbook.sheet))
        } catch let error as CSVError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
        let kept: CSVTable
        do { kept = try table.filtered(by: try input.filters()) } catch let error as RowFilterError {
            FileHandle.standardError.write(Data(("gapwise: " + error.description + "\n").utf8))
            throw ExitCode.failure
        }
        let summary = CSVSummary(table: kept)
        print(format == .json ? summary.jsonText(numbers: digits.numbers) : summary.plainText(numbers: digits.numbers))
    }
}
