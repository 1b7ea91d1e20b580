// CSVTable: the columnar result of reading a CSV file (numeric columns as [Double] + missing mask, text as [String]).

/// A column of numbers. Missing values hold `Double.nan` in `values` **and** are flagged in `isMissing`;
/// the mask is authoritative (the number grammar has no NaN, so a NaN in `values` always means missing).
public struct CSVNumberColumn: Sendable, Equatable {
    /// One value per data row; `.nan` where the value is missing.
    public let values: [Double]
    /// One flag per data row; true where the value is missing.
    public let isMissing: [Bool]
    /// The number of missing values.
    public let missingCount: Int

    public init(values: [Double], isMissing: [Bool]) {
        precondition(values.count == isMissing.count, "CSVNumberColumn: values and mask differ in length")
        self.values = values
        self.isMissing = isMissing
        self.missingCount = isMissing.lazy.filter { $0 }.count
    }

    /// The value of data row `i` (0-based), or nil if it is missing.
    public subscript(i: Int) -> Double? { isMissing[i] ? nil : values[i] }

    /// Equality treats missing positions as equal whatever they hold, and compares values bit for bit otherwise.
    public static func == (a: Self, b: Self) -> Bool {
        guard a.isMissing == b.isMissing else { return false }
        for i in a.values.indices where !a.isMissing[i] {
            if a.values[i].bitPattern != b.values[i].bitPattern { return false }
        }
        return true
    }
}

/// A column of text. Missing values hold `""` in `values` and are flagged in `isMissing`.
public struct CSVTextColumn: Sendable, Equatable {
    /// One string per data row (quotes removed, doubled quotes undone, not trimmed); `""` where missing.
    public let values: [String]
    /// One flag per data row; true where the value is missing.
    public let isMissing: [Bool]
    /// The number of missing values.
    public let missingCount: Int

    public init(values: [String], isMissing: [Bool]) {
        precondition(values.count == isMissing.count, "CSVTextColumn: values and mask differ in length")
        self.values = values
        self.isMissing = isMissing
        self.missingCount = isMissing.lazy.filter { $0 }.count
    }

    /// The value of data row `i` (0-based), or nil if it is missing.
    public subscript(i: Int) -> String? { isMissing[i] ? nil : values[i] }
}

/// The data of one column.
public enum CSVColumnData: Sendable, Equatable {
    case number(CSVNumberColumn)
    case text(CSVTextColumn)
}

/// One column read from a CSV file.
public struct CSVColumn: Sendable, Equatable {
    /// The trimmed header name.
    public let name: String
    /// The values.
    public let data: CSVColumnData

    public init(name: String, data: CSVColumnData) {
        self.name = name
        self.data = data
    }

    /// Whether the column was read as numbers or text.
    public var type: CSVColumnType {
        if case .number = data { return .number } else { return .text }
    }

    /// The number of missing values in the column.
    public var missingCount: Int {
        switch data {
        case .number(let c): return c.missingCount
        case .text(let c): return c.missingCount
        }
    }

    /// The numbers, or nil for a text column.
    public var numbers: CSVNumberColumn? {
        if case .number(let c) = data { return c } else { return nil }
    }

    /// The text, or nil for a numeric column.
    public var text: CSVTextColumn? {
        if case .text(let c) = data { return c } else { return nil }
    }
}

/// The columns read from one CSV file, in the file's column order.
public struct CSVTable: Sendable, Equatable {
    /// The file name as given to the reader (used in error messages).
    public let file: String
    /// The delimiter used (given or detected).
    public let delimiter: CSVDelimiter
    /// The number of data rows (the header is not counted).
    public let rowCount: Int
    /// The columns read (all, or the selected ones), in file order.
    public let columns: [CSVColumn]
    /// For a table cut from a bigger one (`filtered(by:)`): the 0-based data row of the file each row came
    /// from; nil when the rows are the file's own.
    public let sourceRows: [Int]?

    public init(file: String, delimiter: CSVDelimiter, rowCount: Int, columns: [CSVColumn], sourceRows: [Int]? = nil) {
        precondition(sourceRows.map { $0.count == rowCount } ?? true, "CSVTable: sourceRows must give one row per data row")
        self.file = file
        self.delimiter = delimiter
        self.rowCount = rowCount
        self.columns = columns
        self.sourceRows = sourceRows
    }

    /// The 1-based line of the file (the header is line 1) that data row `r` (0-based) came from.
    public func line(ofRow r: Int) -> Int { (sourceRows?[r] ?? r) + 2 }

    /// The column with this trimmed header name, or nil.
    public subscript(name: String) -> CSVColumn? {
        columns.first { $0.name == name }
    }
}
