// CommunitiesWideLayoutTests: a wide file (one column per indicator) gives the same scores as the same data in long form.
import Foundation
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("communities: wide files")
struct CommunitiesWideLayoutTests {
    /// CommunitiesChangeTests' table, one row per zone and year (its ignored 2015 row left out).
    static let wide = """
        zone,council,type,year,good,bad
        a,L1,P1,2010,10,100
        b,L1,P2,2010,10,100
        c,L1,P2,2010,20,0
        d,L2,P1,2010,10,100
        e,L2,P2,2010,10,50
        a,L1,P1,2020,12,50
        b,L1,P2,2020,11,100
        c,L1,P2,2020,20,10
        d,L2,P1,2020,13,150
        e,L2,P2,2020,14,75

        """

    @Test func wideEqualsLong() throws {
        let table = try CSVReader.read(bytes: Array(Self.wide.utf8), name: "wide.csv")
        let request = CommunitiesRequest(layout: .wide(area: "zone", indicators: ["good", "bad"], period: "year"),
                                         locality: "council", peerGroup: "type", favourable: ["good"], from: "2010", to: "2020")
        let wide = try CommunitiesAnalysis.run(request, on: table)
        let long = try CommunitiesChangeTests.run()
        #expect(wide == long)
        #expect(wide.scores.count == 10 && wide.polarity == [.favourable, .adverse])
    }

    @Test func wideErrors() throws {
        let table = try CSVReader.read(bytes: Array((Self.wide + "a,L1,P1,2020,1,1\n").utf8), name: "wide.csv")
        var request = CommunitiesRequest(layout: .wide(area: "zone", indicators: ["good", "bad"], period: "year"),
                                         locality: "council", from: "2010", to: "2020")
        do { _ = try CommunitiesAnalysis.run(request, on: table); Issue.record("no error") } catch {
            #expect(error.description == "wide.csv:12:zone: a appears twice in 2020: already on line 7; a wide file has one row per area and period.")
        }
        request.layout = .wide(area: "zone", indicators: ["good", "worse"], period: "year")
        do { _ = try CommunitiesAnalysis.run(request, on: table); Issue.record("no error") } catch {
            #expect(error.description == "wide.csv: there is no column named \"worse\" (columns: zone, council, type, year, good, bad).")
        }
    }
}
