// GapsCommandTests: `gapwise gaps` end to end on the shipped sample: outputs, metadata, config files, errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise gaps")
struct GapsCommandTests {
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-gaps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static let args = ["gaps", sample, "--rank", "simd_rank", "--locality", "council", "--year", "year",
                       "--indicator", "emergency=emergency_admissions_count/emergency_admissions_denominator:stat=rate",
                       "--indicator", "lbw=low_birthweight_count/low_birthweight_denominator",
                       "--quantiles", "5,10", "--level", "0.95,0.998"]

    /// `sha256sum FILE`, an implementation independent of Gapwise's.
    static func sha256sum(_ path: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test func writesGapsQuantilesChangesAndMetadataSilentlyWhenPiped() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let g = d.appendingPathComponent("gaps.csv").path, q = d.appendingPathComponent("quantiles.csv").path
        let c = d.appendingPathComponent("changes.csv").path
        let r = try CLIRunner.run(Self.args + ["--output", g, "--quantiles-output", q, "--changes-output", c, "--threads", "2"])
        #expect(r.status == 0 && r.stdout.isEmpty && r.stderr.isEmpty, "no progress bar when stderr is a pipe: \(r.stderr)")
        let gaps = try String(contentsOfFile: g, encoding: .utf8).split(separator: "\n")
        #expect(gaps[0] == "locality,indicator,year,quantiles,measure,estimate,se,lower_95,upper_95,lower_99.8,upper_99.8,interval_method,groups_used,flags,missing_reason,method")
        // 2 indicators × 2 years × 33 localities × 2 schemes × 6 default measures.
        #expect(gaps.count == 1 + 2 * 2 * 33 * 2 * 6)
        let quant = try String(contentsOfFile: q, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(quant.count == 1 + 2 * 2 * 33 * (5 + 10))
        // Scotland's 2019 quintile 1 of emergency admissions is the direct sum over the sample's quintile-1 zones.
        let t = try TestTable(contentsOf: URL(fileURLWithPath: Self.sample))
        let year = t.column("year"), quint = t.column("simd_quintile"), n = t.numbers("emergency_admissions_count")
        let direct = t.column("year").indices.filter { year[$0] == "2019" && quint[$0] == "1" }.reduce(0.0) { $0 + n[$1] }
        let row = try #require(quant.first { $0[0] == "Scotland" && $0[1] == "emergency" && $0[2] == "2019" && $0[3] == "quintile" && $0[4] == "1" })
        #expect(Double(row[7]) == direct)
        let changes = try String(contentsOfFile: c, encoding: .utf8).split(separator: "\n")
        #expect(changes.count == 1 + 2 * 33 * 2 * 6)
        #expect(changes.dropFirst().allSatisfy { l in ["narrowing", "widening", "no_clear_change", "not_assessed"].contains { l.contains(",\($0),") } })
        // Metadata beside the output: version, the input's SHA-256 (checked with sha256sum), seed, settings.
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: d.appendingPathComponent("gaps.metadata.json"))) as! [String: Any]
        #expect(meta["gapwise_version"] as? String == "0.1.0")
        let inputs = meta["inputs"] as! [[String: Any]]
        #expect(inputs[0]["sha256"] as? String == (try Self.sha256sum(Self.sample)))
        #expect((meta["seed"] as? NSNumber)?.intValue == 1)
        let settings = meta["settings"] as! [String: Any]
        #expect(settings["measures"] as? [String] == ["d", "r", "sii_linear", "rii_linear", "paf", "par"])
        #expect(settings["quantiles"] as? [Int] == [5, 10])
    }

    @Test func oneAndTwoThreadsWriteTheSameBytes() throws {
        let a = try CLIRunner.run(Self.args + ["--threads", "1", "--measure", "d,sii_linear,phe_sii", "--reps", "1000", "--format", "json"])
        let b = try CLIRunner.run(Self.args + ["--threads", "2", "--measure", "d,sii_linear,phe_sii", "--reps", "1000", "--format", "json"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout && a.stdout.hasPrefix("[\n  {\"locality\": \"Scotland\""))
    }

    @Test func yamlAndTomlConfigsRunTheSameBatch() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let yaml = """
        input: \(Self.sample)
        rank: simd_rank
        locality: council
        year: year
        quantiles: [5]
        levels: [0.95, 0.998]
        measures: [d, sii_linear]
        threshold: 10
        seed: 7
        indicators:
          - name: emergency
            numerator: emergency_admissions_count
            denominator: emergency_admissions_denominator
            statistic: rate
            multiplier: 100000
          - name: positive
            numerator: positive_destinations_count
            denominator: positive_destinations_denominator
            polarity: favourable
        outputs:
          gaps: y/gaps.csv
          quantiles: y/quantiles.csv
        """
        let toml = """
        input = "\(Self.sample)"
        rank = "simd_rank"
        locality = "council"
        year = "year"
        quantiles = [5]
        levels = [0.95, 0.998]
        measures = ["d", "sii_linear"]
        threshold = 10
        seed = 7

        [[indicators]]
        name = "emergency"
        numerator = "emergency_admissions_count"
        denominator = "emergency_admissions_denominator"
        statistic = "rate"
        multiplier = 100000

        [[indicators]]
        name = "positive"
        numerator = "positive_destinations_count"
        denominator = "positive_destinations_denominator"
        polarity = "favourable"

        [outputs]
        gaps = "t/gaps.csv"
        quantiles = "t/quantiles.csv"
        """
        try FileManager.default.createDirectory(at: d.appendingPathComponent("y"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: d.appendingPathComponent("t"), withIntermediateDirectories: true)
        try yaml.write(to: d.appendingPathComponent("batch.yaml"), atomically: true, encoding: .utf8)
        try toml.write(to: d.appendingPathComponent("batch.toml"), atomically: true, encoding: .utf8)
        let ry = try CLIRunner.run(["gaps", "--config", d.appendingPathComponent("batch.yaml").path])
        let rt = try CLIRunner.run(["gaps", "--config", d.appendingPathComponent("batch.toml").path, "--threads", "1"])
        #expect(ry.status == 0 && rt.status == 0, "\(ry.stderr) \(rt.stderr)")
        for f in ["gaps.csv", "quantiles.csv"] {
            let a = try String(contentsOf: d.appendingPathComponent("y/\(f)"), encoding: .utf8)
            let b = try String(contentsOf: d.appendingPathComponent("t/\(f)"), encoding: .utf8)
            #expect(a == b && a.count > 1000, "\(f)")
        }
        let meta = try String(contentsOf: d.appendingPathComponent("y/gaps.metadata.json"), encoding: .utf8)
        #expect(meta.contains("\"threshold\" : 10") && meta.contains("\"seed\" : 7") && meta.contains("batch.yaml"))
        // The threshold of 10 was applied: no published count below it.
        let q = try String(contentsOf: d.appendingPathComponent("y/quantiles.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
        for line in q {
            let c = line.split(separator: ",", omittingEmptySubsequences: false)
            if c[c.count - 2] == "published" { #expect(Double(c[7])! >= 10) }
        }
        #expect(q.contains { $0.contains(",suppressed,") } && q.contains { $0.contains(",secondary,") })
    }

    @Test func configErrorsNameTheFileAndKey() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("bad.yaml").path
        try "input: x.csv\nrank: r\nindicator: []\n".write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", "--config", f])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("gapwise: \(f):3:1: unknown key \"indicator\""), "\(r.stderr)")
        let t = d.appendingPathComponent("bad.toml").path
        try "input = \"x.csv\"\nrank = \n".write(toFile: t, atomically: true, encoding: .utf8)
        let rt = try CLIRunner.run(["gaps", "--config", t])
        #expect(rt.status == 1 && rt.stderr.hasPrefix("gapwise: \(t):2:"), "\(rt.stderr)")
    }

    @Test func dataErrorsNameFileRowColumnAndRule() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("in.csv").path
        try "zone,rank,ca,n,den\na,1,A,3,10\nb,2,A,12,10\nc,3,A,1,10\n".write(toFile: f, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", f, "--rank", "rank", "--locality", "ca", "--indicator", "n/den"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):3:n: 12 is above its denominator 10 in den (--invalid-areas exclude leaves such areas out).\n")
        let ok = try CLIRunner.run(["gaps", f, "--rank", "rank", "--locality", "ca", "--indicator", "n/den", "--invalid-areas", "exclude", "--quantiles", "3", "--threshold", "0", "--measure", "d"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("1 areas left out for a missing value") || ok.stdout.contains("areas left out"))
        let same = try CLIRunner.run(["gaps", f, "--rank", "rank", "--indicator", "n/den", "--output", f])
        #expect(same.status == 1 && same.stderr.contains(f))
        let usage = try CLIRunner.run(["gaps", f, "--indicator", "n/den"])
        #expect(usage.status == 64 && usage.stderr.contains("give the deprivation rank column"))
    }

    @Test func aLongFileGivesTheSameGapsAsTheWideFile() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let t = try TestTable(contentsOf: URL(fileURLWithPath: Self.sample))
        var long = "area,indicator,period,numerator,denominator,rank,council\n"
        let zone = t.column("datazone"), year = t.column("year"), rank = t.column("simd_rank"), ca = t.column("council")
        for ind in ["emergency_admissions", "low_birthweight"] {
            let n = t.column(ind + "_count"), den = t.column(ind + "_denominator")
            for i in zone.indices { long += "\(zone[i]),\(ind),\(year[i]),\(n[i]),\(den[i]),\(rank[i]),\(ca[i])\n" }
        }
        let f = d.appendingPathComponent("long.csv").path
        try long.write(toFile: f, atomically: true, encoding: .utf8)
        let a = try CLIRunner.run(["gaps", f, "--long", "area=area,indicator=indicator,period=period,numerator=numerator,denominator=denominator",
                                   "--rank", "rank", "--locality", "council", "--indicator", "emergency_admissions:stat=rate",
                                   "--indicator", "low_birthweight", "--quantiles", "5,10"])
        let b = try CLIRunner.run(["gaps", Self.sample, "--rank", "simd_rank", "--locality", "council", "--year", "year",
                                   "--indicator", "emergency_admissions=emergency_admissions_count/emergency_admissions_denominator:stat=rate",
                                   "--indicator", "low_birthweight=low_birthweight_count/low_birthweight_denominator", "--quantiles", "5,10"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        #expect(a.stdout == b.stdout && a.stdout.count > 10_000)
        // A carried column that disagrees between an area's rows is named with both rows.
        var bad = long.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        bad[2] = bad[2].replacingOccurrences(of: ",S12900", with: ",S12999")
        // The second zone's emergency row and its low_birthweight row now disagree on the council.
        let g = d.appendingPathComponent("bad.csv").path
        try bad.joined(separator: "\n").write(toFile: g, atomically: true, encoding: .utf8)
        let e = try CLIRunner.run(["gaps", g, "--long", "area=area,indicator=indicator,period=period,numerator=numerator,denominator=denominator",
                                   "--rank", "rank", "--locality", "council"])
        #expect(e.status == 1 && e.stderr.contains(":council: ") && e.stderr.contains("for the same area and period"), "\(e.stderr)")
    }
}
