// DeprivationLookupCommandTests: --deprivation, --geography, --area and --rank-total on real SIMD 2020v2 extracts, end to end.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("--deprivation, --geography and --rank-total")
struct DeprivationLookupCommandTests {
    static let simd = "data/simd2020v2_withinds/simd2020_withinds.csv"

    /// The SG SIMD 2020v2 file, or nil after printing the skip message.
    static func whole() throws -> (path: String, table: TestTable) {
        let url = try SharedData.require(simd)
        return (url.path, try TestTable(contentsOf: url))
    }

    /// Writes the rows of `council` with only `columns` (text cells quoted when they hold a comma) to a temporary file.
    static func extract(_ t: TestTable, council: String?, columns: [String], codes: [String]? = nil) throws -> URL {
        let rows = t.column("Council_area").indices.filter { council == nil || t.column("Council_area")[$0] == council }
        let cells = columns.map { t.column($0) }
        var text = columns.joined(separator: ",") + "\n"
        for r in rows {
            text += cells.map { c in c[r].contains(",") ? "\"\(c[r])\"" : c[r] }.joined(separator: ",") + "\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-extract-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Every column of the SG file except the SIMD ranks and bands (those naming SIMD).
    static func nonSIMDColumns(_ t: TestTable) -> [String] { t.header.filter { !$0.contains("SIMD") } }

    static let indicators = ["--indicator", "EMERG", "--indicator", "SMR", "--indicator", "income=income_count/Total_population",
                             "--population", "Total_population", "--invalid-areas", "exclude", "--quantiles", "5,10", "--locality", "Council_area"]

    /// The acceptance test: a Glasgow-only extract with no SIMD columns, given --deprivation simd2020v2, gives exactly
    /// the Glasgow rows of the whole-Scotland run (which bands the publisher's own SIMD2020v2_Rank over all 6,976 zones).
    @Test(.needsShared(Self.simd)) func glasgowExtractGivesTheGlasgowRowsOfTheWholeScotlandRun() throws {
        let (path, t) = try Self.whole()
        let glasgow = try Self.extract(t, council: "Glasgow City", columns: Self.nonSIMDColumns(t))
        defer { try? FileManager.default.removeItem(at: glasgow) }
        #expect(!(try String(contentsOf: glasgow, encoding: .utf8)).contains("SIMD"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-lookup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let q1 = dir.appendingPathComponent("whole-q.csv").path, q2 = dir.appendingPathComponent("glasgow-q.csv").path
        let whole = try CLIRunner.run(["gaps", path, "--rank", "SIMD2020v2_Rank", "--quantiles-output", q1] + Self.indicators)
        let part = try CLIRunner.run(["gaps", glasgow.path, "--deprivation", "simd2020v2", "--area", "Data_Zone", "--quantiles-output", q2] + Self.indicators)
        #expect(whole.status == 0 && part.status == 0, "\(whole.stderr) \(part.stderr)")
        func glasgowRows(_ text: String) -> [Substring] { text.split(separator: "\n").filter { $0.hasPrefix("Glasgow City,") } }
        let a = glasgowRows(whole.stdout), b = glasgowRows(part.stdout)
        // 3 indicators x 2 schemes x 6 default measures.
        #expect(a.count == 36 && a == b)
        let qa = glasgowRows(try String(contentsOfFile: q1, encoding: .utf8)), qb = glasgowRows(try String(contentsOfFile: q2, encoding: .utf8))
        #expect(qa.count == 3 * 15 && qa == qb)
        // The extract's whole-country profile covers Glasgow only and says so.
        #expect(part.stdout.contains("\nScotland (746 of 6976 areas in the file),EMERG,"))
        #expect(!part.stdout.contains("\nScotland,"))
    }

    /// Issue #14: Glasgow's EMERG gap with national quintiles is 93.3, not 104.4 (quintiles recalculated over Glasgow's 746
    /// zones). Expected: the population-weighted mean EMERG of Glasgow's zones in the SG's published SIMD2020v2_Quintile 1
    /// minus that in quintile 5, computed here from the SG file (zones without EMERG left out).
    @Test(.needsShared(Self.simd)) func emergGapForGlasgowUsesNationalQuintiles() throws {
        let (_, t) = try Self.whole()
        var sum = [Double](repeating: 0, count: 6), pop = [Double](repeating: 0, count: 6)
        let council = t.column("Council_area"), quint = t.column("SIMD2020v2_Quintile"), emerg = t.column("EMERG"), p = t.numbers("Total_population")
        for r in council.indices where council[r] == "Glasgow City" && !emerg[r].isEmpty {
            let q = Int(quint[r])!
            sum[q] += p[r] * Double(emerg[r])!
            pop[q] += p[r]
        }
        let expected = sum[1] / pop[1] - sum[5] / pop[5]
        #expect((expected * 10).rounded() == 933)
        let glasgow = try Self.extract(t, council: "Glasgow City", columns: ["Data_Zone", "Council_area", "Total_population", "EMERG"])
        defer { try? FileManager.default.removeItem(at: glasgow) }
        let r = try CLIRunner.run(["gaps", glasgow.path, "--deprivation", "simd2020v2", "--area", "Data_Zone", "--locality", "Council_area",
                                   "--indicator", "EMERG", "--population", "Total_population", "--measure", "d"])
        let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("Glasgow City,EMERG,,quintile,d,") })
        let d = try #require(Double(row.split(separator: ",", omittingEmptySubsequences: false)[5]))
        #expect(abs(d - expected) <= 1e-12 * expected, "d = \(d), expected \(expected)")
    }

