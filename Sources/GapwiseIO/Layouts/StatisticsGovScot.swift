// StatisticsGovScot: the statistics.gov.scot long format (FeatureCode, DateCode, Measurement, Units, Value).

/// One observation of a statistics.gov.scot download.
package struct StatisticsGovScotObservation: Sendable, Equatable {
    /// Area code, e.g. `S01006506` (data zone) or `S12000033` (council area).
    public let featureCode: String
    /// Period as published, e.g. `2019` or `2017-2019`.
    public let dateCode: String
    /// What the value is, e.g. `Count`, `Ratio`, `95% Lower Confidence Limit`.
    public let measurement: String
    /// The unit, e.g. `People`, `Percent`.
    public let units: String
    /// The value, or nil when missing (suppressed, not available).
    public let value: Double?
}

/// Reader for the long CSV layout of statistics.gov.scot downloads: one row per (area, period,
/// measurement, unit) with the columns `FeatureCode`, `DateCode`, `Measurement`, `Units`, `Value`
/// (other columns, e.g. indicator-specific dimensions, are ignored).
///
/// Rules: the four key columns must be text and present on every row; `Value` must be numeric
/// (missing values allowed and kept as nil); no two rows may share the same key.
/// Throws `LayoutError` (or `CSVError` when reading a file).
package enum StatisticsGovScot {
    public static let keyColumns = ["FeatureCode", "DateCode", "Measurement", "Units"]

    /// Reads a statistics.gov.scot CSV file (only the five columns are stored).
    public static func read(file path: String, options: CSVReadOptions = CSVReadOptions()) throws -> [StatisticsGovScotObservation] {
        var o = options
        o.columns = keyColumns + ["Value"]
        for k in keyColumns { o.columnTypes[k] = .text }
        o.columnTypes["Value"] = .number
        return try observations(CSVReader.read(file: path, options: o))
    }

    /// The observations of a table already read.
    public static func observations(_ table: CSVTable) throws -> [StatisticsGovScotObservation] {
        let keys = try keyColumns.map { try table.requiredText($0) }
        let value = try table.requiredNumbers("Value")
        var out: [StatisticsGovScotObservation] = []
        out.reserveCapacity(table.rowCount)
        for i in 0..<table.rowCount {
            for (k, c) in keys.enumerated() where c.isMissing[i] {
                throw LayoutError.missingKey(file: table.file, row: i + 2, column: keyColumns[k])
            }
            out.append(StatisticsGovScotObservation(
                featureCode: keys[0].values[i], dateCode: keys[1].values[i],
                measurement: keys[2].values[i], units: keys[3].values[i], value: value[i]))
        }
        try checkUniqueKeys(out.map { "(\($0.featureCode), \($0.dateCode), \($0.measurement), \($0.units))" }, file: table.file)
        return out
    }
}
