// MeasureStandardisedTests: `gapwise measure` with dsr/isratio/israte on long age-band files, against PHE's published cases, and every error branch.
import Foundation
import Testing
import GapwiseTestSupport

/// Expected values: ../shared/validation/phe_isratio_israte_area1.json and phe_dsr_nonindependent_one_area.json,
/// read from PHEindicatormethods' testdata_DSR_ISR.xlsx (ukhsa-collaboration/PHEindicatormethods@093fd28);
/// tolerance the files' own 1.5e-8 relative.
@Suite("gapwise measure: age-standardised rates and ratios")
struct MeasureStandardisedTests {
    func write(_ text: String) throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-std-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("bands.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    func validation(_ name: String) throws -> [String: Any] {
        let url = try SharedData.require("validation/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The case's input columns as a CSV, one row per band (`nil` cells: none in these cases).
    func csv(_ input: [String: Any], _ columns: [String]) throws -> String {
        let cols = try columns.map { try #require(input[$0] as? [Any], "column \($0)") }
        var text = columns.joined(separator: ",") + "\n"
        for r in cols[0].indices { text += cols.map { "\($0[r])" }.joined(separator: ",") + "\n" }
        return text
    }

    func close(_ got: Any?, _ want: Any?, tol: Double, _ what: String) {
        guard let g = got as? Double, let w = (want as? NSNumber)?.doubleValue else { Issue.record("\(what): got \(String(describing: got)), want \(String(describing: want))"); return }
        #expect(abs(g - w) <= tol * abs(w), "\(what): got \(g), want \(w)")
    }

    @Test("isratio, isratio:100, israte, israte:1000 reproduce calculate_ISRatio/ISRate", .needsShared("validation/phe_isratio_israte_area1.json"))
    func indirect() throws {
        let json = try validation("phe_isratio_israte_area1.json")
        let input = try #require(json["input"] as? [String: Any]), tol = try #require(json["tolerance"] as? Double)
        let (d, f) = try write(try csv(input, ["area", "ageband", "count", "pop", "refcount", "refpop"]))
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--by", "area", "--numerator", "count", "--denominator", "pop",
                                   "--reference-events", "refcount", "--reference-population", "refpop",
                                   "--measure", "israte,israte:1000,isratio,isratio:100", "--level", "0.95,0.998", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let expected = try #require((json["expected"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.count == 4 && expected.count == 4)
        for (row, e) in zip(rows, expected) {
            let statistic = try #require(e["statistic"] as? String)
            #expect((row["method"] as? String) == "\(statistic) ; Byars")
            close(row["estimate"], e["value"], tol: tol, statistic)
            for (col, key) in [("lower_95", "lower95_0cl"), ("upper_95", "upper95_0cl"), ("lower_99.8", "lower99_8cl"), ("upper_99.8", "upper99_8cl")] {
                close(row[col], e[key], tol: tol, "\(statistic) \(col)")
            }
            #expect((row["groups"] as? Int) == 19 && (row["population"] as? Double) == 8970)
        }
    }

    /// The request's multiplier is the one place: `israte --multiplier 1000` is PHE's israte per 1000, as
    /// `israte:1000` (the code's suffix, another spelling of it); both at once must agree.
    @Test("israte --multiplier 1000 reproduces calculate_ISRate(multiplier = 1000); a suffix that disagrees is refused", .needsShared("validation/phe_isratio_israte_area1.json"))
    func requestMultiplier() throws {
        let json = try validation("phe_isratio_israte_area1.json")
        let input = try #require(json["input"] as? [String: Any]), tol = try #require(json["tolerance"] as? Double)
        let (d, f) = try write(try csv(input, ["area", "ageband", "count", "pop", "refcount", "refpop"]))
        defer { try? FileManager.default.removeItem(at: d) }
        let expected = try #require((json["expected"] as? [String: Any])?["rows"] as? [[String: Any]])
        let per1000 = try #require(expected.first { ($0["statistic"] as? String)?.contains("1000") == true && ($0["statistic"] as? String)?.contains("100000") == false })
        let base = ["measure", f, "--by", "area", "--numerator", "count", "--denominator", "pop",
                    "--reference-events", "refcount", "--reference-population", "refpop", "--level", "0.95,0.998", "--format", "json"]
        for extra in [["--measure", "israte", "--multiplier", "1000"], ["--measure", "israte:1000", "--multiplier", "1000"], ["--measure", "israte", "--scale", "1000"]] {
            let r = try CLIRunner.run(base + extra)
            #expect(r.status == 0, "\(extra): \(r.stderr)")
            let row = try #require((try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])?.first)
            #expect((row["method"] as? String) == "\(per1000["statistic"] as! String) ; Byars", "\(extra)")
            close(row["estimate"], per1000["value"], tol: tol, "\(extra)")
            close(row["lower_95"], per1000["lower95_0cl"], tol: tol, "\(extra) lower_95")
            close(row["upper_95"], per1000["upper95_0cl"], tol: tol, "\(extra) upper_95")
        }
        let conflict = try CLIRunner.run(base + ["--measure", "israte:1000", "--multiplier", "100"])
        #expect(conflict.status == 64)
        #expect(conflict.stderr.contains("measure israte:1000 gives the multiplier 1000 but --multiplier is 100: give the multiplier once."), "\(conflict.stderr)")
        #expect(conflict.stdout.isEmpty)
    }

    @Test("dsr with --event-frequencies reproduces calculate_dsr(independent_events = FALSE)", .needsShared("validation/phe_dsr_nonindependent_one_area.json"))
    func nonIndependent() throws {
        let json = try validation("phe_dsr_nonindependent_one_area.json")
        let input = try #require(json["input"] as? [String: Any]), tol = try #require(json["tolerance"] as? Double)
        let e = try #require((json["expected"] as? [String: [String: Any]])?["testdata_nonind_big"])
        let (d, f) = try write(try csv(input, ["area", "ageband", "count", "pop", "f1", "f2", "f3", "f4"]))
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--by", "area", "--numerator", "count", "--denominator", "pop", "--measure", "dsr",
                                   "--event-frequencies", "f1,f2,f3,f4", "--level", "0.95,0.998", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require((try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((row["method"] as? String) == "dsr per 100000 ; Dobson, with confidence adjusted for non-independent events")
        close(row["estimate"], e["value"], tol: tol, "dsr")
        for (col, key) in [("lower_95", "lower95_0cl"), ("upper_95", "upper95_0cl"), ("lower_99.8", "lower99_8cl"), ("upper_99.8", "upper99_8cl")] {
            close(row[col], e[key], tol: tol, "dsr \(col)")
        }
        #expect((row["population"] as? Double) == (e["total_pop"] as? Double))
    }

    /// Two areas of 19 bands at 3 events per band; area B's band 5 count blank in one file, 0 in the other.
    func missingBandFile(blank: Bool) -> String {
        var text = "area,band,x,n\n"
        for a in ["A", "B"] { for b in 0..<19 { text += "\(a),\(b),\(a == "B" && b == 4 ? (blank ? "" : "0") : "3"),\(1000 + 10 * b)\n" } }
        return text
    }

    @Test("a missing band count leaves the area out and says so; --missing-band-counts zero counts it as 0 events, as PHE's NA")
    func missingBandCounts() throws {
        let (d, f) = try write(missingBandFile(blank: true))
        let (d0, f0) = try write(missingBandFile(blank: false))
        defer { try? FileManager.default.removeItem(at: d); try? FileManager.default.removeItem(at: d0) }
        let base = ["measure", "--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "dsr"]
        let out = try CLIRunner.run([base[0], f] + base.dropFirst())
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2] == "B,dsr,,,,,\"not computed: the events count in row 25 (column x) is missing, so the area is left out (a missing band count may instead be counted as zero, as PHE does)\",0,19,0")
        #expect(lines[1].hasPrefix("A,dsr,") && lines[1].hasSuffix(",dsr per 100000 ; Dobson,19,0,20710"))

        let zero = try CLIRunner.run([base[0], f] + base.dropFirst() + ["--missing-band-counts", "zero"])
        let written = try CLIRunner.run([base[0], f0] + base.dropFirst())
        #expect(zero.status == 0 && written.status == 0)
        let z = zero.stdout.split(separator: "\n").map(String.init), w = written.stdout.split(separator: "\n").map(String.init)
        #expect(z[1] == w[1])
        #expect(z[2] == w[2].replacingOccurrences(of: "Dobson,", with: "Dobson ; 1 missing band count counted as zero (PHE's treatment of NA),"))
    }

    @Test("usage errors: each rule of the standardised measures names the flag")
    func usageErrors() throws {
        let (d, f) = try write(missingBandFile(blank: false))
        defer { try? FileManager.default.removeItem(at: d) }
        let cases: [([String], String)] = [
            (["--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "isratio"],
             "isratio and israte need the reference rates: give --reference-events COL and --reference-population COL."),
            (["--numerator", "x", "--denominator", "n", "--measure", "dsr"],
             "dsr, isratio and israte standardise each area's age bands: give --by COL naming the area of each band row."),
            (["--by", "area", "--value", "x", "--measure", "dsr"],
             "dsr, isratio and israte read one row per age band: give the band's events as --numerator COL and its population as --denominator COL."),
            (["--by", "area", "--value", "x", "--measure", "gini", "--missing-band-counts", "zero"],
             "--standard-population, --reference-events, --reference-population, --event-frequencies and --missing-band-counts belong to the standardised measures dsr, isratio and israte; none is requested."),
            (["--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "dsr", "--reference-events", "x", "--reference-population", "n"],
             "--reference-events and --reference-population are for isratio and israte; dsr uses a standard population."),
            (["--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "isratio", "--reference-events", "x", "--reference-population", "n", "--standard-population", "n"],
             "--standard-population is for dsr; isratio and israte use the reference rates."),
            (["--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "dsr,isratio", "--reference-events", "x", "--reference-population", "n", "--event-frequencies", "x"],
             "--event-frequencies adjusts the limits of dsr only; ask for isratio and israte in a separate run."),
            (["--by", "area", "--numerator", "x", "--denominator", "n", "--measure", "dsr:0"],
             "measure dsr:0: the multiplier after ':' must be a number greater than zero."),
        ]
        for (args, message) in cases {
            let r = try CLIRunner.run(["measure", f] + args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test("row errors: events that are not Σ f × persons, a bad reference population, bands that do not match ESP 2013")
    func rowErrors() throws {
        // Row 3: p1 = 2 persons with one event and p2 = 1 with two give 4 events, not 5.
        let (d, f) = try write("area,band,x,n,p1,p2,rx,rn\nA,0,5,100,1,2,4,50\nA,1,5,100,2,1,3,0\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let common = ["measure", f, "--by", "area", "--numerator", "x", "--denominator", "n"]
        let freq = try CLIRunner.run(common + ["--measure", "dsr", "--event-frequencies", "p1,p2", "--standard-population", "n"])
        #expect(freq.status == 1 && freq.stdout.isEmpty)
        #expect(freq.stderr == "gapwise: \(f):3:x: 5 is not the number of events of the persons columns (p1, p2 for 1, 2, ... events), which give 4.\n", "\(freq.stderr)")
        let ref = try CLIRunner.run(common + ["--measure", "isratio", "--reference-events", "rx", "--reference-population", "rn"])
        #expect(ref.status == 1 && ref.stdout.isEmpty)
        #expect(ref.stderr == "gapwise: \(f):3:rn: 0 is not positive; a reference population must be above zero.\n", "\(ref.stderr)")
        let esp = try CLIRunner.run(common + ["--measure", "dsr"])
        #expect(esp.status == 1 && esp.stdout.isEmpty)
        #expect(esp.stderr == "gapwise: \(f): dsr for area=A: the area has 2 band rows but the 2013 European Standard Population has 19 bands (0-4, 5-9, ..., 90+); give a standard population with one value per band row.\n", "\(esp.stderr)")
    }
}
