// GeographyHierarchyTests: loading a lookup (PHS layout) from small synthetic files; queries both ways; every GeographyError branch.
import Foundation
import Testing
@testable import GapwiseIO

/// A synthetic PHS-layout lookup: two councils in one health board; intermediate zone names repeat
/// ("IZ01" in both councils), as in the real file (East Lothian and West Dunbartonshire).
let syntheticLookup = """
    DataZone,DataZoneName,IntZone,IntZoneName,CA,CAName,HSCP,HSCPName,HB,HBName
    S01000001,Alpha - 01,S02000001,Alpha,S12000001,Council One,S37000001,Partnership One,S08000001,NHS One
    S01000002,Alpha - 02,S02000001,Alpha,S12000001,Council One,S37000001,Partnership One,S08000001,NHS One
    S01000003,IZ01 - 01,S02000002,IZ01,S12000001,Council One,S37000001,Partnership One,S08000001,NHS One
    S01000004,IZ01 - 01,S02000003,IZ01,S12000002,Council Two,S37000001,Partnership One,S08000001,NHS One
    S01000005,IZ01 - 02,S02000003,IZ01,S12000002,Council Two,S37000001,Partnership One,S08000001,NHS One

    """

func lookupTable(_ text: String, name: String = "lookup.csv") throws -> CSVTable {
    try CSVReader.read(bytes: Array(text.utf8), name: name)
}

func gss(_ s: String) -> AreaCode { try! AreaCode(s) }

@Suite("Geography: hierarchy from a lookup")
struct GeographyHierarchyTests {
    @Test("levels, areas, parents, children and names of a small PHS-layout lookup")
    func queries() throws {
        let h = try GeographyHierarchy(table: lookupTable(syntheticLookup), layout: .phs)
        #expect(h.source == "lookup.csv")
        #expect(h.levels == [.dataZone, .intermediateZone, .councilArea, .healthAndSocialCarePartnership, .healthBoard])
        #expect(!h.contains(.scotland))  // the optional Country column is absent
        #expect(try h.areas(at: .dataZone).map(\.rawValue) == ["S01000001", "S01000002", "S01000003", "S01000004", "S01000005"])
        #expect(try h.areas(at: .intermediateZone).map(\.rawValue) == ["S02000001", "S02000002", "S02000003"])
        #expect(try h.areas(at: .councilArea).map(\.rawValue) == ["S12000001", "S12000002"])
        #expect(try h.areas(at: .healthBoard).map(\.rawValue) == ["S08000001"])

        #expect(h.parent(of: gss("S01000004")) == gss("S02000003"))
        #expect(h.parent(of: gss("S02000003")) == gss("S12000002"))
        #expect(h.parent(of: gss("S08000001")) == nil)
        #expect(h.parent(of: gss("S01999999")) == nil)
        #expect(try h.area(containing: gss("S01000004"), at: .councilArea) == gss("S12000002"))
        #expect(try h.area(containing: gss("S01000004"), at: .healthBoard) == gss("S08000001"))
        #expect(try h.area(containing: gss("S01000004"), at: .dataZone) == gss("S01000004"))
        #expect(try h.area(containing: gss("S12000002"), at: .dataZone) == nil)  // finer than the code
        #expect(try h.area(containing: gss("S01999999"), at: .councilArea) == nil)

        #expect(h.children(of: gss("S12000001")) == [gss("S02000001"), gss("S02000002")])
        #expect(h.children(of: gss("S02000001")) == [gss("S01000001"), gss("S01000002")])
        #expect(h.children(of: gss("S01000001")) == [])
        #expect(try h.areas(in: gss("S12000002"), at: .dataZone) == [gss("S01000004"), gss("S01000005")])
        #expect(try h.areas(in: gss("S08000001"), at: .councilArea) == [gss("S12000001"), gss("S12000002")])
        #expect(try h.areas(in: gss("S08000001"), at: .dataZone).count == 5)
        #expect(try h.areas(in: gss("S01000001"), at: .councilArea) == [])

        #expect(h.level(of: gss("S37000001")) == .healthAndSocialCarePartnership)
        #expect(h.level(of: gss("S37000002")) == nil)
        #expect(h.name(of: gss("S12000002")) == "Council Two")
        #expect(h.name(of: gss("S02000002")) == "IZ01")
        #expect(h.name(of: gss("S02000003")) == "IZ01")  // same name, different areas: codes tell them apart
        #expect(h.name(of: gss("S01000004")) == "IZ01 - 01")
        #expect(h.name(of: gss("S12000009")) == nil)
    }

