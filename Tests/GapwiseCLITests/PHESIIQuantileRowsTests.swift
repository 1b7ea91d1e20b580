// PHESIIQuantileRowsTests: measure --measure phe_sii on quantile rows with --se works without --subgroup, as --help says.
import Foundation
import Testing
import GapwiseTestSupport

@Suite("measure phe_sii on quantile rows")
struct PHESIIQuantileRowsTests {
    /// Five equal-population quintiles 30, 28, 25, 22, 20: the WLS slope on the rank midpoints 0.1...0.9 is
    /// Σdx·dy / Σdx² = −5.2 / 0.4 = −13 exactly (PHE's own sign: the value falls with the rank).
    @Test func standardErrorsWithoutASubgroupColumn() throws {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("gapwise-phe-rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: d) }
        let f = d.appendingPathComponent("q.csv").path
        try "quintile,pop,rate,se\n5,1000,20,2\n1,1000,30,2\n2,1000,28,2\n3,1000,25,2\n4,1000,22,2\n".write(toFile: f, atomically: true, encoding: .utf8)
        let common = ["measure", f, "--value", "rate", "--se", "se", "--population", "pop", "--order", "quintile",
                      "--measure", "phe_sii", "--reps", "1000", "--seed", "3", "--format", "json"]
        let rows = try CLIRunner.run(common)
        #expect(rows.status == 0, "\(rows.stderr)")
        let withSubgroup = try CLIRunner.run(common + ["--subgroup", "quintile"])
        #expect(withSubgroup.status == 0, "\(withSubgroup.stderr)")
        func first(_ out: String) throws -> [String: Any] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
            return try #require(json.first)
        }
        let a = try first(rows.stdout), b = try first(withSubgroup.stdout)
        let sii = try #require(a["estimate"] as? Double)
        #expect(abs(sii - (-13)) < 1e-9)
        // The same draws from the same rows: identical limits whether or not the rows are named as subgroups.
        #expect(a["lower"] as? Double == b["lower"] as? Double && a["upper"] as? Double == b["upper"] as? Double)
        #expect((a["lower"] as? Double).map { $0 < -13 } == true && (a["upper"] as? Double).map { $0 > -13 } == true)
    }
}
