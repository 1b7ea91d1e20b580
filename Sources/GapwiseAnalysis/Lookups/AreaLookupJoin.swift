// AreaLookupJoin: adds the shipped national SIMD rank and bands, and the 2011 geography, to a table by its area codes.
import GapwiseDeprivation
import GapwiseIO

/// What to join to a table of 2011 data zones, and by which column.
public struct AreaLookupRequest: Sendable, Equatable {
    /// The column holding the 2011 data zone codes.
    public var area: String
    /// The SIMD edition whose national rank and bands are added, or nil.
    public var deprivation: SIMDEdition?
    /// Whether the intermediate zone, council, HSCP and health board codes and names are added.
    public var geography: Bool
    /// A code may appear once per combination of these columns' values (e.g. the year); once in the file when empty.
    public var uniqueWithin: [String]

    public init(area: String, deprivation: SIMDEdition? = nil, geography: Bool = false, uniqueWithin: [String] = []) {
        self.area = area
        self.deprivation = deprivation
        self.geography = geography
        self.uniqueWithin = uniqueWithin
    }

    /// The columns the join adds, in order.
    public var addedColumns: [String] {
        (deprivation == nil ? [] : AreaLookupJoin.deprivationColumns) + (geography ? AreaLookupJoin.geographyColumns : [])
    }
}

/// Joins the shipped national lookups to a table by data zone code.
///
/// Added deprivation columns (numbers; 1 = most deprived; always from the national ranking of all 6,976
/// 2011 data zones, however few of them the table holds):
/// - `simd_rank`: the national SIMD rank, 1...6,976;
/// - `simd_vigintile`, `simd_decile`, `simd_quintile`: the Scottish Government's published bands;
/// - `phs_decile`, `phs_quintile`: Public Health Scotland's population-weighted national bands.
///
/// Added geography columns (text): `intermediate_zone`, `intermediate_zone_name`, `council`, `council_name`,
/// `hscp`, `hscp_name`, `health_board`, `health_board_name` (2019 codes; PHS names).
///
/// - Throws: `AnalysisError.unknownColumn` (no such area or `uniqueWithin` column); `.invalidRequest` when the
///   table already has a column the join would add; `.areaCodes` naming every row whose code is missing, a
///   retired 2001 data zone, not a 2011 data zone, or repeated (within `uniqueWithin`).
public enum AreaLookupJoin {
    public static let deprivationColumns = ["simd_rank", "simd_vigintile", "simd_decile", "simd_quintile", "phs_decile", "phs_quintile"]
    public static let geographyColumns = ["intermediate_zone", "intermediate_zone_name", "council", "council_name",
                                          "hscp", "hscp_name", "health_board", "health_board_name"]
    /// The number of 2011 data zones ranked nationally.
    public static let nationalAreaCount = 6976

    public static func join(_ request: AreaLookupRequest, to table: CSVTable) throws(AnalysisError) -> CSVTable {
        let reader = ColumnReader(table: table)
        let areaColumn = try reader.any(request.area)
        let within = try request.uniqueWithin.map { c throws(AnalysisError) in try reader.any(c) }
        for name in request.addedColumns where table[name] != nil {
            throw .invalidRequest("\(table.file): the file already has a column \"\(name)\", which the national lookup would add; rename or remove it.")
        }
        let n = table.rowCount
        let codes = (0..<n).map { areaColumn.isMissing($0) ? nil : label(areaColumn, $0) }
        let simd = request.deprivation.map(SIMDLookup.shipped)
        let geography = request.geography ? GeographyLookup.dataZones : [:]
        var problems: [AreaCodeProblem] = []
        var firstRow: [String: Int] = [:]
        for r in 0..<n {
            guard let code = codes[r], !code.isEmpty else { problems.append(.init(row: r + 2, code: "", kind: .missing)); continue }
            let known = simd.map { $0.records[code] != nil } ?? (geography[code] != nil)
            if !known {
                problems.append(.init(row: r + 2, code: code, kind: isRetired(code) ? .retired : .unknown))
                continue
            }
            let key = within.map { label($0, r) + "\u{0}" }.joined() + code
            if let first = firstRow[key] {
                problems.append(.init(row: r + 2, code: code, kind: .duplicate(firstRow: first)))
            } else {
                firstRow[key] = r + 2
            }
        }
        if !problems.isEmpty { throw .areaCodes(file: table.file, column: request.area, problems: problems) }
        var columns = table.columns
        if let simd {
            let recs = codes.map { simd.records[$0!]! }
            let parts: [KeyPath<SIMDRecord, Int>] = [\.rank, \.vigintile, \.decile, \.quintile, \.populationDecile, \.populationQuintile]
            for (name, part) in zip(deprivationColumns, parts) {
                let values = recs.map { Double($0[keyPath: part]) }
                columns.append(CSVColumn(name: name, data: .number(CSVNumberColumn(values: values, isMissing: Array(repeating: false, count: n)))))
            }
        }
        if request.geography {
            let geos = codes.map { geography[$0!]! }
            let parts: [KeyPath<DataZoneGeography, String>] = [\.intermediateZone, \.intermediateZoneName, \.council, \.councilName,
                                                               \.hscp, \.hscpName, \.healthBoard, \.healthBoardName]
            for (name, part) in zip(geographyColumns, parts) {
                let values = geos.map { $0[keyPath: part] }
                columns.append(CSVColumn(name: name, data: .text(CSVTextColumn(values: values, isMissing: Array(repeating: false, count: n)))))
            }
        }
        return CSVTable(file: table.file, delimiter: table.delimiter, rowCount: n, columns: columns)
    }

    /// Whether `code` is a 2001 data zone: `S01` and a number from 1 to 6,505 (2001 zones S01000001 to S01006505).
    static func isRetired(_ code: String) -> Bool {
        guard let c = try? AreaCode(code), c.entityCode == "S01" else { return false }
        return (1...6505).contains(c.number)
    }
}