    @Test("a codes-only lookup (PHS SIMD layout, any column order) has no names; an optional Country level is used when present")
    func codesOnlyAndCountry() throws {
        let codesOnly = try GeographyHierarchy(table: lookupTable("""
            DataZone,IntZone,HB,HSCP,CA,Rank
            S01000001,S02000001,S08000001,S37000001,S12000001,2
            S01000002,S02000001,S08000001,S37000001,S12000001,1

            """), layout: .phs)
        #expect(codesOnly.levels.count == 5)
        #expect(codesOnly.name(of: gss("S12000001")) == nil)
        #expect(codesOnly.parent(of: gss("S37000001")) == gss("S08000001"))
        let withCountry = try GeographyHierarchy(table: lookupTable("""
            DataZone,IntZone,HB,HSCP,CA,Country
            S01000001,S02000001,S08000001,S37000001,S12000001,S92000003

            """), layout: .phs)
        #expect(withCountry.levels.last == .scotland)
        #expect(try withCountry.area(containing: gss("S01000001"), at: .scotland) == gss("S92000003"))
    }

    @Test("errors: missing column, numbers where codes belong, missing value, empty lookup")
    func columnErrors() throws {
        let noHB = try lookupTable("DataZone,IntZone,CA,HSCP\nS01000001,S02000001,S12000001,S37000001\n")
        let e1 = GeographyError.missingColumn(file: "lookup.csv", column: "HB")
        #expect(throws: e1) { try GeographyHierarchy(table: noHB, layout: .phs) }
        #expect(e1.description == #"lookup.csv: the column "HB" is required but the file has none of that name"#)

        let numeric = try lookupTable("DataZone,IntZone,CA,HSCP,HB\nS01000001,S02000001,12,S37000001,S08000001\n")
        let e2 = GeographyError.notText(file: "lookup.csv", column: "CA")
        #expect(throws: e2) { try GeographyHierarchy(table: numeric, layout: .phs) }
        #expect(e2.description == #"lookup.csv: the column "CA" must hold area codes or names, but it was read as numbers"#)

        let blank = try lookupTable("DataZone,IntZone,CA,HSCP,HB\nS01000001,S02000001,S12000001,S37000001,S08000001\nS01000002,,S12000001,S37000001,S08000001\n")
        let e3 = GeographyError.missingValue(file: "lookup.csv", row: 3, column: "IntZone")
        #expect(throws: e3) { try GeographyHierarchy(table: blank, layout: .phs) }
        #expect(e3.description == "lookup.csv:3:IntZone: the value is missing, but every row of a geography lookup needs one")

        // A column with no values at all is inferred as numbers by the reader; it is a missing value, not "numbers".
        let allBlank = try lookupTable("DataZone,IntZone,CA,HSCP,HB\nS01000001,S02000001,S12000001,S37000001,\n")
        #expect(throws: GeographyError.missingValue(file: "lookup.csv", row: 2, column: "HB")) {
            try GeographyHierarchy(table: allBlank, layout: .phs)
        }
        let blankName = try lookupTable("DataZone,IntZone,CA,CAName,HSCP,HB\nS01000001,S02000001,S12000001,NA,S37000001,S08000001\nS01000002,S02000001,S12000001,Council One,S37000001,S08000001\n")
        #expect(throws: GeographyError.missingValue(file: "lookup.csv", row: 2, column: "CAName")) {
            try GeographyHierarchy(table: blankName, layout: .phs)
        }

        let empty = try lookupTable("DataZone,IntZone,CA,HSCP,HB\n")
        let e4 = GeographyError.emptyLookup(file: "lookup.csv")
        #expect(throws: e4) { try GeographyHierarchy(table: empty, layout: .phs) }
        #expect(e4.description == "lookup.csv: the geography lookup has no data rows")

        // A layout whose name column is required.
        let layout = GeographyLookupLayout(levels: [
            .init(.dataZone, code: "DZ", name: "DZName"), .init(.councilArea, code: "CA"),
        ])
        let noName = try lookupTable("DZ,CA\nS01000001,S12000001\n")
        #expect(throws: GeographyError.missingColumn(file: "lookup.csv", column: "DZName")) {
            try GeographyHierarchy(table: noName, layout: layout)
        }
    }

    @Test("errors: invalid codes name file, row, column and rule")
    func invalidCodes() throws {
        let bad = try lookupTable("DataZone,IntZone,CA,HSCP,HB\nS01000001,S02000001,S12000001,S37000001,S08000001\nS0100650X,S02000001,S12000001,S37000001,S08000001\n")
        let e1 = GeographyError.invalidCode(file: "lookup.csv", row: 3, column: "DataZone",
                                            problem: .malformed(text: "S0100650X", expected: .dataZone))
        #expect(throws: e1) { try GeographyHierarchy(table: bad, layout: .phs) }
        #expect(e1.description == #"lookup.csv:3:DataZone: "S0100650X" is not a valid data zone code (S01 followed by 6 digits)"#)

        let swapped = try lookupTable("DataZone,IntZone,CA,HSCP,HB\nS01000001,S02000001,S02000001,S37000001,S08000001\n")
        let e2 = GeographyError.invalidCode(file: "lookup.csv", row: 2, column: "CA",
                                            problem: .wrongLevel(code: gss("S02000001"), expected: .councilArea))
        #expect(throws: e2) { try GeographyHierarchy(table: swapped, layout: .phs) }
        #expect(e2.description == #"lookup.csv:2:CA: "S02000001" is an intermediate zone code, not a council area code (S12 followed by 6 digits)"#)
    }

    @Test("errors: a data zone twice, an area with two parents, an area with two names")
    func inconsistencies() throws {
        let header = "DataZone,IntZone,IntZoneName,CA,HSCP,HB\n"
        let dup = try lookupTable(header + """
            S01000001,S02000001,Alpha,S12000001,S37000001,S08000001
            S01000002,S02000001,Alpha,S12000001,S37000001,S08000001
            S01000001,S02000001,Alpha,S12000001,S37000001,S08000001

            """)
        let e1 = GeographyError.duplicateArea(file: "lookup.csv", row: 4, column: "DataZone", code: gss("S01000001"), firstRow: 2)
        #expect(throws: e1) { try GeographyHierarchy(table: dup, layout: .phs) }
        #expect(e1.description == "lookup.csv:4:DataZone: S01000001 already appears on row 2; each area may appear once")

        let twoParents = try lookupTable(header + """
            S01000001,S02000001,Alpha,S12000001,S37000001,S08000001
            S01000002,S02000002,Beta,S12000002,S37000001,S08000001
            S01000003,S02000001,Alpha,S12000002,S37000001,S08000001

            """)
        let e2 = GeographyError.conflictingParent(file: "lookup.csv", row: 4, column: "CA", code: gss("S02000001"),
                                                  parent: gss("S12000002"), firstParent: gss("S12000001"), firstRow: 2)
        #expect(throws: e2) { try GeographyHierarchy(table: twoParents, layout: .phs) }
        #expect(e2.description == "lookup.csv:4:CA: S02000001 is placed in S12000002 here but in S12000001 on row 2; an area must have one parent")

        // The same at the top of the chain: a council placed in two health boards.
        let twoBoards = try lookupTable(header + """
            S01000001,S02000001,Alpha,S12000001,S37000001,S08000001
            S01000002,S02000002,Beta,S12000001,S37000001,S08000002

            """)
        #expect(throws: GeographyError.conflictingParent(file: "lookup.csv", row: 3, column: "HB", code: gss("S37000001"),
                                                         parent: gss("S08000002"), firstParent: gss("S08000001"), firstRow: 2)) {
            try GeographyHierarchy(table: twoBoards, layout: .phs)
        }

        let twoNames = try lookupTable(header + """
            S01000001,S02000001,Alpha,S12000001,S37000001,S08000001
            S01000002,S02000001,Alpha West,S12000001,S37000001,S08000001

            """)
        let e3 = GeographyError.conflictingName(file: "lookup.csv", row: 3, column: "IntZoneName", code: gss("S02000001"),
                                                name: "Alpha West", firstName: "Alpha", firstRow: 2)
        #expect(throws: e3) { try GeographyHierarchy(table: twoNames, layout: .phs) }
        #expect(e3.description == #"lookup.csv:3:IntZoneName: S02000001 is named "Alpha West" here but "Alpha" on row 2"#)
    }

    @Test("errors: a level the lookup lacks")
    func missingLevel() throws {
        let h = try GeographyHierarchy(table: lookupTable(syntheticLookup), layout: .phs)
        let e = GeographyError.levelNotInLookup(level: .scotland, available: h.levels)
        #expect(throws: e) { try h.areas(at: .scotland) }
        #expect(throws: e) { try h.area(containing: gss("S01000001"), at: .scotland) }
        #expect(e.description == "the geography lookup has no country level (it has: data zone, intermediate zone, council area, health and social care partnership, health board)")
    }

    @Test("read(file:) reads a lookup file from disk and names it in errors")
    func readFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-geo-\(UUID().uuidString).csv")
        try Data(syntheticLookup.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let path = url.path
        let h = try GeographyHierarchy.read(file: path)
        #expect(h.source == path)
        #expect(try h.areas(at: .dataZone).count == 5)
        #expect(throws: GeographyError.missingColumn(file: path, column: "LSOA code (2011)")) {
            try GeographyHierarchy.read(file: path, layout: .iod2019)
        }
    }
}
