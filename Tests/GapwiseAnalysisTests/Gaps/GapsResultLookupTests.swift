// GapsResultLookupTests: result lookups find the one row asked for, default to the latest year and first scheme, nil otherwise.
import Testing
import GapwiseIO
@testable import GapwiseAnalysis

@Suite("Gaps result lookups")
struct GapsResultLookupTests {
    @Test func findsTheRowAskedFor() throws {
        let table = try CSVReader.read(file: GapsRunnerTests.sample)
        var request = try GapsRunnerTests.request(threads: 2)
        request.measures = try ["d", "sii_linear"].map { try MeasureSpec.parse($0) }
        let result = try GapsRunner.run(request, on: table)
        let latest = try #require(result.years.last)
        #expect(result.years.count == 2)
        let d = try #require(result.gap(try .parse("d"), indicator: "emergency", locality: "Scotland"))
        #expect(d.measure == "d" && d.indicator == "emergency" && d.locality == "Scotland" && d.year == latest && d.scheme == 5)
        let first = try #require(result.gap(code: "sii_linear", indicator: "positive", locality: "Scotland", year: result.years[0], scheme: 10))
        #expect(first.year == result.years[0] && first.scheme == 10 && first.measure == "sii_linear")
        let p = try #require(result.profile(indicator: "emergency", locality: "Scotland"))
        #expect(p.rows.count == 5 && p.year == latest)
        #expect(result.gap(code: "gini", indicator: "emergency", locality: "Scotland") == nil)
        #expect(result.gap(try .parse("d"), indicator: "emergency", locality: "Atlantis") == nil)
        let change = try #require(result.change(try .parse("d"), indicator: "emergency", locality: "Scotland"))
        #expect(change.toYear == latest && change.fromYear == result.years[0])
    }
}
