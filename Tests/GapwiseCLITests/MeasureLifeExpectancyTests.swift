// MeasureLifeExpectancyTests: `gapwise measure --measure life_expectancy` on a long age-band file, against PHE's published case, flags and errors.
import Foundation
import Testing
import GapwiseTestSupport

/// Expected values: PHEindicatormethods tests/testthat/testLifeExpectancy.R (ukhsa-collaboration/PHEindicatormethods),
/// `df1` and `answer1` (PHE's Life Expectancy Calculator, 10 significant figures); PHE's own test tolerance
/// is 4 decimal places, the value agrees to its printed digits.
@Suite("gapwise measure: life expectancy")
struct MeasureLifeExpectancyTests {
    static let labels = ["0", "1-4"] + stride(from: 5, through: 85, by: 5).map { "\($0)-\($0 + 4)" } + ["90+"]
    static let pops = [7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978,
                       37039, 33288, 23306, 11936, 11936]
    static let deaths = [17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937]
    /// PHE's df_low_pops: 2,883 people in all.
    static let lowPops = [128, 152, 120, 176, 194, 180, 145, 149, 107, 185, 165, 109, 100, 122, 133, 189, 123, 121, 147, 138]

    /// Area A (PHE's df1, rows in reverse order) and area B (PHE's df_low_pops with df1's deaths / 20).
    func file(_ edit: (inout [String]) -> Void = { _ in }) throws -> (dir: URL, path: String) {
        var rows = ["area,age,deaths,pops,good,asked"]
        for i in (0..<20).reversed() { rows.append("A,\(Self.labels[i]),\(Self.deaths[i]),\(Self.pops[i]),0.75,500") }
        for i in 0..<20 { rows.append("B,\(Self.labels[i]),\((Self.deaths[i] + 19) / 20),\(Self.lowPops[i]),0.75,500") }
        edit(&rows)
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-le-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        let f = d.appendingPathComponent("bands.csv").path
        try (rows.joined(separator: "\n") + "\n").write(toFile: f, atomically: true, encoding: .utf8)
        return (d, f)
    }

    static let base = ["--by", "area", "--age-band", "age", "--numerator", "deaths", "--denominator", "pops"]

    @Test("life expectancy at birth and at 65 per area; an area of 5,000 people or fewer is flagged as PHE's NA")
    func pheCase() throws {
        let (d, f) = try file()
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f] + Self.base + ["--measure", "life-expectancy,life_expectancy:65", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        let birth = rows[0], at65 = rows[1]
        #expect(birth["area"] as? String == "A" && birth["measure"] as? String == "life-expectancy")
        let e0 = try #require(birth["estimate"] as? Double), lo = try #require(birth["lower"] as? Double)
        let hi = try #require(birth["upper"] as? Double)
        #expect(abs(e0 - 80.16960813) <= 1e-8, "\(e0)")
        #expect(abs(lo - 79.88268548) <= 5e-5 && abs(hi - 80.45653078) <= 5e-5, "\(lo) \(hi)")
        #expect(birth["method"] as? String == "life expectancy at 0 ; Chiang, using Silcocks et al for confidence limits, final band 90+")
        #expect(birth["population"] as? Double == Double(Self.pops.reduce(0, +)))
        let e65 = try #require(at65["estimate"] as? Double)
        #expect(abs(e65 - 18.76856852) <= 1e-8, "\(e65)")
        let low = rows[2]
        #expect(low["area"] as? String == "B")
        #expect(low["estimate"] is NSNull && low["lower"] is NSNull)
        #expect(low["method"] as? String == "life expectancy at 0 ; Chiang, using Silcocks et al for confidence limits ; not computed: the total population 2883 is 5,000 or less, too small for a robust life expectancy (PHE's minimum)")
    }

