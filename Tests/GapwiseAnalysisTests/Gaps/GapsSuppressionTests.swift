// GapsSuppressionTests: primary and secondary suppression on small tables whose answer is worked by hand.
import Testing
@testable import GapwiseAnalysis
import GapwiseIO

@Suite("Gaps suppression")
struct GapsSuppressionTests {
    /// One council of 10 areas, ranks 1...10, two areas per local quintile, with the given quintile counts
    /// (split 1 + rest between the two areas) and a denominator of 1,000 per area.
    static func table(_ counts: [Double]) -> CSVTable {
        var c: [Double] = [], d: [Double] = []
        for x in counts { c += [min(1, x), x - min(1, x)]; d += [1000, 1000] }
        return CSVTable(file: "small.csv", delimiter: .comma, rowCount: 10, columns: [
            CSVColumn(name: "rank", data: .number(CSVNumberColumn(values: (1...10).map(Double.init), isMissing: .init(repeating: false, count: 10)))),
            CSVColumn(name: "council", data: .text(CSVTextColumn(values: .init(repeating: "A", count: 10), isMissing: .init(repeating: false, count: 10)))),
            CSVColumn(name: "n", data: .number(CSVNumberColumn(values: c, isMissing: .init(repeating: false, count: 10)))),
            CSVColumn(name: "d", data: .number(CSVNumberColumn(values: d, isMissing: .init(repeating: false, count: 10)))),
        ])
    }

    static func run(_ counts: [Double], threshold: Double = 5) throws -> GapsResult {
        let req = GapsRequest(indicators: [GapsIndicator(name: "x", source: .counts(numerator: "n", denominator: "d"))],
                              rank: "rank", locality: "council", includeNational: false, basis: .local, threshold: threshold)
        return try GapsRunner.run(req, on: table(counts))
    }

    @Test func oneSmallCountTakesTheSmallestOtherCountWithIt() throws {
        let r = try Self.run([3, 10, 20, 8, 30])
        #expect(r.profiles[0].rows.map(\.status) == [.suppressed, .published, .published, .secondary, .published])
        #expect(r.profiles[0].rows.map(\.numerator) == [nil, 10, 20, nil, 30])
        let sii = try #require(r.gaps.first { $0.measure == "sii_linear" })
        #expect(sii.estimate == nil)
        #expect(sii.missingReason == "not computed: quantile 1 suppressed (count below 5), quantile 4 withheld to protect a suppressed quantile (secondary suppression)")
        let d = try #require(r.gaps.first { $0.measure == "d" })
        #expect(d.estimate == nil && d.missingReason == "not computed: quantile 1 suppressed (count below 5)")
    }

    @Test func smallCountsThatAddUpToASmallTotalTakeAThirdCell() throws {
        // 1 + 2 = 3 would be recoverable from the total and is itself below 5: the smallest other (9) goes too.
        let r = try Self.run([1, 2, 9, 50, 60])
        #expect(r.profiles[0].rows.map(\.status) == [.suppressed, .suppressed, .secondary, .published, .published])
    }

    @Test func zeroIsSuppressedAndThresholdZeroSwitchesSuppressionOff() throws {
        let r = try Self.run([0, 10, 20, 30, 40])
        #expect(r.profiles[0].rows.map(\.status) == [.suppressed, .secondary, .published, .published, .published])
        let off = try Self.run([0, 10, 20, 30, 40], threshold: 0)
        #expect(off.profiles[0].rows.allSatisfy { $0.isPublished })
        // d = 0/2000·100 − 40/2000·100 = −2 (percentages; adverse: most deprived minus least deprived).
        #expect(off.gaps.first { $0.measure == "d" }?.estimate == -2)
    }

    @Test func extremesPublishedKeepTheRangesButNotTheSlope() throws {
        let r = try Self.run([40, 3, 20, 8, 30])
        #expect(r.profiles[0].rows.map(\.status) == [.published, .suppressed, .published, .secondary, .published])
        #expect(r.gaps.first { $0.measure == "d" }?.estimate == 2 - 1.5)
        #expect(r.gaps.first { $0.measure == "r" }?.estimate == 40.0 / 30.0)
        #expect(r.gaps.first { $0.measure == "sii_linear" }?.estimate == nil)
    }

    @Test func linesAreProtectedDirectly() {
        var p = SuppressionProblem(counts: [2, 7, 6, 100], hasData: [true, true, true, true])
        p.lines = [([0, 1, 2, 3], true)]
        #expect(p.solve(threshold: 5) == [1, 0, 2, 0])
        var q = SuppressionProblem(counts: [2, 7, 6, 0], hasData: [true, true, true, false])
        q.lines = [([0, 3], false), ([0, 1, 2], true)]
        // The structural empty cell is never chosen; the sum line then takes the smallest published cell.
        #expect(q.solve(threshold: 5) == [1, 0, 2, 0])
    }
}
