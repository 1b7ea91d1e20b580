// BatchMeasureTests: `gapwise measure FILE... --output-dir DIR`: one atomic output per input, failures reported, others intact.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure: many files with --output-dir")
struct BatchMeasureTests {
    /// File i holds the values 1, 2, …, n with n = i + 2, whose Gini is (n − 1)/(3n) in closed form:
    /// Σ_i Σ_j |i − j| = n(n² − 1)/3 and G = that / (2 n² μ) with μ = (n + 1)/2.
    func closedFormGini(_ n: Int) -> Double { Double(n - 1) / Double(3 * n) }

    @Test("50 files, one unreadable, one malformed: 48 correct outputs, the failures named, exit 1")
    func batchWithFailures() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-batch-\(UUID().uuidString)")
        let inputs = d.appendingPathComponent("in"), outputs = d.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        var files: [String] = []
        for i in 1...50 {
            let f = inputs.appendingPathComponent(String(format: "zone%02d.csv", i)).path
            files.append(f)
            if i == 17 {  // unreadable: a folder where a file is expected (root can read any file, not a folder)
                try FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: false)
                continue
            }
            let n = i + 2
            var text = "area,v\n" + (1...n).map { "a\($0),\($0)" }.joined(separator: "\n") + "\n"
            if i == 33 { text += "a99,1,2\n" }  // ragged: row 37 (header, then 35 rows)
            try text.write(toFile: f, atomically: true, encoding: .utf8)
        }
        // An old output of the malformed file must survive its failure.
        let oldOutput = outputs.appendingPathComponent("zone33.measure.csv").path
        try "old\n".write(toFile: oldOutput, atomically: true, encoding: .utf8)

        let r = try CLIRunner.run(["measure"] + files + ["--value", "v", "--measure", "gini", "--reps", "0", "--output-dir", outputs.path])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let f17 = files[16], f33 = files[32]
        #expect(r.stderr == """
            gapwise: \(f17): cannot read the file (Is a directory)
            gapwise: \(f33):37: the row has 3 fields but the header has 2 columns
            gapwise: 2 of 50 files failed (no output written for them):
              \(f17)
              \(f33)

            """)
        #expect(try String(contentsOfFile: oldOutput, encoding: .utf8) == "old\n")
        let written = try FileManager.default.contentsOfDirectory(atPath: outputs.path).sorted()
        #expect(written.count == 49, "48 new outputs and the old one; no temporary files")
        #expect(!written.contains("zone17.measure.csv"))
        for i in 1...50 where i != 17 && i != 33 {
            let text = try String(contentsOfFile: outputs.appendingPathComponent(String(format: "zone%02d.measure.csv", i)).path, encoding: .utf8)
            let row = text.split(separator: "\n")[1].split(separator: ",")
            let g = try #require(Double(String(row[1])))
            #expect(abs(g - closedFormGini(i + 2)) <= 1e-15, "zone\(i): \(g)")
        }
    }

    @Test("a batch of one writes the same bytes as a single run with --output")
    func batchMatchesSingleRun() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-batch1-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("rates.csv").path
        try "area,v,p\na,1,10\nb,4,20\nc,9,5\nd,2,7\n".write(toFile: f, atomically: true, encoding: .utf8)
        let common = ["--value", "v", "--population", "p", "--measure", "theil_t,gini", "--reps", "200", "--seed", "3", "--format", "json"]
        let single = d.appendingPathComponent("single.json").path
        #expect(try CLIRunner.run(["measure", f] + common + ["--output", single]).status == 0)
        let batch = try CLIRunner.run(["measure", f] + common + ["--output-dir", d.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: single)) == Data(contentsOf: d.appendingPathComponent("rates.measure.json")))
    }

    @Test("two inputs with the same name, and a missing output folder, are refused before anything runs")
    func refusedBeforeRunning() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-batch2-\(UUID().uuidString)")
        for sub in ["a", "b"] { try FileManager.default.createDirectory(at: d.appendingPathComponent(sub), withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: d) }
        let a = d.appendingPathComponent("a/x.csv").path, b = d.appendingPathComponent("b/x.csv").path
        for f in [a, b] { try "area,v\na,1\nb,2\n".write(toFile: f, atomically: true, encoding: .utf8) }
        let clash = try CLIRunner.run(["measure", a, b, "--value", "v", "--measure", "gini", "--output-dir", d.path])
        #expect(clash.status == 64)
        #expect(clash.stderr.hasPrefix("Error: \(a) and \(b) would both be written to \(d.path)/x.measure.csv; give inputs with different names.\n"))
        let none = try CLIRunner.run(["measure", a, "--value", "v", "--measure", "gini", "--output-dir", d.path + "/nope"])
        #expect(none.status == 1)
        #expect(none.stderr == "gapwise: \(d.path)/nope: the output folder does not exist; create it first.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.path).sorted() == ["a", "b"])
    }
}
