// ConfigLookupCommandTests: a gaps batch config's deprivation, geography, area, rank_total and filters keys give the command line's rows.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gaps --config: lookups, rank total and filters as on the command line")
struct ConfigLookupCommandTests {
    static let simd = "data/simd2020v2_withinds/simd2020_withinds.csv"

    /// Glasgow City and City of Edinburgh rows of the SG file with every column except its SIMD ranks and bands.
    static func twoCouncilExtract(_ t: TestTable, in dir: URL) throws -> URL {
        let councils: Set<String> = ["Glasgow City", "City of Edinburgh"]
        let columns = t.header.filter { !$0.contains("SIMD") }
        let cells = columns.map { t.column($0) }
        var text = columns.joined(separator: ",") + "\n"
        for r in t.column("Council_area").indices where councils.contains(t.column("Council_area")[r]) {
            text += cells.map { c in c[r].contains(",") ? "\"\(c[r])\"" : c[r] }.joined(separator: ",") + "\n"
        }
        let url = dir.appendingPathComponent("two-councils.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-cfglookup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static let flags = ["--indicator", "EMERG", "--indicator", "SMR", "--indicator", "income=income_count/Total_population",
                        "--population", "Total_population", "--invalid-areas", "exclude", "--quantiles", "5,10"]

    static func yaml(input: String, keys: String, out: URL) -> String {
        """
        input: \(input)
        population: Total_population
        invalid_areas: exclude
        quantiles: [5, 10]
        \(keys)
        indicators:
          - value: EMERG
          - value: SMR
          - name: income
            numerator: income_count
            denominator: Total_population
        outputs:
          gaps: \(out.appendingPathComponent("config-gaps.csv").path)
          quantiles: \(out.appendingPathComponent("config-quantiles.csv").path)
        """
    }

    static func toml(input: String, keys: String, out: URL) -> String {
        """
        input = "\(input)"
        population = "Total_population"
        invalid_areas = "exclude"
        quantiles = [5, 10]
        \(keys)

        [[indicators]]
        value = "EMERG"

        [[indicators]]
        value = "SMR"

        [[indicators]]
        name = "income"
        numerator = "income_count"
        denominator = "Total_population"

        [outputs]
        gaps = "\(out.appendingPathComponent("config-gaps.csv").path)"
        quantiles = "\(out.appendingPathComponent("config-quantiles.csv").path)"
        """
    }

    /// Runs the config and the command line, each writing its gap and quantile tables; returns both pairs of texts.
    static func runBoth(config text: String, ext: String, commandLine: [String], in d: URL) throws -> (config: [String], line: [String]) {
        let config = d.appendingPathComponent("batch.\(ext)").path
        try text.write(toFile: config, atomically: true, encoding: .utf8)
        let a = try CLIRunner.run(["gaps", "--config", config])
        let b = try CLIRunner.run(commandLine + ["--output", d.appendingPathComponent("line-gaps.csv").path,
                                                 "--quantiles-output", d.appendingPathComponent("line-quantiles.csv").path])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        func read(_ prefix: String) throws -> [String] {
            try ["gaps", "quantiles"].map { try String(contentsOf: d.appendingPathComponent("\(prefix)-\($0).csv"), encoding: .utf8) }
        }
        return (try read("config"), try read("line"))
    }

    /// An extract without SIMD columns: deprivation, geography and area join the national SIMD and the 2011 geography
    /// (locality: the joined council_name), and filters keeps Glasgow; the config writes exactly the command line's tables.
    @Test(.needsShared(Self.simd), arguments: ["yaml", "toml"])
    func lookupKeysAndFiltersOnAnExtractGiveTheCommandLineRows(_ ext: String) throws {
        let t = try TestTable(contentsOf: try SharedData.require(Self.simd))
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let extract = try Self.twoCouncilExtract(t, in: d)
        let keys = ext == "yaml"
            ? "deprivation: simd2020v2\ngeography: true\narea: Data_Zone\nlocality: council_name\nfilters: [\"Council_area=Glasgow City\"]"
            : "deprivation = \"simd2020v2\"\ngeography = true\narea = \"Data_Zone\"\nlocality = \"council_name\"\nfilters = [\"Council_area=Glasgow City\"]"
        let text = ext == "yaml" ? Self.yaml(input: extract.path, keys: keys, out: d) : Self.toml(input: extract.path, keys: keys, out: d)
        let (config, line) = try Self.runBoth(
            config: text, ext: ext,
            commandLine: ["gaps", extract.path, "--deprivation", "simd2020v2", "--geography", "--area", "Data_Zone",
                          "--locality", "council_name", "--filter", "Council_area=Glasgow City"] + Self.flags, in: d)
        #expect(config == line)
        let rows = config[0].split(separator: "\n").dropFirst()
        // 3 indicators x 2 schemes x 6 default measures, for Glasgow and for the whole-country profile of its 746 zones.
        #expect(rows.filter { $0.hasPrefix("Glasgow City,") }.count == 36)
        #expect(rows.filter { $0.hasPrefix("Scotland (746 of 6976 areas in the file),") }.count == 36)
        #expect(rows.count == 72)
    }

    /// The whole SG file with its own published rank: rank_total and filters give the command line's
    /// --rank-total 6976 --filter Council_area=Glasgow City tables.
    @Test(.needsShared(Self.simd)) func rankTotalAndFiltersOnTheWholeFileGiveTheCommandLineRows() throws {
        let url = try SharedData.require(Self.simd)
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let keys = "rank: SIMD2020v2_Rank\nrank_total: 6976\nlocality: Council_area\nfilters: [\"Council_area=Glasgow City\"]"
        let (config, line) = try Self.runBoth(
            config: Self.yaml(input: url.path, keys: keys, out: d), ext: "yaml",
            commandLine: ["gaps", url.path, "--rank", "SIMD2020v2_Rank", "--rank-total", "6976", "--locality", "Council_area",
                          "--filter", "Council_area=Glasgow City"] + Self.flags, in: d)
        #expect(config == line)
        let rows = config[0].split(separator: "\n").dropFirst()
        #expect(rows.filter { $0.hasPrefix("Glasgow City,") }.count == 36 && rows.count == 72)
    }

    /// `gapwise report --config` joins the config's lookups as `report --deprivation --geography --area` does.
    @Test(.needsShared(Self.simd)) func reportConfigJoinsTheLookupsAsTheCommandLineDoes() throws {
        let t = try TestTable(contentsOf: try SharedData.require(Self.simd))
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let extract = try Self.twoCouncilExtract(t, in: d)
        let config = d.appendingPathComponent("report.yaml").path
        try """
        input: \(extract.path)
        deprivation: simd2020v2
        geography: true
        area: Data_Zone
        locality: council
        population: Total_population
        invalid_areas: exclude
        filters: ["Council_area=Glasgow City"]
        indicators:
          - { name: income, numerator: income_count, denominator: Total_population }
        report:
          area: Data_Zone
          area_name: Intermediate_Zone
          locality_name: council_name
          target_reps: 20
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let a = d.appendingPathComponent("from-config"), b = d.appendingPathComponent("from-line")
        let rc = try CLIRunner.run(["report", "--config", config, "--out", a.path])
        let rl = try CLIRunner.run(["report", extract.path, "--deprivation", "simd2020v2", "--geography", "--area", "Data_Zone/Intermediate_Zone",
                                    "--locality", "council/council_name", "--indicators", "income=income_count/Total_population",
                                    // SIMD's income count is known as a deprivation input: ranking on it is asked for by name,
                                    // as the config's own indicator (role outcome by default) is ranked on.
                                    "--target-indicators", "income",
                                    "--population", "Total_population", "--invalid-areas", "exclude", "--reps", "20",
                                    "--filter", "Council_area=Glasgow City", "--out", b.path])
        #expect(rc.status == 0 && rl.status == 0, "\(rc.stderr) \(rl.stderr)")
        // Every table but run.csv (which lists the inputs: the config is one of them) is the same.
        let tables = try FileManager.default.subpathsOfDirectory(atPath: a.appendingPathComponent("tables").path)
            .filter { $0.hasSuffix(".csv") && $0 != "run.csv" }.sorted()
        #expect(tables.count > 3)
        for table in tables {
            let x = try String(contentsOf: a.appendingPathComponent("tables/\(table)"), encoding: .utf8)
            let y = try String(contentsOf: b.appendingPathComponent("tables/\(table)"), encoding: .utf8)
            #expect(x == y, "\(table)")
        }
        let gaps = try String(contentsOf: a.appendingPathComponent("tables/gaps.csv"), encoding: .utf8)
        #expect(gaps.contains("Glasgow City") && !gaps.contains("City of Edinburgh"))
    }

    @Test func aBadKeyValueNamesTheFileTheLineAndTheKey() throws {
        let d = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("bad.yaml").path
        try "input: x.csv\npopulation: p\ndeprivation: simd2021\narea: dz\nindicators: [{value: v}]\n".write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", "--config", f])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):3:14: deprivation \"simd2021\" is not simd2020v2 or simd2016.\n", "\(r.stderr)")
    }
}
