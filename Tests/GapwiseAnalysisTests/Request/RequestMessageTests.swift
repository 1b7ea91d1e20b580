// RequestMessageTests: library errors keep their fields typed; each surface spells them in its own words.
import Testing
@testable import GapwiseAnalysis

@Suite("Request messages name fields, not flags")
struct RequestMessageTests {
    @Test func fieldsAreRenderedByTheCaller() {
        let c = 95.0
        let m: RequestMessage = "\(field: .levels) \(c) is not a level strictly between 0 and 1."
        #expect(m.fields == [.levels])
        #expect(m.description == "levels 95.0 is not a level strictly between 0 and 1.")
        #expect(m.rendered { $0 == .levels ? "--level" : "?" } == "--level 95.0 is not a level strictly between 0 and 1.")
        #expect(m.rendered { "`\($0.rawValue):`" } == "`levels:` 95.0 is not a level strictly between 0 and 1.")
    }

    @Test func equalTextIsEqualHoweverItWasWritten() {
        let n = 3
        let a: RequestMessage = "needs \(n) rows", b: RequestMessage = "needs 3 rows"
        #expect(a == b)
        #expect(a != ("needs \(field: .replicates) rows" as RequestMessage))
    }

    @Test func analysisErrorRendersOnlyItsRequestFields() {
        let e = AnalysisError.invalidRequest("give \(field: .numerator) COL and \(field: .denominator) COL.")
        #expect(e.description == "give numerator COL and denominator COL.")
        #expect(e.rendered { "--" + $0.rawValue } == "give --numerator COL and --denominator COL.")
        let plain = AnalysisError.noRows(file: "a.csv")
        #expect(plain.rendered { _ in "unused" } == plain.description)
    }

    /// No library validation message spells a command-line flag: every `--` would reach a YAML user or an embedder.
    @Test func libraryValidationNamesNoFlag() throws {
        var r = MeasureRequest(measures: [])
        r.value = "v"
        do { try r.validate(); Issue.record("an empty measure list must be refused") } catch {
            #expect(!error.description.contains("--"), "\(error.description)")
            #expect(error.rendered { "--" + $0.rawValue }.contains("--measures"))
        }
    }
}
