// CSVError: every way a CSV file can be refused, with the file, row, column and text that broke a rule.

/// Why a CSV file (or one of its values) could not be read.
///
/// Rows are numbered from 1 and count the header as row 1, so the first data row is row 2; a row is
/// one CSV record (a quoted field may span several physical lines). Column names are the trimmed
/// header names. `description` is a sentence prefixed `file:row:column:` in the style of compilers,
/// e.g. `simd.csv:5012:income_rate: "12..5%" is not a number`.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read (`reason` is the operating system's message).
    case unreadable(file: String, reason: String)
    /// The file has no header row (it is empty, or holds only a byte-order mark).
    case emptyFile(file: String)
    /// The header row contains several candidate delimiters equally often, so none can be chosen.
    case ambiguousDelimiter(file: String, counts: [String: Int])
    /// A header name is blank after trimming (`index` is 1-based).
    case emptyColumnName(file: String, index: Int)
    /// A column with a blank header name holds a value (with `ignoreEmptyUnnamedColumns`; `index` is 1-based).
    case valueInUnnamedColumn(file: String, row: Int, index: Int, text: String)
    /// Two header names are equal after trimming (`first` and `second` are 1-based positions).
    case duplicateColumnName(file: String, name: String, first: Int, second: Int)
    /// A column was asked for (selection or type) that the header does not have.
    case unknownColumn(file: String, name: String, available: [String])
    /// A row has a different number of fields from the header.
    case raggedRow(file: String, row: Int, expected: Int, found: Int)
    /// A quoted field starting on `row` is never closed before the end of the file.
    case unterminatedQuote(file: String, row: Int, column: String)
    /// A quote appears inside an unquoted field, or text follows the closing quote of a quoted field.
    case strayQuote(file: String, row: Int, column: String, text: String)
    /// The bytes of a field are not valid UTF-8.
    case invalidUTF8(file: String, row: Int, column: String)
    /// A value in a column read as numbers is neither a number nor a missing-value marker.
    case notANumber(file: String, row: Int, column: String, text: String)
    /// A value is a well-formed number whose magnitude exceeds the largest Double (about 1.8e308).
    case numberOutOfRange(file: String, row: Int, column: String, text: String)
    /// The file is a binary format that holds no table Gapwise reads (`kind` completes "this is … file",
    /// e.g. "a PDF"; `advice` says what to do instead).
    case notATable(file: String, kind: String, advice: String)
    /// An .xlsx workbook whose container or XML parts are damaged or not as the format defines them.
    case unreadableWorkbook(file: String, reason: String)
    /// A sheet was asked for by a name the workbook does not have (`available`: its sheets, in tab order).
    case unknownSheet(file: String, name: String, available: [String])
    /// A sheet was asked for, but the file is CSV text, which has no sheets.
    case sheetOfTextFile(file: String, sheet: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the file (\(reason))"
        case let .emptyFile(file):
            return "\(file): the file is empty; a header row naming the columns is required"
        case let .ambiguousDelimiter(file, counts):
            let list = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return "\(file):1: cannot tell the delimiter from the header row (it has \(list)); give the delimiter explicitly"
        case let .emptyColumnName(file, index):
            return "\(file):1: column \(index) has no name in the header row; give it a name, or delete the column if it holds no values (spreadsheets often leave such empty columns at the right)"
        case let .valueInUnnamedColumn(file, row, index, text):
            return "\(file):\(row):(column \(index)): \"\(text)\" is in a column with no name in the header row; name the column or remove the value"
        case let .duplicateColumnName(file, name, first, second):
            return "\(file):1: the column name \"\(name)\" appears twice in the header row (columns \(first) and \(second))"
        case let .unknownColumn(file, name, available):
            return "\(file): there is no column named \"\(name)\"\(NameSuggestion.hint(for: name, among: available)) (the columns are: \(available.joined(separator: ", ")))"
        case let .raggedRow(file, row, expected, found):
            return "\(file):\(row): the row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected) columns"
        case let .unterminatedQuote(file, row, column):
            return "\(file):\(row):\(column): a quoted field opened on this row is never closed"
        case let .strayQuote(file, row, column, text):
            return "\(file):\(row):\(column): stray quote in \(text); a quoted field must be wholly enclosed in quotes, with quotes inside it doubled"
        case let .invalidUTF8(file, row, column):
            return "\(file):\(row):\(column): the field is not valid UTF-8 text (re-save the file as UTF-8)"
        case let .notANumber(file, row, column, text):
            return "\(file):\(row):\(column): \"\(text)\" is not a number" + Self.notANumberHint(text)
        case let .numberOutOfRange(file, row, column, text):
            return "\(file):\(row):\(column): \"\(text)\" is too large in magnitude for a double-precision number"
        case let .notATable(file, kind, advice):
            return "\(file): this is \(kind) file, not CSV/XLSX; \(advice)"
        case let .unreadableWorkbook(file, reason):
            return "\(file): the Excel workbook cannot be read: \(reason)"
        case let .unknownSheet(file, name, available):
            return "\(file): there is no sheet named \"\(name)\" (the sheets are: \(available.joined(separator: ", ")))"
        case let .sheetOfTextFile(file, sheet):
            return "\(file): a sheet (\"\(sheet)\") was asked for, but this is a CSV file, which has no sheets"
        }
    }

    /// The same error with its row number moved by `offset` (a worksheet whose header is not on row 1).
    func rowsShifted(by offset: Int) -> CSVError {
        guard offset != 0 else { return self }
        switch self {
        case let .valueInUnnamedColumn(file, row, index, text):
            return .valueInUnnamedColumn(file: file, row: row + offset, index: index, text: text)
        case let .raggedRow(file, row, expected, found):
            return .raggedRow(file: file, row: row + offset, expected: expected, found: found)
        case let .unterminatedQuote(file, row, column):
            return .unterminatedQuote(file: file, row: row + offset, column: column)
        case let .strayQuote(file, row, column, text):
            return .strayQuote(file: file, row: row + offset, column: column, text: text)
        case let .invalidUTF8(file, row, column):
            return .invalidUTF8(file: file, row: row + offset, column: column)
        case let .notANumber(file, row, column, text):
            return .notANumber(file: file, row: row + offset, column: column, text: text)
        case let .numberOutOfRange(file, row, column, text):
            return .numberOutOfRange(file: file, row: row + offset, column: column, text: text)
        default:
            return self
        }
    }

    /// Why a near-number was refused, for the two commonest cases: NaN/infinity spelled out (a spreadsheet's
    /// idea of a missing or impossible value) and a decimal comma (`12,5` from a European locale).
    static func notANumberHint(_ text: String) -> String {
        let t = text.lowercased().trimmingPrefix { $0 == "+" || $0 == "-" }
        if ["nan", "inf", "infinity", "#num!", "#div/0!"].contains(String(t)) {
            return ": NaN and infinity are not values; leave the field blank or write NA where a value is missing"
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let digits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 2, digits(parts[0].trimmingPrefix { $0 == "-" || $0 == "+" }), digits(parts[1].prefix { $0 != "%" }) {
            return ": the decimal mark must be a point (\(parts[0]).\(parts[1])); decimal commas are not read"
        }
        return ""
    }
}
