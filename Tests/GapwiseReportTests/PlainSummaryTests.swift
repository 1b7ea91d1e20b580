// PlainSummaryTests: the plain-words summary quotes the model's numbers in the documented sentences.
import Testing
@testable import GapwiseReport

@Suite("Report: plain-words summary")
struct PlainSummaryTests {
    @Test func scotlandFixtureReadsAsExpected() {
        let model = ReportFixtures.model()
        let s = PlainSummary.sentences(for: model.localities[0], level: 0.95)
        #expect(s == [
            "Compared on the RII, the widest gaps in Scotland are in Emergency admissions (RII 1.15, 95% CI 1.05 to 1.25) and Early deaths (RII 0.500, 95% CI 0.400 to 0.600).",
            "For 2 of 2 indicators the 95% interval of the RII excludes zero, so the gap is clear beyond chance.",
            "Over the periods available, the gap narrowed for Emergency admissions (RII 1.40 in 2016 to 1.15 in 2018) and it widened for Early deaths (RII 1.40 in 2016 to 0.500 in 2018).",
            "Of the 30 communities in Scotland, ranked by need score, the poorest outcomes are in: "
                + "S01006501 (Zone <1> & \"co\"), ranked 1 (95% interval 1 to 4), is among the 5 worst with probability 0.97 (very likely); "
                + "S01006502 (Zone <2> & \"co\"), ranked 2 (95% interval 1 to 5), is among the 5 worst with probability 0.97 (very likely); "
                + "S01006503 (Zone <3> & \"co\"), ranked 3 (95% interval 1 to 6), is among the 5 worst with probability 0.60 (about as likely as not).",
            "2 communities are very likely (probability 0.9 or more) to be among the 5 worst; the other places among the worst 5 are less certain.",
            "Read with care: S01006503 (small population).",
        ])
    }

    @Test func flatTrendsAndAnUncertainBottomAreSaidPlainly() {
        var area = ReportFixtures.model().localities[1]
        area.communities!.communities = area.communities!.communities.map { var c = $0; c.probabilityWorstK = min(c.probabilityWorstK, 0.5); c.flag = nil; return c }
        let s = PlainSummary.sentences(for: area, level: 0.95)
        #expect(s.contains("Over the periods available, there was no clear change in the gap for the one indicator with a trend."))
        #expect(s.contains("No community is very likely (probability 0.9 or more) to be among the 3 worst: the ranking at the bottom is uncertain, so treat the order as indicative."))
        #expect(s.first == "The gap by deprivation in Council 1, on the RII: Emergency admissions (RII 0.900, 95% CI 0.800 to 1.00).")
    }

    @Test func anAreaWithNothingComputedSaysSo() {
        let area = ReportLocality(code: "S1", name: "Nowhere", indicators: [])
        #expect(PlainSummary.sentences(for: area, level: 0.95) == ["No gap measures or community rankings were computed for Nowhere."])
    }

    @Test func onlyIndicatorsSharingTheCommonestHeadlineAreCompared() {
        var a = ReportFixtures.indicator(id: "a", name: "A", rii: 0.3)
        let b = ReportFixtures.indicator(id: "b", name: "B", rii: 0.2)
        a.gaps = [ReportGap(name: "SII", estimate: 900, lower: 800, upper: 1000)]
        let c = ReportFixtures.indicator(id: "c", name: "C", rii: 0.25)
        let s = PlainSummary.sentences(for: ReportLocality(code: "S1", name: "P", indicators: [a, b, c]), level: 0.95)
        #expect(s[0] == "Compared on the RII, the widest gaps in P are in C (RII 0.250, 95% CI 0.150 to 0.350) and B (RII 0.200, 95% CI 0.100 to 0.300).")
    }
}
