// EdgeCaseTests: sparse and awkward models still give complete, well-formed, escaped pages and charts.
import Foundation
import Testing
@testable import GapwiseReport

@Suite("Report: edge cases")
struct EdgeCaseTests {
    static func sparseModel() -> ReportModel {
        let bare = ReportIndicator(id: "bare", name: "Only quantiles", unit: "score", polarity: .favourable, period: "2020",
                                   quantileLabel: "SIMD decile",
                                   quantiles: [ReportQuantile(label: "1", value: -3, lower: -4, upper: -2, populationShare: 0.5),
                                               ReportQuantile(label: "2", value: 2, lower: 1.5, upper: 2.5, populationShare: 0.5)])
        let lorenz = ReportIndicator(id: "lorenz", name: "Lorenz & single period", unit: "%", polarity: .adverse, period: "2020",
                                     quantileLabel: "SIMD quintile",
                                     quantiles: [ReportQuantile(label: "all", value: 5, lower: 5, upper: 5, populationShare: 1)],
                                     curve: ReportCurve(kind: .lorenz, points: []),
                                     gaps: [ReportGap(name: "Gini", estimate: 0, lower: 0, upper: 0)],
                                     trend: ReportGapTrend(measure: "Gini", points: [ReportGapTrendPoint(period: "2020", estimate: 0, lower: 0, upper: 0)],
                                                     classification: .noClearChange))
        let few = ReportCommunities(worstK: 5, scoreLabel: "Score",
                                 communities: (1...3).map { ReportCommunity(code: "S0100000\($0)", name: "Z\($0)", score: 0, rank: $0,
                                                                         rankLower: $0, rankUpper: $0, probabilityWorstK: 1) })
        return ReportModel(title: "Edge <script>alert(1)</script>",
                           run: ReportRun(version: "t", inputs: [], seed: 0, confidenceLevel: 0.998, generated: "2026-12-07"),
                           localities: [ReportLocality(code: "S92000003", name: "Scotland <b>", indicators: [bare, lorenz], communities: few),
                                        ReportLocality(code: "X", name: "Empty", indicators: [], communities: ReportCommunities(worstK: 1, scoreLabel: "s", communities: []))])
    }

    @Test func sparseModelRendersWellFormedEscapedOutput() throws {
        let files = try ReportWriter.render(Self.sparseModel())
        let paths = files.map(\.relativePath)
        #expect(paths.contains("charts/S92000003/bare-quantiles.svg"))
        #expect(!paths.contains("charts/S92000003/bare-curve.svg") && !paths.contains("charts/S92000003/bare-trend.svg"))
        #expect(paths.contains("charts/S92000003/lorenz-curve.svg") && paths.contains("charts/S92000003/lorenz-trend.svg"))
        #expect(!paths.contains("charts/X/communities.svg"), "an empty community table draws no chart")
        for f in files {
            let text = String(decoding: f.data, as: UTF8.self)
            if f.relativePath.hasSuffix(".svg") {
                let doc = ParsedXML(text)
                #expect(doc.error == nil, "\(f.relativePath): \(doc.error ?? "")")
                #expect(!text.contains("nan") && !text.contains("inf"), "\(f.relativePath)")
            }
            if f.relativePath.hasSuffix(".html") {
                #expect(!text.contains("<script"), "\(f.relativePath): names are escaped")
                #expect(!text.contains("<b>"))
            }
        }
        let index = String(decoding: files.first { $0.relativePath == "index.html" }!.data, as: UTF8.self)
        #expect(index.contains("99.8% interval"))
        #expect(index.contains("<td>2026-12-07</td>"), "a date appears only when the caller gives one")
        let empty = String(decoding: files.first { $0.relativePath == "X.html" }!.data, as: UTF8.self)
        #expect(empty.contains("No gap measures or community rankings were computed for Empty."))
    }

    @Test func negativeBarsHangFromZero() throws {
        let ind = Self.sparseModel().localities[0].indicators[0]
        let doc = ParsedXML(QuantileBarChart.svg(ind, area: "A", id: "n", level: 0.95))
        let down = try #require(doc.byID("n-bar-1")), up = try #require(doc.byID("n-bar-2"))
        // Both bars meet at the zero line: the negative bar's top and the positive bar's bottom.
        #expect(abs(doc.double(down, "y") - (doc.double(up, "y") + doc.double(up, "height"))) <= 0.1)
        // Heights in proportion to |value|: 3 against 2.
        #expect(abs(doc.double(down, "height") / doc.double(up, "height") - 1.5) < 0.01)
    }
}
