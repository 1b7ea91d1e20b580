// RankSummariesTests: `gapwise rank --summarise`: IoD-style locality summaries worked by hand and against IoD 2019.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise rank --summarise")
struct RankSummariesTests {
    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-summ-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// Rows of a simple CSV (no quoted fields) keyed by header name.
    static func rows(_ csv: String) -> [[String: String]] {
        let lines = csv.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { l in
            Dictionary(uniqueKeysWithValues: zip(header, l.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// Ten areas ranked 1 (most deprived) to 10; A holds ranks 1-3 (populations 100, 100, 200), B ranks 4-10
    /// (100 each). By hand (N = 10, r' = 11 − r):
    /// - average rank A = (100·10 + 100·9 + 200·8)/400 = 8.75; B = mean(7, 6, ..., 1) = 4; so A ranks 1st;
    /// - average score (the value is the rank itself) A = (1·100 + 2·100 + 3·200)/400 = 2.25; B = 7;
    /// - most deprived 10% (decile ceil(10r/N) = r = 1): A 1 of 3 areas; B none;
    /// - extent: national percentile ceil(100r/N) = 10r, weights 1 (pct ≤ 10), 0.95 − 9·0.9/19 (pct 20),
    ///   0.05 (pct 30), 0 beyond: A = (100 + 100·(0.95 − 8.1/19) + 200·0.05)/400; B = 0;
    /// - local concentration (most deprived areas holding 10% of the population): A's 40 people all in
    ///   r' = 10, B's 70 in r' = 7.
    @Test func workedByHand() throws {
        let d = try Self.tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("areas.csv").path
        var csv = "dz,la,pop,r\n"
        let la = ["A", "A", "A", "B", "B", "B", "B", "B", "B", "B"], pop = [100, 100, 200, 100, 100, 100, 100, 100, 100, 100]
        for i in 0..<10 { csv += "z\(i + 1),\(la[i]),\(pop[i]),\(i + 1)\n" }
        try csv.write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "r", "--worse", "lower", "--population", "pop",
                                   "--summarise", "la"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = Self.rows(r.stdout)
        #expect(out.count == 2 && out[0]["la"] == "A" && out[1]["la"] == "B")
        let expected: [[String: Double]] = [
            ["areas": 3, "population": 400, "average_rank": 8.75, "rank_of_average_rank": 1, "average_score": 2.25,
             "extent": (100 + 100 * (0.95 - 8.1 / 19) + 200 * 0.05) / 400, "proportion_most_deprived_10": 1.0 / 3,
             "local_concentration": 10],
            ["areas": 7, "population": 700, "average_rank": 4, "rank_of_average_rank": 2, "average_score": 7,
             "extent": 0, "proportion_most_deprived_10": 0, "local_concentration": 7],
        ]
        for (row, want) in zip(out, expected) {
            for (k, v) in want {
                let got = try #require(Double(row[k] ?? ""), "\(k) missing in \(row)")
                #expect(abs(got - v) <= 1e-12 * max(1, abs(v)), "\(row["la"]!) \(k): \(got) vs \(v)")
            }
        }
    }

    @Test func needsPopulationAndNationalRanking() throws {
        let d = try Self.tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("areas.csv").path
        try "dz,la,pop,r\nz1,A,1,1\nz2,B,1,2\n".write(toFile: f, atomically: true, encoding: .utf8)
        let noPop = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "r", "--worse", "lower", "--summarise", "la"])
        #expect(noPop.status == 64 && noPop.stderr.contains("--summarise gives population-weighted summaries: add --population COL."))
        let within = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "r", "--worse", "lower", "--population", "pop",
                                        "--within", "la", "--summarise", "la"])
        #expect(within.status == 64 && within.stderr.contains("--summarise needs the national ranking; drop --within."))
        try "dz,la,pop,r\nz1,A,1,1\nz2,B,-3,2\n".write(toFile: f, atomically: true, encoding: .utf8)
        let negative = try CLIRunner.run(["rank", f, "--area", "dz", "--value", "r", "--worse", "lower", "--population", "pop",
                                          "--summarise", "la"])
        #expect(negative.status != 0 && negative.stderr.contains("areas.csv:3:pop"), "\(negative.stderr)")
    }

    /// England's IoD 2019: the 32,844 LSOA IMD ranks (File 2) with their mid-2015 populations (File 6), joined
    /// into one file, summarised by local authority through the command; File 10's published average ranks are
    /// reproduced within 0.5 (0.136 at worst) and its rank of average rank exactly, for all 317 districts.
    @Test(.needsShared("data/eng_iod2019_lsoa", "data/eng_iod2019_lad_summaries/DERIVED_File_10_IMD_sheet.csv"))
    func iod2019DistrictsThroughTheCommand() throws {
        let lsoa = "data/eng_iod2019_lsoa", ladFile = "data/eng_iod2019_lad_summaries/DERIVED_File_10_IMD_sheet.csv"
        let dir = try SharedData.require(lsoa), ladURL = try SharedData.require(ladFile)
        let domains = try TestTable(contentsOf: dir.appendingPathComponent("DERIVED_File_2_IoD2019_Domains.csv"))
        let pops = try TestTable(contentsOf: dir.appendingPathComponent("DERIVED_File_6_IoD2019_Population_Denominators.csv"))
        let codes = domains.column("LSOA code (2011)")
        #expect(codes == pops.column("LSOA code (2011)"))
        let lads = domains.column("Local Authority District code (2019)")
        let ranks = domains.column("Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)")
        let people = pops.column("Total population: mid 2015 (excluding prisoners)")
        var csv = "lsoa,lad,population,imd_rank\n"
        for i in codes.indices { csv += "\(codes[i]),\(lads[i]),\(people[i]),\(ranks[i])\n" }
        let d = try Self.tempDir(); defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("iod.csv").path
        try csv.write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", f, "--area", "lsoa", "--value", "imd_rank", "--worse", "lower",
                                   "--population", "population", "--summarise", "lad"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = Dictionary(uniqueKeysWithValues: Self.rows(r.stdout).map { ($0["lad"]!, $0) })
        let lad = try TestTable(contentsOf: ladURL)
        let published = lad.column("Local Authority District code (2019)")
        let avg = lad.numbers("IMD - Average rank"), rankOfAvg = lad.numbers("IMD - Rank of average rank")
        #expect(out.count == 317 && published.count == 317)
        var worst = 0.0
        for (k, code) in published.enumerated() {
            let row = try #require(out[code])
            let a = try #require(Double(row["average_rank"]!))
            worst = max(worst, abs(a - avg[k]))
            #expect(abs(a - avg[k]) <= 0.5, "\(code): \(a) vs \(avg[k])")
            #expect(Double(row["rank_of_average_rank"]!) == rankOfAvg[k], "\(code): rank of average rank")
        }
        #expect(worst < 0.136)
    }
}
