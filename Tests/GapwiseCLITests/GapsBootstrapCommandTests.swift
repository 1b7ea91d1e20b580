// GapsBootstrapCommandTests: `gapwise gaps --interval bootstrap` end to end: labels, metadata, thread independence, conflicts, config key.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise gaps --interval bootstrap")
struct GapsBootstrapCommandTests {
    static let args = ["gaps", GapsCommandTests.sample, "--rank", "simd_rank", "--locality", "council", "--year", "year",
                       "--indicator", "emergency=emergency_admissions_count/emergency_admissions_denominator:stat=rate",
                       "--interval", "bootstrap", "--reps", "200", "--threshold", "0"]

    @Test func everyComputedGapNamesTheBootstrapAndThreadsChangeNothing() throws {
        let one = try CLIRunner.run(Self.args + ["--threads", "1"])
        let two = try CLIRunner.run(Self.args + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        let rows = one.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2 * 33 * 6)
        let labelled = rows.filter { $0.contains(",\"bootstrap over areas within each quintile, 200 replicates, percentile\",") }
        let computed = rows.filter { !$0.contains(",not computed") && !$0.contains("is not defined") }
        #expect(labelled.count == computed.count && labelled.count > 300, "\(labelled.count) of \(computed.count)")
        let other = try CLIRunner.run(Self.args + ["--threads", "1", "--seed", "2"])
        #expect(other.status == 0 && other.stdout != one.stdout)
    }

    @Test func theRegressionSIIIntervalIsRefusedBesideTheBootstrap() throws {
        let r = try CLIRunner.run(Self.args + ["--sii-interval", "regression"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: the bootstrap gives every gap measure its interval, the linear SII and RII included: ask for the bootstrap or for the regression interval, not both.\n"), "\(r.stderr)")
        let few = try CLIRunner.run(Self.args.dropLast(4) + ["--reps", "50"])
        #expect(few.status == 64)
        #expect(few.stderr.hasPrefix("Error: a bootstrap needs at least 100 replicates (--reps 50).\n"), "\(few.stderr)")
    }

    @Test func configKeyIntervalSetsTheBootstrapAndIsChecked() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-boot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let body = GapsBatchFixture.emergency(["locality: council", "year: year", "replicates: 150", "threshold: 0"],
                                              outputs: ["gaps: \(d.appendingPathComponent("gaps.csv").path)"])
        let good = d.appendingPathComponent("good.yaml").path
        try (body + "\ninterval: bootstrap\n").write(toFile: good, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", "--config", good, "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let gaps = try String(contentsOfFile: d.appendingPathComponent("gaps.csv").path, encoding: .utf8)
        #expect(gaps.contains(",\"bootstrap over areas within each quintile, 150 replicates, percentile\","))
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: d.appendingPathComponent("gaps.metadata.json"))) as! [String: Any]
        let settings = meta["settings"] as! [String: Any]
        #expect(settings["interval"] as? String == "bootstrap: areas resampled with replacement within each quantile, 150 replicates, percentile limits (area-level variation)")
        let bad = d.appendingPathComponent("bad.yaml").path
        try (body + "\ninterval: jackknife\n").write(toFile: bad, atomically: true, encoding: .utf8)
        let b = try CLIRunner.run(["gaps", "--config", bad])
        #expect(b.status == 1)
        #expect(b.stderr == "gapwise: \(bad):14:11: interval \"jackknife\" is not sampling or bootstrap.\n")
    }
}

@Suite("gapwise report --interval bootstrap")
struct ReportBootstrapCommandTests {
    /// The report's gap tables and its settings footnote name the bootstrap; the sampling-error SII setting
    /// gives way to it.
    @Test func reportTablesAndFootnotesNameTheBootstrap() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-boot-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["report", GapsCommandTests.sample, "--out", d.path, "--interval", "bootstrap", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let index = try String(contentsOf: d.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("Gap intervals"), "settings footnote")
        #expect(index.contains("bootstrap over areas within each quintile, 1000 replicates, percentile"))
        #expect(!index.contains("SII and RII interval"))
    }
}
