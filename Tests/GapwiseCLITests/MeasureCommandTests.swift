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
        let r = try CLIRunner.run(["measure", f, "--numerator", "n", "--denominator", "d", "--measure", "proportion"])
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

@Suite("gapwise measure: PHEindicatormethods measures")
struct MeasurePHECommandTests {
    func write(_ text: String) throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-phe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("in.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    @Test func pheSIIAndRIIPerAreaFromConfidenceLimits() throws {
        // PHEindicatormethods 2.1.0 testdata_SII.xlsx records 61-70 (../shared/validation/phe_sii_normal_quintiles.json):
        // area1 SII 7.919334147100874, RII 1.1037116952527257; area2 SII 3.6215563376545648, RII 1.0513892712719326.
        let text = """
        area,quintile,population,value,lower,upper
        area1,1,7291,75.9334590103081,72.7220530546453,79.1448649659708
        area1,2,7997,78.3442382727843,75.2509802190802,81.4374963264884
        area1,3,6105,83.8360631041654,80.8697295124759,86.8023966958549
        area1,4,7666,83.6375399664931,80.157578356036,87.1175015769501
        area1,5,5790,80.4655031529559,77.1308785969275,83.8001277089842
        area2,1,21675,70.54853186,70.09853186,70.99853186
        area2,2,20065,71.57155734,71.12155734,72.14
        area2,3,19750,72.48698671,72.03698671,73.21
        area2,4,24713,73.51985519,73.06985519,73.7
        area2,5,20112,73.14605425,72.69605425,75.8

        """
        let (d, f) = try write(text)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--by", "area", "--subgroup", "quintile", "--order", "quintile",
                                   "--value", "value", "--population", "population", "--lower", "lower", "--upper", "upper",
                                   "--measure", "phe_sii,phe_rii", "--reps", "10000", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let expected: [String: [String: Double]] = [
            "area1": ["phe_sii": 7.919334147100874, "phe_rii": 1.1037116952527257],
            "area2": ["phe_sii": 3.6215563376545648, "phe_rii": 1.0513892712719326],
        ]
        #expect(rows.count == 4)
        for row in rows {
            let area = try #require(row["area"] as? String), m = try #require(row["measure"] as? String)
            let want = try #require(expected[area]?[m])
            let got = try #require(row["estimate"] as? Double)
            #expect(abs(got / want - 1) < 1e-9, "\(area) \(m): \(got) vs \(want)")
            let lo = try #require(row["lower"] as? Double), hi = try #require(row["upper"] as? Double)
            #expect(lo < got && got < hi)
        }
    }

    @Test func pooledRateMatchesPHEByarAndExactLimits() throws {
        // PHEindicatormethods testdata_Rate.xlsx rows 9-16 (../shared/validation/phe_rate_byar_exact.json), Area1 and Area7:
        // 1/100 x 1e5 = 1000 (exact: 25.317807984289896 .. 5571.643390938898);
        // 222/3215 x 1e5 = 6905.132192846034 (Byar: 6026.574877652674 .. 7875.729370871851).
        let (d, f) = try write("area,x,n\nArea1,1,100\nArea7,222,3215\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--by", "area", "--numerator", "x", "--denominator", "n",
                                   "--multiplier", "100000", "--measure", "rate", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let want: [[Double]] = [[1000, 25.317807984289896, 5571.643390938898], [6905.132192846034, 6026.574877652674, 7875.729370871851]]
        for (row, w) in zip(rows, want) {
            for (key, value) in zip(["estimate", "lower", "upper"], w) {
                #expect(abs((row[key] as! Double) / value - 1) < 1.5e-8, "\(key)")
            }
        }
    }
}

@Suite("gapwise measure: decompositions and Lorenz curves")
struct MeasureDecompositionCommandTests {
    @Test func theilBetweenAndWithinOfTheClosedForm() throws {
        // STYLE.md closed form: [0,0,0,10,10,10] in two groups gives Theil between = ln 2 and within = 0.
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-dec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("in.csv").path
        try "area,part,v\na,P,0\nb,P,0\nc,P,0\nd,Q,10\ne,Q,10\nf,Q,10\n".write(toFile: f, atomically: true, encoding: .utf8)
        let lorenz = d.appendingPathComponent("lorenz.csv").path
        let r = try CLIRunner.run(["measure", f, "--value", "v", "--partition", "part",
                                   "--measure", "theil_between,theil_within,theil_t", "--reps", "0", "--format", "json",
                                   "--lorenz", lorenz])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let est = Dictionary(uniqueKeysWithValues: rows.map { ($0["measure"] as! String, $0["estimate"] as! Double) })
        #expect(abs(est["theil_between"]! - log(2)) < 1e-15)
        #expect(est["theil_within"]! == 0)
        #expect(abs(est["theil_t"]! - log(2)) < 1e-15)
        #expect(try String(contentsOfFile: lorenz, encoding: .utf8) == """
        point,population_share,value_share
        0,0,0
        1,0.16666666666666666,0
        2,0.3333333333333333,0
        3,0.5,0
        4,0.6666666666666666,0.3333333333333333
        5,0.8333333333333334,0.6666666666666666
        6,1,1

        """)
        let missing = try CLIRunner.run(["measure", f, "--value", "v", "--measure", "theil_between"])
        #expect(missing.status == 64 && missing.stderr.contains("--partition"))
    }
}
