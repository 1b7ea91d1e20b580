// DuncanValidationTests: `duncan` through MeasureRunner against CPOP's published Duncan indices, 2009-2012.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseIO
import GapwiseMeasures
import GapwiseTestSupport

/// CPOP's published Duncan indices (../shared/validation/cpop/duncan_expected_2009_2012.csv: 32 councils × 4
/// years × 7 outcomes, Improvement-Service/CPOP commit 871dfe7), keyed "council|year|outcome".
enum CPOPDuncan {
    static let input = "validation/cpop/duncan_input_2009_2012.csv"
    static let expectedFile = "validation/cpop/duncan_expected_2009_2012.csv"
    static let outcomes = ["Depop", "EM", "CP", "Attain", "PD", "EA", "crime"]

    static func expected() throws -> [String: Double] {
        let t = try TestTable(contentsOf: try SharedData.require(expectedFile))
        let las = t.column("la"), years = t.numbers("year")
        var out: [String: Double] = [:]
        for o in outcomes {
            for (i, v) in t.numbers(o).enumerated() { out["\(las[i])|\(Int(years[i]))|\(o)"] = v }
        }
        return out
    }
}

@Suite("duncan against CPOP")
struct DuncanValidationTests {
    @Test(.needsShared(CPOPDuncan.input, CPOPDuncan.expectedFile),
          arguments: [DuncanMissingOutcomes.leftOut, .keptLast])
    func everyCouncilYearAndOutcome(missing: DuncanMissingOutcomes) throws {
        let expected = try CPOPDuncan.expected()
        #expect(expected.count == 32 * 4 * 7)
        let table = try CSVReader.read(file: try SharedData.require(CPOPDuncan.input).path)
        var checked = 0, worst = 0.0
        for outcome in CPOPDuncan.outcomes {
            var request = MeasureRequest(measures: [.duncan], value: outcome, by: ["la", "year"])
            request.deprived = "inc.n"
            request.nonDeprived = "noninc.n"
            request.duncanMissing = missing
            for r in try MeasureRunner.run(request, on: table) {
                let want = try #require(expected["\(r.group[0])|\(r.group[1])|\(outcome)"], "\(r.group) \(outcome)")
                worst = max(worst, abs(r.estimate - want))
                #expect(abs(r.estimate - want) <= 1e-12, "\(r.group) \(outcome): \(r.estimate) vs CPOP \(want)")
                #expect(r.excluded == 0 && r.intervals.isEmpty)
                checked += 1
            }
        }
        #expect(checked == expected.count)
        #expect(worst <= 1e-12)
    }
}
