// CSVErrorTests: every CSVError branch, with the exact message a council analyst reads.
import Testing
@testable import GapwiseIO

@Suite("CSV errors")
struct CSVErrorTests {
    /// Reads `text` and returns the error's message (or "no error").
    func message(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) -> String {
        message(Array(text.utf8), options)
    }

    func message(_ bytes: [UInt8], _ options: CSVReadOptions = CSVReadOptions()) -> String {
        do {
            _ = try CSVReader.read(bytes: bytes, name: "simd.csv", options: options)
            return "no error"
        } catch let e as CSVError {
            return e.description
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("not a number in a number column names file, row, column and text")
    func notANumber() {
        let options = CSVReadOptions(columnTypes: ["income_rate": .number])
        #expect(message("Data_Zone,income_rate\nS01,8%\nS02,\"12..5%\"\n", options)
                == "simd.csv:3:income_rate: \"12..5%\" is not a number")
        #expect(message("a,income_rate\nS01,8%\nS02,12..5%\n", options)
                == "simd.csv:3:income_rate: \"12..5%\" is not a number")
    }

    @Test("a number too large for a double")
    func outOfRange() {
        #expect(message("a,b\n1,2\n1e400,3\n") == "simd.csv:3:a: \"1e400\" is too large in magnitude for a double-precision number")
        #expect(message("a\n\"-2e308\"\n") == "simd.csv:2:a: \"-2e308\" is too large in magnitude for a double-precision number")
    }

    @Test("ragged rows: too few and too many fields")
    func ragged() {
        #expect(message("a,b,c\n1,2,3\n4,5\n") == "simd.csv:3: the row has 2 fields but the header has 3 columns")
        #expect(message("a,b\n1,2,3\n") == "simd.csv:2: the row has 3 fields but the header has 2 columns")
        #expect(message("a,b\n1,2\n\n") == "simd.csv:3: the row has 1 field but the header has 2 columns")
    }

    @Test("unterminated quote in data and in the header")
    func unterminated() {
        #expect(message("a,b\n1,\"open\n2,3\n") == "simd.csv:2:b: a quoted field opened on this row is never closed")
        #expect(message("a,\"b\n") == "simd.csv:1:(header): a quoted field opened on this row is never closed")
    }

    @Test("stray quotes: inside an unquoted field, or after a closing quote")
    func strayQuotes() {
        let tail = "; a quoted field must be wholly enclosed in quotes, with quotes inside it doubled"
        #expect(message("a,b\n1,ab\"c\n") == "simd.csv:2:b: stray quote in ab\"c" + tail)
        #expect(message("a,b\n\"x\"y,2\n") == "simd.csv:2:a: stray quote in \"x\"y" + tail)
        #expect(message("a,b\"c\",d\n") == "simd.csv:1:(header, column 2): stray quote in b\"c\"" + tail)
    }

    @Test("invalid UTF-8 in a text, number, unselected and header field")
    func invalidUTF8() {
        let bad: [UInt8] = [0xC3, 0x28]
        let m = "the field is not valid UTF-8 text (re-save the file as UTF-8)"
        #expect(message(Array("a,b\n1,".utf8) + bad + [0x0A]) == "simd.csv:2:b: " + m)
        #expect(message(Array("a\n1\n".utf8) + [0xFF, 0x0A]) == "simd.csv:3:a: " + m)
        #expect(message(Array("a,b\n1,x\n2,".utf8) + [0xED, 0xA0, 0x80] + [0x0A], CSVReadOptions(columns: ["a"]))
                == "simd.csv:3:b: " + m)
        #expect(message(Array("a,".utf8) + [0xC0, 0xAF] + Array("\n1,2\n".utf8)) == "simd.csv:1:(header, column 2): " + m)
        // Valid multi-byte text is fine.
        #expect(message("name\nNa h-Eileanan Siar — Comhairle\n") == "no error")
    }

    @Test("header problems: empty file, blank name, duplicate name, ambiguous delimiter")
    func headerProblems() {
        #expect(message("") == "simd.csv: the file is empty; a header row naming the columns is required")
        #expect(message([0xEF, 0xBB, 0xBF]) == "simd.csv: the file is empty; a header row naming the columns is required")
        #expect(message("a, ,c\n1,2,3\n") == "simd.csv:1: column 2 has no name in the header row; give it a name, or delete the column if it holds no values (spreadsheets often leave such empty columns at the right)")
        #expect(message("a,b, a\n1,2,3\n") == "simd.csv:1: the column name \"a\" appears twice in the header row (columns 1 and 3)")
        #expect(message("a,b;c;d,e\n") == "simd.csv:1: cannot tell the delimiter from the header row (it has 2 commas, 2 semicolons); give the delimiter explicitly")
    }

    @Test("a value under a blank header name, when unnamed empty columns are allowed")
    func valueInUnnamedColumn() {
        #expect(message("a,,\n1,,\n2,x,\n", CSVReadOptions(ignoreEmptyUnnamedColumns: true))
                == "simd.csv:3:(column 2): \"x\" is in a column with no name in the header row; name the column or remove the value")
    }

    @Test("unknown column in a selection or an imposed type")
    func unknownColumn() {
        let expected = "simd.csv: there is no column named \"rate\" (the columns are: a, b)"
        #expect(message("a,b\n1,2\n", CSVReadOptions(columns: ["a", "rate"])) == expected)
        #expect(message("a,b\n1,2\n", CSVReadOptions(columnTypes: ["rate": .text])) == expected)
    }

    @Test("a file that cannot be read")
    func unreadable() {
        #expect(throws: CSVError.unreadable(file: "/no/such/dir/x.csv", reason: "No such file or directory")) {
            try CSVReader.read(file: "/no/such/dir/x.csv")
        }
        #expect(CSVError.unreadable(file: "x.csv", reason: "Is a directory").description
                == "x.csv: cannot read the file (Is a directory)")
    }
}
