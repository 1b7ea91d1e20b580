// ChartTests: every chart is well-formed SVG with a text alternative, and draws the numbers it is given.
import Foundation
import Testing
@testable import GapwiseReport

@Suite("Report: SVG charts")
struct ChartTests {
    let ind = ReportFixtures.indicator()

    var charts: [(String, String)] {
        [("bar", QuantileBarChart.svg(ind, area: "Scotland", id: "c-bar", level: 0.95)),
         ("curve", CurveChart.svg(ind, ind.curve!, area: "Scotland", id: "c-curve")),
         ("trend", TrendChart.svg(ind, ind.trend!, area: "Scotland", id: "c-trend", level: 0.95)),
         ("dots", RankedDotPlot.svg(ReportFixtures.communities(), area: "Scotland", id: "c-dots", level: 0.95))]
    }

    @Test func everyChartIsWellFormedWithTitleAndDescription() {
        for (name, svg) in charts {
            let doc = ParsedXML(svg)
            #expect(doc.error == nil, "\(name): \(doc.error ?? "")")
            let root = doc.nodes.first
            #expect(root?.name == "svg")
            #expect(root?.attributes["role"] == "img")
            #expect(root?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            let labelled = root?.attributes["aria-labelledby"]?.split(separator: " ").map(String.init) ?? []
            #expect(labelled.count == 2, "\(name) names its title and description")
            for id in labelled { #expect(!(doc.byID(id)?.text.isEmpty ?? true), "\(name): \(id) has text") }
            #expect(doc.all("title").count == 1 && doc.all("desc").count == 1)
            #expect(!svg.contains("nan") && !svg.contains("inf"), "\(name) has no non-finite coordinates")
        }
    }

    @Test func textIsEscaped() {
        let svg = RankedDotPlot.svg(ReportFixtures.communities(), area: "A & B", id: "c-dots", level: 0.95)
        let doc = ParsedXML(svg)
        #expect(doc.error == nil)
        #expect(doc.all("text").contains { $0.text.contains("Zone <1> & \"co\"") })
        #expect(doc.all("title").first?.text.contains("A & B") == true)
    }

    /// The y-axis tick labels give the pixel ↔ value map; bars and the SII line must sit where their values
    /// say. Coordinates are printed to 0.1 px and the axis spans 200 px for ~120 units, so the tolerance is
    /// 0.1 value units.
    @Test func barsWhiskersAndSIILineSitAtTheirValues() throws {
        let doc = ParsedXML(charts[0].1)
        let ticks = doc.nodes.filter { $0.name == "text" && $0.path.last == "g" && $0.attributes["text-anchor"] == "end" }
            .compactMap { n -> (Double, Double)? in
                guard let v = Double(n.text.replacingOccurrences(of: ",", with: "")) else { return nil }
                return (v, doc.double(n, "y") - 4)
            }
        #expect(ticks.count >= 4)
        let (v0, p0) = ticks.first!, (v1, p1) = ticks.last!
        func value(_ py: Double) -> Double { v0 + (py - p0) / (p1 - p0) * (v1 - v0) }
        #expect(v0 == 0, "the value axis of a bar chart starts at zero")
        for (i, expected) in [100.0, 80, 60, 50, 40].enumerated() {
            let bar = try #require(doc.byID("c-bar-bar-\(i + 1)"))
            #expect(abs(value(doc.double(bar, "y")) - expected) < 0.1, "bar \(i + 1) top")
            #expect(abs(value(doc.double(bar, "y") + doc.double(bar, "height"))) < 0.1, "bar \(i + 1) base at zero")
        }
        let sii = try #require(doc.byID("c-bar-sii"))
        #expect(abs(value(doc.double(sii, "y1")) - 103.5) < 0.1)
        #expect(abs(value(doc.double(sii, "y2")) - 28.5) < 0.1)
        // Bars of equal population share have equal widths, and span the plot from the SII line's x1 to x2.
        let widths = (1...5).map { doc.double(doc.byID("c-bar-bar-\($0)")!, "width") }
        #expect(widths.allSatisfy { abs($0 - widths[0]) <= 0.1 })
        #expect(abs(doc.double(sii, "x2") - doc.double(sii, "x1") - 5 * (widths[0] + 2 * 3)) <= 0.3)
    }

    @Test func curvePassesThroughItsPointsAndTheDiagonalThroughTheCorners() throws {
        let doc = ParsedXML(charts[1].1)
        let diag = try #require(doc.byID("c-curve-equality"))
        let curve = try #require(doc.byID("c-curve-curve"))
        let pts = curve.attributes["points"]!.split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(pts.count == 6, "(0,0) added before the five points")
        let (x0, y0, x1, y1) = (doc.double(diag, "x1"), doc.double(diag, "y1"), doc.double(diag, "x2"), doc.double(diag, "y2"))
        #expect(pts.first! == [x0, y0] && pts.last! == [x1, y1])
        // The second point is (0.2, 100/330) in data units.
        #expect(abs((pts[1][0] - x0) / (x1 - x0) - 0.2) < 0.001)
        #expect(abs((pts[1][1] - y0) / (y1 - y0) - 100.0 / 330) < 0.001)
    }

    @Test func dotPlotHighlightsTheWorstKAndShowsRankIntervals() throws {
        let table = ReportFixtures.communities(count: 30, k: 5)
        let doc = ParsedXML(RankedDotPlot.svg(table, area: "X", id: "d", level: 0.95))
        let dots = (1...20).compactMap { doc.byID("d-c\($0)") }
        #expect(dots.count == 20, "max(2k, 20) = 20 of 30 rows drawn")
        #expect(doc.byID("d-c21") == nil)
        #expect(dots.prefix(5).allSatisfy { $0.attributes["fill"] == ReportPalette.vermilion })
        #expect(dots.dropFirst(5).allSatisfy { $0.attributes["fill"] != ReportPalette.vermilion })
        // Rows go down in rank order: rank 1 at the top although the table came in reverse.
        let ys = dots.map { doc.double($0, "cy") }
        #expect(ys == ys.sorted())
        let xs = dots.map { doc.double($0, "cx") }
        #expect(xs == xs.sorted())
    }

    @Test func chartsAreByteForByteDeterministic() {
        let again = charts
        for (a, b) in zip(charts, again) { #expect(a.1 == b.1, "\(a.0)") }
    }
}
