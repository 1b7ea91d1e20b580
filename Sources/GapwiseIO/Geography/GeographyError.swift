// GeographyError: why a geography lookup cannot be loaded or a join cannot be made (file, row, column, rule).

/// Why a geography lookup cannot be loaded, or a table cannot be joined to one. Rows count the
/// header as row 1 (the first data row is row 2), as in `CSVError`. Each `description` is a
/// sentence prefixed `file:row:column:` where those are known.
package enum GeographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A column the lookup layout (or the join) needs is not in the file.
    case missingColumn(file: String, column: String)
    /// A column of codes or names was read as numbers.
    case notText(file: String, column: String)
    /// A code or name is missing (blank or a missing marker) on a lookup row.
    case missingValue(file: String, row: Int, column: String)
    /// A value in a code column is not a valid code of the column's level.
    case invalidCode(file: String, row: Int, column: String, problem: AreaCodeError)
    /// An area of the finest level appears on two rows of the lookup.
    case duplicateArea(file: String, row: Int, column: String, code: AreaCode, firstRow: Int)
    /// An area is mapped to two different parents at the same level (on `row` and on `firstRow`).
    case conflictingParent(file: String, row: Int, column: String, code: AreaCode, parent: AreaCode,
                           firstParent: AreaCode, firstRow: Int)
    /// An area is given two different names (on `row` and on `firstRow`).
    case conflictingName(file: String, row: Int, column: String, code: AreaCode, name: String,
                         firstName: String, firstRow: Int)
    /// The lookup has no data rows.
    case emptyLookup(file: String)
    /// A join was asked for at a level the lookup does not have.
    case levelNotInLookup(level: GeographyLevel, available: [GeographyLevel])
    /// A join would add a column whose name the table already uses.
    case columnExists(file: String, column: String)
    /// A join that had to be complete was not (see the report for counts and examples).
    case incompleteJoin(GeographyJoinReport)

    public var description: String {
        switch self {
        case let .missingColumn(file, column):
            return "\(file): the column \"\(column)\" is required but the file has none of that name"
        case let .notText(file, column):
            return "\(file): the column \"\(column)\" must hold area codes or names, but it was read as numbers"
        case let .missingValue(file, row, column):
            return "\(file):\(row):\(column): the value is missing, but every row of a geography lookup needs one"
        case let .invalidCode(file, row, column, problem):
            return "\(file):\(row):\(column): \(problem)"
        case let .duplicateArea(file, row, column, code, firstRow):
            return "\(file):\(row):\(column): \(code) already appears on row \(firstRow); each area may appear once"
        case let .conflictingParent(file, row, column, code, parent, firstParent, firstRow):
            return "\(file):\(row):\(column): \(code) is placed in \(parent) here but in \(firstParent) on row \(firstRow); an area must have one parent"
        case let .conflictingName(file, row, column, code, name, firstName, firstRow):
            return "\(file):\(row):\(column): \(code) is named \"\(name)\" here but \"\(firstName)\" on row \(firstRow)"
        case let .emptyLookup(file):
            return "\(file): the geography lookup has no data rows"
        case let .levelNotInLookup(level, available):
            return "the geography lookup has no \(level.name) level (it has: \(available.map(\.name).joined(separator: ", ")))"
        case let .columnExists(file, column):
            return "\(file): the table already has a column named \"\(column)\"; the join cannot add it"
        case let .incompleteJoin(report):
            return report.description
        }
    }
}
