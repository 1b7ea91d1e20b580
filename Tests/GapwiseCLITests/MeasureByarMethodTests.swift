// MeasureByarMethodTests: `measure --method byar` (Byar's limits at every count) against PHE's published byars_lower/upper.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("gapwise measure --method byar")
struct MeasureByarMethodTests {
    func folder(_ text: String) throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-byar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        try text.write(to: d.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
        return d
    }

    // PHEindicatormethods testdata_Byars_Wilson.xlsx (testByars.R; ../shared/validation/phe_byars_wilson_limits_even_rows.json):
    // x = 1: Byar 95% limits 0.01307213290150435 to 5.5637555824752605; 99.8% lower NA (negative), upper
    // 9.362180217908362 (tolerance 1.5e-8). One event over a denominator of 1 with multiplier 1 gives the count's limits;
    // PHE's default rule would take the exact limits at a count below 10.
    @Test func byarAtOneEvent() throws {
        let d = try folder("area,x,n\na,1,1\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--numerator", "x", "--denominator", "n", "--measure", "rate",
                                   "--multiplier", "1", "--method", "byar", "--level", "0.95,0.998", "--format", "json"], in: d)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        let close = { (key: String, want: Double) in
            let got = row[key] as? Double ?? .nan
            #expect(abs(got - want) <= 1.5e-8 * want, "\(key): \(got) vs PHE \(want)")
        }
        close("lower_95", 0.01307213290150435)
        close("upper_95", 5.5637555824752605)
        close("upper_99.8", 9.362180217908362)
        #expect(row["lower_99.8"] is NSNull)
        #expect(row["method"] as? String == "Byars")
        // The default rule gives the exact limits at one event.
        let phe = try CLIRunner.run(["measure", "in.csv", "--numerator", "x", "--denominator", "n", "--measure", "rate",
                                     "--multiplier", "1", "--format", "json"], in: d)
        let p = try #require((try JSONSerialization.jsonObject(with: Data(phe.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(p["method"] as? String == "Exact")
    }

    @Test func byarWithoutAPoissonMeasure() throws {
        let d = try folder("area,x,n\na,1,1\n")
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try CLIRunner.run(["measure", "in.csv", "--numerator", "x", "--denominator", "n", "--measure", "proportion", "--method", "byar"], in: d)
        #expect(r.status == 64)
        #expect(r.stderr.contains("Error: --method byar applies to rate, isratio and israte (their Poisson limits), and none is requested."), "\(r.stderr)")
    }
}
