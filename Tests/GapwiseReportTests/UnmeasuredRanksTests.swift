// UnmeasuredRanksTests: ranks with no sampling error are shown without intervals or probabilities, and say why.
import Testing
@testable import GapwiseReport

@Suite("Report: ranks without sampling error")
struct UnmeasuredRanksTests {
    static func unmeasured() -> ReportCommunities {
        var t = ReportFixtures.communities(count: 30, k: 5)
        t.noIntervalReason = "no sampling error given for any indicator ranked on"
        return t
    }

    @Test func summaryNamesRanksWithoutIntervalsOrProbabilities() {
        let area = ReportLocality(code: "S12000049", name: "Glasgow City", indicators: [ReportFixtures.indicator()],
                                  communities: Self.unmeasured())
        let text = PlainSummary.sentences(for: area, level: 0.95).joined(separator: " ")
        #expect(text.contains("S01006501 (Zone <1> & \"co\"), ranked 1; S01006502 (Zone <2> & \"co\"), ranked 2;"))
        #expect(text.contains("The ranks have no interval and no probability of being among the 5 worst (no sampling error given for any indicator ranked on)"))
        #expect(!text.contains("very likely"))
        #expect(!text.contains("interval 1 to"))
        // The same table with simulated ranks keeps its intervals and probabilities.
        let measured = ReportLocality(code: "S12000049", name: "Glasgow City", indicators: [ReportFixtures.indicator()],
                                      communities: ReportFixtures.communities(count: 30, k: 5))
        #expect(PlainSummary.sentences(for: measured, level: 0.95).joined().contains("ranked 1 (95% interval 1 to 4), is among the 5 worst with probability"))
    }

    @Test func tableLeavesTheLimitsBlankAndCaptionSaysWhy() {
        let t = ReportTables.communities(Self.unmeasured(), area: "Glasgow City", level: 0.95)
        #expect(t.caption.hasSuffix("(no rank interval or probability: no sampling error given for any indicator ranked on)"))
        #expect(t.rows.allSatisfy { $0[4].display.isEmpty && $0[5].display.isEmpty && $0[6].display.isEmpty })
        #expect(t.rows[0][0].display == "1")
    }

    @Test func dotPlotDrawsNoWhiskers() {
        let unmeasured = ParsedXML(RankedDotPlot.svg(Self.unmeasured(), area: "X", id: "d", level: 0.95))
        let measured = ParsedXML(RankedDotPlot.svg(ReportFixtures.communities(count: 30, k: 5), area: "X", id: "d", level: 0.95))
        // 20 rows drawn: the measured chart has one whisker per row more than the unmeasured one.
        #expect(measured.all("line").count - unmeasured.all("line").count == 20)
        #expect((1...20).allSatisfy { unmeasured.byID("d-c\($0)") != nil })
    }
}
