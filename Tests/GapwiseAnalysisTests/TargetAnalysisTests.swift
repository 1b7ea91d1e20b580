// TargetAnalysisTests: combined scores by hand, closed-form probabilities, thread independence and row/column errors.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("TargetAnalysis")
struct TargetAnalysisTests {
    func table(_ text: String, _ name: String = "areas.csv") throws -> CSVTable {
        try CSVReader.read(bytes: Array(text.utf8), name: name)
    }

    func request(_ indicators: [TargetIndicator], reps: Int = 2_000, worst: WorstSet = .count(1),
                 uncertainty: TargetUncertainty = .normal, threads: Int = 1) -> TargetRequest {
        TargetRequest(area: "code", name: "name", locality: "loc", indicators: indicators, uncertainty: uncertainty,
                      replicates: reps, seed: 11, worst: worst, threads: threads)
    }

    @Test func scoresAreWeightedPolarityAwareZScores() throws {
        // a: 1,2,3,6 (mean 3, sd √(14/3)); b (lower is worse): 10,10,20,20 (mean 15, sd √(100/3)); weights 3:1 → 0.75, 0.25.
        let t = try table("code,name,loc,a,a_se,b,b_se\nz1,One,L,1,0.1,10,1\nz2,Two,L,2,0.1,10,1\nz3,Three,M,3,0.1,20,1\nz4,Four,M,6,0.1,20,1\n")
        let r = request([TargetIndicator(name: "a", source: .value(column: "a", standardError: "a_se"), weight: 3),
                         TargetIndicator(name: "b", source: .value(column: "b", standardError: "b_se"), polarity: .favourable)])
        let report = try TargetAnalysis.run(r, on: t)
        let sdA = (14.0 / 3).squareRoot(), sdB = (100.0 / 3).squareRoot()
        func expected(_ a: Double, _ b: Double) -> Double { 0.75 * (a - 3) / sdA + 0.25 * -(b - 15) / sdB }
        let byCode = Dictionary(uniqueKeysWithValues: report.areas.map { ($0.area, $0) })
        for (code, a, b) in [("z1", 1.0, 10.0), ("z2", 2, 10), ("z3", 3, 20), ("z4", 6, 20)] {
            let s = try #require(byCode[code]).score
            #expect(abs(s - expected(a, b)) < 1e-14, "\(code)")
        }
        // Normal SE: √((0.75·0.1/sdA)² + (0.25·1/sdB)²).
        let se = ((0.075 / sdA) * (0.075 / sdA) + (0.25 / sdB) * (0.25 / sdB)).squareRoot()
        #expect(abs(byCode["z1"]!.scoreSE! - se) < 1e-15)
        // Within L (z1, z2): a has mean 1.5, sd √0.5; b does not vary (contributes 0). z2: 0.75·0.5/√0.5.
        #expect(abs(byCode["z2"]!.localScore - 0.75 * 0.5 / 0.5.squareRoot()) < 1e-14)
        #expect(report.areas.map(\.area) == ["z2", "z1", "z4", "z3"], "by locality, worst first")
        #expect(report.settings.weights == [0.75, 0.25])
        // z1's drivers: b contributes +0.25·5/sdB > 0, a contributes < 0 and is not a driver.
        #expect(byCode["z1"]!.drivers.map(\.indicator) == ["b"])
        #expect(byCode["z4"]!.drivers.map(\.indicator) == ["a"])
    }

    @Test func twoAreaLocalityProbabilityIsTheNormalClosedForm() throws {
        // One indicator with sd_x = √0.5·|x1−x2| ... here values 0 and 1 (mean 0.5, sd √0.5); SEs 0.5 each.
        // S_i = (x_i − 0.5)/√0.5, σ_S = 0.5/√0.5; P(z2 worst) = Φ((S2−S1)/(√2 σ_S)) = Φ(√2) = 0.92135039647485985.
        let t = try table("code,name,loc,v,v_se\nz1,A,L,0,0.5\nz2,B,L,1,0.5\n")
        let r = request([TargetIndicator(name: "v", source: .value(column: "v", standardError: "v_se"))], reps: 40_000)
        let report = try TargetAnalysis.run(r, on: t)
        let z2 = try #require(report.areas.first { $0.area == "z2" })
        #expect(z2.rank == 1)
        // MC SE √(p(1−p)/R) = 0.0013; tolerance 5 SE.
        #expect(abs(z2.probabilityWorst! - 0.92135039647485985) < 0.007)
        #expect(z2.rankLower == 1 && z2.rankUpper == 2)
    }

    @Test func farWorseAreaIsCertainAndFlaggedIdenticalAreasShareTheWorstSet() throws {
        var text = "code,name,loc,ev_count,ev_denominator\n"
        for i in 1...12 { text += "a\(i),A\(i),L,\(i == 5 ? 400 : 20),1000\n" }
        for i in 1...12 { text += "b\(i),B\(i),M,25,1000\n" }
        let r = request([TargetIndicator(name: "ev", source: .counts(count: "ev_count", denominator: "ev_denominator"))],
                        reps: 20_000, worst: .count(3))
        let report = try TargetAnalysis.run(r, on: try table(text))
        let far = try #require(report.areas.first { $0.area == "a5" })
        #expect(far.rank == 1 && far.probabilityWorst == 1 && far.rankLower == 1 && far.rankUpper == 1)
        #expect(far.flags == ["significantly_worse_than_locality", "significantly_worse_than_country", "worse_than_both"])
        #expect(far.drivers.map(\.indicator) == ["ev"])
        // M's 12 identical areas are exchangeable: P(worst 3) = 3/12 each (MC SE 0.0031, tolerance 5 SE).
        for a in report.areas where a.locality == "M" {
            #expect(abs(a.probabilityWorst! - 0.25) < 0.016, "\(a.area): \(a.probabilityWorst)")
            #expect(a.flags.isEmpty)
        }
    }

