// TestTable: reads a real CSV file for tests through Gapwise's own reader, with text and number column access.
import Foundation
import GapwiseIO

/// A CSV file read by `CSVReader` (so the tests exercise the same reader as the product), with every column
/// also available as the text of its cells.
public struct TestTable {
    public let table: CSVTable

    public init(contentsOf url: URL) throws {
        // Read once to learn the header, then again with every column as text so codes keep their spelling.
        let probe = try CSVReader.read(file: url.path)
        var options = CSVReadOptions()
        for c in probe.columns { options.columnTypes[c.name] = .text }
        table = try CSVReader.read(file: url.path, options: options)
    }

    /// The header names.
    public var header: [String] { table.columns.map(\.name) }

    /// The cells of a column as written (a missing column is a programmer error in the test). Header names
    /// are trimmed by the reader, so the name asked for is trimmed too.
    public func column(_ name: String) -> [String] {
        guard let t = table[name.trimmingCharacters(in: .whitespaces)]?.text else { preconditionFailure("no column \(name) in \(header)") }
        return t.values
    }

    /// The cells parsed as numbers (a non-number is a programmer error in the test).
    public func numbers(_ name: String) -> [Double] {
        column(name).map { s in
            guard let v = Double(s) else { preconditionFailure("\(name): \(s) is not a number") }
            return v
        }
    }
}
