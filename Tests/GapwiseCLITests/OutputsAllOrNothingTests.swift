// OutputsAllOrNothingTests: every subcommand's outputs are written all-or-nothing, a missing folder named with path and flag.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("all-or-nothing outputs of every subcommand")
struct OutputsAllOrNothingTests {
    static let sample = SharedData.packageRoot.appendingPathComponent("datasets/sample/datazones.csv").path

    func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-aon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// Every file under `d`, hidden temporary files included.
    func listing(_ d: URL) -> [String] {
        (FileManager.default.enumerator(atPath: d.path)?.allObjects as? [String] ?? []).sorted()
    }

    func expectNothingWritten(_ r: CLIResult, _ d: URL, path: String, flag: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, sourceLocation: sourceLocation)
        #expect(r.stderr == "gapwise: \(path) (\(flag)): the folder for this output does not exist.\n", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(listing(d) == [], "no output and no temporary file", sourceLocation: sourceLocation)
    }

    static let measure = ["measure", sample, "--filter", "year=2023", "--numerator", "early_deaths_count",
                          "--denominator", "early_deaths_denominator", "--measure", "gini", "--reps", "0"]

    @Test("measure: a missing folder for --lorenz (the second output) writes no --output file either, and the reverse")
    func measureWithLorenz() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let good = d.appendingPathComponent("gini.csv").path, lorenz = d.appendingPathComponent("missing/lorenz.csv").path
        expectNothingWritten(try CLIRunner.run(Self.measure + ["--output", good, "--lorenz", lorenz]), d, path: lorenz, flag: "--lorenz")
        let out = d.appendingPathComponent("none/gini.csv").path, curve = d.appendingPathComponent("lorenz.csv").path
        expectNothingWritten(try CLIRunner.run(Self.measure + ["--out", out, "--lorenz", curve]), d, path: out, flag: "--out")
        // Without --output, the table is printed only once the Lorenz file is written.
        expectNothingWritten(try CLIRunner.run(Self.measure + ["--lorenz", lorenz]), d, path: lorenz, flag: "--lorenz")
        // Both folders present: both files, the same bytes as each written alone.
        let both = try CLIRunner.run(Self.measure + ["--output", good, "--lorenz", curve])
        #expect(both.status == 0 && both.stdout.isEmpty)
        #expect(listing(d) == ["gini.csv", "lorenz.csv"])
        let alone = try CLIRunner.run(Self.measure)
        #expect(try String(contentsOfFile: good, encoding: .utf8) == alone.stdout)
    }

    @Test("rank, target, funnel and sample: a missing output folder writes nothing and names the path and the flag",
          arguments: [
            ["rank", sample, "--area", "datazone", "--filter", "year=2023", "--value", "simd_rank", "--polarity", "favourable"],
            ["target", sample, "--area", "datazone", "--locality", "council", "--filter", "year=2023",
             "--indicators", "early_deaths", "--reps", "0"],
            ["funnel", sample, "--filter", "year=2023", "--numerator", "early_deaths_count", "--denominator", "early_deaths_denominator"],
            ["sample"],
          ])
    func singleOutput(_ args: [String]) throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let missing = d.appendingPathComponent("missing/out.csv").path
        expectNothingWritten(try CLIRunner.run(args + ["--output", missing]), d, path: missing, flag: "--output")
        let ok = d.appendingPathComponent("out.csv").path
        let r = try CLIRunner.run(args + ["--output", ok])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(listing(d) == ["out.csv"])
    }

    @Test("rank --summarise: a missing output folder writes nothing")
    func rankSummaries() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(at: d) }
        let missing = d.appendingPathComponent("missing/councils.csv").path
        let r = try CLIRunner.run(["rank", Self.sample, "--area", "datazone", "--filter", "year=2023", "--value", "simd_rank",
                                   "--polarity", "favourable", "--population", "population", "--summarise", "council_name",
                                   "--out", missing])
        expectNothingWritten(r, d, path: missing, flag: "--out")
    }
}
