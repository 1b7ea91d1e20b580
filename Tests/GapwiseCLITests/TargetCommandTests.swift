// TargetCommandTests: `gapwise target` end to end: whole rows, settings, determinism across threads, --out, errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise target")
struct TargetCommandTests {
    func write(_ text: String) throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("areas.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    static let csv = """
        dz,dz_name,council,year,ev_count,ev_denominator,good_count,good_denominator
        d1,Far,C1,2023,300,1000,10,100
        d2,Mid,C1,2023,60,1000,50,100
        d3,Low,C1,2023,50,1000,60,100
        d4,Other,C2,2023,55,1000,55,100
        d5,Other2,C2,2023,65,1000,45,100
        d1,Far,C1,2019,1,1000,99,100

        """

    @Test func listsWorstAreasWithSettingsAndIsIdenticalForAnyThreadCount() throws {
        let (d, f) = try write(Self.csv)
        defer { try? FileManager.default.removeItem(at: d) }
        let args = ["target", f, "--area", "dz", "--name", "dz_name", "--locality", "council", "--filter", "year=2023",
                    "--indicators", "ev,good", "--lower-is-worse", "good", "--weights", "ev=3", "--worst", "1",
                    "--reps", "3000", "--seed", "5"]
        let one = try CLIRunner.run(args + ["--threads", "1"]), two = try CLIRunner.run(args + ["--threads", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "locality,area,name,score,score_locality,score_se,rank,areas_in_locality,rank_lower,rank_upper,worst_k,p_worst,p_worse_than_locality,p_worse_than_country,drivers,flags,uncertainty,seed,reps,confidence,weights,missing,sampling_error")
        #expect(lines.count == 6)
        // d1 is far worse on both indicators: rank 1 of 3 in every simulation, flagged against locality and country.
        #expect(lines[1].hasPrefix("C1,d1,Far,"))
        #expect(lines[1].contains(",1,3,1,1,1,1,1,1,ev(+"))
        #expect(lines[1].hasSuffix(",significantly_worse_than_locality;significantly_worse_than_country;worse_than_both,normal,5,3000,0.95,ev(higher)=0.75;good(lower)=0.25,,"))
        #expect(lines[4].hasPrefix("C2,d5,Other2,"))
        // --favourable (the flag report uses) is the same option: good ranks as lower-is-worse, byte for byte.
        let favourable = try CLIRunner.run(args.map { $0 == "--lower-is-worse" ? "--favourable" : $0 } + ["--threads", "1"])
        #expect(favourable.status == 0 && favourable.stdout == one.stdout)
    }

    @Test func jsonCarriesSettingsAndOutWritesAtomically() throws {
        let (d, f) = try write(Self.csv)
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("targets.json").path
        let r = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--filter", "year=2023",
                                   "--indicators", "ev", "--uncertainty", "poisson", "--reps", "500", "--top", "1",
                                   "--format", "json", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["uncertainty"] as? String == "poisson")
        #expect(settings["reps"] as? Int == 500 && settings["seed"] as? Int == 1)
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(areas.map { $0["area"] as? String } == ["d1", "d5"], "--top 1: the worst of each council")
        #expect(areas[0]["rank"] as? Int == 1)

        let same = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "ev",
                                      "--filter", "year=2023", "--out", f])
        #expect(same.status == 1)
        #expect(same.stderr.contains(f))
    }

    @Test func badRowsAndOptionsAreNamed() throws {
        let (d, f) = try write("dz,council,ev_count,ev_denominator\nd1,C1,3,100\nd2,C1,-1,100\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "ev"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):3:ev_count: -1 is not a valid count (a number, 0 or more).\n")
        let u = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "nope"])
        #expect(u.status == 1)
        #expect(u.stderr.contains("indicator \"nope\" needs the columns nope_count and nope_denominator"))
        let w = try CLIRunner.run(["target", f, "--area", "dz", "--locality", "council", "--indicators", "ev", "--worst", "ten"])
        #expect(w.status != 0)
        #expect(w.stderr.contains("--worst ten is neither a number of areas (5) nor a percentage (10%)."))
    }
}
