// TargetStandardisationTests: a filter keeps the national base unless asked (--standardise), and 0 replicates simulate nothing.
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("TargetAnalysis standardisation base and no simulation")
struct TargetStandardisationTests {
    // One value indicator, higher is worse. All five areas: mean 4, deviations −3,−2,2,−1,4, squares sum 34,
    // sd √(34/4) = √8.5. C1 alone (1, 2, 6): mean 3, squares 4+1+9 = 14, sd √(14/2) = √7.
    static let text = "code,name,loc,v,v_se\na1,A1,C1,1,0.5\na2,A2,C1,2,0.5\nb1,B1,C2,3,0.5\na3,A3,C1,6,0.5\nb2,B2,C2,8,0.5\n"

    func table() throws -> CSVTable { try CSVReader.read(bytes: Array(Self.text.utf8), name: "areas.csv") }

    func request(reps: Int = 200, filter: Bool, standardise: TargetStandardisation = .all) -> TargetRequest {
        var r = TargetRequest(area: "code", name: "name", locality: "loc",
                              filters: filter ? [("loc", "C1")] : [],
                              indicators: [TargetIndicator(name: "v", source: .value(column: "v", standardError: "v_se"))],
                              replicates: reps, seed: 3, worst: .count(1), threads: 1)
        r.standardise = standardise
        return r
    }

    func score(_ r: TargetRequest, _ code: String) throws -> Double {
        let areas = try TargetAnalysis.run(r, on: table()).areas
        return try #require(areas.first { $0.area == code }).score
    }

    @Test func aFilterKeepsTheBaseOfAllRowsByDefault() throws {
        let unfiltered = try score(request(filter: false), "a3")
        let filtered = try score(request(filter: true), "a3")
        #expect(unfiltered == filtered)
        #expect(abs(filtered - 2 / 8.5.squareRoot()) < 1e-15)
        let settings = try TargetAnalysis.run(request(filter: true), on: table()).settings
        #expect(settings.means == [4] && settings.standardise == .all)
    }

    @Test func standardiseFilteredUsesOnlyTheKeptRows() throws {
        let s = try score(request(filter: true, standardise: .filtered), "a3")
        #expect(abs(s - 3 / 7.0.squareRoot()) < 1e-15)
        let unfiltered = try score(request(filter: false), "a3")
        #expect(abs(s - unfiltered) > 0.4)
    }

    @Test func zeroReplicatesGiveScoresAndRanksOnly() throws {
        let t = try table()
        let report = try TargetAnalysis.run(request(reps: 0, filter: false), on: t)
        #expect(report.areas.map(\.area) == ["a3", "a2", "a1", "b2", "b1"])
        for a in report.areas {
            #expect(a.scoreSE == nil && a.rankLower == nil && a.rankUpper == nil && a.probabilityWorst == nil)
            #expect(a.probabilityAboveLocality == nil && a.probabilityAboveCountry == nil && a.flags.isEmpty)
        }
        #expect(report.settings.samplingLabel == "no simulation (0 replicates asked for): no rank intervals or probabilities")
        // Standard errors are not read: an invalid one does not stop a run that does not simulate.
        let bad = try CSVReader.read(bytes: Array("code,name,loc,v,v_se\na1,A1,C1,1,-1\na2,A2,C1,2,x\n".utf8), name: "bad.csv")
        #expect(try TargetAnalysis.run(request(reps: 0, filter: false), on: bad).areas.count == 2)
        #expect(throws: AnalysisError.self) { try TargetAnalysis.run(request(reps: 1, filter: false), on: bad) }
    }
}
