// ConfigLookupKeysTests: the keys deprivation, geography, area, rank_total and filters read into the batch, and each bad value named.
import Foundation
import Testing
import GapwiseAnalysis
import GapwiseConfig
import GapwiseIO

@Suite("Config keys for area lookups, rank total and filters")
struct ConfigLookupKeysTests {
    static func load(_ text: String, ext: String = "yaml") throws -> (path: String, result: Result<GapsBatch, AnalysisError>) {
        let p = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-lookupcfg-\(UUID().uuidString).\(ext)").path
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: p) }
        do { return (p, .success(try GapsBatch.load(p))) } catch { return (p, .failure(error)) }
    }

    static func message(_ text: String, ext: String = "yaml") throws -> String {
        let (p, r) = try load(text, ext: ext)
        guard case let .failure(e) = r else { return "" }
        return e.description.replacingOccurrences(of: p, with: "F")
    }

    @Test func yamlKeysSetTheJoinTheDefaultRankItsTotalAndTheFilters() throws {
        let (_, r) = try Self.load("""
        input: glasgow.csv
        deprivation: simd2020v2
        geography: true
        area: Data_Zone
        locality: council_name
        population: Total_population
        filters: ["Council_area=Glasgow City", "Council_area=City of Edinburgh", "note=a=b"]
        indicators: [{value: EMERG}]
        """)
        let b = try r.get()
        #expect(b.lookup == AreaLookupRequest(area: "Data_Zone", deprivation: .simd2020v2, geography: true))
        // As --deprivation on the command line: the joined simd_rank is the rank, over all 6,976 zones.
        #expect(b.request.rank == "simd_rank" && b.request.rankTotal == 6976)
        #expect(b.request.filters == [RowFilter(column: "Council_area", value: "Glasgow City"),
                                      RowFilter(column: "Council_area", value: "City of Edinburgh"),
                                      RowFilter(column: "note", value: "a=b")])
    }

    @Test func tomlKeysReadAlike() throws {
        let (_, r) = try Self.load("""
        input = "scotland.csv"
        rank = "SIMD2020v2_Rank"
        rank_total = 6976
        geography = true
        area = "Data_Zone"
        population = "Total_population"
        filters = ["Council_area=Glasgow City"]

        [[indicators]]
        value = "EMERG"
        """, ext: "toml")
        let b = try r.get()
        #expect(b.lookup == AreaLookupRequest(area: "Data_Zone", deprivation: nil, geography: true))
        #expect(b.request.rank == "SIMD2020v2_Rank" && b.request.rankTotal == 6976)
        #expect(b.request.filters == [RowFilter(column: "Council_area", value: "Glasgow City")])
    }

    @Test func withoutTheKeysNothingIsJoinedOrFiltered() throws {
        let b = try Self.load("input: a.csv\nrank: r\npopulation: p\nindicators: [{value: v}]\n").result.get()
        #expect(b.lookup == nil && b.request.rankTotal == nil && b.request.filters.isEmpty)
    }

    /// Each bad value names the file, the key and (YAML) the line and column of the value; TOML values have no
    /// position in the TOML reader, so they are named by key alone.
    @Test(arguments: [
        ("deprivation: simd2020\narea: dz\n", "yaml", "F:3:14: deprivation \"simd2020\" is not simd2020v2 or simd2016."),
        ("deprivation: simd2020v2\n", "yaml", "F:3:14: \"deprivation\" and \"geography\" join by the area-code column: give \"area\" (the column of 2011 data zone codes)."),
        ("geography: yes please\narea: dz\n", "yaml", "F:3:12: \"geography\" must be true or false."),
        ("area: dz\n", "yaml", "F:3:7: \"area\" names the column of 2011 data zone codes by which \"deprivation\" and \"geography\" join; give one of them, or leave out \"area\"."),
        ("rank_total: 0\n", "yaml", "F:3:13: \"rank_total\" must be a whole number of 1 or more."),
        ("rank_total: 6976.5\n", "yaml", "F:3:13: \"rank_total\" must be a whole number of 1 or more."),
        ("filters: [\"Council_area=Glasgow City\", Glasgow]\n", "yaml", "F:3:40: filters[1]: the filter \"Glasgow\" is not COLUMN=VALUE (e.g. year=2023)."),
        ("filters: Council_area=Glasgow City\n", "yaml", "F:3:10: \"filters\" must be a list of COLUMN=VALUE filters."),
        ("deprivation = \"simd2020\"\narea = \"dz\"\n", "toml", "F: deprivation \"simd2020\" is not simd2020v2 or simd2016."),
        ("filters = [\"=x\"]\n", "toml", "F: filters[0]: the filter \"=x\" is not COLUMN=VALUE (e.g. year=2023)."),
        ("rank_total = -1\n", "toml", "F: \"rank_total\" must be a whole number of 1 or more."),
    ])
    func badValuesNameTheFileTheKeyAndThePosition(_ lines: String, _ ext: String, _ expected: String) throws {
        let text = ext == "toml"
            ? "input = \"a.csv\"\nrank = \"r\"\n" + lines + "population = \"p\"\n\n[[indicators]]\nvalue = \"v\"\n"
            : "input: a.csv\nrank: r\n" + lines + "population: p\nindicators: [{value: v}]\n"
        #expect(try Self.message(text, ext: ext) == expected)
    }
}
