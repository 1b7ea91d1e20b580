// MeasureBatch: one measure request over many input files, one output file each, failures collected not fatal.
import GapwiseIO

/// Runs one `MeasureRequest` over several CSV files, writing one result file per input into a folder.
///
/// Files are processed one at a time, in the order given, and each file's table is released before the
/// next is read, so memory is bounded by the largest single file, not by the number of files. Each
/// output is written with `AtomicFileWriter` (temporary file, fsync, rename): a file that fails leaves
/// no output of its own and never touches another file's output. A failure (unreadable file, bad value,
/// unwritable output) is recorded with its message and the batch goes on.
///
/// Output names: `<input name without its extension>.measure.csv` (or `.json`) in `directory`; two
/// inputs with the same name are refused before anything runs (`outputCollision`).
public struct MeasureBatch: Sendable {
    /// One input that produced no output, with the sentence saying why (it names file, row and column).
    public struct Failure: Sendable, Equatable {
        public let file: String
        public let message: String
    }

    public let request: MeasureRequest
    public let directory: String
    public let format: OutputFormat
    /// For .xlsx inputs, the worksheet to read (nil: each workbook's first sheet).
    public let sheet: String?
    /// How numbers are written (full precision by default).
    public let numbers: NumberFormat

    public init(request: MeasureRequest, directory: String, format: OutputFormat, sheet: String? = nil, numbers: NumberFormat = .full) {
        self.sheet = sheet
        self.request = request
        self.directory = directory
        self.format = format
        self.numbers = numbers
    }

    /// The output path for `input`: `directory/<stem>.measure.<format>`.
    public func outputPath(for input: String) -> String {
        var name = input.split(separator: "/").last.map(String.init) ?? input
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return (directory.hasSuffix("/") ? directory : directory + "/") + name + ".measure." + format.rawValue
    }

    /// The first pair of inputs whose outputs would have the same path, if any.
    public func outputCollision(_ files: [String]) -> (String, String)? {
        var seen: [String: String] = [:]
        for f in files {
            if let other = seen.updateValue(f, forKey: outputPath(for: f)) { return (other, f) }
        }
        return nil
    }

    /// Runs every file; `progress` is called after each with the file and its failure message (nil on success).
    /// Returns the failures, in input order.
    public func run(_ files: [String], progress: (String, String?) -> Void = { _, _ in }) -> [Failure] {
        var failures: [Failure] = []
        for file in files {
            let message = runOne(file)
            if let message { failures.append(Failure(file: file, message: message)) }
            progress(file, message)
        }
        return failures
    }

    /// Reads, measures and writes one file; returns the failure message, or nil when the output was written.
    func runOne(_ file: String) -> String? {
        let table: CSVTable
        var options = request.readOptions()
        options.sheet = sheet
        do { table = try CSVReader.read(file: file, options: options) } catch let e as CSVError {
            return e.description
        } catch {
            return "\(file): \(error)"
        }
        let rows: [MeasureResult]
        do { rows = try MeasureRunner.run(request, on: table) } catch { return error.description }
        let shown = rows.allSatisfy(\.intervals.isEmpty) ? [] : request.confidence
        let text = TableWriter.text(ResultFormat.table(rows, by: request.by, levels: shown), format, numbers: numbers)
        do { try AtomicFileWriter.write(text, to: outputPath(for: file), inputs: [file]) } catch { return error.description }
        return nil
    }
}

extension MeasureRequest {
    /// The CSV options that read just the columns this request uses: the numeric roles as numbers (text
    /// in them is an error naming the row), grouping, subgroup, partition and area columns as read.
    public func readOptions() -> CSVReadOptions {
        let numeric = [value, numerator, denominator, population, rankBy, standardError, order, lowerLimit, upperLimit].compactMap { $0 } + standardisation.columns + lifeTable.numericColumns
        let other = by + [subgroup, partition, area, lifeTable.ageBand].compactMap { $0 } + filters.map(\.column)
        var options = CSVReadOptions()
        let wanted = Array(Set(numeric + other)).sorted()
        if !wanted.isEmpty { options.columns = wanted }
        for c in numeric { options.columnTypes[c] = .number }
        return options
    }
}
