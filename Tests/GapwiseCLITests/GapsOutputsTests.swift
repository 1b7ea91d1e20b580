// GapsOutputsTests: `gapwise gaps` outputs: command-line paths replace a config's (metadata included), all-or-nothing writes.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise gaps outputs")
struct GapsOutputsTests {
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path
    static let args = ["gaps", sample, "--rank", "simd_rank", "--year", "year", "--quantiles", "5", "--measure", "d",
                       "--indicator", "emergency=emergency_admissions_count/emergency_admissions_denominator:stat=rate"]

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-outputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    func listing(_ d: URL) throws -> [String] {
        (FileManager.default.enumerator(atPath: d.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func aMissingFolderForALaterOutputWritesNoFileAtAll() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let g = d.appendingPathComponent("gaps.csv").path, q = d.appendingPathComponent("quantiles.csv").path
        let c = d.appendingPathComponent("missing/changes.csv").path
        let r = try CLIRunner.run(Self.args + ["--output", g, "--quantiles-output", q, "--changes-output", c])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(c) (--changes-output): the folder for this output does not exist.\n")
        #expect(r.stdout.isEmpty)
        #expect(try listing(d) == [], "no gaps, quantiles or metadata file and no temporary file")
        // The 4th output (metadata) in a missing folder: likewise nothing.
        let m = d.appendingPathComponent("none/meta.json").path
        let r4 = try CLIRunner.run(Self.args + ["--output", g, "--quantiles-output", q, "--metadata", m])
        #expect(r4.status == 1)
        #expect(r4.stderr == "gapwise: \(m) (--metadata): the folder for this output does not exist.\n")
        #expect(try listing(d) == [])
        // Without --output the gap table goes to standard output only when every file could be written.
        let r5 = try CLIRunner.run(Self.args + ["--quantiles-output", c])
        #expect(r5.status == 1 && r5.stdout.isEmpty)
    }

    @Test func aConfigOutputInAMissingFolderIsNamedByItsKey() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let g = d.appendingPathComponent("gaps.csv").path, c = d.appendingPathComponent("missing/changes.csv").path
        let yaml = GapsBatchFixture.emergency(["year: year", "quantiles: [5]", "measures: [d]"], outputs: ["gaps: \(g)", "changes: \(c)"])
        let config = d.appendingPathComponent("batch.yaml").path
        try yaml.write(toFile: config, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["gaps", "--config", config])
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr == "gapwise: \(c) (outputs.changes of \(config)): the folder for this output does not exist.\n")
        #expect(try listing(d) == ["batch.yaml"])
    }

    @Test func commandLineOutputsReplaceEveryOutputOfAConfigMetadataIncluded() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        for f in ["y", "o"] { try FileManager.default.createDirectory(at: d.appendingPathComponent(f), withIntermediateDirectories: true) }
        let yaml = GapsBatchFixture.emergency(["year: year", "quantiles: [5]", "measures: [d]"],
                                              outputs: ["gaps: y/gaps.csv", "quantiles: y/quantiles.csv", "metadata: y/run.json"])
        let config = d.appendingPathComponent("batch.yaml").path
        try yaml.write(toFile: config, atomically: true, encoding: .utf8)
        let out = d.appendingPathComponent("o/out.csv").path
        let r = try CLIRunner.run(["gaps", "--config", config, "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try listing(d.appendingPathComponent("y")) == [], "nothing at the config's paths")
        #expect(try listing(d.appendingPathComponent("o")) == ["out.csv", "out.metadata.json"])
        let meta = try String(contentsOfFile: d.appendingPathComponent("o/out.metadata.json").path, encoding: .utf8)
        #expect(meta.contains(out))
        // --metadata names its own path.
        let m = d.appendingPathComponent("o/m.json").path
        let r2 = try CLIRunner.run(["gaps", "--config", config, "--output", out, "--metadata", m])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try listing(d.appendingPathComponent("o")) == ["m.json", "out.csv", "out.metadata.json"])
        #expect(try listing(d.appendingPathComponent("y")) == [])
        // Without command-line outputs the config's own paths are used.
        let r3 = try CLIRunner.run(["gaps", "--config", config])
        #expect(r3.status == 0, "\(r3.stderr)")
        #expect(try listing(d.appendingPathComponent("y")) == ["gaps.csv", "quantiles.csv", "run.json"])
    }
}
