// GeographyJoinTests: joining synthetic tables to a synthetic lookup on codes; the report's counts, examples and exact text.
import Testing
@testable import GapwiseIO

@Suite("Geography: joins on codes")
struct GeographyJoinTests {
    let h = try! GeographyHierarchy(table: lookupTable(syntheticLookup), layout: .phs)

    func data(_ text: String) throws -> CSVTable { try CSVReader.read(bytes: Array(text.utf8), name: "data.csv") }

    @Test("a complete join attaches every coarser level's code and name, whatever names the data file uses")
    func complete() throws {
        // The data file spells the councils differently from the lookup (as SIMD and PHS files do).
        let t = try data("""
            zone,council,value
            S01000005,Council_Two,5
            S01000001,Council 1,1
            S01000002,Council 1,2
            S01000003,Council 1,3
            S01000004,Council_Two,4

            """)
        let j = try h.join(t, codeColumn: "zone")
        #expect(j.report.isComplete())
        #expect(j.report.matchedRows == 5 && j.report.matchedAreas == 5 && j.report.lookupAreas == 5)
        #expect(j.report.description == "data.csv:zone: 5 of 5 rows joined to 5 of the 5 data zones of lookup.csv")
        #expect(j.isMatched == [true, true, true, true, true])
        #expect(j.codes == ["S01000005", "S01000001", "S01000002", "S01000003", "S01000004"].map(gss))
        #expect(j.table.columns.map(\.name) == [
            "zone", "council", "value", "intermediate_zone", "intermediate_zone_name", "council_area", "council_area_name",
            "hscp", "hscp_name", "health_board", "health_board_name",
        ])
        #expect(j.table["council_area"]?.text?.values == ["S12000002", "S12000001", "S12000001", "S12000001", "S12000002"])
        #expect(j.table["council_area_name"]?.text?.values == ["Council Two", "Council One", "Council One", "Council One", "Council Two"])
        #expect(j.table["intermediate_zone"]?.text?.values == ["S02000003", "S02000001", "S02000001", "S02000002", "S02000003"])
        #expect(j.table["intermediate_zone_name"]?.text?.values == ["IZ01", "Alpha", "Alpha", "IZ01", "IZ01"])
        #expect(j.table["health_board"]?.text?.values == Array(repeating: "S08000001", count: 5))
        #expect(j.table["value"] == t["value"])
        #expect(j.table.rowCount == 5 && j.table.file == "data.csv")
    }

    @Test("unknown, repeated, missing and blank codes are counted, with the first examples in file order")
    func problems() throws {
        let t = try data("""
            zone,value
            S01000001,1
            S01000009,2
            S01000001,3
            ,4
            S01000008,5
            S01000009,6
            S01000001,7
            S01000002,8

            """)
        let j = try h.join(t, codeColumn: "zone", exampleLimit: 2)
        let r = j.report
        #expect(r.rows == 8 && r.matchedRows == 4 && r.matchedAreas == 2)
        #expect(r.unknown == .init(codes: 2, rows: 3, examples: [.init(code: "S01000009", rows: [3, 7]), .init(code: "S01000008", rows: [6])]))
        #expect(r.repeated == .init(codes: 2, rows: 5, examples: [.init(code: "S01000001", rows: [2, 4]), .init(code: "S01000009", rows: [3, 7])]))
        #expect(r.blank == .init(codes: 0, rows: 1, examples: [.init(code: "", rows: [5])]))
        #expect(r.otherLevels == .none)
        #expect(r.missingAreas == 3 && r.missingExamples == [gss("S01000003"), gss("S01000004")])
        #expect(!r.isComplete() && !r.isComplete(allowingRepeatedCodes: true))
        #expect(r.description == """
            data.csv:zone: 4 of 8 rows joined to 2 of the 5 data zones of lookup.csv
              unknown: 2 codes on 3 rows not in the lookup, e.g. S01000009 (rows 3, 7), S01000008 (row 6)
              repeated: 2 codes on more than one row (5 rows), e.g. S01000001 (rows 2, 4), S01000009 (rows 3, 7)
              missing: 3 data zones of the lookup not in the file, e.g. S01000003, S01000004
              blank: 1 row with no code, e.g. row 5
            """)
        #expect(throws: GeographyError.incompleteJoin(r)) { try r.requireComplete() }
        #expect(GeographyError.incompleteJoin(r).description == r.description)
        // Unjoined rows get missing values in the added columns; joined rows get their areas.
        let ca = try #require(j.table["council_area"]?.text)
        #expect(ca.isMissing == [false, true, false, true, true, true, false, false])
        #expect(ca[0] == "S12000001" && ca[7] == "S12000001")
        #expect(j.isMatched == [true, false, true, false, false, false, true, true])
        #expect(j.codes[3] == nil && j.codes[1] == gss("S01000009"))
    }

    @Test("repeated codes alone: complete when a long file is allowed to repeat them")
    func repeatedOnly() throws {
        let t = try data("zone,year\nS01000001,2019\nS01000002,2019\nS01000003,2019\nS01000004,2019\nS01000005,2019\nS01000001,2020\n")
        let r = try h.join(t, codeColumn: "zone").report
        #expect(!r.isComplete())
        #expect(r.isComplete(allowingRepeatedCodes: true))
        try r.requireComplete(allowingRepeatedCodes: true)
    }

    @Test("a code of another level: an error naming the row, or with allowOtherLevels a reported, unjoined row")
    func otherLevels() throws {
        let t = try data("zone,value\nS01000001,1\nS92000003,2\nS12000001,3\nS92000003,4\n")
        let e = GeographyError.invalidCode(file: "data.csv", row: 3, column: "zone",
                                           problem: .wrongLevel(code: gss("S92000003"), expected: .dataZone))
        #expect(throws: e) { try h.join(t, codeColumn: "zone") }
        #expect(e.description == #"data.csv:3:zone: "S92000003" is a Scotland code, not a data zone code (S01 followed by 6 digits)"#)
        let r = try h.join(t, codeColumn: "zone", allowOtherLevels: true).report
        #expect(r.otherLevels == .init(codes: 2, rows: 3, examples: [
            .init(code: "S92000003", rows: [3]), .init(code: "S12000001", rows: [4]), .init(code: "S92000003", rows: [5]),
        ]))
        #expect(r.description.hasSuffix("\n  other levels: 3 rows with codes of another level, not joined, e.g. S92000003 (row 3), S12000001 (row 4), S92000003 (row 5)"))
    }

    @Test("a malformed code is an error naming file, row and column, even when other levels are allowed")
    func malformed() throws {
        let t = try data("zone,value\nS01000001,1\nS0100000X,2\n")
        let e = GeographyError.invalidCode(file: "data.csv", row: 3, column: "zone",
                                           problem: .malformed(text: "S0100000X", expected: .dataZone))
        #expect(throws: e) { try h.join(t, codeColumn: "zone", allowOtherLevels: true) }
        #expect(e.description == #"data.csv:3:zone: "S0100000X" is not a valid data zone code (S01 followed by 6 digits)"#)
    }

    @Test("a join at council level attaches the partnership and health board")
    func councilLevel() throws {
        let t = try data("area_code,measure\nS12000002,10.5\nS12000001,9.25\n")
        let j = try h.join(t, codeColumn: "area_code", level: .councilArea)
        #expect(j.report.isComplete())
        #expect(j.report.description == "data.csv:area_code: 2 of 2 rows joined to 2 of the 2 council areas of lookup.csv")
        #expect(j.table.columns.map(\.name) == ["area_code", "measure", "hscp", "hscp_name", "health_board", "health_board_name"])
        #expect(j.table["hscp_name"]?.text?.values == ["Partnership One", "Partnership One"])
    }

    @Test("errors: no such column, a numeric column, an added column already present, a level the lookup lacks")
    func errors() throws {
        let t = try data("zone,value,council_area\nS01000001,1,x\n")
        #expect(throws: GeographyError.missingColumn(file: "data.csv", column: "DataZone")) { try h.join(t, codeColumn: "DataZone") }
        #expect(throws: GeographyError.notText(file: "data.csv", column: "value")) { try h.join(t, codeColumn: "value") }
        let e = GeographyError.columnExists(file: "data.csv", column: "council_area")
        #expect(throws: e) { try h.join(t, codeColumn: "zone") }
        #expect(e.description == #"data.csv: the table already has a column named "council_area"; the join cannot add it"#)
        #expect(throws: GeographyError.levelNotInLookup(level: .lsoa, available: h.levels)) {
            try h.join(t, codeColumn: "zone", level: .lsoa)
        }
        // A code column with no values at all (read as numbers) is all blank rows, not an error.
        let blank = try data("zone,value\n,1\n,2\n")
        let r = try h.join(blank, codeColumn: "zone").report
        #expect(r.blank.rows == 2 && r.matchedRows == 0 && r.missingAreas == 5)
    }
}
