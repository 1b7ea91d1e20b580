// CommunitiesChangeTests: CPOP's change scores and summary on a small table, every expected value worked out by hand.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

/// CPOP's shared input holds one year (2021/22), so the change is checked here against values worked out
/// by hand from CPOP's formulas (change = to/from − 1, signed; national z; z again within locality and
/// peer group), in closed form with √ so that no number comes from Gapwise itself.
@Suite("communities: change between two periods")
struct CommunitiesChangeTests {
    /// Five areas: a, b, c in locality L1 and d, e in L2; peer groups P1 = {a, d}, P2 = {b, c, e}.
    /// good (favourable): a 10→12, b 10→11, c 20→20, d 10→13, e 10→14.
    /// bad (adverse): a 100→50, b 100→100, c 0→10 (a 0: missing change), d 100→150, e 50→75.
    static let csv = """
        zone,council,type,year,indicator,value
        a,L1,P1,2010,good,10
        b,L1,P2,2010,good,10
        c,L1,P2,2010,good,20
        d,L2,P1,2010,good,10
        e,L2,P2,2010,good,10
        a,L1,P1,2010,bad,100
        b,L1,P2,2010,bad,100
        c,L1,P2,2010,bad,0
        d,L2,P1,2010,bad,100
        e,L2,P2,2010,bad,50
        a,L1,P1,2020,good,12
        b,L1,P2,2020,good,11
        c,L1,P2,2020,good,20
        d,L2,P1,2020,good,13
        e,L2,P2,2020,good,14
        a,L1,P1,2020,bad,50
        b,L1,P2,2020,bad,100
        c,L1,P2,2020,bad,10
        d,L2,P1,2020,bad,150
        e,L2,P2,2020,bad,75
        a,L1,P1,2015,good,999

        """