    /// A user's own rank column: with --rank-total the bands are national and the partial country profile is named with its
    /// count; without it the bands are recalculated over the file's 746 zones (104.4, the wrong answer) as before.
    @Test(.needsShared(Self.simd)) func rankTotalGivesNationalBandsAndSaysHowManyAreasTheFileHolds() throws {
        let (_, t) = try Self.whole()
        let glasgow = try Self.extract(t, council: "Glasgow City", columns: ["Data_Zone", "Council_area", "Total_population", "EMERG", "SIMD2020v2_Rank"])
        defer { try? FileManager.default.removeItem(at: glasgow) }
        let base = ["gaps", glasgow.path, "--rank", "SIMD2020v2_Rank", "--locality", "Council_area", "--indicator", "EMERG",
                    "--population", "Total_population", "--measure", "d"]
        let national = try CLIRunner.run(base + ["--rank-total", "6976"])
        let local = try CLIRunner.run(base)
        func d(_ out: String, _ profile: String) -> String? {
            out.split(separator: "\n").first { $0.hasPrefix(profile + ",EMERG,,quintile,d,") }.map { String($0.split(separator: ",", omittingEmptySubsequences: false)[5]) }
        }
        #expect(d(national.stdout, "Glasgow City") == "93.28094042020692")
        #expect(d(national.stdout, "Scotland (746 of 6976 areas in the file)") == "93.28094042020692")
        #expect(d(national.stdout, "Scotland") == nil)
        #expect(d(local.stdout, "Glasgow City").map { Double($0).map { ($0 * 10).rounded() } } == 1044)
        let wrong = try CLIRunner.run(base + ["--rank-total", "700"])
        #expect(wrong.status == 1 && wrong.stdout.isEmpty)
        // Glasgow's first zone (row 2) has SIMD 2020v2 rank 4997 in the SG file.
        #expect(wrong.stderr == "gapwise: \(glasgow.path):2:SIMD2020v2_Rank: 4997 is not a national rank: with a rank total of 700 it must be a whole number from 1 to 700.\n")
    }

    /// Codes that cannot be joined stop the run before anything is written, each named with its row.
    @Test func unknownRetiredAndRepeatedCodesStopTheRunWithTheirRows() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-codes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("codes.csv"), out = dir.appendingPathComponent("gaps.csv").path
        try "dz,n,pop\nS01006506,1,100\nS01003031,2,100\nS01099999,3,100\nS01006506,4,100\n".write(to: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", input.path, "--deprivation", "simd2016", "--area", "dz", "--indicator", "n/pop", "--output", out])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr == "gapwise: \(input.path): column \"dz\": 3 area codes cannot be joined to the national lookup of the 6,976 2011 data zones (S01006506 to S01013481): "
            + "row 3 \"S01003031\" is a 2001 data zone, retired in 2014 (SIMD 2016 and 2020v2 rank the 2011 zones); row 4 \"S01099999\" is not a 2011 data zone; "
            + "row 5 \"S01006506\" repeats row 2.\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// --geography lets a file of bare data zone codes be grouped by health board; --deprivation gives measure its rank.
    @Test(.needsShared(Self.simd)) func geographyGroupsByHealthBoardAndDeprivationRanksMeasure() throws {
        let (_, t) = try Self.whole()
        let file = try Self.extract(t, council: nil, columns: ["Data_Zone", "Total_population", "income_count"])
        defer { try? FileManager.default.removeItem(at: file) }
        let g = try CLIRunner.run(["gaps", file.path, "--deprivation", "simd2020v2", "--geography", "--area", "Data_Zone", "--locality", "health_board_name",
                                   "--indicator", "income=income_count/Total_population", "--invalid-areas", "exclude", "--measure", "d"])
        #expect(g.status == 0, "\(g.stderr)")
        let profiles = Set(g.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
        #expect(profiles.count == 15 && profiles.contains("NHS Greater Glasgow and Clyde") && profiles.contains("Scotland"))
        let m = try CLIRunner.run(["measure", file.path, "--deprivation", "simd2020v2", "--area", "Data_Zone", "--value", "income_count", "--measure", "conc"])
        #expect(m.status == 0 && m.stdout.hasPrefix("measure,estimate"), "\(m.stderr)")
        let nothing = try CLIRunner.run(["gaps", file.path, "--deprivation", "simd2020v2", "--indicator", "income_count/Total_population"])
        #expect(nothing.status == 64 && nothing.stderr.contains("--deprivation and --geography join by the area-code column: give --area COL."), "\(nothing.stderr)")
    }

    /// report and rank take the same join: a Glasgow extract's report names its partial country profile, and rank ranks
    /// within the joined intermediate zones.
    @Test(.needsShared(Self.simd)) func reportAndRankJoinTheLookups() throws {
        let (_, t) = try Self.whole()
        let glasgow = try Self.extract(t, council: "Glasgow City", columns: ["Data_Zone", "Intermediate_Zone", "Total_population", "income_count"])
        defer { try? FileManager.default.removeItem(at: glasgow) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-lookup-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(["report", glasgow.path, "--deprivation", "simd2020v2", "--geography", "--area", "Data_Zone/Intermediate_Zone",
                                   "--locality", "council/council_name", "--indicators", "income=income_count/Total_population",
                                   "--population", "Total_population", "--invalid-areas", "exclude", "--reps", "20", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let gaps = try String(contentsOf: out.appendingPathComponent("tables/gaps.csv"), encoding: .utf8)
        #expect(gaps.contains("Scotland (746 of 6976 areas in the file)") && gaps.contains("Glasgow City"))
        let k = try CLIRunner.run(["rank", glasgow.path, "--area", "Data_Zone", "--deprivation", "simd2020v2", "--geography",
                                   "--value", "simd_rank", "--worse", "lower", "--within", "intermediate_zone"])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.split(separator: "\n").count == 747)
    }
}
