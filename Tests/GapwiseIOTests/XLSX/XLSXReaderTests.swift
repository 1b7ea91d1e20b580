// XLSXReaderTests: small workbooks written at test time read to exactly the table the same fields give as CSV.
import Foundation
import Testing
import GapwiseTestSupport
@testable import GapwiseIO

/// The oracle is the CSV reader itself: a worksheet must read to the same `CSVTable` (types, values bit for
/// bit, missing masks) as the CSV text holding the same fields, because the issue asks for the CSV rules.
@Suite("XLSX reader: synthetic workbooks")
struct XLSXReaderTests {
    static let name = "book.xlsx"

    /// Writes `data` to a fresh temporary file and returns its path.
    static func file(_ data: Data, _ fileName: String = "book.xlsx") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-xlsx-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(fileName)
        try data.write(to: url)
        return url.path
    }

    static func read(_ book: Data, _ options: CSVReadOptions = CSVReadOptions()) throws -> CSVTable {
        try CSVReader.read(bytes: Array(book), name: name, options: options)
    }

    static func csv(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), name: name, options: options)
    }

    /// Shared strings (plain, rich text with a phonetic guide, entities, Excel's _xHHHH_ escape), inline
    /// strings, 17-digit numbers, booleans, a formula's cached value and one with none, gaps within rows,
    /// a wholly absent row and a styled cell with no value.
    @Test("shared and inline strings, numbers, booleans, formulas and gaps read as the same fields in CSV")
    func mixedCells() throws {
        let book = try WorkbookMaker.xlsx([.init("Data", """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>flag</t></is></c><c r="D1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>0.10000000000000001</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="s"><v>4</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><r><t>Glas</t></r><r><rPr><b/></rPr><t>gow</t></r><rPh><t>x</t></rPh></is></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="s"><v>5</v></c></row>\
            <row r="5" spans="1:4"><c r="A5" s="3" t="s"><v>6</v></c><c r="B5"><f>1/15</f><v>6.6666666999999999E-2</v></c><c r="C5" s="2"/><c r="D5" t="str"><v>a "quoted", text</v></c></row>\
            <row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6" t="s"><v>8</v></c><c r="D6"><f>A1</f></c></row>
            """)], sharedStrings: [
            "<t>area</t>", "<t>rate</t>", "<t>note</t>", "<t>S01006506</t>",
            "<r><t>line one</t></r><r><t xml:space=\"preserve\">_x000D__x000A_line two</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh>",
            "<t>A &amp; B &lt;&#x41;&#66;&gt;</t>", "<t>Aberdeen, City of</t>", "<t>Fife</t>", "<t>*</t>",
        ])
        let expected = try Self.csv("""
            area,rate,flag,note
            S01006506,0.10000000000000001,TRUE,"line one\r
            line two"
            Glasgow,,FALSE,A & B <AB>
            ,,,
            "Aberdeen, City of",6.6666666999999999E-2,,"a ""quoted"", text"
            Fife,*,,

            """)
        let got = try Self.read(book)
        #expect(got == expected)
        #expect(got.rowCount == 5)
        let rate = try #require(got["rate"]?.numbers)
        #expect(rate.values[0].bitPattern == (0.1).bitPattern)
        #expect(rate.values[3].bitPattern == Double("6.6666666999999999E-2")!.bitPattern)
        #expect(rate.isMissing == [false, true, true, false, true])
        #expect(got["note"]?.text?.values[0] == "line one\r\nline two")
        #expect(got["area"]?.text?.values[1] == "Glasgow")
        // The same workbook from a file on disk.
        #expect(try CSVReader.read(file: Self.file(book), options: CSVReadOptions()).columns == expected.columns)
    }

    @Test("column selection, imposed types and missing markers are the CSV reader's")
    func options() throws {
        let book = try WorkbookMaker.xlsx([.init("S", """
            <row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>n</t></is></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>\
            <row r="2"><c r="A2"><v>12</v></c><c r="B2" t="inlineStr"><is><t>NA</t></is></c><c r="C2"><v>3</v></c></row>\
            <row r="3"><c r="A3"><v>7</v></c><c r="B3"><v>4.5</v></c><c r="C3" t="inlineStr"><is><t>..</t></is></c></row>
            """)])
        let csv = "code,n,x\n12,NA,3\n7,4.5,..\n"
        for options in [CSVReadOptions(), CSVReadOptions(columns: ["n"]), CSVReadOptions(columnTypes: ["code": .text]),
                        CSVReadOptions(missingMarkers: ["NA"])] {
            #expect(try Self.read(book, options) == Self.csv(csv, options))
        }
        #expect(try Self.read(book, CSVReadOptions(columnTypes: ["code": .text]))["code"]?.text?.values == ["12", "7"])
    }

    @Test("a header below title rows: errors give the sheet's own row numbers")
    func rowNumbersInErrors() throws {
        let book = try WorkbookMaker.xlsx([.init("S", """
            <row r="3"><c r="B3" t="inlineStr"><is><t>area</t></is></c><c r="C3" t="inlineStr"><is><t>rate</t></is></c></row>\
            <row r="4"><c r="B4" t="inlineStr"><is><t>a</t></is></c><c r="C4"><v>1</v></c></row>\
            <row r="6"><c r="B6" t="inlineStr"><is><t>c</t></is></c><c r="C6" t="inlineStr"><is><t>low</t></is></c></row>
            """)])
        // Column A and rows 1-2 hold nothing: the table starts at the first row and column holding a value.
        let t = try Self.read(book)
        #expect(t == (try Self.csv("area,rate\na,1\n,\nc,low\n")))
        #expect(t["area"]?.text?.isMissing == [false, true, false])
        #expect(throws: CSVError.notANumber(file: Self.name, row: 6, column: "rate", text: "low")) {
            try Self.read(book, CSVReadOptions(columnTypes: ["rate": .number]))
        }
    }

    @Test("the first sheet in tab order by default, another by name, an unknown name listing the sheets")
    func sheets() throws {
        let book = try WorkbookMaker.xlsx([
            .init("Notes & contents", #"<row r="1"><c r="A1" t="inlineStr"><is><t>about</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>text</t></is></c></row>"#),
            .init("Data", #"<row r="1"><c r="A1" t="inlineStr"><is><t>v</t></is></c></row><row r="2"><c r="A2"><v>2.5</v></c></row>"#),
        ])
        #expect(try Self.read(book).columns.map(\.name) == ["about"])
        #expect(try Self.read(book, CSVReadOptions(sheet: "Data")) == Self.csv("v\n2.5\n"))
        #expect(try Self.read(book, CSVReadOptions(sheet: "Notes & contents")) == Self.csv("about\ntext\n"))
        #expect(throws: CSVError.unknownSheet(file: Self.name, name: "data", available: ["Notes & contents", "Data"])) {
            try Self.read(book, CSVReadOptions(sheet: "data"))
        }
        #expect(CSVError.unknownSheet(file: "b.xlsx", name: "data", available: ["Notes", "Data"]).description
                == "b.xlsx: there is no sheet named \"data\" (the sheets are: Notes, Data)")
        let path = try Self.file(book)
        #expect(try CSVReader.columnNames(file: path, options: CSVReadOptions(sheet: "Data")) == ["v"])
        #expect(try CSVReader.columnNames(file: path) == ["about"])
    }

    @Test("an empty sheet is an empty file; a one-column sheet keeps its blank rows as missing")
    func emptyAndOneColumn() throws {
        let empty = try WorkbookMaker.xlsx([.init("S", #"<row r="1"><c r="A1" s="1"/></row>"#)])
        #expect(throws: CSVError.emptyFile(file: Self.name)) { try Self.read(empty) }
        let one = try WorkbookMaker.xlsx([.init("S", #"<row r="1"><c r="A1" t="inlineStr"><is><t>v</t></is></c></row><row r="3"><c r="A3"><v>1</v></c></row>"#)])
        let t = try Self.read(one)
        #expect(t.rowCount == 2)
        #expect(t["v"]?.numbers?.isMissing == [true, false])
    }

    @Test("damaged workbooks are refused with what is wrong")
    func damaged() throws {
        let badIndex = try WorkbookMaker.xlsx([.init("S", #"<row r="1"><c r="A1" t="s"><v>3</v></c></row>"#)], sharedStrings: ["<t>a</t>"])
        #expect(throws: CSVError.unreadableWorkbook(file: Self.name, reason: "sheet \"S\": cell A1 refers to shared string \"3\", but the workbook has 1")) {
            try Self.read(badIndex)
        }
        let unordered = try WorkbookMaker.xlsx([.init("S", #"<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>"#)])
        #expect(throws: CSVError.unreadableWorkbook(file: Self.name, reason: "sheet \"S\": cell A1 comes after B1; cells must be in order")) {
            try Self.read(unordered)
        }
        let truncated = Array(try WorkbookMaker.xlsx([.init("S", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)]).prefix(200))
        #expect(throws: CSVError.unreadableWorkbook(file: Self.name, reason: "its zip container is damaged or incomplete")) {
            try CSVReader.read(bytes: truncated, name: Self.name)
        }
        #expect(CSVError.unreadableWorkbook(file: "b.xlsx", reason: "it has no worksheet").description
                == "b.xlsx: the Excel workbook cannot be read: it has no worksheet")
    }

    @Test("a zip that is not a workbook, and other binary files, are refused before CSV parsing")
    func binaryRefusals() throws {
        let zip = try ZipMaker.zip([("data/table.csv", Array("a,b\n1,2\n".utf8))])
        #expect(throws: CSVError.notATable(file: Self.name, kind: "a zip", advice: "it holds no Excel workbook; extract the table from it first")) {
            try Self.read(zip)
        }
        let docx = try ZipMaker.zip([("[Content_Types].xml", Array(#"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.utf8))])
        #expect(throws: CSVError.notATable(file: Self.name, kind: "a Word document (.docx)", advice: "it holds no Excel workbook")) {
            try Self.read(docx)
        }
        let cases: [([UInt8], String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "x.xls: this is an Office 97-2003 (.xls or .doc) file, not CSV/XLSX; open it in a spreadsheet program and save it as .xlsx or CSV"),
            (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "x.xls: this is a PDF file, not CSV/XLSX; export its table to CSV first"),
            ([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0], "x.xls: this is a gzip-compressed file, not CSV/XLSX; decompress it first (gunzip)"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "x.xls: this is a PNG image file, not CSV/XLSX; give the data file instead"),
            (Array("BZh91AY&SY".utf8) + [1, 2], "x.xls: this is a bzip2-compressed file, not CSV/XLSX; decompress it first (bunzip2)"),
        ]
        for (bytes, message) in cases {
            let path = try Self.file(Data(bytes), "x.xls")
            #expect(throws: CSVError.self) { try CSVReader.read(file: path) }
            do { _ = try CSVReader.read(file: path) } catch let e as CSVError {
                #expect(e.description == message.replacingOccurrences(of: "x.xls", with: path))
            }
            #expect(throws: CSVError.self) { try CSVReader.columnNames(file: path) }
        }
        // Text that merely starts like a magic number is still CSV.
        #expect(try Self.csv("BZh,GIF8\n1,2\n").columns.map(\.name) == ["BZh", "GIF8"])
        #expect(throws: CSVError.sheetOfTextFile(file: Self.name, sheet: "Data")) { try Self.csv("a\n1\n", CSVReadOptions(sheet: "Data")) }
    }
}
