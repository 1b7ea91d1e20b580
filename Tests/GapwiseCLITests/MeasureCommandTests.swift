// MeasureCommandTests: `gapwise measure` end to end: whole outputs, intervals, determinism, errors and exit codes.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure")
struct MeasureCommandTests {
    func write(_ text: String, _ name: String = "in.csv") throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-measure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent(name).path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    @Test func distributionalMeasuresPerGroupExactOutput() throws {
        // Gini of 1,2,3,4 = 2Σi·x_(i)/(nΣx) − (n+1)/n = 60/40 − 5/4 = 0.25; of 5,5 = 0.
        let (d, f) = try write("area,grp,v\na,A,1\nb,A,2\nc,A,3\nd,A,4\ne,B,5\nf,B,5\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--value", "v", "--by", "grp", "--measure", "gini", "--reps", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "grp,measure,estimate,se,method,groups,excluded,population")
        #expect(lines[1].hasPrefix("A,gini,0.25,,"))
        #expect(lines[1].hasSuffix(",4,0,4"))
        #expect(lines[2].hasPrefix("B,gini,0,,"))
        #expect(lines.count == 3)
    }

    @Test func bootstrapIntervalsAreSeededAndBracketTheEstimate() throws {
        var text = "area,v,pop\n"
        for i in 1...60 { text += "z\(i),\(Double(i % 17) + 1.5),\(100 + i)\n" }
        let (d, f) = try write(text)
        defer { try? FileManager.default.removeItem(at: d) }
        let args = ["measure", f, "--value", "v", "--population", "pop", "--measure", "theil_t,gini",
                    "--confidence", "0.95,0.998", "--reps", "500", "--seed", "7", "--format", "json"]
        let a = try CLIRunner.run(args), b = try CLIRunner.run(args)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout, "same seed, same output")
        let c = try CLIRunner.run(args.dropLast(3) + ["8", "--format", "json"])
        #expect(c.stdout != a.stdout, "another seed moves the bootstrap limits")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        for row in rows {
            let e = try #require(row["estimate"] as? Double)
            let l95 = try #require(row["lower_95"] as? Double), u95 = try #require(row["upper_95"] as? Double)
            let l998 = try #require(row["lower_99.8"] as? Double), u998 = try #require(row["upper_99.8"] as? Double)
            #expect(l998 <= l95 && l95 < e && e < u95 && u95 <= u998)
            #expect((row["se"] as? Double ?? 0) > 0)
        }
    }

    @Test func heatMeasuresOverSubgroupsMatchHealthequal() throws {
        // healthequal 1.0.1 tests/testthat/test-aci.R (../shared/validation/heat_aci_ordered.json): ACI 7.3284202,
        // SE 0.29368517, CI 6.752807844 to 7.904032556 (the test's tolerance is 1e-6 relative).
        let (d, f) = try write("q,order,est,se,pop\nQ1,1,20,5,78\nQ2,2,30,7,91\nQ3,3,40,10,162\nQ4,4,50,12,103\nQ5,5,60,14,105\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--subgroup", "q", "--order", "order", "--value", "est", "--se", "se",
                                   "--population", "pop", "--polarity", "favourable", "--measure", "aci", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let aci = try #require(rows.first)
        #expect(abs((aci["estimate"] as! Double) / 7.3284202 - 1) < 1e-6)
        #expect(abs((aci["se"] as! Double) / 0.29368517 - 1) < 1e-6)
        #expect(abs((aci["lower"] as! Double) / 6.752807844 - 1) < 1e-6)
        #expect(abs((aci["upper"] as! Double) / 7.904032556 - 1) < 1e-6)
    }

    @Test func badInputIsNamedWithFileRowAndColumn() throws {
        let (d, f) = try write("area,n,d\na,3,10\nb,12,10\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--numerator", "n", "--denominator", "d", "--measure", "gini", "--reps", "0"])
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: \(f):3:n: 12 is above its denominator 10 in d.\n")
        #expect(r.stdout.isEmpty)

        let t = try CLIRunner.run(["measure", f, "--value", "area", "--measure", "gini"])
        #expect(t.status == 1)
        #expect(t.stderr.contains("\(f):2:area: \"a\" is not a number"))

        let u = try CLIRunner.run(["measure", f, "--value", "nope", "--measure", "gini"])
        #expect(u.status == 1 && u.stderr.contains("nope"))
    }

    @Test func misuseIsAUsageError() throws {
        let (d, f) = try write("area,v\na,1\nb,2\n")
        defer { try? FileManager.default.removeItem(at: d) }
        for args in [["--value", "v", "--measure", "nonsense"],
                     ["--measure", "gini"],
                     ["--value", "v", "--numerator", "v", "--denominator", "v", "--measure", "gini"],
                     ["--value", "v", "--measure", "gini", "--confidence", "95"],
                     ["--value", "v", "--measure", "conc"]] {
            let r = try CLIRunner.run(["measure", f] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let (d, f) = try write("area,v\na,1\nb,3\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("result.csv").path
        let r = try CLIRunner.run(["measure", f, "--value", "v", "--measure", "gini", "--reps", "0", "--output", out])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("measure,estimate,se,"))
        let same = try CLIRunner.run(["measure", f, "--value", "v", "--measure", "gini", "--reps", "0", "--output", f])
        #expect(same.status == 1 && same.stderr.contains("refusing to write the output over an input file"))
        #expect(try String(contentsOfFile: f, encoding: .utf8) == "area,v\na,1\nb,3\n")
    }
}
