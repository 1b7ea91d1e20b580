// MeasureErrorLocationTests: measure errors name the file row and column, after excluded rows and within groups.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures

@Suite("Measure errors name file, row and column")
struct MeasureErrorLocationTests {
    func table(_ text: String) throws -> CSVTable { try CSVReader.read(bytes: Array(text.utf8), name: "t.csv") }
    func request(_ codes: String, value: String = "v") throws -> MeasureRequest {
        MeasureRequest(measures: try codes.split(separator: ",").map { try MeasureSpec.parse(String($0)) }, value: value, replicates: 0)
    }

    @Test func aHeaderWithoutRowsIsNoRows() throws {
        #expect(throws: AnalysisError.noRows(file: "t.csv")) { try MeasureRunner.run(try request("gini"), on: try table("a,v\n")) }
    }

    @Test func zeroForALogarithmNamesItsFileRowAfterGroupingAndExclusion() throws {
        // Group B's used values are rows 3 and 6 (row 5 is missing); the zero is value 2 of the group, row 6 of the file.
        var r = try request("theil_l")
        r.by = ["g"]
        let t = try table("g,v\nA,1\nB,2\nA,3\nB,\nB,0\n")
        #expect(throws: AnalysisError.invalidValue(file: "t.csv", row: 6, column: "v", value: "0",
                                                   rule: "is not allowed by theil_l: the mean log deviation takes the logarithm of every value, so every value must be greater than zero")) {
            try MeasureRunner.run(r, on: t)
        }
    }

    @Test func overflowNamesTheRowWhereTheSumPassedTheLargestDouble() throws {
        #expect(throws: AnalysisError.overflow(file: "t.csv", row: 4, column: "v", measure: "gini", quantity: "the weighted sum of the values")) {
            try MeasureRunner.run(try request("gini"), on: try table("a,v\nx,1\ny,1e308\nz,1e308\n"))
        }
    }

    @Test func aRepeatedSubgroupNamesBothRows() throws {
        var r = try request("d")
        r.subgroup = "q"
        #expect(throws: AnalysisError.invalidValue(file: "t.csv", row: 4, column: "q", value: "\"Q1\"",
                                                   rule: "names the same subgroup as row 2; each subgroup must appear once")) {
            try MeasureRunner.run(r, on: try table("q,v\nQ1,3\nQ2,4\nQ1,5\n"))
        }
    }

    @Test func aRepeatedAreaCodeInTheSameGroupIsRefusedButNotAcrossGroups() throws {
        var r = try request("gini")
        r.area = "a"
        r.by = ["year"]
        let ok = try MeasureRunner.run(r, on: try table("a,year,v\nS01000001,2019,1\nS01000002,2019,2\nS01000001,2023,3\nS01000002,2023,4\n"))
        #expect(ok.count == 2)
        #expect(throws: AnalysisError.invalidValue(file: "t.csv", row: 4, column: "a", value: "\"S01000001\"",
                                                   rule: "repeats the area code of row 2 in the same group; each area must appear once")) {
            try MeasureRunner.run(r, on: try table("a,year,v\nS01000001,2019,1\nS01000002,2019,2\nS01000001,2019,3\n"))
        }
    }

    @Test func aResultThatOverflowsInAPowerIsAnErrorNotInf() throws {
        #expect(throws: AnalysisError.measureFailed(file: "t.csv", group: "all rows", measure: "cv",
                                                    reason: "cv: the result overflows: it passes the largest double-precision number (about 1.8e308); rescale the values (e.g. divide by 1,000).")) {
            try MeasureRunner.run(try request("cv"), on: try table("a,v\nx,1e200\ny,2e200\n"))
        }
    }
}