    @Test("healthy life expectancy: 75% in good health in every band gives three quarters of the life expectancy")
    func healthy() throws {
        let (d, f) = try file()
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f] + Self.base + ["--measure", "healthy_life_expectancy", "--healthy-prevalence", "good",
                                                                "--respondents", "asked", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let h = try #require(rows[0]["estimate"] as? Double)
        #expect(abs(h - 0.75 * 80.16960813) <= 1e-8, "\(h)")
        #expect((rows[0]["method"] as? String)?.hasPrefix("healthy life expectancy at 0 ; Sullivan") == true)
        #expect(rows[1]["estimate"] is NSNull)
    }

    @Test("an area missing its 90+ row is flagged, not read as a table closing at 85+")
    func missingBand() throws {
        let (d, f) = try file { rows in rows.removeAll { $0.hasPrefix("A,90+") } }
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", f] + Self.base + ["--measure", "life_expectancy", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows[0]["estimate"] is NSNull)
        #expect((rows[0]["method"] as? String)?.hasSuffix("(missing 90)") == true, "\(rows[0])")
    }

    @Test("bad band rows stop the run naming file, row and column")
    func badRows() throws {
        let cases: [(String, (inout [String]) -> Void, String)] = [
            ("label", { $0[3] = "A,teen,4,100,0.75,500" }, ":4:age: \"teen\" does not name an age band: give its start age (0, 1, 5, ..., 90) or a label such as 1-4 or 90+."),
            ("negative", { $0[2] = "A,85-89,-1,11936,0.75,500" }, ":3:deaths: -1 is negative; a death count cannot be negative."),
            ("final", { $0 = $0.filter { !$0.contains(",90+,") && !$0.contains(",85-89,") } }, ":2:age: \"80-84\" is the oldest age band, so the open final band, which must start at 85 or 90 (85+ or 90+)."),
        ]
        for (what, edit, message) in cases {
            let (d, f) = try file(edit)
            defer { try? FileManager.default.removeItem(at: d) }
            let r = try CLIRunner.run(["measure", f] + Self.base + ["--measure", "life_expectancy"])
            #expect(r.status == 1 && r.stdout.isEmpty, "\(what)")
            #expect(r.stderr == "gapwise: \(f)\(message)\n", "\(what): \(r.stderr)")
        }
    }

    @Test("usage errors name the flags")
    func usage() throws {
        let (d, f) = try file()
        defer { try? FileManager.default.removeItem(at: d) }
        let cases: [([String], String)] = [
            (["--by", "area", "--numerator", "deaths", "--denominator", "pops", "--measure", "life_expectancy"],
             "life_expectancy needs each row's age band (0, 1-4, 5-9, ..., 85+ or 90+): give --age-band COL."),
            (["--age-band", "age", "--numerator", "deaths", "--denominator", "pops", "--measure", "life_expectancy"],
             "life_expectancy builds a life table for each area from its age-band rows: give --by COL naming the area of each row."),
            (Self.base + ["--measure", "life_expectancy,gini"],
             "life_expectancy and healthy_life_expectancy read one row per age band, not per area: ask for the other measures in a separate run."),
            (Self.base + ["--measure", "healthy_life_expectancy"],
             "healthy_life_expectancy needs the prevalence of good health in each band and its survey size: give --healthy-prevalence COL and --respondents COL."),
            (Self.base + ["--measure", "life_expectancy:4"],
             "measure life_expectancy:4: a life expectancy is given at the start of an age band: 0, 1, 5, 10, ..., 85 or 90."),
            (Self.base + ["--measure", "life_expectancy:2.5"],
             "measure \"life_expectancy:2.5\": the age after ':' must be a whole number of years, the start of an age band (0, 1, 5, ..., 90)."),
            (["--value", "deaths", "--age-band", "age", "--measure", "gini"],
             "--age-band, --healthy-prevalence and --respondents belong to life_expectancy and healthy_life_expectancy; neither is requested."),
        ]
        for (args, message) in cases {
            let r = try CLIRunner.run(["measure", f] + args)
            #expect(r.status == 64, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }
}
