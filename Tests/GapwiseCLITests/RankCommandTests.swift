// RankCommandTests: `gapwise rank` end to end: whole outputs, composite configs, SIMD 2016 exact, --out, errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise rank")
struct RankCommandTests {
    func write(_ text: String, _ name: String = "areas.csv") throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent(name).path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    @Test func ratesRankedWithinGroupsExactOutput() throws {
        let (d, f) = try write("dz,council,year,n,den\na,C1,2023,5,100\nb,C1,2023,9,100\nc,C1,2023,9,100\nd,C2,2023,1,100\ne,C2,2023,7,100\na,C1,2019,50,100\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["rank", f, "--area", "dz", "--numerator", "n", "--denominator", "den", "--worse", "higher",
                                   "--within", "council", "--filter", "year=2023", "--ties", "first", "--bands", "decile,quintile"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            area,name,council,rate,rank,decile,quintile
            a,,C1,0.05,3,10,5
            b,,C1,0.09,1,4,2
            c,,C1,0.09,2,7,4
            d,,C2,0.01,2,10,5
            e,,C2,0.07,1,5,3

            """)
    }

    @Test(.needsShared("data/sg_simd2016_withinds/simd2016_withinds.csv")) func compositeFromTheShippedSIMD2016ConfigReproducesPublishedRanks() throws {
        let path = "data/sg_simd2016_withinds/simd2016_withinds.csv"
        let url = try SharedData.require(path)
        let config = SharedData.packageRoot.appendingPathComponent("datasets/simd2016_from_domain_ranks.json").path
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("ranks.json").path
        let r = try CLIRunner.run(["rank", url.path, "--area", "Data_Zone", "--config", config, "--format", "json", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(areas.count == 6976)
        // Published overall ranks from the file itself.
        let table = try TestTable(contentsOf: url)
        let published = Dictionary(uniqueKeysWithValues: zip(table.column("Data_Zone"), table.numbers("Overal_SIMD16_Rank")))
        let differing = areas.filter { published[$0["area"] as! String] != ($0["rank"] as! Double) }.count
        #expect(differing == 0, "\(differing) zones differ")
    }

    /// --polarity is the one polarity flag; --worse higher|lower, its earlier spelling, ranks the same way.
    /// Expected ranks by hand: values 5, 9, 7 -> adverse (higher worse): b 1, c 2, a 3; favourable: a 1, c 2, b 3.
    @Test func polarityAndItsEarlierSpellingRankAlike() throws {
        let (d, f) = try write("dz,v\na,5\nb,9\nc,7\n")
        defer { try? FileManager.default.removeItem(at: d) }
        func ranks(_ extra: [String]) throws -> [String: Double] {
            let r = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "v", "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let areas = try #require(json["areas"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: areas.map { ($0["area"] as! String, $0["rank"] as! Double) })
        }
        #expect(try ranks(["--polarity", "adverse"]) == ["b": 1, "c": 2, "a": 3])
        #expect(try ranks(["--worse", "higher"]) == ["b": 1, "c": 2, "a": 3])
        #expect(try ranks(["--polarity", "favourable"]) == ["a": 1, "c": 2, "b": 3])
        #expect(try ranks(["--worse", "lower"]) == ["a": 1, "c": 2, "b": 3])
    }

    @Test func optionAndDataErrorsAreNamed() throws {
        let (d, f) = try write("dz,v\na,1\nb,x\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let noWorse = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "v"])
        #expect(noWorse.status != 0)
        #expect(noWorse.stderr.contains("say which end is worse: --polarity adverse (higher is worse) or --polarity favourable."))
        let both = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "v", "--polarity", "adverse", "--worse", "higher"])
        #expect(both.status == 64 && both.stderr.contains("give --polarity or --worse (its earlier spelling), not both."))
        let sideways = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "v", "--worse", "sideways"])
        #expect(sideways.status == 64 && sideways.stderr.contains(
            "The value 'sideways' is invalid for '--worse <worse>': write higher or lower (or --polarity adverse|favourable)."))
        let text = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "v", "--worse", "lower"])
        #expect(text.status == 1)
        #expect(text.stderr.contains("\(f):3:v: \"x\" is not a number"))
        let cfg = try CLIRunner.run(["rank", f, "--area", "dz", "--config", "/nonexistent/index.toml"])
        #expect(cfg.status == 1)
        #expect(cfg.stderr.hasPrefix("gapwise: /nonexistent/index.toml: the index configuration cannot be read"))
    }
}
