// XLSXRealFileTests: the Scottish Government's SIMD 2020v2 indicators workbook against its PROVENANCE.md and openpyxl export.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseIO

/// `../shared/data/sg_simd2020v2_xlsx`: the publisher's workbook and, beside it, the `Data` sheet exported by
/// openpyxl (floats written with Python's `format(x, '.15g')`, integers as integers, `*` verbatim). Expected
/// counts are those PROVENANCE.md lists; each test skips with a message when ../shared is absent.
@Suite("XLSX reader: SIMD 2020v2 indicators workbook")
struct XLSXRealFileTests {
    static let folder = "data/sg_simd2020v2_xlsx"
    static let workbook = folder + "/SIMD+2020v2+-+indicators.xlsx"
    static let export = folder + "/DERIVED_SIMD2020v2_indicators_Data_sheet.csv"

    static let text = ["Data_Zone", "Intermediate_Zone", "Council_area"]
    /// PROVENANCE.md: "missing/suppressed marked consistently with the string `*`"; every other column complete.
    static let missing: [String: Int] = [
        "Income_rate": 3, "Employment_rate": 3, "CIF": 3, "ALCOHOL": 2, "DRUG": 2, "SMR": 2, "DEPRESS": 1, "LBWT": 1,
        "EMERG": 2, "Attendance": 567, "Attainment": 189, "not_participating": 3, "University": 2, "Broadband": 2,
        "crime_count": 500, "crime_rate": 501,
    ]

    @Test("the Data sheet: 6,976 rows, 37 columns, the missing counts of PROVENANCE.md", .needsShared(Self.workbook))
    func dataSheet() throws {
        let url = try SharedData.require(Self.workbook)
        let t = try CSVReader.read(file: url.path, options: CSVReadOptions(sheet: "Data"))
        #expect(t.rowCount == 6976)
        #expect(t.columns.count == 37)
        for c in t.columns {
            #expect(c.missingCount == Self.missing[c.name, default: 0], "\(c.name)")
            #expect(c.type == (Self.text.contains(c.name) ? .text : .number), "\(c.name)")
        }
        let codes = try #require(t["Data_Zone"]?.text?.values)
        #expect(codes.first == "S01006506" && codes.last == "S01013481")
        // The non-integer averaged count PROVENANCE.md quotes (11.139...), at the workbook's full precision.
        #expect(t["crime_count"]?.numbers?[0] == 11.139188173390128)
    }

    @Test("every cell equals the openpyxl export: text exactly, numbers to the export's 15 significant digits", .needsShared(Self.workbook, Self.export))
    func sameAsOpenpyxl() throws {
        let url = try SharedData.require(Self.workbook), csv = try SharedData.require(Self.export)
        let t = try CSVReader.read(file: url.path, options: CSVReadOptions(sheet: "Data"))
        // The export read with every column as text: its fields exactly as openpyxl wrote them.
        let header = try CSVReader.columnNames(file: csv.path)
        #expect(header == t.columns.map(\.name))
        let raw = try CSVReader.read(file: csv.path, options: CSVReadOptions(
            missingMarkers: [], columnTypes: Dictionary(uniqueKeysWithValues: header.map { ($0, .text) })))
        #expect(raw.rowCount == t.rowCount)
        var compared = 0
        for c in t.columns {
            let expected = try #require(raw[c.name]?.text?.values)
            switch c.data {
            case .text(let got):
                #expect(got.values == expected, "\(c.name)")
            case .number(let got):
                for i in 0..<t.rowCount {
                    let shown = got.isMissing[i] ? "*" : String(format: "%.15g", got.values[i])
                    if shown != expected[i] { Issue.record("\(c.name) row \(i + 2): \(shown) vs openpyxl \(expected[i])") }
                    compared += 1
                }
            }
        }
        #expect(compared == 6976 * 34)
    }

    @Test("an unknown sheet name lists the workbook's sheets; the first sheet is read by default", .needsShared(Self.workbook))
    func sheetNames() throws {
        let url = try SharedData.require(Self.workbook)
        #expect(throws: CSVError.unknownSheet(file: url.path, name: "data", available: ["Contents & notes", "Indicator descriptions", "Data"])) {
            try CSVReader.read(file: url.path, options: CSVReadOptions(sheet: "data"))
        }
        #expect(try CSVReader.columnNames(file: url.path, options: CSVReadOptions(sheet: "Data")).count == 37)
    }
}
