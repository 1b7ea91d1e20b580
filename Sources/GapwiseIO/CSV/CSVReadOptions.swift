// CSVReadOptions: the caller's choices for reading a CSV file or worksheet (delimiter, missing markers, percent policy, columns, sheet).

/// The field delimiter of a CSV file.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case tab = 0x09
    case semicolon = 0x3B

    public var description: String {
        switch self {
        case .comma: return "comma"
        case .tab: return "tab"
        case .semicolon: return "semicolon"
        }
    }
}

/// What a percentage such as `8%` is read as.
public enum PercentPolicy: Sendable, Equatable {
    /// `8%` is read as 8: the number as written, with the sign dropped (the default, matching how
    /// published tables print rates, e.g. the SIMD `income_rate` column).
    case asWritten
    /// `8%` is read as 0.08, the correctly rounded double nearest to the decimal 8 × 10⁻².
    case fraction
}

/// The type a column is read as.
public enum CSVColumnType: String, Sendable, Equatable, Codable {
    /// Every non-missing value is a number (stored as `Double`).
    case number
    /// Values are kept as text.
    case text
}

/// Options for `CSVReader`.
///
/// Defaults: delimiter detected from the header row; missing markers `CSVReadOptions.defaultMissingMarkers`;
/// `8%` read as 8; thousands separators accepted inside quoted numbers (`"1,234.5"`); all columns read;
/// each column's type inferred (number when every non-missing value is a number, otherwise text).
public struct CSVReadOptions: Sendable {
    /// The markers that mean "missing" by default: blank, `NA`, `n/a`, `*` (suppressed), `..`, `:`, `-`
    /// and the Excel error text `#VALUE!`.
    public static let defaultMissingMarkers: Set<String> = ["", "NA", "n/a", "*", "..", ":", "-", "#VALUE!"]

    /// The delimiter, or nil to detect it from the header row (the most frequent of comma, tab and
    /// semicolon outside quotes; a tie is an error; none at all means a single comma-separated column).
    public var delimiter: CSVDelimiter?
    /// Field contents (after removing enclosing quotes) that mean a value is missing; matched exactly
    /// and case-sensitively. A missing value is never read as zero: it is flagged in the column's mask.
    public var missingMarkers: Set<String>
    /// How `8%` is read (see `PercentPolicy`).
    public var percent: PercentPolicy
    /// Whether a quoted number may group its integer digits by threes with commas (`"1,234.5"`).
    /// Unquoted fields never may (the comma would be a delimiter); the decimal mark is always `.`.
    public var thousandsSeparatorsInQuotes: Bool
    /// The columns to read (by trimmed header name), or nil for all. Unselected columns are scanned
    /// but never stored, so memory grows only with the selected columns.
    public var columns: [String]?
    /// Types imposed on named columns. A value in a `.number` column that is neither a number nor a
    /// missing marker is an error (`CSVError.notANumber`); unnamed columns have their type inferred.
    public var columnTypes: [String: CSVColumnType]

    /// Whether columns with a blank header name are allowed and dropped, provided every field in them
    /// is blank (Excel exports often carry such columns: the SIMD 2012 file ends every row with 72).
    /// A value in such a column is then an error (`CSVError.valueInUnnamedColumn`). Default false:
    /// a blank header name is an error (`CSVError.emptyColumnName`).
    public var ignoreEmptyUnnamedColumns: Bool

    /// For an .xlsx workbook, the name of the worksheet to read (nil: the first sheet in tab order). A name
    /// the workbook lacks is an error listing its sheets (`CSVError.unknownSheet`); a CSV file has no
    /// sheets, so giving one for it is an error too (`CSVError.sheetOfTextFile`).
    public var sheet: String?

    public init(
        delimiter: CSVDelimiter? = nil,
        missingMarkers: Set<String> = CSVReadOptions.defaultMissingMarkers,
        percent: PercentPolicy = .asWritten,
        thousandsSeparatorsInQuotes: Bool = true,
        columns: [String]? = nil,
        columnTypes: [String: CSVColumnType] = [:],
        ignoreEmptyUnnamedColumns: Bool = false,
        sheet: String? = nil
    ) {
        self.sheet = sheet
        self.ignoreEmptyUnnamedColumns = ignoreEmptyUnnamedColumns
        self.delimiter = delimiter
        self.missingMarkers = missingMarkers
        self.percent = percent
        self.thousandsSeparatorsInQuotes = thousandsSeparatorsInQuotes
        self.columns = columns
        self.columnTypes = columnTypes
    }
}