    static func run() throws -> CommunitiesResult {
        let table = try CSVReader.read(bytes: Array(csv.utf8), name: "change.csv")
        let request = CommunitiesRequest(
            layout: .long(area: "zone", indicator: "indicator", value: "value", period: "year"),
            locality: "council", peerGroup: "type", favourable: ["good"], from: "2010", to: "2020")
        return try CommunitiesAnalysis.run(request, on: table)
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    @Test func changeScoresByHand() throws {
        let r = try Self.run()
        func score(_ area: String, _ ind: String) -> CommunityScore { r.scores.first { $0.area == area && $0.indicator == ind }! }
        let h = 0.5.squareRoot()  // 1/√2
        // good: changes .2 .1 0 .3 .4, mean .2, sd √.025: national z = (c − .2)/√.025 = 0, −s, −2s, s, 2s, s = √.4.
        let s = 0.4.squareRoot()
        let good: [(String, Double, Double, Double, Double)] = [
            // area, change, national z, locality (L1 z 0,−s,−2s: mean −s, sd s; L2 s,2s: ±1/√2), peer (P1 {a 0, d s}: ∓1/√2; P2 {b −s, c −2s, e 2s}: mean −s/3, sd s√39/3)
            ("a", 0.2, 0, 1, -h), ("b", 0.1, -s, 0, -2 / 39.0.squareRoot()), ("c", 0, -2 * s, -1, -5 / 39.0.squareRoot()),
            ("d", 0.3, s, -h, h), ("e", 0.4, 2 * s, h, 7 / 39.0.squareRoot()),
        ]
        for (area, change, z, local, peer) in good {
            let x = score(area, "good")
            #expect(Self.close(x.change, change) && Self.close(x.changeScore, z), "\(area) good \(x)")
            #expect(Self.close(x.changeLocalityScore, local) && Self.close(x.changePeerScore, peer), "\(area) good \(x)")
        }
        // bad (adverse, change negated): a +.5, b 0, c missing (a 0), d −.5, e −.5; over the 4: mean −.125,
        // SS .6875, sd √(.6875/3); L1 {a, b}: ±1/√2; L2 {d, e} equal: undefined; P1 {a, d}: ±1/√2; P2 {b, e}: ±1/√2.
        let sd = (0.6875 / 3).squareRoot()
        let bad: [(String, Double?, Double?, Double?, Double?)] = [
            ("a", 0.5, 0.625 / sd, h, h), ("b", 0, 0.125 / sd, -h, h), ("c", nil, nil, nil, nil),
            ("d", -0.5, -0.375 / sd, nil, -h), ("e", -0.5, -0.375 / sd, nil, -h),
        ]
        for (area, change, z, local, peer) in bad {
            let x = score(area, "bad")
            #expect(Self.close(x.change, change) && Self.close(x.changeScore, z), "\(area) bad \(x)")
            #expect(Self.close(x.changeLocalityScore, local) && Self.close(x.changePeerScore, peer), "\(area) bad \(x)")
        }
        #expect(r.notes == [
            "1 area has a value of 0 for bad in 2010 or 2020; CPOP counts 0 as missing, so its change is missing.",
            "locality change scores of bad in locality L2 are undefined: its 2 values are all equal, so the standard deviation is 0.",
        ])
    }

    @Test func outcomeScoresOfTheLastPeriodAndSummaryByHand() throws {
        let r = try Self.run()
        func score(_ area: String, _ ind: String) -> CommunityScore { r.scores.first { $0.area == area && $0.indicator == ind }! }
        let h = 0.5.squareRoot(), r219 = 219.0.squareRoot(), r18300 = 18300.0.squareRoot()
        // 2020, good in L1 (12, 11, 20): mean 43/3, sd √219/3; bad in L1 (50, 100, 10): mean 160/3, sd √18300/3, negated.
        let local: [String: (Double, Double)] = [
            "a": (-7 / r219, 10 / r18300), "b": (-10 / r219, -140 / r18300), "c": (17 / r219, 130 / r18300),
            "d": (-h, -h), "e": (h, h),
        ]
        for (area, (g, b)) in local {
            #expect(Self.close(score(area, "good").localityScore, g) && Self.close(score(area, "bad").localityScore, b), "\(area)")
        }
        #expect(score("a", "good").value == 12 && r.to == "2020" && r.from == "2010")
        let summary = Dictionary(uniqueKeysWithValues: r.summaries.map { ($0.area, $0) })
        // Outcome sums: a −0.399, b −1.711, c 2.110 (L1); d −√2, e √2 (L2).
        #expect(summary.mapValues { $0.rank! } == ["a": 2, "b": 1, "c": 3, "d": 1, "e": 2])
        #expect(summary.mapValues { $0.septile! } == ["a": 2, "b": 1, "c": 3, "d": 1, "e": 2])
        #expect(Self.close(summary["a"]!.score, -7 / r219 + 10 / r18300))
        // The lowest locality score (d and e tie at ∓1/√2 up to rounding, so only L1 is checked).
        #expect(["a", "b", "c"].map { summary[$0]!.driver! } == ["good", "bad", "bad"])
        // Change sums, missing scores left out: a 1 + 1/√2, b 0 − 1/√2, c −1 (bad missing); d −1/√2 (bad
        // undefined), e 1/√2. Ranked with ties at the lowest rank: c 1, b 2, a 3; d 1, e 2.
        #expect(Self.close(summary["a"]!.changeScore, 1 + h) && Self.close(summary["c"]!.changeScore, -1))
        #expect(summary.mapValues { $0.changeRank! } == ["a": 3, "b": 2, "c": 1, "d": 1, "e": 2])
        #expect(summary.mapValues { $0.changeDriver! } == ["a": "bad", "b": "bad", "c": "good", "d": "good", "e": "good"])
        // Peer change sums: a −1/√2 + 1/√2 = 0, b −2/√39 + 1/√2, c −5/√39; ranked within the locality: c, a, b.
        #expect(summary.mapValues { $0.changePeerRank! } == ["a": 2, "b": 3, "c": 1, "d": 1, "e": 2])
        #expect(summary.values.allSatisfy { $0.areasInLocality == ($0.locality == "L1" ? 3 : 2) })
    }

    /// The scores table's columns are exactly the issue's, with the change columns after them.
    @Test func tableColumns() throws {
        let r = try Self.run()
        #expect(r.scoresTable().columns == ["area", "locality", "peer_group", "indicator", "value", "locality_score", "peer_score",
                                             "change", "change_score", "change_locality_score", "change_peer_score"])
        #expect(r.scoresTable().rows.count == 10)
        #expect(r.summaryTable().rows.count == 5)
        // The embedder's text renderings are the one writer's output of the same tables.
        #expect(r.scoresText(.csv).split(separator: "\n").count == 11)
        #expect(r.summaryText(.csv).split(separator: "\n").count == 6)
    }
}
