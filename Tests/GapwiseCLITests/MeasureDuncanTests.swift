// MeasureDuncanTests: `gapwise measure --measure duncan` end to end: CPOP's published indices, missing outcomes, errors.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure --measure duncan")
struct MeasureDuncanTests {
    func write(_ text: String) throws -> (dir: URL, file: String) {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-duncan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("zones.csv").path
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    /// CPOP's published Duncan index (../shared/validation/cpop/duncan_expected_2009_2012.csv) for every
    /// council, year and outcome, to 1e-12, from the command's JSON output.
    @Test(.needsShared("validation/cpop/duncan_input_2009_2012.csv", "validation/cpop/duncan_expected_2009_2012.csv"))
    func reproducesCPOP() throws {
        let input = try SharedData.require("validation/cpop/duncan_input_2009_2012.csv").path
        let table = try TestTable(contentsOf: try SharedData.require("validation/cpop/duncan_expected_2009_2012.csv"))
        let las = table.column("la"), years = table.numbers("year")
        var checked = 0
        for outcome in ["Depop", "EM", "CP", "Attain", "PD", "EA", "crime"] {
            var expected: [String: Double] = [:]
            for (i, v) in table.numbers(outcome).enumerated() { expected["\(las[i])|\(Int(years[i]))"] = v }
            let r = try CLIRunner.run(["measure", input, "--measure", "duncan", "--value", outcome, "--deprived", "inc.n",
                                       "--non-deprived", "noninc.n", "--by", "la,year", "--compat", "cpop", "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 128)
            for row in rows {
                let key = "\(row["la"] as? String ?? "?")|\(row["year"] as? String ?? "?")"
                let want = try #require(expected[key], "no CPOP value for \(key)")
                let got = try #require(row["estimate"] as? Double, "\(key) \(outcome) has no estimate")
                #expect(abs(got - want) <= 1e-12, "\(key) \(outcome): \(got) vs CPOP \(want)")
                checked += 1
            }
        }
        #expect(checked == 32 * 4 * 7)
    }

    // Zones 1-5 of one council: outcomes 2, (missing), 1, 3, 3; worked by hand in DuncanIndexTests:
    // −1/15 with the missing zone left out, −11/25 kept last as CPOP does.
    static let fiveZones = "la,y,dep,non\nA,2,1,1\nA,,2,0\nA,1,1,2\nA,3,0,1\nA,3,1,1\n"

    @Test func missingOutcomeLeftOutAndCounted() throws {
        let (d, f) = try write(Self.fiveZones)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--value", "y", "--deprived", "dep", "--non-deprived", "non", "--by", "la"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "la,measure,estimate,se,method,groups,excluded,population")
        let estimate = try #require(Double(String(lines[1].split(separator: ",")[2])))
        #expect(abs(estimate - (-1.0 / 15)) <= 1e-15, "\(estimate)")
        #expect(lines[1].contains("1 zone with a missing y left out"))
        #expect(lines[1].hasSuffix(",4,1,8"))
    }

    @Test func compatCPOPKeepsMissingOutcomesLast() throws {
        let (d, f) = try write(Self.fiveZones)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--value", "y", "--deprived", "dep", "--non-deprived", "non",
                                   "--by", "la", "--compat", "cpop", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let est = try #require(rows.first?["estimate"] as? Double)
        #expect(abs(est - (-11.0 / 25)) <= 1e-15)
        #expect(rows.first?["groups"] as? Int == 5 && rows.first?["excluded"] as? Int == 0)
        #expect((rows.first?["method"] as? String)?.contains("1 zone with a missing y kept last") == true)
    }

    @Test func overTwentyPercentMissingIsEmptyWithTheReason() throws {
        // Council B: every outcome missing; council A computes as usual.
        let (d, f) = try write(Self.fiveZones + "B,,1,1\nB,,2,2\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--value", "y", "--deprived", "dep", "--non-deprived", "non", "--by", "la"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2].hasPrefix("B,duncan,,,"))
        #expect(lines[2].contains("not computed: 2 of 2 zones lack the outcome, more than the share 0.2 allowed"))
        #expect(lines[2].hasSuffix(",0,2,0"))
    }

    @Test func withoutDeprivedIsAUsageError() throws {
        let (d, f) = try write(Self.fiveZones)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--value", "y", "--non-deprived", "non"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: duncan compares deprived and other people along the zones: give --deprived COL and --non-deprived COL (each zone's counts)."), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func countsInsteadOfAValueIsAUsageError() throws {
        let (d, f) = try write(Self.fiveZones)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--numerator", "dep", "--denominator", "non",
                                   "--deprived", "dep", "--non-deprived", "non"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: duncan orders the zones by their outcome: give it in --value COL (not as counts)."), "\(r.stderr)")
    }

    @Test func deprivedColumnNotInTheFile() throws {
        let (d, f) = try write(Self.fiveZones)
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "zones.csv", "--measure", "duncan", "--value", "y", "--deprived", "inc.n", "--non-deprived", "non"], in: d)
        #expect(f.hasSuffix("zones.csv"))
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: zones.csv: there is no column named \"inc.n\" (the columns are: la, y, dep, non)\n", "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func negativeCountNamesRowAndColumn() throws {
        let (d, f) = try write("la,y,dep,non\nA,2,1,1\nA,1,1,-4\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("out.csv").path
        let r = try CLIRunner.run(["measure", "zones.csv", "--measure", "duncan", "--value", "y", "--deprived", "dep", "--non-deprived", "non",
                                   "--output", out], in: d)
        #expect(f.hasSuffix("zones.csv"))
        #expect(r.status == 1)
        #expect(r.stderr == "gapwise: zones.csv:3:non: -4 is negative; a count of people cannot be negative.\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "a failing run writes nothing")
    }

    @Test func noDeprivedPeopleNamesTheGroup() throws {
        let (d, f) = try write("la,y,dep,non\nA,2,0,1\nA,1,0,3\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f, "--measure", "duncan", "--value", "y", "--deprived", "dep", "--non-deprived", "non", "--by", "la"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("duncan: the total of the deprived counts is zero, so the ratio is undefined."), "\(r.stderr)")
    }
}