    @Test func outputIsIdenticalForOneAndTwoThreadsInBothModes() throws {
        var text = "code,name,loc,x_count,x_denominator,y_count,y_denominator\n"
        var g = SplitMixForTests(seed: 8)
        for i in 0..<300 { text += "z\(i),Z\(i),L\(i % 7),\(g.next() % 60),500,\(g.next() % 90 + 1),800\n" }
        let t = try table(text)
        for mode in TargetUncertainty.allCases {
            var inds = [TargetIndicator(name: "x", source: .counts(count: "x_count", denominator: "x_denominator")),
                        TargetIndicator(name: "y", source: .counts(count: "y_count", denominator: "y_denominator"), polarity: .favourable)]
            inds[0].weight = 2
            let one = try TargetAnalysis.run(request(inds, reps: 700, worst: .percent(10), uncertainty: mode, threads: 1), on: t)
            let two = try TargetAnalysis.run(request(inds, reps: 700, worst: .percent(10), uncertainty: mode, threads: 2), on: t)
            #expect(one == two, "\(mode)")
            #expect(one.csv() == two.csv())
            let other = try TargetAnalysis.run(TargetRequest(area: "code", name: "name", locality: "loc", indicators: inds,
                                                             uncertainty: mode, replicates: 700, seed: 12, worst: .percent(10),
                                                             threads: 2), on: t)
            #expect(other.areas.map(\.probabilityWorst) != one.areas.map(\.probabilityWorst), "another seed, other draws")
        }
    }

    @Test func errorsNameFileRowAndColumn() throws {
        let ind = [TargetIndicator(name: "ev", source: .counts(count: "ev_count", denominator: "ev_denominator"))]
        // Missing values stop the run only under `missing: .error` (the default excludes and counts them).
        var strict = request(ind)
        strict.missing = .error
        let missing = try table("code,name,loc,ev_count,ev_denominator\nz1,A,L,3,100\nz2,B,L,,100\n", "in.csv")
        #expect(throws: AnalysisError.invalidValue(file: "in.csv", row: 3, column: "ev_count", value: "missing",
                                                    rule: "is not a valid count (a number, 0 or more)")) {
            try TargetAnalysis.run(strict, on: missing)
        }
        let zeroDen = try table("code,name,loc,ev_count,ev_denominator\nz1,A,L,3,100\nz2,B,L,1,0\n", "in.csv")
        #expect(throws: AnalysisError.invalidValue(file: "in.csv", row: 3, column: "ev_denominator", value: "0",
                                                    rule: "is not a valid denominator (a number above 0)")) {
            try TargetAnalysis.run(strict, on: zeroDen)
        }
        let twice = try table("code,name,loc,ev_count,ev_denominator\nz1,A,L,3,100\nz1,A,L,1,100\n", "in.csv")
        // The rule names the settings that would help as typed fields (no flag in a library message).
        let dup = AnalysisError.invalidValue(file: "in.csv", row: 3, column: "code", value: "z1",
                                             rule: "appears twice; use \(field: .filters) (e.g. year=2023) or \(field: .unit) to aggregate")
        #expect(throws: dup) { try TargetAnalysis.run(request(ind), on: twice) }
        #expect(dup.description == "in.csv:3:code: z1 appears twice; use filters (e.g. year=2023) or unit to aggregate.")
        let flat = try table("code,name,loc,ev_count,ev_denominator\nz1,A,L,3,100\nz2,B,L,3,100\n", "in.csv")
        #expect(throws: AnalysisError.invalidRequest("indicator \"ev\" has the same value (0.03) in every area, so it cannot be standardised; leave it out.")) {
            try TargetAnalysis.run(request(ind), on: flat)
        }
        let value = [TargetIndicator(name: "v", source: .value(column: "v", standardError: nil))]
        #expect(throws: AnalysisError.invalidRequest("Poisson simulation needs counts, but indicator \"v\" is a value column; use \(field: .uncertainty) normal with a standard error column.")) {
            try request(value, uncertainty: .poisson).validate()
        }
        #expect(throws: AnalysisError.unknownColumn(file: "in.csv", column: "loc", available: ["code", "name", "place", "v"])) {
            try TargetAnalysis.run(request([TargetIndicator(name: "v", source: .value(column: "v", standardError: "v"))]),
                                   on: try table("code,name,place,v\nz,A,L,1\n", "in.csv"))
        }
    }

    @Test func unitsAggregateCountsAndFiltersSelectRows() throws {
        let text = """
            dz,iz,iz_name,loc,year,ev_count,ev_denominator
            d1,i1,I one,L,2023,10,100
            d2,i1,I one,L,2023,30,100
            d3,i2,I two,L,2023,5,100
            d1,i1,I one,L,2019,99,100
            d4,i3,I three,M,2023,1,100

            """
        var r = request([TargetIndicator(name: "ev", source: .counts(count: "ev_count", denominator: "ev_denominator"))])
        r.unit = "iz"; r.unitName = "iz_name"; r.filters = [("year", "2023")]
        let areas = try TargetAreas.read(r, from: try table(text))
        #expect(areas.codes == ["i1", "i2", "i3"])
        #expect(areas.names == ["I one", "I two", "I three"])
        #expect(areas.values[0] == [0.2, 0.05, 0.01])
        #expect(areas.counts[0]! == [40, 5, 1] && areas.denominators[0]! == [200, 100, 100])
        #expect(abs(areas.standardErrors[0][0] - 40.0.squareRoot() / 200) < 1e-17)
    }
}

/// A tiny deterministic generator for test data (SplitMix64 steps).
struct SplitMixForTests {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
