// AreaLookupJoinTests: joining the national SIMD and geography by data zone code; every error branch with its message.
import Testing
import GapwiseAnalysis
import GapwiseIO

@Suite("AreaLookupJoin")
struct AreaLookupJoinTests {
    static func table(_ codes: [String?], years: [String]? = nil, extra: [CSVColumn] = []) -> CSVTable {
        var cols = [CSVColumn(name: "dz", data: .text(CSVTextColumn(values: codes.map { $0 ?? "" }, isMissing: codes.map { $0 == nil })))]
        if let years { cols.append(CSVColumn(name: "year", data: .text(CSVTextColumn(values: years, isMissing: years.map { _ in false })))) }
        return CSVTable(file: "areas.csv", delimiter: .comma, rowCount: codes.count, columns: cols + extra)
    }

    static func message(_ body: () throws(AnalysisError) -> CSVTable) -> String? {
        do { _ = try body(); return nil } catch { return error.description }
    }

    /// Expected values from the SG SIMD 2020v2 file (S01006506 rank 4691, quintile 4; S01010206 rank 4172, quintile 3), the PHS
    /// lookup (deciles 7 and 6) and the PHS geography file (S01010206: Glasgow City, NHS Greater Glasgow and Clyde).
    @Test func addsNationalRankBandsAndGeography() throws {
        let t = try AreaLookupJoin.join(AreaLookupRequest(area: "dz", deprivation: .simd2020v2, geography: true),
                                        to: Self.table(["S01006506", "S01010206"]))
        #expect(t.columns.map(\.name) == ["dz", "simd_rank", "simd_vigintile", "simd_decile", "simd_quintile", "phs_decile", "phs_quintile",
                                          "intermediate_zone", "intermediate_zone_name", "council", "council_name", "hscp", "hscp_name",
                                          "health_board", "health_board_name"])
        #expect(t["simd_rank"]?.numbers?.values == [4691, 4172])
        #expect(t["simd_quintile"]?.numbers?.values == [4, 3])
        #expect(t["phs_decile"]?.numbers?.values == [7, 6])
        #expect(t["council_name"]?.text?.values == ["Aberdeen City", "Glasgow City"])
        #expect(t["health_board_name"]?.text?.values == ["NHS Grampian", "NHS Greater Glasgow and Clyde"])
        #expect(t["intermediate_zone"]?.text?.values.first == "S02001236")
    }

    @Test func aCodeMayRepeatInAnotherYear() throws {
        let t = try AreaLookupJoin.join(AreaLookupRequest(area: "dz", deprivation: .simd2016, uniqueWithin: ["year"]),
                                        to: Self.table(["S01006506", "S01006506"], years: ["2019", "2020"]))
        #expect(t["simd_rank"]?.numbers?.values == [5272, 5272])
    }

    @Test func unknownRetiredMissingAndRepeatedCodesAreNamedWithTheirRows() {
        let m = Self.message { () throws(AnalysisError) in
            try AreaLookupJoin.join(AreaLookupRequest(area: "dz", deprivation: .simd2020v2),
                                    to: Self.table(["S01006506", "S01000001", "S01006505", "S01013482", "S02001236", nil, "S01006506"]))
        }
        #expect(m == "areas.csv: column \"dz\": 6 area codes cannot be joined to the national lookup of the 6,976 2011 data zones (S01006506 to S01013481): "
            + "row 3 \"S01000001\" is a 2001 data zone, retired in 2014 (SIMD 2016 and 2020v2 rank the 2011 zones); "
            + "row 4 \"S01006505\" is a 2001 data zone, retired in 2014 (SIMD 2016 and 2020v2 rank the 2011 zones); "
            + "row 5 \"S01013482\" is not a 2011 data zone; row 6 \"S02001236\" is not a 2011 data zone; row 7 has no code; "
            + "row 8 \"S01006506\" repeats row 2.")
    }

    @Test func aRepeatInTheSameYearIsNamed() {
        let m = Self.message { () throws(AnalysisError) in
            try AreaLookupJoin.join(AreaLookupRequest(area: "dz", geography: true, uniqueWithin: ["year"]),
                                    to: Self.table(["S01006506", "S01006506", "S01006506"], years: ["2019", "2020", "2019"]))
        }
        #expect(m == "areas.csv: column \"dz\": 1 area code cannot be joined to the national lookup of the 6,976 2011 data zones (S01006506 to S01013481): row 4 \"S01006506\" repeats row 2.")
    }

    @Test func moreThanTenProblemsAreCounted() {
        let codes = (1...12).map { String(format: "S01%06d", $0) }
        let m = Self.message { () throws(AnalysisError) in
            try AreaLookupJoin.join(AreaLookupRequest(area: "dz", deprivation: .simd2016), to: Self.table(codes))
        }
        #expect(m?.hasSuffix("row 11 \"S01000010\" is a 2001 data zone, retired in 2014 (SIMD 2016 and 2020v2 rank the 2011 zones); and 2 more.") == true)
        #expect(m?.hasPrefix("areas.csv: column \"dz\": 12 area codes cannot be joined") == true)
    }

    @Test func aColumnTheJoinWouldAddIsRefused() {
        let own = CSVColumn(name: "simd_rank", data: .number(CSVNumberColumn(values: [1], isMissing: [false])))
        let m = Self.message { () throws(AnalysisError) in
            try AreaLookupJoin.join(AreaLookupRequest(area: "dz", deprivation: .simd2020v2), to: Self.table(["S01006506"], extra: [own]))
        }
        #expect(m == "areas.csv: the file already has a column \"simd_rank\", which the national lookup would add; rename or remove it.")
    }

    @Test func aMissingAreaColumnIsNamed() {
        let m = Self.message { () throws(AnalysisError) in
            try AreaLookupJoin.join(AreaLookupRequest(area: "Data_Zone", geography: true), to: Self.table(["S01006506"]))
        }
        #expect(m == "areas.csv: there is no column named \"Data_Zone\" (columns: dz).")
    }
}
