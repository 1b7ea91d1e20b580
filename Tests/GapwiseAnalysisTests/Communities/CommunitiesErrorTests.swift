// CommunitiesErrorTests: one test per rule a communities run enforces, each checking the whole message.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("communities: errors and undefined scores")
struct CommunitiesErrorTests {
    static let csv = """
        zone,council,type,indicator,value
        a,L1,P1,good,1
        b,L1,P1,good,2
        c,L1,P2,good,4
        d,L2,P2,good,3
        a,L1,P1,bad,5
        b,L1,P1,bad,6
        c,L1,P2,bad,8
        d,L2,P2,bad,7

        """

    static func request(favourable: [String] = ["good"], locality: String = "council", missing: CommunitiesMissingPolicy = .error) -> CommunitiesRequest {
        CommunitiesRequest(layout: .long(area: "zone", indicator: "indicator", value: "value"), locality: locality,
                           peerGroup: "type", favourable: favourable, missing: missing)
    }

    static func run(_ text: String = csv, _ request: CommunitiesRequest = request()) throws(AnalysisError) -> CommunitiesResult {
        // The test's own text always parses as CSV.
        let table = try! CSVReader.read(bytes: Array(text.utf8), name: "e.csv")
        return try CommunitiesAnalysis.run(request, on: table)
    }

    /// The description of the `AnalysisError` that `body` throws (nil when it throws none).
    static func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as AnalysisError { return e.description } catch { return "not an AnalysisError: \(error)" }
    }

    @Test func missingColumnIsNamedWithTheFile() {
        #expect(Self.message { _ = try Self.run(Self.csv, Self.request(locality: "CPP")) }
            == "e.csv: there is no column named \"CPP\" (columns: zone, council, type, indicator, value).")
    }

    @Test func favourableIndicatorNotInTheFile() {
        #expect(Self.message { _ = try Self.run(Self.csv, Self.request(favourable: ["goood"])) }
            == "favourable goood: e.csv has no such indicator (did you mean \"good\"?) (it has good, bad).")
    }

    /// A locality of one area has no standard deviation (R's `sd` of one value is NA): its locality scores
    /// are missing, its combined score and rank too, and a note says why; its peer scores are defined.
    @Test func localityWithOneAreaHasNoLocalityScore() throws {
        let r = try Self.run()
        let d = r.scores.filter { $0.area == "d" }
        #expect(d.count == 2 && d.allSatisfy { $0.localityScore == nil && $0.peerScore != nil })
        #expect(r.notes == ["locality scores of good in locality L2 are undefined: it has one value, so no standard deviation.",
                            "locality scores of bad in locality L2 are undefined: it has one value, so no standard deviation."])
        let s = try #require(r.summaries.first { $0.area == "d" })
        #expect(s.score == nil && s.rank == nil && s.septile == nil && s.driver == nil && s.peerRank != nil)
        // P2 = {c 4, d 3}: good z = ±1/√2; favourable keeps the sign, adverse bad (8, 7) flips it.
        let h = 0.5.squareRoot()
        #expect(abs(d[0].peerScore! + h) < 1e-15 && abs(d[1].peerScore! - h) < 1e-15)
    }

    @Test func nonNumericValueNamesRowAndColumn() {
        let text = Self.csv.replacingOccurrences(of: "c,L1,P2,bad,8", with: "c,L1,P2,bad,eight")
        #expect(Self.message { _ = try Self.run(text) }
            == "e.csv:8:value: \"eight\" is not a number; a value must be a number, or blank where missing.")
    }

    @Test func missingValueIsAnErrorByDefaultAndLeftOutOnRequest() throws {
        let text = Self.csv.replacingOccurrences(of: "b,L1,P1,good,2", with: "b,L1,P1,good,")
        #expect(Self.message { _ = try Self.run(text) }
            == "e.csv:3:value: a missing value leaves area b without a value of good; every area needs a value of every indicator (or leave missing values out with missing exclude).")
        let r = try Self.run(text, Self.request(missing: .exclude))
        let b = try #require(r.scores.first { $0.area == "b" && $0.indicator == "good" })
        #expect(b.value == nil && b.localityScore == nil && b.peerScore == nil)
        // L1 good over a 1 and c 4 only: mean 2.5, sd 3/√2.
        let a = try #require(r.scores.first { $0.area == "a" && $0.indicator == "good" })
        #expect(abs(a.localityScore! - (-1.5 / (3 / 2.0.squareRoot()))) < 1e-15)
        #expect(r.summaries.first { $0.area == "b" }!.score == nil)
    }

    @Test func areaWithoutARowForAnIndicator() {
        let text = Self.csv.replacingOccurrences(of: "b,L1,P1,bad,6\n", with: "")
        #expect(Self.message { _ = try Self.run(text) }
            == "e.csv:3:indicator: b has no row for indicator bad; every area needs a value of every indicator (or leave missing values out with missing exclude).")
    }

    @Test func areaInTwoLocalities() {
        let text = Self.csv.replacingOccurrences(of: "b,L1,P1,bad,6", with: "b,L2,P1,bad,6")
        #expect(Self.message { _ = try Self.run(text) }
            == "e.csv:7:council: L2 differs from line 3 for the same area b (L1); an area belongs to one locality.")
    }

    @Test func repeatedIndicatorForAnArea() {
        let text = Self.csv + "a,L1,P1,good,9\n"
        #expect(Self.message { _ = try Self.run(text) }
            == "e.csv:10:indicator: good repeats the indicator for area a, already given on line 2.")
    }

    @Test func severalPeriodsNeedOneNamed() {
        let text = "zone,council,year,indicator,value\na,L1,2020,x,1\na,L1,2021,x,2\n"
        let request = CommunitiesRequest(layout: .long(area: "zone", indicator: "indicator", value: "value", period: "year"), locality: "council")
        #expect(Self.message { _ = try Self.run(text, request) }
            == "e.csv holds 2 periods in column year (2020, 2021): name the one to score with to, and the start of a change with from.")
        var later = request
        later.to = "2022"
        #expect(Self.message { _ = try Self.run(text, later) }
            == "to 2022: e.csv has no such period in column year (it has 2020, 2021).")
    }

    @Test func requestRules() {
        var r = Self.request()
        r.from = "2020"
        #expect(Self.message { try r.validate() } == "a change needs its end period: give to beside from.")
        r.to = "2021"
        #expect(Self.message { try r.validate() } == "from and to name periods, but the layout has no period column.")
        let polar = CommunitiesRequest(layout: .long(area: "zone", indicator: "indicator", value: "value", favourable: "hip"),
                                       locality: "council", favourable: ["good"])
        #expect(Self.message { try polar.validate() } == "the polarity is read from the column hip of the long file: leave out favourable.")
        #expect(Self.message { _ = try CommunitiesLayout.parseLong("area=zone,value=v") }
            == "long area=zone,value=v: give area=COL, indicator=COL and value=COL.")
    }
}
