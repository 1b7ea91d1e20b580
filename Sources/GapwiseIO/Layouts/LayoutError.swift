// LayoutError: why a table read from CSV does not fit a long layout (missing column, blank key, duplicate key).

/// Why a `CSVTable` cannot be read as a long layout. Rows count the header as row 1.
package enum LayoutError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A column the layout needs is not in the file.
    case missingColumn(file: String, column: String)
    /// A column the layout needs as numbers holds text (or the reverse).
    case wrongColumnType(file: String, column: String, expected: CSVColumnType)
    /// A key field (area, indicator, period, ...) is missing on a row.
    case missingKey(file: String, row: Int, column: String)
    /// Two rows carry the same key.
    case duplicateKey(file: String, row: Int, firstRow: Int, key: String)
    /// The layout names neither a value column nor a numerator and denominator.
    case noValueColumns

    public var description: String {
        switch self {
        case let .missingColumn(file, column):
            return "\(file): the column \"\(column)\" is required but the file has none of that name"
        case let .wrongColumnType(file, column, expected):
            return "\(file): the column \"\(column)\" must hold \(expected == .number ? "numbers" : "text")"
        case let .missingKey(file, row, column):
            return "\(file):\(row):\(column): the value is missing but every row needs one"
        case let .duplicateKey(file, row, firstRow, key):
            return "\(file):\(row): the key \(key) already appears on row \(firstRow)"
        case .noValueColumns:
            return "the layout must name a value column, or both a numerator and a denominator column"
        }
    }
}

/// Column access shared by the long-layout readers.
extension CSVTable {
    func requiredText(_ name: String) throws -> CSVTextColumn {
        guard let c = self[name] else { throw LayoutError.missingColumn(file: file, column: name) }
        guard let t = c.text else { throw LayoutError.wrongColumnType(file: file, column: name, expected: .text) }
        return t
    }

    func requiredNumbers(_ name: String) throws -> CSVNumberColumn {
        guard let c = self[name] else { throw LayoutError.missingColumn(file: file, column: name) }
        guard let n = c.numbers else { throw LayoutError.wrongColumnType(file: file, column: name, expected: .number) }
        return n
    }

    func optionalNumbers(_ name: String?) throws -> CSVNumberColumn? {
        guard let name else { return nil }
        return try requiredNumbers(name)
    }
}

/// Throws `duplicateKey` for the first key seen twice (`keys[i]` belongs to data row i).
func checkUniqueKeys(_ keys: [String], file: String) throws {
    var first: [String: Int] = [:]
    for (i, key) in keys.enumerated() {
        if let j = first[key] { throw LayoutError.duplicateKey(file: file, row: i + 2, firstRow: j + 2, key: key) }
        first[key] = i
    }
}
