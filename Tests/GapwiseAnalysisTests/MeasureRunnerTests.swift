// MeasureRunnerTests: grouping, missing-value exclusion, weights and request validation of the measure runner.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures

@Suite("MeasureRunner")
struct MeasureRunnerTests {
    func table(_ text: String) throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), name: "t.csv")
    }

    @Test func missingValuesAreExcludedNeverZero() throws {
        // With the blank read as zero the Gini of (0, 2, 4) would be 4/9; excluded, Gini of (2, 4) is 1/6.
        let t = try table("a,v\nx,\ny,2\nz,4\n")
        let r = try MeasureRunner.run(MeasureRequest(measures: [try MeasureSpec.parse("gini")], value: "v", replicates: 0), on: t)
        #expect(r.count == 1)
        #expect(abs(r[0].estimate - 1.0 / 6) < 1e-15)
        #expect(r[0].areas == 2 && r[0].excluded == 1)
    }

    @Test func groupsKeepFirstAppearanceOrderAndWeightsApply() throws {
        let t = try table("g,v,w\nB,1,1\nA,1,3\nB,3,1\nA,3,1\n")
        let r = try MeasureRunner.run(MeasureRequest(measures: [try MeasureSpec.parse("gini")], value: "v",
                                                     population: "w", by: ["g"], replicates: 0), on: t)
        #expect(r.map(\.group) == [["B"], ["A"]])
        // Weighted (1 x3, 3 x1) equals the unweighted Gini of 1,1,1,3 = 2Σi·x(i)/(nΣx) − (n+1)/n = 0.25.
        #expect(abs(r[1].estimate - 0.25) < 1e-15)
        #expect(r[1].population == 4)
    }

    @Test func requestsAreValidatedBeforeAnyWork() throws {
        #expect(throws: AnalysisError.self) { try MeasureRequest(measures: []).validate() }
        #expect(throws: AnalysisError.unknownMeasure(code: "ginni", known: MeasureSpec.knownCodes)) {
            try MeasureSpec.parse("ginni")
        }
        #expect(throws: AnalysisError.self) { try MeasureSpec.parse("gini:2") }
        #expect(throws: AnalysisError.self) {
            try MeasureRequest(measures: [try MeasureSpec.parse("sii")], value: "v").validate()
        }
        let spec = try MeasureSpec.parse("atkinson:1")
        #expect(spec.measure == .atkinson(epsilon: 1))
        #expect(try MeasureSpec.parse("sii").kind == .grouped(.sii))
    }

    @Test func bootstrapSeedsDependOnlyOnGroupAndMeasurePosition() throws {
        let t = try table("g,v\nA,1\nA,2\nA,5\nA,9\nB,2\nB,2\nB,7\nB,8\n")
        let req = MeasureRequest(measures: [try MeasureSpec.parse("gini"), try MeasureSpec.parse("theil_t")], value: "v",
                                 by: ["g"], replicates: 200, seed: 42)
        let a = try MeasureRunner.run(req, on: t), b = try MeasureRunner.run(req, on: t)
        #expect(a == b)
        #expect(a.allSatisfy { $0.intervals.count == 1 })
    }
}
