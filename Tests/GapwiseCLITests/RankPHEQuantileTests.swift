// RankPHEQuantileTests: `gapwise rank --band-rule phe` against PHEindicatormethods' published phe_quantile case, --phe-invert, and its errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise rank --band-rule phe")
struct RankPHEQuantileTests {
    func write(_ text: String) throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-phequantile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("areas.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    /// ../shared/validation/phe_quantile_one_group.json: PHEindicatormethods testdata_Quantiles.xlsx (IndSexRef
    /// 90366Female, ParentCode E12000001), QuantileInGrp, "RAG - High is good" so invert = FALSE; exact.
    /// Two more areas in another parent show that bands restart per group (12 → 10 deciles needs ≥ 10 areas).
    func publishedFile() throws -> (json: [String: Any], csv: String) {
        let url = try SharedData.require("validation/phe_quantile_one_group.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let input = try #require(json["input"] as? [String: Any])
        let parents = try #require(input["ParentCode"] as? [String]), codes = try #require(input["AreaCode"] as? [String])
        let values = try #require(input["Value"] as? [Double])
        var csv = "ParentCode,AreaCode,Value\n"
        for i in codes.indices { csv += "\(parents[i]),\(codes[i]),\(values[i])\n" }
        return (json, csv)
    }

    func bands(_ stdout: String) -> [Int] {
        stdout.split(separator: "\n").dropFirst().map { Int($0.split(separator: ",").last!)! }
    }

    @Test("favourable polarity (invert = FALSE) reproduces QuantileInGrp within ParentCode", .needsShared("validation/phe_quantile_one_group.json"))
    func published() throws {
        let (json, csv) = try publishedFile()
        let (d, f) = try write(csv)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["rank", f, "--area", "AreaCode", "--value", "Value", "--polarity", "favourable",
                                   "--within", "ParentCode", "--band-rule", "phe", "--bands", "decile", "--ties", "min"])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = try #require((json["expected"] as? [String: Any])?["quantile"] as? [Double]).map { Int($0) }
        #expect(bands(r.stdout) == expected)
        #expect(r.stdout.hasPrefix("area,name,ParentCode,Value,rank,decile\n"))
        // --phe-invert false says the same thing explicitly.
        let same = try CLIRunner.run(["rank", f, "--area", "AreaCode", "--value", "Value", "--polarity", "adverse",
                                      "--within", "ParentCode", "--band-rule", "phe", "--phe-invert", "false", "--ties", "min"])
        #expect(bands(same.stdout) == expected)
    }

    @Test("--phe-invert true puts the highest value in band 1 (PHE's formula worked by hand for N = 12, k = 10)",
          .needsShared("validation/phe_quantile_one_group.json"))
    func inverted() throws {
        // Ranks 1..12 from the highest: q = floor(11 − ceiling((13 − rank)/1.2)) = 1,1,2,3,4,5,6,6,7,8,9,10; the
        // file lists the values from the lowest.
        let (_, csv) = try publishedFile()
        let (d, f) = try write(csv)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["rank", f, "--area", "AreaCode", "--value", "Value", "--polarity", "favourable",
                                   "--band-rule", "phe", "--phe-invert", "true"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(bands(r.stdout) == [10, 9, 8, 7, 6, 6, 5, 4, 3, 2, 1, 1])
    }

    @Test("errors: --phe-invert without the phe rule, fewer areas than bands in a group, a composite")
    func errors() throws {
        let (d, f) = try write("g,area,v\nA,S01000001,1\nA,S01000002,2\nA,S01000003,3\nA,S01000004,4\nA,S01000005,5\nB,S01000006,6\nB,S01000007,7\nB,S01000008,8\nB,S01000009,9\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let stray = try CLIRunner.run(["rank", f, "--area", "area", "--value", "v", "--polarity", "adverse", "--phe-invert", "true"])
        #expect(stray.status == 64 && stray.stdout.isEmpty)
        #expect(stray.stderr.contains("--phe-invert belongs to PHE's quantile rule: band with the phe rule, or leave it out."), "\(stray.stderr)")
        let small = try CLIRunner.run(["rank", f, "--area", "area", "--value", "v", "--polarity", "adverse", "--within", "g",
                                       "--band-rule", "phe", "--bands", "quintile"])
        #expect(small.status == 1 && small.stdout.isEmpty)
        #expect(small.stderr == "gapwise: \(f): quintile bands by PHE's quantile rule need at least 5 areas in each group; group \"B\" has 4 areas (PHE leaves such a group without quantiles).\n", "\(small.stderr)")
        let few = try CLIRunner.run(["rank", f, "--area", "area", "--value", "v", "--polarity", "adverse", "--band-rule", "phe"])
        #expect(few.status == 1)
        #expect(few.stderr == "gapwise: \(f): decile bands by PHE's quantile rule need at least 10 areas in each group; there are 9 areas (PHE leaves such a group without quantiles).\n", "\(few.stderr)")
        let quintiles = try CLIRunner.run(["rank", f, "--area", "area", "--value", "v", "--polarity", "adverse", "--band-rule", "phe", "--bands", "quintile"])
        // Nine values, highest first: ranks 1..9, q = floor(6 − ceiling((10 − rank)/1.8)) = 1,1,2,2,3,3,4,4,5 from the top.
        #expect(bands(quintiles.stdout) == [5, 4, 4, 3, 3, 2, 2, 1, 1])
        let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("datasets/simd2016_from_domain_ranks.json").path
        let composite = try CLIRunner.run(["rank", f, "--area", "area", "--config", config, "--band-rule", "phe"])
        #expect(composite.status == 64 && composite.stdout.isEmpty)
        #expect(composite.stderr.contains("PHE's quantile rule bands an indicator's values; a composite index is banded by its ranks (the count or population rule)."), "\(composite.stderr)")
    }
}
