// CLIParsing: the shared plumbing of the subcommands: list options, reading inputs, reporting errors, writing outputs.
import ArgumentParser
import Foundation
import Gapwise

enum CLIParsing {
    /// Splits a comma-separated option into trimmed, non-empty items.
    static func list(_ s: String?) -> [String] {
        (s ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Parses `--level 0.95,0.998`; a level written as a percentage gets a usage error that says so.
    static func levels(_ s: String) throws -> [Double] {
        try list(s).map { item in
            guard let c = Double(item), c > 0, c < 1 else {
                throw ValidationError("\(CLIFlags.name(.levels)) \(item) is not a level strictly between 0 and 1 (write 0.95, not 95).")
            }
            return c
        }
    }

    /// Parses `--worse higher|lower`, the earlier spelling of `--polarity adverse|favourable`.
    static func worseEnd(_ s: String) throws -> Polarity {
        guard let p = Polarity(worseEnd: s) else {
            throw ValidationError("write higher or lower (or --polarity adverse|favourable).")
        }
        return p
    }

    /// Prints the message on standard error and exits with status 1 (input or data error).
    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data(("gapwise: " + message + "\n").utf8))
        return ExitCode.failure
    }

    /// Reads a CSV file (or an .xlsx worksheet: the first, or `sheet`) strictly, keeping only `numeric` and `other` columns (all when both are empty).
    /// Numeric columns must hold numbers or missing markers: other text is an error naming file, row and column.
    static func readTable(_ file: String, numeric: [String] = [], other: [String] = [], sheet: String? = nil) throws -> CSVTable {
        try readTable(.path(file), numeric: numeric, other: other, sheet: sheet)
    }

    /// As `readTable(_:numeric:other:sheet:)` from a file on disk or one already read into memory.
    static func readTable(_ input: InputSource, numeric: [String] = [], other: [String] = [], sheet: String? = nil) throws -> CSVTable {
        do {
            var options = CSVReadOptions(sheet: sheet)
            let wanted = Array(Set(numeric + other)).sorted()
            if !wanted.isEmpty { options.columns = wanted }
            for c in numeric { options.columnTypes[c] = .number }
            switch input {
            case let .path(file): return try CSVReader.read(file: file, options: options)
            case let .loaded(file, bytes): return try CSVReader.read(bytes: bytes, name: file, options: options)
            }
        } catch let e as CSVError {
            throw fail(e.description)
        }
    }

    /// Reads a whole input file into memory with one open, for a command that parses, hashes and resolves
    /// names from it (the report): the file is read once, however many uses it has.
    static func load(_ file: String) throws -> InputSource {
        do { return .loaded(path: file, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))) } catch {
            throw fail("\(file): cannot be read (\((error as NSError).localizedDescription)).")
        }
    }

    /// Runs library work, turning its typed errors into a message and exit status 1.
    static func report<T>(_ body: () throws(AnalysisError) -> T) throws -> T {
        try report(naming: CLIFlags.name, body)
    }

    /// As `report(_:)`, with request fields spelled by `naming` (a config's keys for a config's run).
    static func report<T>(naming: (RequestField) -> String, _ body: () throws(AnalysisError) -> T) throws -> T {
        do { return try body() } catch { throw fail(error.rendered(naming: naming)) }
    }

    /// Runs library parsing of an option's value, turning its typed error into a usage error (exit status 64)
    /// that names the flag.
    static func usage<T>(_ body: () throws(AnalysisError) -> T) throws -> T {
        do { return try body() } catch { throw ValidationError(CLIFlags.message(error)) }
    }

    /// The column names of a CSV file's header row (or an .xlsx worksheet's), by the reader's own header
    /// rules, used to resolve options such as indicator names before the strict read.
    static func headerNames(_ file: String, sheet: String? = nil) throws -> [String] {
        try headerNames(.path(file), sheet: sheet)
    }

    static func headerNames(_ input: InputSource, sheet: String? = nil) throws -> [String] {
        do {
            switch input {
            case let .path(file): return try CSVReader.columnNames(file: file, options: CSVReadOptions(sheet: sheet))
            case let .loaded(file, bytes): return try CSVReader.columnNames(bytes: bytes, name: file, options: CSVReadOptions(sheet: sheet))
            }
        } catch let e as CSVError {
            throw fail(e.description)
        }
    }
}

/// An input file: a path to read, or its bytes already read (once) into memory.
enum InputSource {
    case path(String)
    case loaded(path: String, bytes: [UInt8])

    var path: String {
        switch self {
        case let .path(p), let .loaded(p, _): return p
        }
    }
}
