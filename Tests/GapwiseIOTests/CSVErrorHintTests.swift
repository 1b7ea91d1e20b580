// CSVErrorHintTests: the reasons added to "is not a number" for NaN/infinity spelled out and for decimal commas.
import Testing
import GapwiseIO

@Suite("CSVError: hints for near-numbers")
struct CSVErrorHintTests {
    func message(_ text: String) -> String {
        CSVError.notANumber(file: "f.csv", row: 3, column: "rate", text: text).description
    }

    @Test(arguments: ["NaN", "nan", "Inf", "-Inf", "+inf", "Infinity", "-infinity", "#NUM!", "#DIV/0!"])
    func nanAndInfinity(_ text: String) {
        #expect(message(text) == "f.csv:3:rate: \"\(text)\" is not a number: NaN and infinity are not values; leave the field blank or write NA where a value is missing")
    }

    @Test func decimalCommas() {
        #expect(message("9,1") == "f.csv:3:rate: \"9,1\" is not a number: the decimal mark must be a point (9.1); decimal commas are not read")
        #expect(message("-12,75") == "f.csv:3:rate: \"-12,75\" is not a number: the decimal mark must be a point (-12.75); decimal commas are not read")
        #expect(message("8,5%") == "f.csv:3:rate: \"8,5%\" is not a number: the decimal mark must be a point (8.5%); decimal commas are not read")
    }

    @Test(arguments: ["low", "1,2,3", ",5", "5,", "a,b", "12..5%", ""])
    func otherTextGetsNoHint(_ text: String) {
        #expect(message(text) == "f.csv:3:rate: \"\(text)\" is not a number")
    }

    @Test func theReaderGivesTheHintWithTheRow() throws {
        var options = CSVReadOptions()
        options.columnTypes["v"] = .number
        #expect(throws: CSVError.notANumber(file: "t.csv", row: 3, column: "v", text: "2,5")) {
            try CSVReader.read(bytes: Array("a;v\nx;1.5\ny;2,5\n".utf8), name: "t.csv", options: options)
        }
    }
}
