// CPOPScoresValidationTests: CommunitiesAnalysis against CPOP's published CPPScore and TypeScore for six partnerships.
import Foundation
import Testing
import GapwiseIO
import GapwiseTestSupport
@testable import GapwiseAnalysis

@Suite("communities: CPOP's published scores")
struct CPOPScoresValidationTests {
    static let input = "validation/cpop/community_scores_input_2021_22.csv"
    static let expected = "validation/cpop/community_scores_expected_6cpps.csv"

    static func run(favourable column: Bool) throws -> CommunitiesResult {
        let table = try CSVReader.read(file: try SharedData.require(input).path)
        let favourable = ["Attainment", "Participation Rate", "Depopulation"]
        let request = CommunitiesRequest(
            layout: .long(area: "InterZone", indicator: "Indicator", value: "value", period: "Year",
                          favourable: column ? "High is Positive" : nil),
            locality: "CPP", peerGroup: "Typology_Group", favourable: column ? [] : favourable)
        return try CommunitiesAnalysis.run(request, on: table)
    }

    /// Every zone × indicator CPOP publishes for Aberdeen City, Clackmannanshire, Fife, Glasgow City,
    /// Highland and Orkney Islands (2,904 rows): CPPScore and TypeScore within 1e-12.
    @Test(.needsShared(input, expected)) func reproducesPublishedScores() throws {
        for column in [true, false] {
            let result = try Self.run(favourable: column)
            #expect(result.notes.isEmpty, "\(result.notes)")
            var byKey: [String: CommunityScore] = [:]
            for s in result.scores { byKey[s.area + "|" + s.indicator] = s }
            let e = try TestTable(contentsOf: try SharedData.require(Self.expected))
            let zones = e.column("InterZone"), inds = e.column("Indicator"), cpps = e.column("CPP"), groups = e.column("Typology_Group")
            let cpp = e.numbers("CPPScore"), type = e.numbers("TypeScore")
            #expect(zones.count == 2904)
            var worst = 0.0
            for i in zones.indices {
                let s = try #require(byKey[zones[i] + "|" + inds[i]], "no score for \(zones[i]) \(inds[i])")
                #expect(s.locality == cpps[i] && s.peerGroup == groups[i])
                let l = try #require(s.localityScore), p = try #require(s.peerScore)
                worst = max(worst, abs(l - cpp[i]), abs(p - type[i]))
                #expect(abs(l - cpp[i]) <= 1e-12 * max(1, abs(cpp[i])), "\(zones[i]) \(inds[i]) CPPScore \(l) vs \(cpp[i])")
                #expect(abs(p - type[i]) <= 1e-12 * max(1, abs(type[i])), "\(zones[i]) \(inds[i]) TypeScore \(p) vs \(type[i])")
            }
            #expect(worst < 1e-12)
        }
    }

    /// The summary over all 1,279 zones: each partnership's ranks are 1...n (ties averaged), its 7-tiles
    /// 1...7 with sizes differing by at most one, larger first (dplyr's ntile), and rank order = score order.
    @Test(.needsShared(input)) func summaryRanksAndSeptilesWithinEachPartnership() throws {
        let result = try Self.run(favourable: true)
        #expect(result.summaries.count == 1279)
        let byLocality = Dictionary(grouping: result.summaries, by: \.locality)
        #expect(byLocality.count == 32)
        for (_, areas) in byLocality {
            let n = areas.count
            #expect(areas.allSatisfy { $0.areasInLocality == n })
            let sorted = areas.sorted { $0.score! < $1.score! }
            #expect(sorted.map { $0.rank! } == (1...n).map(Double.init))
            let sizes = (1...7).map { t in areas.filter { $0.septile == t }.count }
            let large = (n + 6) / 7, small = n / 7
            #expect(sizes == (0..<7).map { $0 < n % 7 ? large : small })
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.septile! <= $1.septile! })
        }
    }
}
