// GapsMethodTextTests: a gap row's method text names only the interval the row shows (none, simulation or t).
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseMeasures

/// On GapsSignTests' five hand-computed areas: the linear SII and RII fit gives a t interval of its own,
/// and the method text must drop those words whenever the row shows another interval or none.
@Suite("Gaps: method text matches the interval shown")
struct GapsMethodTextTests {
    static let linear = ["sii_linear", "rii_linear", "rii_int"]
    static let tWords = "t interval on k − 2 df"

    @Test func areaValuesWithoutStandardErrorsNameNoInterval() throws {
        let r = try GapsRunner.run(try GapsSignTests.request(se: false, measures: ["d", "r"] + Self.linear + ["paf", "par"]),
                                   on: try GapsSignTests.table(se: false))
        #expect(r.gaps.count == 14)
        for g in r.gaps {
            #expect(g.intervals.isEmpty, "\(g.measure)")
            #expect(!g.method.contains(Self.tWords), "\(g.indicator) \(g.measure): \(g.method)")
            #expect(g.method.contains(" ; interval: none: no sampling error given"), "\(g.indicator) \(g.measure): \(g.method)")
            #expect(g.method.components(separatedBy: "; interval:").count == 2, "one interval part: \(g.method)")
        }
        // The fit itself is still described.
        #expect(try GapsSignTests.estimate(r, "adverse", "sii_linear").method.contains("population-weighted LS of y on relative rank"))
    }

    @Test func defaultSimulatedIntervalNamesTheSimulationOnly() throws {
        let r = try GapsRunner.run(try GapsSignTests.request(se: true, measures: Self.linear), on: try GapsSignTests.table(se: true))
        for g in r.gaps {
            #expect(!g.intervals.isEmpty, "\(g.measure)")
            #expect(!g.method.contains(Self.tWords), "\(g.indicator) \(g.measure): \(g.method)")
            #expect(g.method.contains(" ; interval: PHE simulation from the quantiles' 95% limits"), "\(g.measure): \(g.method)")
        }
    }

    @Test func simulationNotPossibleNamesNoInterval() throws {
        // Four quantiles: PHE's simulation needs five, so the rows carry no interval and say why.
        var req = try GapsSignTests.request(se: true, measures: Self.linear)
        req.quantiles = [4]
        let r = try GapsRunner.run(req, on: try GapsSignTests.table(se: true))
        for g in r.gaps {
            #expect(g.intervals.isEmpty, "\(g.measure)")
            #expect(!g.method.contains(Self.tWords), "\(g.indicator) \(g.measure): \(g.method)")
            #expect(g.method.contains(" ; interval: " + g.intervalMethod) && g.intervalMethod.hasPrefix("none: PHE's simulation needs at least 5"),
                    "\(g.measure): \(g.method)")
        }
    }

    @Test func regressionIntervalByNameKeepsTheTWords() throws {
        var req = try GapsSignTests.request(se: false, measures: Self.linear)
        req.siiInterval = .regression
        let r = try GapsRunner.run(req, on: try GapsSignTests.table(se: false))
        for g in r.gaps {
            #expect(g.intervals.count == 1, "\(g.measure)")
            #expect(g.method.contains(Self.tWords), "\(g.indicator) \(g.measure): \(g.method)")
        }
    }
}
