// TidyLongLayout: long tidy indicator files (area, indicator, period, value or numerator/denominator, population, se, limits).

/// One row of a long tidy indicator file.
public struct TidyObservation: Sendable, Equatable {
    public let area: String
    public let indicator: String
    public let period: String
    /// The published value (rate, percentage, ...), if the layout has one and it is present.
    public let value: Double?
    public let numerator: Double?
    public let denominator: Double?
    public let population: Double?
    public let standardError: Double?
    public let lowerLimit: Double?
    public let upperLimit: Double?
}

/// Which columns of a long tidy file hold what. `area`, `indicator` and `period` are required keys;
/// there must be a `value` column or both `numerator` and `denominator`; the rest are optional.
///
/// Example (ScotPHO profiles): area `area_code`, indicator `indicator`, period `period`, value
/// `measure`, numerator `numerator`, limits `lower_confidence_interval`/`upper_confidence_interval`.
public struct TidyLongLayout: Sendable, Equatable {
    public var area: String
    public var indicator: String
    public var period: String
    public var value: String?
    public var numerator: String?
    public var denominator: String?
    public var population: String?
    public var standardError: String?
    public var lowerLimit: String?
    public var upperLimit: String?

    public init(area: String, indicator: String, period: String, value: String? = nil,
                numerator: String? = nil, denominator: String? = nil, population: String? = nil,
                standardError: String? = nil, lowerLimit: String? = nil, upperLimit: String? = nil) {
        self.area = area
        self.indicator = indicator
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.population = population
        self.standardError = standardError
        self.lowerLimit = lowerLimit
        self.upperLimit = upperLimit
    }

    var numberColumns: [String] {
        [value, numerator, denominator, population, standardError, lowerLimit, upperLimit].compactMap { $0 }
    }

    /// Reads the layout's columns from a CSV file (keys as text, the others as numbers).
    public func read(file path: String, options: CSVReadOptions = CSVReadOptions()) throws -> [TidyObservation] {
        try validate()
        var o = options
        o.columns = [area, indicator, period] + numberColumns
        for k in [area, indicator, period] { o.columnTypes[k] = .text }
        for k in numberColumns { o.columnTypes[k] = .number }
        return try observations(CSVReader.read(file: path, options: o))
    }

    /// The observations of a table already read. Throws `LayoutError` for a missing or mistyped
    /// column, a blank key, or two rows with the same (area, indicator, period).
    public func observations(_ table: CSVTable) throws -> [TidyObservation] {
        try validate()
        let keyNames = [area, indicator, period]
        let keys = try keyNames.map { try table.requiredText($0) }
        let v = try table.optionalNumbers(value), num = try table.optionalNumbers(numerator)
        let den = try table.optionalNumbers(denominator), pop = try table.optionalNumbers(population)
        let se = try table.optionalNumbers(standardError)
        let lo = try table.optionalNumbers(lowerLimit), hi = try table.optionalNumbers(upperLimit)
        var out: [TidyObservation] = []
        out.reserveCapacity(table.rowCount)
        for i in 0..<table.rowCount {
            for (k, c) in keys.enumerated() where c.isMissing[i] {
                throw LayoutError.missingKey(file: table.file, row: i + 2, column: keyNames[k])
            }
            out.append(TidyObservation(
                area: keys[0].values[i], indicator: keys[1].values[i], period: keys[2].values[i],
                value: v?[i], numerator: num?[i], denominator: den?[i], population: pop?[i],
                standardError: se?[i], lowerLimit: lo?[i], upperLimit: hi?[i]))
        }
        try checkUniqueKeys(out.map { "(\($0.area), \($0.indicator), \($0.period))" }, file: table.file)
        return out
    }

    private func validate() throws {
        if value == nil && (numerator == nil || denominator == nil) { throw LayoutError.noValueColumns }
    }
}
