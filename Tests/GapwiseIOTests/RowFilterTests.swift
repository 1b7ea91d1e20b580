// RowFilterTests: --filter's library half: parsing, AND across columns, OR within one, numbers by value, errors, lines.
import Foundation
import Testing
import GapwiseIO

@Suite("RowFilter")
struct RowFilterTests {
    static let table = CSVTable(file: "areas.csv", delimiter: .comma, rowCount: 5, columns: [
        CSVColumn(name: "council", data: .text(CSVTextColumn(values: ["C1", "C2", "C1", "", "C2"], isMissing: [false, false, false, true, false]))),
        CSVColumn(name: "year", data: .number(CSVNumberColumn(values: [2022, 2022, 2023, 2023, .nan], isMissing: [false, false, false, false, true]))),
    ])

    func rows(_ filters: [String]) throws -> [Int] {
        try Self.table.rows(matching: filters.map { try RowFilter.parse($0) })
    }

    @Test("different columns AND, several values of one column OR; numbers match by value")
    func semantics() throws {
        #expect(try rows([]) == [0, 1, 2, 3, 4])
        #expect(try rows(["council=C1"]) == [0, 2])
        #expect(try rows(["council=C1", "year=2023"]) == [2])
        #expect(try rows(["year=2022", "year=2023.0"]) == [0, 1, 2, 3])
        #expect(try rows(["council=C1", "council=C2", "year=2022"]) == [0, 1])
        #expect(try rows(["council=c1"]) == [], "text matches exactly, case included")
        #expect(try rows(["council="]) == [3], "an empty value keeps the missing cells")
        #expect(try rows(["year="]) == [4])
    }

    @Test("the value may contain '='; the column may not be empty")
    func parse() throws {
        #expect(try RowFilter.parse("note=a=b") == RowFilter(column: "note", value: "a=b"))
        #expect(throws: RowFilterError.malformed("=2023")) { try RowFilter.parse("=2023") }
        #expect(throws: RowFilterError.malformed("year")) { try RowFilter.parse("year") }
    }

    @Test("errors name the file, the column and the rule, in whole sentences")
    func errors() {
        #expect(RowFilterError.malformed("year").description == "the filter \"year\" is not COLUMN=VALUE (e.g. year=2023).")
        do {
            _ = try rows(["region=West"])
            Issue.record("an unknown column must be an error")
        } catch {
            #expect((error as? RowFilterError)?.description == "areas.csv: the filter names column \"region\", which is not in the file (columns: council, year).")
        }
        do {
            _ = try rows(["year=latest"])
            Issue.record("text for a number column must be an error")
        } catch {
            #expect((error as? RowFilterError)?.description == "areas.csv: the filter year=latest can never match: column \"year\" holds numbers and \"latest\" is not a number.")
        }
    }

    @Test("a filtered table remembers each row's line in the file, through two filters")
    func lines() throws {
        let once = try Self.table.filtered(by: [RowFilter(column: "council", value: "C2")])
        #expect(once.rowCount == 2 && once.line(ofRow: 0) == 3 && once.line(ofRow: 1) == 6)
        let twice = try once.filtered(by: [RowFilter(column: "year", value: "")])
        #expect(twice.rowCount == 1 && twice.line(ofRow: 0) == 6)
        #expect(Self.table.line(ofRow: 4) == 6)
        #expect(try Self.table.filtered(by: []) == Self.table)
    }
}
