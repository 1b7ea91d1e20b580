// NothingLostTests: outputs are all-or-nothing, never over an input, fail cleanly, and are identical run to run and thread to thread.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("Nothing lost: atomic outputs, clean failures, byte-identical reruns")
struct NothingLostTests {
    func folder() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-lost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    func areas(_ n: Int) -> String {
        var t = "area,council,rate,deaths,pop,quintile\n"
        for i in 1...n {
            t += "S01\(String(format: "%06d", i)),S12\(String(format: "%06d", i % 3)),\(Double((i * 37) % 101) / 4 + 1),\(i % 17),\(500 + (i * 53) % 400),\(1 + (i - 1) * 5 / n)\n"
        }
        return t
    }

    @Test("a run killed at any moment leaves the old output or the whole new one, never part of one")
    func killedRunLeavesOldOrNew() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let target = d.appendingPathComponent("sample.csv").path
        let reference = d.appendingPathComponent("reference.csv").path
        let start = Date()
        #expect(try CLIRunner.run(["sample", "--seed", "9", "--output", reference]).status == 0)
        let duration = Date().timeIntervalSince(start)
        let new = try Data(contentsOf: URL(fileURLWithPath: reference))
        let old = Data("old output\n".utf8)
        var sawOld = false, sawNew = false
        // Kill times spread over 0 to 3× a whole run (machines under load vary), so that some fall while the
        // output is being written; the last kill always comes after a whole run, so the new file must be there.
        for step in 0...8 {
            let delay = step == 8 ? -1 : duration * 3 * Double(step) / 8
            try old.write(to: URL(fileURLWithPath: target))
            let p = Process()
            p.executableURL = CLIRunner.executable
            p.arguments = ["sample", "--seed", "9", "--output", target]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            if delay >= 0 {
                Thread.sleep(forTimeInterval: delay)
                if p.isRunning { kill(p.processIdentifier, SIGKILL) }
            }
            p.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(now == old || now == new, "after \(delay) s the output has \(now.count) bytes: neither old nor new")
            sawOld = sawOld || now == old
            sawNew = sawNew || now == new
        }
        #expect(sawOld, "some kill came before the rename")
        #expect(sawNew, "the kill after a whole run leaves the new file")
    }

    @Test("an output path equal to an input, even through a symbolic link, is refused and the input kept")
    func outputOverInputRefused() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("in.csv").path
        let text = areas(10)
        try text.write(toFile: input, atomically: true, encoding: .utf8)
        let link = d.appendingPathComponent("alias.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
        for out in [input, link] {
            let r = try CLIRunner.run(["measure", input, "--value", "rate", "--measure", "gini", "--output", out])
            #expect(r.status == 1)
            #expect(r.stderr == "gapwise: \(out) (--output): refusing to write the output over an input file; choose another output path.\n")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == text)
    }

    @Test("writing to a full device fails with a message and exit status 1",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func fullDevice() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("in.csv").path
        try areas(20).write(toFile: input, atomically: true, encoding: .utf8)
        for args in [["measure", input, "--value", "rate", "--measure", "gini", "--output", "/dev/full"],
                     ["sample", "--output", "/dev/full"]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 1)
            #expect(r.stderr == "gapwise: /dev/full (--output): could not write the output: No space left on device. Nothing was written.\n")
        }
    }

    @Test("an unwritable folder fails cleanly and keeps the old file",
          .needsTool("setpriv", install: "util-linux; needed to run as nobody when the tests run as root",
                     getuid() != 0 || Requirement.executable("setpriv") != nil))
    func unwritableFolder() throws {
        let d = try folder()
        defer { chmod(d.path, 0o755); try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("in.csv").path
        try areas(20).write(toFile: input, atomically: true, encoding: .utf8)
        // Root ignores permission bits, so as root (CI) the command runs as `nobody` (setpriv): the check always runs.
        let locked = d.appendingPathComponent("locked").path
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try "old\n".write(toFile: locked + "/out.csv", atomically: true, encoding: .utf8)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        let r = try CLIRunner.runUnprivileged(["measure", input, "--value", "rate", "--measure", "gini", "--output", locked + "/out.csv"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(locked)/out.csv (--output): could not create a temporary file: Permission denied. Nothing was written.\n")
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOfFile: locked + "/out.csv", encoding: .utf8) == "old\n")
        let missing = try CLIRunner.run(["measure", input, "--value", "rate", "--measure", "gini", "--output", d.path + "/no/such/folder/out.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "gapwise: \(d.path)/no/such/folder/out.csv (--output): the folder for this output does not exist.\n")
    }

    @Test("same input, options and seed: byte-identical output on every run")
    func runToRunIdentity() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("in.csv").path
        try areas(300).write(toFile: input, atomically: true, encoding: .utf8)
        let bootstrap = ["measure", input, "--value", "rate", "--population", "pop", "--by", "council", "--rank-by", "quintile",
                         "--measure", "gini,theil_t,atkinson:0.5,conc", "--confidence", "0.95,0.998", "--reps", "400", "--seed", "11"]
        let first = try CLIRunner.run(bootstrap)
        #expect(first.status == 0, "\(first.stderr)")
        for _ in 0..<3 { #expect(try CLIRunner.run(bootstrap).stdout == first.stdout) }
        let sample = try CLIRunner.run(["sample", "--seed", "5"])
        #expect(try CLIRunner.run(["sample", "--seed", "5"]).stdout == sample.stdout)
    }

    /// PHE SII/RII limits are simulated per area on the area's own stream (once through BLAS `dgemm`,
    /// which OpenBLAS threads); HEAT simulations are seeded per replicate. Output must not depend on the
    /// thread count.
    @Test("Monte-Carlo paths give byte-identical output with 1 or 2 BLAS threads")
    func threadCountIdentity() throws {
        let d = try folder()
        defer { try? FileManager.default.removeItem(at: d) }
        let input = d.appendingPathComponent("q.csv").path
        var t = "region,quintile,value,se,pop\n"
        for region in ["A", "B", "C"] {
            for q in 1...5 { t += "\(region),\(q),\(60 + Double(q) * 2.5 + (region == "B" ? 3 : 0)),\(0.8 + Double(q) / 10),\(7000 + q * 311)\n" }
        }
        try t.write(toFile: input, atomically: true, encoding: .utf8)
        let args = ["measure", input, "--by", "region", "--subgroup", "quintile", "--order", "quintile", "--value", "value",
                    "--se", "se", "--population", "pop", "--measure", "phe_sii,phe_rii,bgsd,idisw,mdbu", "--reps", "20000",
                    "--seed", "42", "--confidence", "0.95,0.998"]
        var env = ProcessInfo.processInfo.environment
        var outputs: [String] = []
        for threads in ["1", "2", "1", "2"] {
            env["OPENBLAS_NUM_THREADS"] = threads
            let r = try CLIRunner.run(args, environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(r.stdout)
        }
        #expect(Set(outputs).count == 1, "outputs differ between BLAS thread counts")
        #expect(outputs[0].split(separator: "\n").count == 16)
    }
}
