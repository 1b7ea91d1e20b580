// XLSXInputTests: end-to-end runs of `gapwise` on .xlsx inputs (--sheet) and on binary files it must refuse.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise on .xlsx and binary inputs")
struct XLSXInputTests {
    static let workbook = "data/sg_simd2020v2_xlsx/SIMD+2020v2+-+indicators.xlsx"
    static let export = "data/sg_simd2020v2_xlsx/DERIVED_SIMD2020v2_indicators_Data_sheet.csv"

    static func scratch(_ name: String, _ data: Data) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-xlsx-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test("inspect --sheet Data on the SG workbook: 6,976 rows and PROVENANCE.md's missing counts", .needsShared(Self.workbook))
    func inspectRealWorkbook() throws {
        let url = try SharedData.require(Self.workbook)
        let r = try CLIRunner.run(["inspect", url.path, "--sheet", "Data", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["rows"] as? Int == 6976)
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.count == 37)
        let missing: [String: Int] = [
            "Income_rate": 3, "Employment_rate": 3, "CIF": 3, "ALCOHOL": 2, "DRUG": 2, "SMR": 2, "DEPRESS": 1, "LBWT": 1,
            "EMERG": 2, "Attendance": 567, "Attainment": 189, "not_participating": 3, "University": 2, "Broadband": 2,
            "crime_count": 500, "crime_rate": 501,
        ]
        for c in columns {
            let name = try #require(c["name"] as? String)
            #expect(c["missing"] as? Int == missing[name, default: 0], "\(name)")
        }
    }

    @Test("measure on the workbook's Data sheet prints what it prints for the openpyxl export", .needsShared(Self.workbook, Self.export))
    func measureRealWorkbook() throws {
        let url = try SharedData.require(Self.workbook), csv = try SharedData.require(Self.export)
        // EMERG carries at most 10 significant digits in the workbook, so the export's 15 are exact and the
        // two inputs hold the same doubles: the whole output must agree.
        let args = ["--value", "EMERG", "--measure", "gini,theil_t", "--reps", "200"]
        let fromBook = try CLIRunner.run(["measure", url.path, "--sheet", "Data"] + args)
        let fromCSV = try CLIRunner.run(["measure", csv.path] + args)
        #expect(fromBook.status == 0 && fromCSV.status == 0)
        #expect(fromBook.stderr == "")
        #expect(fromBook.stdout == fromCSV.stdout)
        let unknown = try CLIRunner.run(["measure", url.path, "--sheet", "data"] + args)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "gapwise: \(url.path): there is no sheet named \"data\" (the sheets are: Contents & notes, Indicator descriptions, Data)\n")
    }

    @Test("a synthetic workbook: the first sheet by default, --sheet for another, in measure and rank")
    func syntheticWorkbook() throws {
        let rows = (1...6).map { i in #"<row r="\#(i + 1)"><c r="A\#(i + 1)" t="inlineStr"><is><t>S0100000\#(i)</t></is></c><c r="B\#(i + 1)"><v>\#(Double(i) * 1.5)</v></c></row>"# }.joined()
        let book = try WorkbookMaker.xlsx([
            .init("Notes", #"<row r="1"><c r="A1" t="inlineStr"><is><t>about</t></is></c></row>"#),
            .init("Data", #"<row r="1"><c r="A1" t="inlineStr"><is><t>area</t></is></c><c r="B1" t="inlineStr"><is><t>rate</t></is></c></row>"# + rows),
        ])
        let url = try Self.scratch("book.xlsx", book)
        let csv = try Self.scratch("book.csv", Data(("area,rate\n" + (1...6).map { "S0100000\($0),\(Double($0) * 1.5)" }.joined(separator: "\n") + "\n").utf8))
        let args = ["--value", "rate", "--measure", "gini", "--reps", "0"]
        let fromBook = try CLIRunner.run(["measure", url.path, "--sheet", "Data"] + args)
        #expect(fromBook.status == 0)
        #expect(fromBook.stdout == (try CLIRunner.run(["measure", csv.path] + args)).stdout)
        let firstSheet = try CLIRunner.run(["measure", url.path] + args)
        #expect(firstSheet.status == 1)
        #expect(firstSheet.stderr == "gapwise: \(url.path): there is no column named \"rate\" (the columns are: about)\n")
        let onCSV = try CLIRunner.run(["measure", csv.path, "--sheet", "Data"] + args)
        #expect(onCSV.stderr == "gapwise: \(csv.path): a sheet (\"Data\") was asked for, but this is a CSV file, which has no sheets\n")
    }

    @Test("binary files are refused with what they are, before any CSV parsing")
    func binaryFiles() throws {
        let xls = try Self.scratch("old.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)))
        let inspect = try CLIRunner.run(["inspect", xls.path])
        #expect(inspect.status == 1)
        #expect(inspect.stderr == "\(xls.path): this is an Office 97-2003 (.xls or .doc) file, not CSV/XLSX; open it in a spreadsheet program and save it as .xlsx or CSV\n")
        let zip = try Self.scratch("data.zip", try ZipMaker.zip([("t.csv", Array("a\n1\n".utf8))]))
        let measure = try CLIRunner.run(["measure", zip.path, "--value", "a", "--measure", "gini"])
        #expect(measure.status == 1)
        #expect(measure.stderr == "gapwise: \(zip.path): this is a zip file, not CSV/XLSX; it holds no Excel workbook; extract the table from it first\n")
    }
}
