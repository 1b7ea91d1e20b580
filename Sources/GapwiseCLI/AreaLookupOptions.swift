// AreaLookupOptions: --deprivation and --geography, shared by the commands that read a table of data zones.
import ArgumentParser
import Gapwise

extension SIMDEdition: ExpressibleByArgument {}

/// Joins the shipped national SIMD lookup and 2011 geography to the input by its area-code column (`--area`).
struct AreaLookupOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Join the national SIMD of this edition by the --area codes (2011 data zones): simd2020v2 or simd2016. Adds simd_rank (1 = most deprived of all 6,976 zones), simd_vigintile, simd_decile, simd_quintile (Scottish Government bands) and phs_decile, phs_quintile (Public Health Scotland's population-weighted bands); simd_rank becomes the default rank.", valueName: "edition"))
    var deprivation: SIMDEdition?

    @Flag(help: "Join the 2011 geography by the --area codes: intermediate_zone, council, hscp, health_board and their _name columns.")
    var geography = false

    /// Whether a join was asked for.
    var joins: Bool { deprivation != nil || geography }

    /// Reads `file` as `CLIParsing.readTable` does, then joins the lookups by `area` (codes unique within
    /// `uniqueWithin`, e.g. the year or the grouping columns). Columns the join adds are not read from the file.
    func readTable(_ file: String, area: String?, numeric: [String], other: [String], uniqueWithin: [String] = [],
                   sheet: String? = nil) throws -> CSVTable {
        try readTable(.path(file), area: area, numeric: numeric, other: other, uniqueWithin: uniqueWithin, sheet: sheet)
    }

    func readTable(_ file: InputSource, area: String?, numeric: [String], other: [String], uniqueWithin: [String] = [],
                   sheet: String? = nil) throws -> CSVTable {
        guard joins else { return try CLIParsing.readTable(file, numeric: numeric, other: other, sheet: sheet) }
        guard let area else { throw ValidationError("--deprivation and --geography join by the area-code column: give --area COL.") }
        let request = AreaLookupRequest(area: area, deprivation: deprivation, geography: geography, uniqueWithin: uniqueWithin)
        return try Self.readTable(file, lookup: request, numeric: numeric, other: other, sheet: sheet)
    }

    /// Reads `file` as `CLIParsing.readTable` does, then joins `lookup` (none when nil; e.g. a config's).
    static func readTable(_ file: InputSource, lookup: AreaLookupRequest?, numeric: [String], other: [String],
                          sheet: String? = nil) throws -> CSVTable {
        guard let request = lookup else { return try CLIParsing.readTable(file, numeric: numeric, other: other, sheet: sheet) }
        let area = request.area, uniqueWithin = request.uniqueWithin
        let added = Set(request.addedColumns)
        let keepNumeric = numeric.filter { !added.contains($0) && $0 != area }
        let keepOther = (other + [area] + uniqueWithin).filter { !added.contains($0) && !keepNumeric.contains($0) }
        let table = try CLIParsing.readTable(file, numeric: keepNumeric, other: keepOther, sheet: sheet)
        return try CLIParsing.report { () throws(AnalysisError) in try AreaLookupJoin.join(request, to: table) }
    }
}
