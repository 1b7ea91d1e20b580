// CSVFormatTests: one test per format rule of the CSV reader (quotes, line ends, BOM, delimiters, missing, types).
import Testing
@testable import GapwiseIO

/// Reads `text` as a CSV file named `t.csv`.
func readCSV(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> CSVTable {
    try CSVReader.read(bytes: Array(text.utf8), name: "t.csv", options: options)
}

func numbers(_ t: CSVTable, _ name: String) -> [Double?] {
    guard let c = t[name]?.numbers else { return [] }
    return c.values.indices.map { c[$0] }
}

func texts(_ t: CSVTable, _ name: String) -> [String?] {
    guard let c = t[name]?.text else { return [] }
    return c.values.indices.map { c[$0] }
}

@Suite("CSV format rules")
struct CSVFormatTests {
    @Test("quoted fields hold delimiters, doubled quotes and newlines")
    func quotedFields() throws {
        let t = try readCSV("name,n\n\"Cults, Bieldside\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n\"\",4\n")
        #expect(t.rowCount == 4)
        #expect(texts(t, "name") == ["Cults, Bieldside", "say \"hi\"", "two\nlines", nil])
        #expect(numbers(t, "n") == [1, 2, 3, 4])
    }

    @Test("LF, CRLF, mixed line ends, CRLF inside quotes, and no final newline")
    func lineEnds() throws {
        let expected: [Double?] = [1, 2, 3]
        for text in ["a,b\n1,x\n2,y\n3,z\n", "a,b\r\n1,x\r\n2,y\r\n3,z\r\n", "a,b\r\n1,x\n2,y\r\n3,z", "a,b\n1,x\n2,y\n3,z"] {
            let t = try readCSV(text)
            #expect(numbers(t, "a") == expected, "\(text.debugDescription)")
            #expect(texts(t, "b") == ["x", "y", "z"], "\(text.debugDescription)")
        }
        let q = try readCSV("a,b\r\n\"x\r\ny\",1\r\n")
        #expect(texts(q, "a") == ["x\r\ny"])
        // A lone CR is an ordinary byte: it makes "1\r2" text, not a line break.
        let lone = try readCSV("a\n1\r2\n")
        #expect(texts(lone, "a") == ["1\r2"])
    }

    @Test("a UTF-8 byte-order mark is skipped")
    func byteOrderMark() throws {
        let t = try CSVReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("code,value\nS01,1.5\n".utf8), name: "t.csv")
        #expect(t.columns.map(\.name) == ["code", "value"])
        #expect(numbers(t, "value") == [1.5])
    }

    @Test("the delimiter is detected from the header row, or given")
    func delimiters() throws {
        let tab = try readCSV("a\tb\n1,5\t2\n")
        #expect(tab.delimiter == .tab)
        #expect(texts(tab, "a") == ["1,5"])
        let semi = try readCSV("a;b;\"c,d\"\n1;2;3\n")
        #expect(semi.delimiter == .semicolon)
        #expect(semi.columns.map(\.name) == ["a", "b", "c,d"])
        let single = try readCSV("value\n3\n")
        #expect(single.delimiter == .comma)
        #expect(numbers(single, "value") == [3])
        let given = try readCSV("a;b,c\n1;2\n", CSVReadOptions(delimiter: .semicolon))
        #expect(given.columns.map(\.name) == ["a", "b,c"])
    }

    @Test("header names are trimmed")
    func trimmedNames() throws {
        let t = try readCSV("  Data_Zone ,\"income_rate \", \tweight\r\n S01,8%,1\n", CSVReadOptions(delimiter: .comma))
        #expect(t.columns.map(\.name) == ["Data_Zone", "income_rate", "weight"])
        #expect(texts(t, "Data_Zone") == [" S01"])  // values are not trimmed
    }

    @Test("default missing markers; a missing value is never zero; per-column counts")
    func defaultMissing() throws {
        let t = try readCSV("x,y\n1,a\n,b\nNA,c\nn/a,d\n*,e\n..,f\n:,g\n-,h\n#VALUE!,i\n\"\",j\n\"NA\",NA\n2,k\n")
        #expect(numbers(t, "x") == [1, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, 2])
        #expect(t["x"]?.missingCount == 10)
        #expect(t["y"]?.missingCount == 1)
        #expect(t["x"]!.numbers!.values[1].isNaN)
        #expect(!t["x"]!.numbers!.values.contains(0))
    }

    @Test("missing markers are configurable, including ones that look like numbers")
    func customMissing() throws {
        let options = CSVReadOptions(missingMarkers: ["-999", "suppressed"])
        let t = try readCSV("x\n1\n-999\nsuppressed\n-9990\n", options)
        #expect(numbers(t, "x") == [1, nil, nil, -9990])
        // Without the blank marker a blank field is an error in a number column and "" in a text one.
        let strict = CSVReadOptions(missingMarkers: [], columnTypes: ["x": .number])
        #expect(throws: CSVError.notANumber(file: "t.csv", row: 3, column: "x", text: "")) {
            try readCSV("x,y\n1,a\n,\n", strict)
        }
        let noBlank = try readCSV("x,y\n1,a\n2,\n", CSVReadOptions(missingMarkers: []))
        #expect(texts(noBlank, "y") == ["a", ""])
    }

    @Test("percent policy and quoted numbers with thousands separators")
    func percentAndThousands() throws {
        let text = "rate,amount\n\"8%\",\"1,234.5\"\n12.5%,\"-2,000\"\n0%,7\n"
        let asWritten = try readCSV(text)
        #expect(numbers(asWritten, "rate") == [8, 12.5, 0])
        #expect(numbers(asWritten, "amount") == [1234.5, -2000, 7])
        let fraction = try readCSV(text, CSVReadOptions(percent: .fraction))
        #expect(numbers(fraction, "rate") == [0.08, 0.125, 0])
        let off = try readCSV(text, CSVReadOptions(thousandsSeparatorsInQuotes: false))
        #expect(off["amount"]?.type == .text)
    }

    @Test("type inference: number unless some non-missing value is not a number")
    func inference() throws {
        // Text before any number: the column turns to text at once.
        let early = try readCSV("a,b\nNA,1\nx,2\n3,3\n")
        #expect(texts(early, "a") == [nil, "x", "3"])
        // Text after numbers: re-read as text in a second pass, keeping the text as written.
        let late = try readCSV("a,b\n1.50,1\n*,2\n8%,3\nS01,4\n")
        #expect(texts(late, "a") == ["1.50", nil, "8%", "S01"])
        #expect(late["a"]?.missingCount == 1)
        #expect(numbers(late, "b") == [1, 2, 3, 4])
        // All missing: a number column with every value missing.
        let none = try readCSV("a,b\n,1\nNA,2\n")
        #expect(none["a"]?.type == .number)
        #expect(none["a"]?.missingCount == 2)
        // Imposed text keeps numerals as text.
        let imposed = try readCSV("code\n0101\n", CSVReadOptions(columnTypes: ["code": .text]))
        #expect(texts(imposed, "code") == ["0101"])
    }

    @Test("column selection stores only the selected columns, in file order")
    func selection() throws {
        let t = try readCSV("a,b,c\n1,x,3\n4,\"y,\"\"z\"\"\",6\n", CSVReadOptions(columns: ["c", "a"]))
        #expect(t.columns.map(\.name) == ["a", "c"])
        #expect(numbers(t, "c") == [3, 6])
        #expect(t.rowCount == 2)
    }

    @Test("empty columns under blank header names are dropped when allowed")
    func unnamedEmptyColumns() throws {
        let t = try readCSV("a,,b, \r\n1,,x,\"\"\r\n2,,y,\r\n", CSVReadOptions(ignoreEmptyUnnamedColumns: true))
        #expect(t.columns.map(\.name) == ["a", "b"])
        #expect(numbers(t, "a") == [1, 2])
        #expect(texts(t, "b") == ["x", "y"])
    }

    @Test("a header-only file has no rows; empty columns keep their names")
    func headerOnly() throws {
        let t = try readCSV("a,b\n")
        #expect(t.rowCount == 0)
        #expect(t.columns.map(\.name) == ["a", "b"])
        #expect(t["a"]?.type == .number)
    }

    @Test("rows split anywhere across read buffers give the same table")
    func bufferBoundaries() throws {
        let text = "\u{FEFF}name ,v,w\r\n\"a,\"\"b\"\"\r\nc\",1.25,8%\r\n\"\",NA,-3e-2\r\nplain,0.1,\"1,234\"\r\nlast,2,9"
        let bytes = Array(text.utf8)
        let whole = try CSVReader.read(bytes: bytes, name: "t.csv")
        for piece in 1...9 {
            for size in [16, 17, 23, 64] {
                let t = try CSVReader.read(bytes: bytes, name: "t.csv", options: CSVReadOptions(), bufferSize: size, piece: piece)
                #expect(t == whole, "piece \(piece), buffer \(size)")
            }
        }
        #expect(texts(whole, "name") == ["a,\"b\"\r\nc", nil, "plain", "last"])
        #expect(numbers(whole, "w") == [8, -0.03, 1234, 9])
    }
}
