// CommunitiesCommandTests: `gapwise communities` end to end: CPOP's published scores through the CLI, outputs, errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise communities")
struct CommunitiesCommandTests {
    static let input = "validation/cpop/community_scores_input_2021_22.csv"
    static let expected = "validation/cpop/community_scores_expected_6cpps.csv"

    func folder() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-communities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// CPOP's CPPScore and TypeScore for the six partnerships it publishes, read back from the command's
    /// CSV (full precision) within 1e-12; the summary file has one row per zone.
    @Test(.needsShared(input, expected)) func reproducesPublishedScoresThroughTheCommand() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let scores = d.appendingPathComponent("scores.csv"), summary = d.appendingPathComponent("summary.csv")
        let r = try CLIRunner.run([
            "communities", try SharedData.require(Self.input).path,
            "--long", "area=InterZone,indicator=Indicator,value=value,period=Year,favourable=High is Positive",
            "--locality", "CPP", "--peer-group", "Typology_Group", "--method", "cpop",
            "--output", scores.path, "--summary-output", summary.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
        let out = try TestTable(contentsOf: scores)
        #expect(out.header == ["area", "locality", "peer_group", "indicator", "value", "locality_score", "peer_score"])
        var got: [String: (Double, Double)] = [:]
        let local = out.numbers("locality_score"), peer = out.numbers("peer_score")
        for (i, (a, k)) in zip(out.column("area"), out.column("indicator")).enumerated() { got[a + "|" + k] = (local[i], peer[i]) }
        #expect(got.count == 1279 * 8)
        let e = try TestTable(contentsOf: try SharedData.require(Self.expected))
        let cpp = e.numbers("CPPScore"), type = e.numbers("TypeScore")
        var worst = 0.0
        for (i, key) in zip(e.column("InterZone"), e.column("Indicator")).map({ $0 + "|" + $1 }).enumerated() {
            let (l, p) = try #require(got[key], "\(key) missing")
            worst = max(worst, abs(l - cpp[i]) / max(1, abs(cpp[i])), abs(p - type[i]) / max(1, abs(type[i])))
        }
        #expect(worst <= 1e-12, "largest difference \(worst)")
        let s = try TestTable(contentsOf: summary)
        #expect(s.header == ["area", "locality", "peer_group", "areas_in_locality", "score", "rank", "septile", "driver",
                             "peer_score", "peer_rank", "peer_driver"])
        #expect(s.column("area").count == 1279)
    }

    /// --only-localities narrows the output, not the scores: Glasgow City's rows are the same as in the full run.
    @Test(.needsShared(input)) func onlyLocalitiesKeepsTheScores() throws {
        let args = ["communities", try SharedData.require(Self.input).path,
                    "--long", "area=InterZone,indicator=Indicator,value=value,period=Year",
                    "--favourable", "Attainment,Participation Rate,Depopulation",
                    "--locality", "CPP", "--peer-group", "Typology_Group"]
        let all = try CLIRunner.run(args), glasgow = try CLIRunner.run(args + ["--only-localities", "Glasgow City"])
        #expect(all.status == 0 && glasgow.status == 0, "\(glasgow.stderr)")
        let lines = all.stdout.split(separator: "\n")
        let kept = [lines[0]] + lines.dropFirst().filter { $0.contains(",Glasgow City,") }
        #expect(glasgow.stdout.split(separator: "\n") == kept)
        #expect(kept.count == 1 + 136 * 8)
    }

    static let small = """
        zone,council,type,year,indicator,value
        a,L1,P1,2010,good,8
        b,L1,P2,2010,good,8
        c,L2,P2,2010,good,16
        a,L1,P1,2020,good,10
        b,L1,P2,2020,good,9
        c,L2,P2,2020,good,16

        """

    func write(_ text: String, in d: URL) throws -> String {
        let f = d.appendingPathComponent("areas.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return f
    }

    /// The whole output of a change run on a small table: L2 holds one zone, so its locality scores are
    /// blank and a note on standard error says why; a, b in L1 sit at ±1/√2 (8→10 and 8→9 in L1).
    @Test func changeRunWholeOutputAndNotes() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = try write(Self.small, in: d)
        let r = try CLIRunner.run(["communities", f, "--long", "area=zone,indicator=indicator,value=value,period=year",
                                   "--locality", "council", "--favourable", "good", "--from", "2010", "--to", "2020", "--digits", "6"])
        #expect(r.status == 0, "\(r.stderr)")
        // Changes .25, .125, 0 (exact in binary): mean .125, sd .125, national z 1, 0, −1; within L1 {1, 0}: ±1/√2.
        #expect(r.stdout == """
            area,locality,peer_group,indicator,value,locality_score,peer_score,change,change_score,change_locality_score,change_peer_score
            a,L1,,good,10,0.707107,,0.25,1,0.707107,
            b,L1,,good,9,-0.707107,,0.125,0,-0.707107,
            c,L2,,good,16,,,0,-1,,

            """)
        #expect(r.stderr == """
            gapwise: note: locality scores of good in locality L2 are undefined: it has one value, so no standard deviation.
            gapwise: note: locality change scores of good in locality L2 are undefined: it has one value, so no standard deviation.

            """)
    }

    @Test func errorsNameFileRowColumnAndFlag() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = try write(Self.small, in: d)
        let long = ["--long", "area=zone,indicator=indicator,value=value,period=year"]
        let out = d.appendingPathComponent("out.csv").path
        func run(_ args: [String], _ text: String? = nil) throws -> CLIResult {
            if let text { _ = try write(text, in: d) } else { _ = try write(Self.small, in: d) }
            return try CLIRunner.run(["communities", f] + args + ["--output", out])
        }
        let missing = try run(long + ["--locality", "CPP", "--to", "2020"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "gapwise: \(f): there is no column named \"CPP\" (the columns are: zone, council, type, year, indicator, value)\n")
        let notInFile = try run(long + ["--locality", "council", "--favourable", "goods", "--to", "2020"])
        #expect(notInFile.status == 1)
        #expect(notInFile.stderr == "gapwise: --favourable goods: \(f) has no such indicator (did you mean \"good\"?) (it has good).\n")
        let notNumber = try run(long + ["--locality", "council", "--to", "2020"], Self.small.replacingOccurrences(of: "b,L1,P2,2020,good,9", with: "b,L1,P2,2020,good,nine"))
        #expect(notNumber.status == 1)
        #expect(notNumber.stderr.hasPrefix("gapwise: \(f):6:value: \"nine\""), "\(notNumber.stderr)")
        let periods = try run(long + ["--locality", "council"])
        #expect(periods.stderr == "gapwise: \(f) holds 2 periods in column year (2010, 2020): name the one to score with --to, and the start of a change with --from.\n")
        let layout = try run(["--locality", "council"])
        #expect(layout.status == 64)
        #expect(!FileManager.default.fileExists(atPath: out), "a failing run writes no file")
    }
}
